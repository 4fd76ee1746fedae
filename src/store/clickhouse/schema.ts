/**
 * The warehouse schema, created on every shard (18.16 has no `ON CLUSTER` without ZooKeeper, so the
 * loader runs the DDL on each shard itself):
 * - `panel_local`: one row per stock-day (security, date, adjusted close `price`, market cap `cap` in USD,
 *   NaN where unknown; the stock's `exchange` and `security_type` on every row, '' / 'unknown' when not
 *   known). MergeTree, partitioned by month, ordered by (security, date). A security lives on ONE shard
 *   (placement `cityHash64(security) % shards`): the per-stock arrays below need all of a stock's rows.
 * - `panel_stage`: the same structure; a load writes here, then swaps whole partitions into `panel_local`.
 * - `stock_series_local`: a view, one row per stock with its rows as arrays sorted by date
 *   (`ds`, `ps`, `cs`); the pushed-down queries read it through…
 * - `panel` and `stock_series`: `Distributed` tables over the cluster; a query on `stock_series` runs its
 *   per-stock part (array functions, ARRAY JOIN, partial GROUP BY) on each shard and merges on the initiator.
 *
 * What `capgap import --store clickhouse://…` writes (the raw inputs the panel is derived from, as the
 * local store's bars / market_caps / securities; see import-bars.ts, import-companies.ts, derive-panel.ts):
 * - `bars_local` (+ `bars_stage`, `bars` Distributed): a stock-panel file's adjusted closes, partitioned by
 *   (dataset, month), on the shard of their security;
 * - `companies` (+ `companies_stage`): companylist rows, partitioned by (exchange, snapshot date), the same
 *   on every shard (small: one row per listed security);
 * - `security_meta` (+ `security_meta_stage`): per security its exchange, capgap security type and cap
 *   observations (dates, market caps), computed in Node from `companies` after each import, the same on
 *   every shard; the derivation of `panel_local` joins it.
 */
import { ident } from './sql.ts';
import type { Warehouse } from './warehouse.ts';

const COLUMNS =
  'security String, date Date, price Float64, cap Float64, exchange String, security_type String';

/** The DDL statements for one shard, in order. */
export function schemaStatements(database: string, cluster: string): string[] {
  const db = ident(database);
  const cl = ident(cluster);
  const mergeTree = 'ENGINE = MergeTree PARTITION BY toYYYYMM(date) ORDER BY (security, date)';
  return [
    `CREATE DATABASE IF NOT EXISTS ${db}`,
    `CREATE TABLE IF NOT EXISTS ${db}.panel_local (${COLUMNS}) ${mergeTree}`,
    `CREATE TABLE IF NOT EXISTS ${db}.panel_stage (${COLUMNS}) ${mergeTree}`,
    `CREATE VIEW IF NOT EXISTS ${db}.stock_series_local AS
      SELECT security, any(exchange) AS exchange, any(security_type) AS security_type,
        arraySort(groupArray(date)) AS ds,
        arraySort((p, d) -> d, groupArray(price), groupArray(date)) AS ps,
        arraySort((c, d) -> d, groupArray(cap), groupArray(date)) AS cs
      FROM ${db}.panel_local GROUP BY security`,
    `CREATE TABLE IF NOT EXISTS ${db}.panel (${COLUMNS})
      ENGINE = Distributed(${cl}, ${db}, panel_local, cityHash64(security))`,
    `CREATE TABLE IF NOT EXISTS ${db}.stock_series (security String, exchange String, security_type String,
      ds Array(Date), ps Array(Float64), cs Array(Float64))
      ENGINE = Distributed(${cl}, ${db}, stock_series_local)`,
    ...importStatements(db, cl),
  ];
}

const BARS = 'dataset String, security String, date Date, price Float64, line UInt32';
const COMPANIES = `exchange String, snapshot Date, security String, name Nullable(String),
  sector Nullable(String), industry Nullable(String), security_type Nullable(String), market_cap Float64,
  imported UInt64, line UInt32`;
const META =
  'security String, exchange String, security_type String, cdates Array(Date), mcaps Array(Float64)';

/** The import tables (see the file header). */
function importStatements(db: string, cl: string): string[] {
  const bars = 'ENGINE = MergeTree PARTITION BY (dataset, toYYYYMM(date)) ORDER BY (security, date)';
  const companies = 'ENGINE = MergeTree PARTITION BY (exchange, snapshot) ORDER BY security';
  return [
    `CREATE TABLE IF NOT EXISTS ${db}.bars_local (${BARS}) ${bars}`,
    `CREATE TABLE IF NOT EXISTS ${db}.bars_stage (${BARS}) ${bars}`,
    `CREATE TABLE IF NOT EXISTS ${db}.bars (${BARS})
      ENGINE = Distributed(${cl}, ${db}, bars_local, cityHash64(security))`,
    `CREATE TABLE IF NOT EXISTS ${db}.companies (${COMPANIES}) ${companies}`,
    `CREATE TABLE IF NOT EXISTS ${db}.companies_stage (${COMPANIES}) ${companies}`,
    `CREATE TABLE IF NOT EXISTS ${db}.security_meta (${META}) ENGINE = MergeTree ORDER BY security`,
    `CREATE TABLE IF NOT EXISTS ${db}.security_meta_stage (${META}) ENGINE = MergeTree ORDER BY security`,
  ];
}

/**
 * Creates the schema on every shard (idempotent).
 * @example await createSchema([shard1, shard2], 'capgap', 'capgap')
 */
export async function createSchema(shards: readonly Warehouse[], database: string, cluster: string) {
  for (const shard of shards) for (const sql of schemaStatements(database, cluster)) await shard.exec(sql);
}

/** Drops the database on every shard (tests and benchmarks only). */
export async function dropSchema(shards: readonly Warehouse[], database: string) {
  for (const shard of shards) await shard.exec(`DROP DATABASE IF EXISTS ${ident(database)}`);
}
