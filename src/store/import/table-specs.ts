/**
 * The target tables of an import: primary keys, value columns and the key columns that partition imports,
 * and the shape of a staged table (its TEMP name, spec, row count and the SQL that clears the dataset's rows
 * for --replace).
 */
import type { TableSpec } from './stage.ts';

/** The target tables: primary keys, value columns and the key columns that partition imports. */
export const SPECS: Record<string, TableSpec> = {
  bars: {
    table: 'bars',
    keys: ['id', 'date', 'source'],
    values: ['open', 'high', 'low', 'close', 'adj_close', 'volume', 'dividend', 'split_factor'],
    scope: ['source'],
    numeric: true,
  },
  market_caps: {
    table: 'market_caps',
    keys: ['id', 'date', 'source'],
    values: ['market_cap', 'shares_outstanding'],
    scope: ['source'],
    numeric: true,
  },
  portfolio_series: {
    table: 'portfolio_series',
    keys: ['dataset', 'vintage', 'frequency', 'weighting', 'measure', 'portfolio', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
    numeric: true,
  },
  factors: {
    table: 'factors',
    keys: ['dataset', 'vintage', 'frequency', 'factor', 'date'],
    values: ['value'],
    scope: ['dataset', 'vintage', 'frequency'],
    numeric: true,
  },
  etf_flows: {
    table: 'etf_flows',
    keys: ['ticker', 'date', 'source'],
    values: ['flow', 'shares_outstanding', 'nav', 'aum'],
    scope: ['source'],
    numeric: true,
  },
  etfs: { table: 'etfs', keys: ['ticker'], values: ['name', 'category', 'benchmark', 'issuer', 'inception'] },
};

/** A staged table ready to be checked and inserted. */
export interface Staged {
  stg: string;
  spec: TableSpec;
  n: number;
  /** SQL run before inserting when replacing. */
  clear: string;
}
