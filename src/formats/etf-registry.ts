/**
 * The ETF registry's file format: US-listed ETFs with category, benchmark, issuer and inception date, one
 * CSV row each (data/etfs.csv is the one capgap ships; docs/flows-and-records.md). Text to entries, no I/O:
 * src/store/etf-registry.ts reads the file and writes the store.
 */
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../calendar/dates.ts';
import { quote } from '../quote.ts';
import { checkText } from './text-fields.ts';

/** The columns of a registry file, in order. */
export const REGISTRY_COLUMNS = ['ticker', 'name', 'category', 'benchmark', 'issuer', 'inception'] as const;

/**
 * Optional columns: `sector` (the GICS sector a sector fund holds; empty for broad funds) and `note` (how the
 * inception date was checked, see docs/sectors.md). The store's `etfs` table does not hold them: readers
 * take them from the file (readEtfRegistry fills them from the shipped registry by ticker).
 */
export const OPTIONAL_COLUMNS = ['sector', 'note'] as const;

/** One registry row. */
export interface EtfEntry {
  ticker: string;
  name: string;
  category: string;
  benchmark: string;
  issuer: string;
  /** Fund inception (ISO date), or null if unknown. */
  inception: string | null;
  /** GICS sector of a sector fund, or null. */
  sector?: string | null;
  /** How the inception (and the fund's facts) were checked, or null. */
  note?: string | null;
}

/**
 * Parses registry CSV text (header `ticker,name,category,benchmark,issuer,inception`); throws naming the file,
 * row and column of the first bad value.
 * @example parseEtfRegistry('ticker,name,category,benchmark,issuer,inception\nIWM,iShares Russell 2000 ETF,US small cap,Russell 2000 Index,iShares,2000-05-22')
 */
export function parseEtfRegistry(text: string, options: { file?: string } = {}): EtfEntry[] {
  const file = options.file ?? '<text>';
  const records = parse(text, {
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: false,
  }) as string[][];
  if (!records.length) throw new Error(`${file}: empty registry`);
  const header = records[0].map((h) => h.toLowerCase());
  for (const col of REGISTRY_COLUMNS) {
    if (!header.includes(col))
      throw new Error(`${file}: missing column ${quote(col)}; expected ${REGISTRY_COLUMNS.join(',')}`);
  }
  const at = Object.fromEntries(REGISTRY_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof REGISTRY_COLUMNS)[number],
    number
  >;
  const seen = new Set<string>();
  const out: EtfEntry[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r];
    const row = r + 1;
    const ticker = cells[at.ticker].toUpperCase();
    if (!/^[A-Z][A-Z0-9.-]{0,9}$/.test(ticker))
      throw new Error(`${file}: row ${row}, column ticker: invalid ticker ${quote(cells[at.ticker])}`);
    if (seen.has(ticker)) throw new Error(`${file}: row ${row}, column ticker: duplicate ticker ${ticker}`);
    seen.add(ticker);
    const category = cells[at.category];
    if (!category) throw new Error(`${file}: row ${row}, column category: empty category for ${ticker}`);
    const inception = cells[at.inception] || null;
    if (inception && !isIsoDate(inception)) {
      throw new Error(
        `${file}: row ${row}, column inception: invalid date ${quote(inception)}; expected YYYY-MM-DD`,
      );
    }
    const opt = (c: (typeof OPTIONAL_COLUMNS)[number]) => {
      const k = header.indexOf(c);
      return k >= 0 && cells[k] ? cells[k] : null;
    };
    for (let j = 0; j < cells.length; j++) checkText(cells[j], { file, line: row, column: header[j] ?? '' });
    out.push({
      ticker,
      name: cells[at.name],
      category,
      benchmark: cells[at.benchmark],
      issuer: cells[at.issuer],
      inception,
      sector: opt('sector'),
      note: opt('note'),
    });
  }
  return out;
}
