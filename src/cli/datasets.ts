/**
 * `capgap datasets [--db PATH] [--json]`: lists what the store answers from, one row per dataset: the
 * user's imports and the embedded dataset shipped with capgap (`origin`), including embedded datasets an
 * import hides (user imports win where both hold a series; docs/data-model.md).
 */
import { defineCommand } from 'citty';
import { commonArgs, io, openStore, printJson } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

/** A row of `capgap datasets`. */
export interface DatasetListing {
  name: string;
  kind: string;
  vintage: string | null;
  rows: number;
  file: string | null;
  imported_at: string | null;
  /** imported, embedded, or "embedded, hidden by an import". */
  origin: string;
}

/** Renders the listing as an aligned text table. */
export function formatDatasets(rows: DatasetListing[]): string {
  if (!rows.length) return 'no datasets in the store: import files with `capgap import <files…>`';
  const head = ['name', 'kind', 'vintage', 'rows', 'origin', 'file'];
  const cells = rows.map((r) => [
    r.name,
    r.kind,
    r.vintage ?? '',
    r.rows.toLocaleString('en-US'),
    r.origin ?? '',
    r.file ?? '',
  ]);
  const w = head.map((h, j) => Math.max(h.length, ...cells.map((c) => c[j].length)));
  const line = (c: string[]) =>
    c
      .map((x, j) => (j === 3 ? x.padStart(w[j]) : x.padEnd(w[j])))
      .join('  ')
      .trimEnd();
  return [line(head), ...cells.map(line)].join('\n');
}

export default defineCommand({
  meta: {
    name: 'datasets',
    description: DESCRIPTIONS.datasets,
  },
  args: { ...commonArgs },
  async run({ args }) {
    const store = await openStore(args.db);
    try {
      const rows = await store.all<DatasetListing & Record<string, unknown>>(
        `SELECT name, kind, vintage, rows::DOUBLE AS rows, file, imported_at::VARCHAR AS imported_at, origin FROM datasets
         UNION ALL
         SELECT name, kind, vintage, rows::DOUBLE, file, imported_at::VARCHAR, 'embedded, hidden by an import' FROM datasets_hidden
         ORDER BY name, origin`,
      );
      if (args.json) printJson(rows);
      else io().out(formatDatasets(rows));
    } finally {
      store.close();
    }
  },
});
