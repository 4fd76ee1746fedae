/**
 * Reads the size-bucket engine's inputs from the store into typed columns (portfolios/panel.ts). Beside it:
 * ./panel-reads.ts (the store reads), ./panel-caps.ts (caps carried to rows), ./panel-meta.ts (security
 * types), ./panel-off-session.ts (bars on non-session days), ./panel-tables.ts (a panel written as tables).
 *
 * Market caps (documented convention): each bar takes the stock's cap observation on or before its date
 * (else its first one after), scaled by the price change since that observation:
 * `cap_t = cap_c × price_t / price_c`, where price_c is the stock's last bar on or before the cap date (a cap
 * with no bar on or before it is not used; store/cap-anchors.ts). With one
 * snapshot (NASDAQ companylist, 2016-09-21) this carries the snapshot to every day by the stock's own price
 * change; prices are split-adjusted, so splits do not break it (dividend adjustment adds the dividend
 * yield to the cap's drift, a small bias). A cap row with only shares outstanding uses shares × close.
 */

import type { Panel } from '../portfolios/panel.ts';
import { SHARE_ROWS, sharePanel, warmThreads } from '../portfolios/threads/pool.ts';
import type { Store } from '../store/store.ts';
import { carryCaps } from './panel-caps.ts';
import { securityTypes } from './panel-meta.ts';
import { dropOffSession } from './panel-off-session.ts';
import { sortByStockDay } from './panel-order.ts';
import { readAnchors, readMeta, readRows } from './panel-reads.ts';

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
 * Loads a Panel from bars, market_caps (through their cap anchors) and securities, reading only the days
 * from `from` to `to` (the caller includes any look-back: buckets-query.ts's panelStart).
 *
 * Columns: in SharedArrayBuffers for panels of 2^20 rows or more, so that the engine's threads share them.
 * Row order: by stock, then day (./panel-order.ts: DuckDB's own order changes run to run, and sums taken in
 * row order would change in their last digits). Stock indices follow ids in ascending order; (stock, day)
 * pairs are unique.
 * @example const panel = await loadPanel(store, { from: '2016-10-01', to: '2016-11-30' });
 */
export async function loadPanel(store: Store, options: LoadPanelOptions = {}): Promise<Panel> {
  const src = options.priceSource ?? (await defaultPriceSource(store));
  const capSrc = options.capSource ?? null;
  const from = options.from ?? '0001-01-01';
  const to = options.to ?? '9999-12-31';
  const meta = await readMeta(store, src, from, to, capSrc);
  if (meta.length === 0) throw new Error(`no bars from dataset "${src}" between ${from} and ${to}`);
  const ids = meta.map((m) => m.id);
  const rows = sortByStockDay(await readRows(store, src, from, to), ids.length);
  // A panel big enough to share: the engine's helper threads start while the caps are read and carried.
  if (rows.stock.length >= SHARE_ROWS) void warmThreads();
  const anchors = await readAnchors(store, src, capSrc, ids);
  const cols = dropOffSession({ ...rows, cap: carryCaps(rows, anchors, ids.length) });
  const shared = sharePanel(cols, SHARE_ROWS);
  return {
    ids,
    stock: shared.stock,
    day: shared.day,
    price: shared.price,
    cap: shared.cap,
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
