/**
 * fast-check arbitraries for hostile import files, built from the heads of REAL fixtures (test/fixtures/import,
 * cut from ../shared/data) and three hand-written ETF tables: a seed's header and first rows, then edits a
 * fuzzer would make (cells replaced by extreme numbers, impossible dates, huge or hidden-character text;
 * a header with a column duplicated, dropped or renamed; BOMs; LF, CRLF, CR and mixed line ends; quoting
 * right, always or never; gzip, a gzip cut short, the text cut short, random bytes, an empty file) under a
 * name that says or hides what it is. Used by test/fuzz/import-files.test.ts.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { readCsv } from '../../src/formats/csv.ts';
import { KINDS } from '../../src/formats/types.ts';
import { HOSTILE_CELLS, OPTION_FLAGS, OPTION_VALUES } from './hostile-values.ts';

const read = (p: string) => readFileSync(new URL(`../fixtures/import/${p}`, import.meta.url));

/** A seed: the name its file goes under and its header + first data rows as cells. */
export interface SeedTable {
  name: string;
  /** The format it is (what `--kind` would say). */
  kind: string;
  rows: string[][];
}

function table(name: string, kind: string, text: string, take = 4): SeedTable {
  const recs = readCsv(text, { file: name, toLine: take + 2 });
  return { name, kind, rows: recs.slice(0, take + 1).map((r) => r.cells) };
}

const fx = (p: string) => read(p).toString('utf8');

/** The seeds: real fixture heads, one per format (the stock panel goes the DuckDB way), and ETF tables. */
export function seedTables(): SeedTable[] {
  const panel = gunzipSync(read('stocks_panel_2016-11-07_to_2016-11-11.csv.gz')).toString('utf8');
  const french = fx('F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV');
  return [
    table('^RUT.csv', 'yahoo', fx('yahoo/^RUT.csv')),
    table('IWM.csv', 'yfinance', fx('yfinance/IWM.csv')),
    table('iwm.us.txt', 'stooq', fx('stooq/iwm.us.txt')),
    table('companylist_NYSE_2016-09-21.csv', 'companylist', fx('companylist_NYSE_2016-09-21.csv')),
    table('securities.csv', 'gics', fx('securities.csv')),
    table('stocks_panel.csv', 'stock-panel', panel),
    table('IWM.csv', 'alphavantage', fx('alphavantage/IWM.csv')),
    table('F-F_Research_Data_Factors_monthly_vintage202412.CSV', 'french', french),
    // hand-written tables in the documented generic shapes (values copied from the real IWM fixtures)
    table(
      'etf_flows.csv',
      'etf-flows',
      'date,ticker,shares_outstanding,nav\n2016-11-08,IWM,271000000,120.35\n',
    ),
    table('etfs.csv', 'etfs', 'ticker,name,category\nIWM,iShares Russell 2000 ETF,US small cap\n'),
    table(
      'generic.csv',
      'generic',
      'date,id,field,value\n2016-11-08,IWM,close,118.88\n2016-11-08,IWM,volume,26164159\n',
    ),
  ];
}

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CELLS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** How one hostile file is made from a seed. */
export interface HostileSpec {
  seed: number;
  rows: number;
  edits: { row: number; col: number; value: string }[];
  header: { op: 'none' | 'dup' | 'drop' | 'rename' | 'upper'; col: number; value: string };
  eol: ('\n' | '\r\n' | '\r')[];
  bom: 0 | 1 | 2;
  quoting: 'needed' | 'always' | 'never';
  wrap: { op: 'plain' | 'gzip' | 'gzip-cut' | 'cut' | 'random' | 'empty'; at: number; bytes: Uint8Array };
  name: 'seed' | 'gz' | 'hidden';
  /** Import options: a format forced (maybe the wrong one), bad rows skipped, the dataset replaced, and
   * other options of `capgap import` given valid or hostile values (`--max-rows 2`, `--date 2016-02-30`). */
  options: { kind: string | null; rejectBadRows: boolean; replace: boolean; extra: [string, string][] };
}

/** The arbitrary of hostile file specs (mostly plain text, so the parsers, not the decoder, see most cases). */
export const hostileSpec: fc.Arbitrary<HostileSpec> = fc.record({
  seed: fc.nat(),
  rows: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 4 }) },
  ),
  edits: fc.array(fc.record({ row: fc.nat(), col: fc.nat(), value: cell }), { maxLength: 3 }),
  header: fc.record({
    op: fc.constantFrom('none', 'none', 'none', 'dup', 'drop', 'rename', 'upper'),
    col: fc.nat(),
    value: cell,
  }),
  eol: fc.array(fc.constantFrom('\n' as const, '\n' as const, '\r\n' as const, '\r' as const), {
    minLength: 1,
    maxLength: 3,
  }),
  bom: fc.oneof(
    { weight: 16, arbitrary: fc.constant(0 as const) },
    { weight: 3, arbitrary: fc.constant(1 as const) },
    { weight: 1, arbitrary: fc.constant(2 as const) },
  ),
  quoting: fc.constantFrom('needed' as const, 'always' as const, 'never' as const),
  wrap: fc.record({
    op: fc.oneof(
      { weight: 14, arbitrary: fc.constant('plain' as const) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'gzip' as const,
          'gzip-cut' as const,
          'cut' as const,
          'random' as const,
          'empty' as const,
        ),
      },
    ),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
  name: fc.constantFrom('seed' as const, 'seed' as const, 'gz' as const, 'hidden' as const),
  options: fc.record({
    // fc.option's freq is the odds of null: 1 in 8 files is imported with a --kind forced (often the wrong one)
    kind: fc.oneof(
      { weight: 7, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...KINDS) },
    ),
    rejectBadRows: fc.boolean(),
    replace: fc.boolean(),
    extra: fc.array(fc.tuple(fc.constantFrom(...OPTION_FLAGS), fc.constantFrom(...OPTION_VALUES)), {
      maxLength: 2,
    }),
  }),
});

function quoteCell(c: string, how: HostileSpec['quoting']): string {
  if (how === 'never') return c;
  if (how === 'always' || /[",\r\n]/.test(c)) return `"${c.replaceAll('"', '""')}"`;
  return c;
}

/** The file a spec makes: its name and bytes. */
export function hostileFile(
  seeds: readonly SeedTable[],
  s: HostileSpec,
): { name: string; kind: string; bytes: Uint8Array } {
  const seed = seeds[s.seed % seeds.length];
  const rows = seed.rows.slice(0, s.rows + 1).map((r) => [...r]);
  const header = rows[0];
  const j = s.header.col % header.length;
  if (s.header.op === 'dup') header.push(header[j]);
  if (s.header.op === 'drop') for (const r of rows) r.splice(j, 1);
  if (s.header.op === 'rename') header[j] = s.header.value;
  if (s.header.op === 'upper') header[j] = header[j].toUpperCase();
  for (const e of s.edits) {
    const r = rows[rows.length > 1 && e.row % 4 ? 1 + (e.row % (rows.length - 1)) : e.row % rows.length]; // mostly data rows
    if (r.length) r[e.col % r.length] = e.value;
  }
  let text = s.bom === 0 ? '' : '\ufeff'.repeat(s.bom);
  rows.forEach((r, k) => {
    text += r.map((c) => quoteCell(c, s.quoting)).join(',') + s.eol[k % s.eol.length];
  });
  let bytes: Uint8Array = Buffer.from(text, 'utf8');
  const w = s.wrap;
  if (w.op === 'gzip') bytes = gzipSync(bytes);
  if (w.op === 'gzip-cut') {
    const gz = gzipSync(bytes);
    bytes = gz.subarray(0, 2 + (w.at % Math.max(1, gz.length - 2)));
  }
  if (w.op === 'cut') bytes = bytes.subarray(0, w.at % Math.max(1, bytes.length));
  if (w.op === 'random') bytes = w.bytes;
  if (w.op === 'empty') bytes = new Uint8Array();
  const name = s.name === 'gz' ? `${seed.name}.gz` : s.name === 'hidden' ? 'upload.dat' : seed.name;
  return { name, kind: seed.kind, bytes };
}
