/**
 * The store's schema, as an ordered list of migrations. Migration N brings a store from version N-1 to N;
 * `meta.schema_version` records the version a store is at. Never edit a released migration: add one.
 *
 * Units (see docs/data-model.md): returns and factor values are decimals (0.0326 = 3.26%); prices in the
 * security's currency (USD); market caps and flows in USD; French "Average Firm Size" in USD millions, as
 * French publishes it. Dates are DATE (trading day for daily data; the last calendar day of the month or
 * year for monthly and annual data).
 */
import { CAP_ANCHORS_TABLE, FILL_CAP_ANCHORS } from './cap-anchors.ts';

export const MIGRATIONS: readonly string[] = [
  // 1: the first schema
  `
  CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
  CREATE TABLE datasets (
    name VARCHAR PRIMARY KEY,      -- e.g. 'yahoo/^RUT', 'french/Portfolios_Formed_on_ME'
    kind VARCHAR NOT NULL,         -- the format it was read as: yahoo, stooq, alphavantage, french, ...
    vintage VARCHAR,               -- e.g. 'CRSP 202602' or the last date of the file
    source VARCHAR,                -- where the data come from, in words
    citation VARCHAR,
    file VARCHAR,                  -- the file it was imported from (basename)
    sha256 VARCHAR,
    rows BIGINT,
    imported_at TIMESTAMP
  );
  CREATE TABLE securities (
    id VARCHAR PRIMARY KEY,        -- the ticker as capgap names it, upper case (BRK-B, ABR_A, ^RUT)
    ticker VARCHAR NOT NULL,
    name VARCHAR,
    exchange VARCHAR,              -- NYSE, NASDAQ, AMEX, INDEX, ...
    security_type VARCHAR,         -- common, etf, index, fund, preferred, warrant, unit, right, unknown
    sector VARCHAR,
    industry VARCHAR,
    source VARCHAR
  );
  CREATE TABLE bars (
    source VARCHAR NOT NULL,       -- dataset name
    id VARCHAR NOT NULL,
    date DATE NOT NULL,
    open DOUBLE, high DOUBLE, low DOUBLE,
    close DOUBLE,                  -- raw close (price basis); NULL where the source only has adjusted prices
    adj_close DOUBLE,              -- split- and dividend-adjusted close (total-return basis); NULL if unknown
    volume DOUBLE,
    dividend DOUBLE,               -- cash dividend per share going ex on this date, where known
    split_factor DOUBLE,           -- split ratio taking effect on this date (2 = 2-for-1), where known
    PRIMARY KEY (id, date, source)
  );
  CREATE TABLE market_caps (
    source VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    date DATE NOT NULL,
    market_cap DOUBLE,             -- USD
    shares_outstanding DOUBLE,
    PRIMARY KEY (id, date, source)
  );
  CREATE TABLE portfolio_series (
    dataset VARCHAR NOT NULL,      -- e.g. 'french/Portfolios_Formed_on_ME'
    vintage VARCHAR NOT NULL,
    frequency VARCHAR NOT NULL,    -- daily | monthly | annual
    weighting VARCHAR NOT NULL,    -- value | equal | none (for firm counts and sizes)
    measure VARCHAR NOT NULL,      -- return (decimal) | firms (count) | avg_size (USD millions)
    portfolio VARCHAR NOT NULL,    -- the source's name: 'Lo 10', '2-Dec', 'Hi 10', 'Lo 20', 'Qnt 2', 'Lo 30', ...
    date DATE NOT NULL,
    value DOUBLE,                  -- NULL where the source says missing (-99.99, -999)
    PRIMARY KEY (dataset, vintage, frequency, weighting, measure, portfolio, date)
  );
  CREATE TABLE factors (
    dataset VARCHAR NOT NULL,      -- e.g. 'french/F-F_Research_Data_Factors'
    vintage VARCHAR NOT NULL,
    frequency VARCHAR NOT NULL,
    factor VARCHAR NOT NULL,       -- Mkt-RF, SMB, HML, RF, ...
    date DATE NOT NULL,
    value DOUBLE,                  -- decimal
    PRIMARY KEY (dataset, vintage, frequency, factor, date)
  );
  CREATE TABLE etfs (
    ticker VARCHAR PRIMARY KEY,
    name VARCHAR,
    category VARCHAR,              -- 'US small cap', 'US mid cap', 'US large cap', 'US total market', 'US sector', ...
    benchmark VARCHAR,
    issuer VARCHAR,
    inception DATE
  );
  CREATE TABLE etf_flows (
    source VARCHAR NOT NULL,
    ticker VARCHAR NOT NULL,
    date DATE NOT NULL,
    flow DOUBLE,                   -- USD, as given by a vendor
    shares_outstanding DOUBLE,
    nav DOUBLE,                    -- USD per share
    aum DOUBLE,                    -- USD
    PRIMARY KEY (ticker, date, source)
  );
  `,
  // 2: cap anchors (./cap-anchors.ts), derived from bars and market_caps: what the panel loader reads
  // instead of scanning every bar for each cap's price. Filled here for stores imported before.
  `${CAP_ANCHORS_TABLE};
  ${FILL_CAP_ANCHORS}`,
  // 3: bars rewritten in (source, date) order, as imports now write them: a read of a few weeks then skips
  // the row groups outside them (DuckDB keeps each row group's date range). The table and key are unchanged.
  `CREATE TABLE bars_by_date (
    source VARCHAR NOT NULL, id VARCHAR NOT NULL, date DATE NOT NULL,
    open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, adj_close DOUBLE, volume DOUBLE,
    dividend DOUBLE, split_factor DOUBLE,
    PRIMARY KEY (id, date, source)
  );
  INSERT INTO bars_by_date SELECT * FROM bars ORDER BY source, date, id;
  DROP TABLE bars;
  ALTER TABLE bars_by_date RENAME TO bars;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The tables an import may write, in the order they are copied. */
export const DATA_TABLES = [
  'datasets',
  'securities',
  'bars',
  'market_caps',
  'portfolio_series',
  'factors',
  'etfs',
  'etf_flows',
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** Each data table's columns in schema order (the overlay views of ./overlay.ts list them). */
export const TABLE_COLUMNS: Record<DataTable, readonly string[]> = {
  datasets: ['name', 'kind', 'vintage', 'source', 'citation', 'file', 'sha256', 'rows', 'imported_at'],
  securities: ['id', 'ticker', 'name', 'exchange', 'security_type', 'sector', 'industry', 'source'],
  bars: [
    'source',
    'id',
    'date',
    'open',
    'high',
    'low',
    'close',
    'adj_close',
    'volume',
    'dividend',
    'split_factor',
  ],
  market_caps: ['source', 'id', 'date', 'market_cap', 'shares_outstanding'],
  portfolio_series: ['dataset', 'vintage', 'frequency', 'weighting', 'measure', 'portfolio', 'date', 'value'],
  factors: ['dataset', 'vintage', 'frequency', 'factor', 'date', 'value'],
  etfs: ['ticker', 'name', 'category', 'benchmark', 'issuer', 'inception'],
  etf_flows: ['source', 'ticker', 'date', 'flow', 'shares_outstanding', 'nav', 'aum'],
};
