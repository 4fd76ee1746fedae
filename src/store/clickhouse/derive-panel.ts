/**
 * Derives `panel_local` (the table the pushed-down queries read) from what imports wrote, on each shard,
 * with the local store's conventions (queries/panel.ts):
 * - price: the stock-panel dataset's adjusted close (`bars_local`, one dataset: 'kaggle/stocks' if present,
 *   else the first by name, as the local default);
 * - cap: each bar takes the stock's cap observation on or before its date (else its first one), scaled by
 *   the price change since that observation, `cap_t = cap_c × price_t / price_c`, price_c = the bar on or
 *   before the cap date (an observation with no bar on or before it is not used), in that order of
 *   operations (the same doubles as DuckDB's `mcap * price / cprice`);
 * - exchange, security type and cap observations from `security_meta` (computed in Node, see
 *   queries/import-clickhouse.ts); bars on days that are not NYSE sessions (`offDays`) are left out.
 * Per shard, per stock, with array functions (18.16: no ASOF JOIN, no window functions): the rows go to
 * `panel_stage`, then each month REPLACEs the same partition of `panel_local` and months no longer derived
 * are dropped. Only the shard's own stocks are touched, so no data crosses shards.
 */
import { RowBinary } from './row-binary.ts';
import { dates, ident, str } from './sql.ts';
import type { Warehouse } from './warehouse.ts';

/** One security's derived facts (a row of `security_meta`). */
export interface SecurityMeta {
  security: string;
  exchange: string;
  securityType: string;
  /** Cap observation dates (day numbers, ascending) and market caps (USD). */
  cdates: number[];
  mcaps: number[];
}

/**
 * Replaces `security_meta` on every shard (staged and count-checked first, then one partition swap each).
 * @example await writeSecurityMeta(shards, 'capgap', [{ security: 'A', exchange: 'NYSE', securityType: 'common', cdates: [17065], mcaps: [1.5e10] }])
 */
export async function writeSecurityMeta(
  shards: readonly Warehouse[],
  database: string,
  rows: SecurityMeta[],
) {
  const db = ident(database);
  const body = new RowBinary();
  for (const r of rows) {
    body.string(r.security).string(r.exchange).string(r.securityType).arrayLength(r.cdates.length);
    for (const d of r.cdates) body.date(d);
    body.arrayLength(r.mcaps.length);
    for (const m of r.mcaps) body.float64(m);
  }
  const bytes = body.bytes();
  for (const [k, shard] of shards.entries()) {
    await shard.exec(`TRUNCATE TABLE ${db}.security_meta_stage`);
    if (rows.length) await shard.insertRaw(`${db}.security_meta_stage`, 'RowBinary', bytes);
    const [{ n }] = await shard.rows<{ n: string }>(`SELECT count() AS n FROM ${db}.security_meta_stage`);
    if (Number(n) !== rows.length)
      throw new Error(`ClickHouse staged ${n} of ${rows.length} security rows on shard ${k + 1}`);
  }
  for (const shard of shards) {
    await shard.exec(
      `ALTER TABLE ${db}.security_meta REPLACE PARTITION tuple() FROM ${db}.security_meta_stage`,
    );
    await shard.exec(`TRUNCATE TABLE ${db}.security_meta_stage`);
  }
}

/** The INSERT … SELECT that derives one shard's panel rows into `panel_stage`. */
export function derivePanelSql(database: string, dataset: string, offDays: readonly number[]): string {
  const db = ident(database);
  // lambda parameters are named apart from every alias, and a column a lambda captures gets a top-level
  // alias first (18.16 otherwise prunes it from the subquery: "Unknown identifier")
  return `INSERT INTO ${db}.panel_stage (security, date, price, cap, exchange, security_type)
  WITH identity(ds) AS dsa, identity(ps) AS psa,
    arrayMap(u1 -> toUInt32(arrayCount(u2 -> u2 <= u1, dsa)), cdates) AS ci,
    arrayFilter((u3, u4) -> u4 > 0, cdates, ci) AS vcd,
    arrayFilter((u5, u6) -> u6 > 0, mcaps, ci) AS vcm,
    arrayMap(u7 -> psa[u7], arrayFilter(u8 -> u8 > 0, ci)) AS vcp,
    arrayMap(u9 -> greatest(toUInt32(arrayCount(u10 -> u10 <= u9, vcd)), toUInt32(1)), dsa) AS cj,
    arrayMap((u11, u12) -> if(length(vcd) = 0, nan, vcm[u12] * u11 / vcp[u12]), psa, cj) AS cs
  SELECT security, t.1, t.2, t.3, exchange, security_type
  FROM (
    SELECT security, ds, ps, exchange, security_type, cdates, mcaps FROM (
      SELECT security, arraySort(groupArray(date)) AS ds,
        arraySort((v1, v2) -> v2, groupArray(price), groupArray(date)) AS ps
      FROM ${db}.bars_local WHERE dataset = ${str(dataset)} GROUP BY security
    ) ANY LEFT JOIN (
      SELECT security, exchange, security_type, cdates, mcaps FROM ${db}.security_meta
    ) USING security
  )
  ARRAY JOIN arrayFilter(u13 -> NOT has(${offDays.length ? dates(offDays) : 'emptyArrayDate()'}, u13.1),
    arrayMap((u14, u15, u16) -> tuple(u14, u15, u16), dsa, psa, cs)) AS t`;
}

/**
 * Rebuilds `panel_local` on every shard from `bars_local` (dataset `dataset`) and `security_meta`.
 * @example await derivePanel(shards, 'capgap', 'stock-panel/stocks', [])
 */
export async function derivePanel(
  shards: readonly Warehouse[],
  database: string,
  dataset: string,
  offDays: readonly number[],
): Promise<{ rows: number; partitions: number }> {
  const db = ident(database);
  let rows = 0;
  let partitions = 0;
  for (const shard of shards) {
    await shard.exec(`TRUNCATE TABLE ${db}.panel_stage`);
    try {
      await shard.exec(derivePanelSql(database, dataset, offDays));
      const months = await shard.rows<{ m: number; n: string }>(
        `SELECT toYYYYMM(date) AS m, count() AS n FROM ${db}.panel_stage GROUP BY m ORDER BY m`,
      );
      const old = await shard.rows<{ m: number }>(
        `SELECT DISTINCT toYYYYMM(date) AS m FROM ${db}.panel_local`,
      );
      const now = new Set(months.map((r) => Number(r.m)));
      for (const { m, n } of months) {
        await shard.exec(
          `ALTER TABLE ${db}.panel_local REPLACE PARTITION ${Number(m)} FROM ${db}.panel_stage`,
        );
        rows += Number(n);
      }
      for (const { m } of old)
        if (!now.has(Number(m)))
          await shard.exec(`ALTER TABLE ${db}.panel_local DROP PARTITION ${Number(m)}`);
      partitions += months.length;
    } finally {
      await shard.exec(`TRUNCATE TABLE ${db}.panel_stage`).catch(() => {});
    }
  }
  return { rows, partitions };
}
