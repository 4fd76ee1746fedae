/**
 * The typed columns the parsers return and the writer stores. One row per index i across a table's columns;
 * numbers are Float64Array with NaN for missing, days are day numbers (days since 1970-01-01, UTC), and
 * `line` holds each row's 1-based line in the source file so later checks can name it.
 */
import type { Limits } from './limits.ts';

/** The formats `capgap import` knows. */
export const KINDS = [
  'yahoo',
  'yfinance',
  'stooq',
  'alphavantage',
  'companylist',
  'stock-panel',
  'gics',
  'french',
  'generic',
  'etf-flows',
  'etfs',
] as const;
export type ImportKind = (typeof KINDS)[number];

/** Counts a parser keeps: rows read, rows rejected by reason, missing cells by column. */
export interface ParseStats {
  /** Data rows read (header, blank and preamble lines excluded). */
  rowsRead: number;
  /** Rows not stored, by reason (e.g. 'no price (all price cells missing)': 3). */
  rejected: Record<string, number>;
  /** Cells stored as NULL because the source marks them missing, by column name. */
  missing: Record<string, number>;
}

/** Daily bars for one or more tickers (table `bars`). */
export interface BarColumns {
  /** Ticker names; `ticker[i]` indexes into it. */
  tickers: string[];
  ticker: Int32Array;
  day: Int32Array;
  line: Int32Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  /** Raw close (price basis); NaN where the source only has adjusted prices. */
  close: Float64Array;
  /** Split- and dividend-adjusted close; NaN if the source has none. */
  adjClose: Float64Array;
  volume: Float64Array;
  dividend: Float64Array;
  splitFactor: Float64Array;
}

/** One block of a French file: a rectangle of dates × portfolios (or factors). */
export interface SeriesBlock {
  /** The section title as in the file, trimmed ('Average Value Weight Returns -- Monthly'). */
  title: string;
  frequency: 'daily' | 'monthly' | 'annual';
  weighting: 'value' | 'equal' | 'none';
  measure: 'return' | 'firms' | 'avg_size';
  /** Column names exactly as in the header (trimmed): 'Lo 10', '2-Dec', 'Mkt-RF', ... */
  names: string[];
  day: Int32Array;
  line: Int32Array;
  /** Row-major values: `values[r * names.length + c]`; decimals for returns, NaN for missing. */
  values: Float64Array;
}

/** Securities master rows (table `securities`); null where the source says nothing. */
export interface SecurityRows {
  id: string[];
  name: (string | null)[];
  exchange: (string | null)[];
  securityType: (string | null)[];
  sector: (string | null)[];
  industry: (string | null)[];
  line: Int32Array;
}

/** Market-cap observations (table `market_caps`). */
export interface CapColumns {
  id: string[];
  day: Int32Array;
  line: Int32Array;
  marketCap: Float64Array;
  sharesOutstanding: Float64Array;
}

/** ETF flow inputs (table `etf_flows`). */
export interface FlowColumns {
  ticker: string[];
  day: Int32Array;
  line: Int32Array;
  flow: Float64Array;
  sharesOutstanding: Float64Array;
  nav: Float64Array;
  aum: Float64Array;
}

/** ETF registry rows (table `etfs`). */
export interface EtfRows {
  ticker: string[];
  name: (string | null)[];
  category: (string | null)[];
  benchmark: (string | null)[];
  issuer: (string | null)[];
  /** Day number of inception; NaN when unknown. */
  inception: Float64Array;
  line: Int32Array;
}

/** What a parser returns: the tables it found, with its counts and notes. */
export interface Parsed {
  kind: ImportKind;
  stats: ParseStats;
  /** Conventions the data follow, stated in the summary (e.g. 'prices adjusted: stored as adj_close; close NULL'). */
  notes: string[];
  bars?: BarColumns;
  /** French portfolio blocks (table portfolio_series). */
  portfolios?: SeriesBlock[];
  /** French factor blocks (table factors). */
  factors?: SeriesBlock[];
  /** Vintage for French data ('CRSP 202602', 'CRSP 202505 (inferred)'). */
  vintage?: string;
  /** French sections not imported (characteristics such as BE/ME), with their data-row counts. */
  skippedSections?: { title: string; line: number; rows: number }[];
  securities?: SecurityRows;
  /** 'fill' (companylist: fill empty fields, never overwrite) or 'classify' (gics: overwrite sector, industry). */
  securitiesMode?: 'fill' | 'classify';
  caps?: CapColumns;
  flows?: FlowColumns;
  etfs?: EtfRows;
}

/** Options every text parser takes. */
export interface ParseOptions {
  /** The file name used in errors (and to infer the ticker, vintage, exchange, date). Defaults to '<text>'. */
  file?: string;
  /** Bar formats only: skip and count rows that fail validation instead of throwing (default false). */
  rejectBadRows?: boolean;
  /** Line, cell and row limits (formats/limits.ts); defaults apply to what is not given. */
  limits?: Partial<Limits>;
}

/** A fresh stats object. */
export function newStats(): ParseStats {
  return { rowsRead: 0, rejected: {}, missing: {} };
}

/** Adds `n` to `counts[key]`. */
export function bump(counts: Record<string, number>, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n;
}
