/**
 * `capgap import <files…> [--kind K] [--ticker T] [--dataset NAME] [--vintage V] [--weighting value|equal]
 * [--exchange X] [--date YYYY-MM-DD] [--replace] [--reject-bad-rows] [--max-bytes N] [--max-rows N] [--db PATH]
 * [--json]`: reads files into the store, each
 * all-or-nothing, says which format it chose and why, and prints what was stored and rejected.
 */

import { defineCommand } from 'citty';
import cliProgress from 'cli-progress';
import { ImportError } from '../formats/errors.ts';
import { type ImportKind, KINDS } from '../formats/types.ts';
import { parseDateCell } from '../formats/validate.ts';
import { quote } from '../quote.ts';
import { isClickHouseStore } from '../store/clickhouse/url.ts';
import { importFile } from '../store/import/import-file.ts';
import type { ImportOptions, ImportSummary } from '../store/import/import-types.ts';
import { isNewStore, removeNewStore } from '../store/new-store.ts';
import { defaultStorePath } from '../store/options.ts';
import type { Store } from '../store/store.ts';
import { CliError, commonArgs, io, openStore, printJson, sizeArg } from './context.ts';
import { DESCRIPTIONS } from './descriptions.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

const counts = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join('; ');

/** Renders one import summary as text. */
export function formatSummary(s: ImportSummary): string {
  const stored = Object.values(s.stored).reduce((a, b) => a + b, 0);
  const added = Object.values(s.added).reduce((a, b) => a + b, 0);
  const out = [
    `${s.file}: ${s.kind} (${s.reason})`,
    `  dataset ${s.registryName}${s.vintage && !s.registryName.includes(s.vintage) ? `, ${s.vintage}` : ''}`,
    `  rows read ${fmt(s.rowsRead)}; stored ${fmt(stored)} (${counts(s.stored)}); new ${fmt(added)}`,
  ];
  const rejected = Object.values(s.rejected).reduce((a, b) => a + b, 0);
  out.push(`  rejected ${fmt(rejected)}${rejected ? `: ${counts(s.rejected)}` : ''}`);
  if (Object.keys(s.missing).length) out.push(`  missing cells stored as NULL: ${counts(s.missing)}`);
  for (const n of s.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}

/**
 * `--date` is a day (YYYY-MM-DD or YYYYMMDD, as the files' dates), whatever the file's kind: a malformed one
 * is exit 2 naming the option before any file is read, not ignored for kinds that do not use it.
 */
function checkDateArg(date: string): void {
  try {
    parseDateCell(date, { file: '--date', line: 0, column: '--date' });
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`invalid --date: ${err.reason}`, 2, { cause: err });
    throw err;
  }
}

/** The store's own tables, for writing (imports sit beside the embedded dataset, which is never copied). */
function open(db: string | undefined): Promise<Store> {
  return openStore(db, { write: true });
}

export default defineCommand({
  meta: {
    name: 'import',
    description: DESCRIPTIONS.import,
  },
  args: {
    files: { type: 'positional', description: 'files to import (CSV, .gz or Parquet)', required: true },
    kind: { type: 'string', description: `force a format: ${KINDS.join(', ')}` },
    ticker: {
      type: 'string',
      description: 'ticker of a one-ticker price file (default: from the file name)',
    },
    dataset: { type: 'string', description: 'dataset name (default: <kind>/<TICKER>, french/<file>, …)' },
    vintage: {
      type: 'string',
      description: 'vintage of a French file without one in its header, e.g. "CRSP 202505"',
    },
    weighting: {
      type: 'string',
      description: 'weighting of a cleaned French portfolio file: value or equal',
    },
    exchange: { type: 'string', description: 'exchange of a companylist file (default: from the file name)' },
    date: {
      type: 'string',
      description: 'snapshot date of a companylist file, YYYY-MM-DD (default: from the file name)',
    },
    replace: {
      type: 'boolean',
      description: "replace the dataset's rows instead of refusing different values",
      default: false,
    },
    'reject-bad-rows': {
      type: 'boolean',
      description:
        'price files and panels: skip rows that fail validation and count them, instead of refusing the file',
      default: false,
    },
    'max-bytes': {
      type: 'string',
      description:
        'largest text of one file after inflating gzip, e.g. 2G [512M]; also lifts the 100x inflate-ratio rule',
    },
    'max-rows': { type: 'string', description: 'most data rows in one file [20000000]' },
    store: {
      type: 'string',
      description:
        'clickhouse://user@host:port/db: import a stock panel or companylist into that ClickHouse cluster (default: $CAPGAP_STORE unless --db)',
    },
    ...commonArgs,
  },
  async run({ args }) {
    const files = (args._ as string[]).map(String);
    if (!files.length) throw new CliError('no files given; usage: capgap import <files…>', 2);
    if (args.kind && !KINDS.includes(args.kind as ImportKind)) {
      throw new CliError(`invalid kind: ${quote(args.kind)}; expected one of ${KINDS.join(', ')}`, 2);
    }
    if (args.weighting && args.weighting !== 'value' && args.weighting !== 'equal') {
      throw new CliError(`invalid weighting: ${quote(args.weighting)}; expected "value" or "equal"`, 2);
    }
    if (args.date !== undefined) checkDateArg(args.date);
    const opts: ImportOptions = {
      kind: args.kind as ImportKind | undefined,
      ticker: args.ticker,
      dataset: args.dataset,
      vintage: args.vintage,
      weighting: args.weighting as 'value' | 'equal' | undefined,
      exchange: args.exchange,
      date: args.date,
      replace: Boolean(args.replace),
      rejectBadRows: Boolean(args['reject-bad-rows']),
      limits: {
        maxBytes: sizeArg('--max-bytes', args['max-bytes']),
        maxRows: sizeArg('--max-rows', args['max-rows']),
        // --max-bytes also raises the text of a file parsed whole (formats/limits.ts)
        maxWholeBytes: sizeArg('--max-bytes', args['max-bytes']),
      },
    };
    const cli = io();
    const bar = cli.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'importing {bar} {value}/{total} files | {name} {phase}',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    // --store, else $CAPGAP_STORE unless --db names a local store (docs/scale.md).
    const warehouse = args.store ?? (args.db ? undefined : process.env.CAPGAP_STORE);
    if (warehouse && !isClickHouseStore(warehouse))
      throw new CliError(`invalid --store: ${quote(warehouse)}; expected clickhouse://user@host:port/db`, 2);
    const intoWarehouse = warehouse
      ? (await import('../queries/import-clickhouse.ts')).importFileClickHouse.bind(null, warehouse)
      : null;
    // a failed first import leaves no store file behind (store/new-store.ts)
    const path = args.db ?? defaultStorePath();
    const fresh = !intoWarehouse && isNewStore(path);
    const store = intoWarehouse ? null : await open(args.db);
    bar?.start(files.length, 0, { name: '', phase: '' });
    const done: ImportSummary[] = [];
    let failed = true;
    try {
      for (let i = 0; i < files.length; i++) {
        const name = files[i].split('/').pop() ?? files[i];
        const o = { ...opts, onProgress: (e: { phase: string }) => bar?.update(i, { name, phase: e.phase }) };
        const s = intoWarehouse ? await intoWarehouse(files[i], o) : await importFile(store!, files[i], o);
        done.push(s);
        bar?.update(i + 1, { name, phase: 'done' });
        if (!args.json) {
          if (bar) bar.stop();
          cli.out(formatSummary(s));
          if (bar && i + 1 < files.length) bar.start(files.length, i + 1, { name: '', phase: '' });
        }
      }
      failed = false;
    } catch (err) {
      bar?.stop();
      if (err instanceof ImportError) {
        const kept = done.length ? ` (${done.length} earlier file(s) were imported)` : '';
        throw new CliError(`import failed, nothing written for this file${kept}: ${err.message}`, 1, {
          cause: err,
        });
      }
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new CliError(`no such file: ${(err as NodeJS.ErrnoException).path}`, 1, { cause: err });
      throw err;
    } finally {
      bar?.stop();
      store?.close();
      if (failed && fresh && done.length === 0) removeNewStore(path);
    }
    if (args.json) printJson(done);
  },
});
