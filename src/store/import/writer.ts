/**
 * The writer: stages every table a parsed file holds, checks them all (see stage.ts), and only then writes
 * everything — data rows, securities, the `datasets` row — in ONE store transaction. Any error before or
 * during the transaction leaves the store exactly as it was.
 */

import type { Parsed } from '../../formats/types.ts';
import { refreshCapAnchors } from '../cap-anchors.ts';
import type { Store } from '../store.ts';
import { dropStaged, insertStaged, mayOverlap } from './stage.ts';
import { checkStaged } from './stage-check.ts';
import { stageSecurities } from './stage-securities.ts';
import { stageAll } from './stage-tables.ts';
import type { Staged } from './table-specs.ts';

export { stageTickerSecurities } from './stage-securities.ts';
export { SPECS, type Staged } from './table-specs.ts';

const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The `datasets` row an import writes (keyed by name). */
export interface DatasetRow {
  name: string;
  kind: string;
  vintage: string | null;
  source: string;
  citation: string | null;
  file: string;
  sha256: string;
}

/** Where and how to write a parsed file. */
export interface WriteOptions {
  /** Dataset name: bars.source, market_caps.source, etf_flows.source, or portfolio_series/factors.dataset. */
  dataset: string;
  /** The registry row. */
  row: DatasetRow;
  /** The file name for error messages. */
  file: string;
  /** Replace what the store holds for this dataset (and vintage/frequency for French) instead of refusing. */
  replace?: boolean;
}

/** What the writer did: rows stored per table (new + already there), new rows, identical duplicates skipped. */
export interface WriteResult {
  stored: Record<string, number>;
  added: Record<string, number>;
  duplicates: number;
}

/**
 * Writes securities: new ids are inserted; existing rows are only filled where empty (security_type also
 * where 'unknown'), except in 'classify' mode (GICS), which overwrites sector and industry.
 */
async function writeSecurities(store: Store, ds: string, mode: 'fill' | 'classify'): Promise<number> {
  const src = '(SELECT DISTINCT ON (id) * FROM _stg_securities ORDER BY id, line)';
  const n = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM ${src} s WHERE NOT EXISTS (SELECT 1 FROM securities t WHERE t.id = s.id)`,
  );
  await store.run(
    `INSERT INTO securities (id, ticker, name, exchange, security_type, sector, industry, source)
     SELECT s.id, s.id, s.name, s.exchange, coalesce(s.security_type, 'unknown'), s.sector, s.industry, ${str(ds)}
     FROM ${src} s WHERE NOT EXISTS (SELECT 1 FROM securities t WHERE t.id = s.id)`,
  );
  const sector = mode === 'classify' ? 'coalesce(s.sector, t.sector)' : 'coalesce(t.sector, s.sector)';
  const industry =
    mode === 'classify' ? 'coalesce(s.industry, t.industry)' : 'coalesce(t.industry, s.industry)';
  await store.run(
    `UPDATE securities t SET
       name = coalesce(t.name, s.name),
       exchange = coalesce(t.exchange, s.exchange),
       security_type = CASE WHEN t.security_type IS NULL OR t.security_type = 'unknown'
                            THEN coalesce(s.security_type, t.security_type) ELSE t.security_type END,
       sector = ${sector},
       industry = ${industry}
     FROM ${src} s WHERE t.id = s.id`,
  );
  return n ? Number(n.n) : 0;
}

/**
 * Stages, checks and writes a parsed file in one transaction, with its `datasets` row (imported_at is kept
 * when the same file, by sha256, was imported before, so a repeat import changes nothing).
 * @example await writeParsed(store, parseYahoo(text, { file }), { dataset: 'yahoo/^RUT', row, file })
 */
export async function writeParsed(store: Store, p: Parsed, o: WriteOptions): Promise<WriteResult> {
  const staged = await stageAll(store, p, o);
  const hasSec = await stageSecurities(store, p);
  return commitStaged(
    store,
    staged,
    hasSec ? (p.securities ? p.securities.id.length : -1) : 0,
    p.securitiesMode ?? 'fill',
    o,
  );
}

/** The one transaction: data tables, securities, the datasets row. */
async function write(
  store: Store,
  staged: Staged[],
  dupes: number[],
  overlaps: boolean[],
  securities: number,
  mode: 'fill' | 'classify',
  o: WriteOptions,
): Promise<WriteResult> {
  const stored: Record<string, number> = {};
  const added: Record<string, number> = {};
  const duplicates = dupes.reduce((a, b) => a + b, 0);
  const total = staged.reduce((a, s) => a + s.n, 0) - duplicates;
  await store.transaction(async () => {
    for (let k = 0; k < staged.length; k++) {
      const s = staged[k];
      if (o.replace) await store.run(s.clear);
      added[s.spec.table] = await insertStaged(store, s.stg, s.spec, dupes[k], overlaps[k]);
      stored[s.spec.table] = s.n - dupes[k];
    }
    if (securities !== 0) added.securities = await writeSecurities(store, o.dataset, mode);
    if (securities > 0) stored.securities = securities;
    const r = o.row;
    await store.run(
      `INSERT INTO datasets (name, kind, vintage, source, citation, file, sha256, rows, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()::TIMESTAMP)
       ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, vintage = excluded.vintage, source = excluded.source,
         citation = excluded.citation, file = excluded.file, rows = excluded.rows,
         imported_at = CASE WHEN datasets.sha256 = excluded.sha256 THEN datasets.imported_at ELSE excluded.imported_at END,
         sha256 = excluded.sha256`,
      [r.name, r.kind, r.vintage, r.source, r.citation, r.file, r.sha256, total],
    );
    if (staged.some((s) => s.spec.table === 'bars' || s.spec.table === 'market_caps'))
      await refreshCapAnchors(store);
  });
  return { stored, added, duplicates };
}

/**
 * Checks staged tables, then writes them, the staged securities (`securities` rows staged: >0 counted as
 * stored, -1 staged from tickers, 0 none) and the datasets row in one transaction; drops the staging tables.
 */
export async function commitStaged(
  store: Store,
  staged: Staged[],
  securities: number,
  mode: 'fill' | 'classify',
  o: WriteOptions,
): Promise<WriteResult> {
  const hasSec = securities !== 0;
  try {
    const overlaps: boolean[] = [];
    for (const s of staged) {
      overlaps.push(s.spec.table === 'etfs' || (!o.replace && (await mayOverlap(store, s.stg, s.spec))));
    }
    const zero = staged.map(() => 0);
    if (!overlaps.some(Boolean)) {
      // Fast path for first imports: nothing in the store can clash, so skip counting duplicate keys; a
      // duplicate key inside the file then makes the insert fail (rolled back) and the full checks below run.
      try {
        return await write(store, staged, zero, overlaps, securities, mode, o);
      } catch (err) {
        if (!/duplicate key|constraint/i.test((err as Error).message ?? '')) throw err;
      }
    }
    const dupes: number[] = [];
    for (const s of staged) {
      dupes.push(
        await checkStaged(store, s.stg, s.spec, {
          file: o.file,
          replace: o.replace,
          scope: `dataset ${o.dataset}`,
        }),
      );
    }
    return await write(store, staged, dupes, overlaps, securities, mode, o);
  } finally {
    for (const s of staged) await dropStaged(store, s.stg);
    if (hasSec) await dropStaged(store, '_stg_securities');
  }
}
