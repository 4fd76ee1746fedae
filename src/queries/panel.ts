/**
 * Reads the size-bucket engine's inputs from the store into typed columns (portfolios/panel.ts). Beside it:
 * ./panel-columns.ts (result chunks to typed columns), ./panel-meta.ts (security types),
 * ./panel-off-session.ts (bars on non-session days) and ./panel-tables.ts (a panel written back as tables).
 *
 * Market caps (documented convention): each bar takes the stock's cap observation on or before its date
 * (else its first one after), scaled by the price change since that observation:
 * `cap_t = cap_c × price_t / price_c`, where price_c is the bar on or before the cap date. With one
 * snapshot (NASDAQ companylist, 2016-09-21) this carries the snapshot to every day by the stock's own price
 * change; prices are split-adjusted, so splits do not break it (dividend adjustment adds the dividend
 * yield to the cap's drift, a small bias). A cap row with only shares outstanding uses shares × close.
 */

import type { Panel } from '../portfolios/panel.ts';
import type { Store } from '../store/store.ts';
import { readPanelColumns } from './panel-columns.ts';
import { type Meta, securityTypes } from './panel-meta.ts';
import { dropOffSession } from './panel-off-session.ts';

export { type Meta, securityTypes } from './panel-meta.ts';
export { dropOffSession } from './panel-off-session.ts';
export { writePanelTables } from './panel-tables.ts';

/** Options of loadPanel. */
export interface LoadPanelOptions {
  /** bars.source of the prices; defaults to 'kaggle/stocks' if present, else the first 'stock-panel' dataset. */
  priceSource?: string;
  /** market_caps.source of the caps; defaults to every source. */
  capSource?: string;
  /** First and last day loaded (ISO), inclusive. */
  from?: string;
  to?: string;
}

/**
 * Loads a Panel from bars, market_caps and securities. Rows come in DuckDB's scan order, which is not
 * sorted (no ORDER BY: the engine groups rows by day with a counting sort in O(rows), see
 * portfolios/panel-index.ts, so sorting in SQL would only add time); stock indices follow ids in ascending
 * order; (stock, day) pairs are unique.
 * @example const panel = await loadPanel(store, { from: '2016-10-01', to: '2016-11-30' });
 */
export async function loadPanel(store: Store, options: LoadPanelOptions = {}): Promise<Panel> {
  const src = options.priceSource ?? (await defaultPriceSource(store));
  const capSrc = options.capSource ?? null;
  const from = options.from ?? '0001-01-01';
  const to = options.to ?? '9999-12-31';
  const sql = `
    WITH allbars AS NOT MATERIALIZED (SELECT id, date, coalesce(adj_close, close) AS price, coalesce(close, adj_close) AS raw
                     FROM bars WHERE source = $1),
    mc AS (
      SELECT id, date AS cdate, market_cap, shares_outstanding FROM market_caps
      WHERE ($2::VARCHAR IS NULL OR source = $2) AND coalesce(market_cap, shares_outstanding) IS NOT NULL
    ),
    near AS (
      SELECT m.id, m.cdate, max(b.date) AS bdate FROM mc m
      JOIN allbars b ON b.id = m.id AND b.date BETWEEN m.cdate - 31 AND m.cdate GROUP BY ALL
    ),
    capbar AS (
      FROM near
      UNION ALL
      SELECT m.id, m.cdate, max(b.date) AS bdate FROM (FROM mc ANTI JOIN near USING (id, cdate)) m
      JOIN allbars b ON b.id = m.id AND b.date <= m.cdate GROUP BY ALL
    ),
    caps AS (
      SELECT m.id, m.cdate, coalesce(m.market_cap, m.shares_outstanding * b.raw) AS mcap, b.price AS cprice
      FROM mc m JOIN capbar x ON x.id = m.id AND x.cdate = m.cdate JOIN allbars b ON b.id = x.id AND b.date = x.bdate
    ),
    firstcap AS (SELECT id, arg_min(mcap, cdate) AS mcap, arg_min(cprice, cdate) AS cprice FROM caps GROUP BY id),
    b AS (SELECT id, date, price FROM allbars WHERE date BETWEEN $3::DATE AND $4::DATE),
    j AS (SELECT b.id, b.date, b.price, c.mcap, c.cprice FROM b ASOF LEFT JOIN caps c ON b.id = c.id AND b.date >= c.cdate),
    ids AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::INTEGER AS stock FROM (SELECT DISTINCT id FROM b))
    SELECT ids.stock, (j.date - DATE '1970-01-01')::INTEGER AS day, j.price,
           coalesce(j.mcap, f.mcap) * j.price / coalesce(j.cprice, f.cprice) AS cap
    FROM j JOIN ids USING (id) LEFT JOIN firstcap f USING (id)`;
  const cols = dropOffSession(await readPanelColumns(store, sql, [src, capSrc, from, to]));
  const meta = await store.all<Meta>(
    `WITH ids AS (SELECT DISTINCT id FROM bars WHERE source = $1 AND date BETWEEN $2::DATE AND $3::DATE),
     c AS (SELECT id, arg_min(market_cap, date) AS cap FROM market_caps WHERE ($4::VARCHAR IS NULL OR source = $4) GROUP BY id)
     SELECT ids.id, s.name, s.exchange, s.security_type, s.sector, s.industry, c.cap
     FROM ids LEFT JOIN securities s USING (id) LEFT JOIN c USING (id) ORDER BY ids.id`,
    [src, from, to, capSrc],
  );
  if (meta.length === 0) throw new Error(`no bars from dataset "${src}" between ${from} and ${to}`);
  return {
    ids: meta.map((m) => m.id),
    stock: cols.stock,
    day: cols.day,
    price: cols.price,
    cap: cols.cap,
    exchange: meta.map((m) => m.exchange),
    securityType: securityTypes(meta),
    ...(cols.offSession ? { offSession: cols.offSession } : {}),
  };
}

/** 'kaggle/stocks' if the store has it, else the first dataset of kind 'stock-panel'. */
async function defaultPriceSource(store: Store): Promise<string> {
  const r = await store.one<{ name: string }>(
    `SELECT name FROM datasets WHERE name = 'kaggle/stocks' OR kind = 'stock-panel' ORDER BY name <> 'kaggle/stocks', name LIMIT 1`,
  );
  if (!r) throw new Error('no stock panel in the store; import one (capgap import <panel.csv.gz>) first');
  return r.name;
}
