/**
 * Reads the size-bucket engine's inputs from the store into typed columns (portfolios/panel.ts), and
 * writes a panel back as plain tables for the SQL reference implementation.
 *
 * Market caps (documented convention): each bar takes the stock's cap observation on or before its date
 * (else its first one after), scaled by the price change since that observation:
 * `cap_t = cap_c × price_t / price_c`, where price_c is the bar on or before the cap date. With one
 * snapshot (NASDAQ companylist, 2016-09-21) this carries the snapshot to every day by the stock's own price
 * change; prices are split-adjusted, so splits do not break it (dividend adjustment adds the dividend
 * yield to the cap's drift, a small bias). A cap row with only shares outstanding uses shares × close.
 */

import { fromDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';
import { classifySecurity, duplicateClasses } from '../formats/security-type.ts';
import type { Panel } from '../portfolios/panel.ts';
import type { Store } from '../store/store.ts';

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

type Columns = { stock: Int32Array; day: Int32Array; price: Float64Array; cap: Float64Array };

/**
 * Leaves out rows on days that are not NYSE sessions (a weekend bar would become a session of its own and a
 * formation day with almost no stocks) and says how many and which days. Documented convention: such bars
 * stay in the store, flagged in every bucket output, and no session, formation or window uses them.
 */
export function dropOffSession(c: Columns): Columns & { offSession?: { rows: number; days: string[] } } {
  const verdict = new Map<number, boolean>();
  let bad = 0;
  for (let i = 0; i < c.day.length; i++) {
    const d = c.day[i];
    let ok = verdict.get(d);
    if (ok === undefined) {
      ok = isNyseSession(d);
      verdict.set(d, ok);
    }
    if (!ok) bad++;
  }
  if (bad === 0) return c;
  const n = c.day.length - bad;
  const out = {
    stock: new Int32Array(n),
    day: new Int32Array(n),
    price: new Float64Array(n),
    cap: new Float64Array(n),
  };
  let k = 0;
  for (let i = 0; i < c.day.length; i++) {
    if (!verdict.get(c.day[i])) continue;
    out.stock[k] = c.stock[i];
    out.day[k] = c.day[i];
    out.price[k] = c.price[i];
    out.cap[k++] = c.cap[i];
  }
  const days = [...verdict]
    .filter(([, ok]) => !ok)
    .map(([d]) => fromDay(d))
    .sort();
  return { ...out, offSession: { rows: bad, days } };
}

/**
 * Runs the panel query and copies its result chunk by chunk, vector by vector, into typed columns (no row
 * objects, no per-row JS arrays): INTEGER stock and day, DOUBLE price and cap (NULL → NaN).
 */
async function readPanelColumns(store: Store, sql: string, params: (string | null)[]) {
  await store.ready(); // a store answering from its answer cache opens DuckDB now
  const result = await store.connection.run(sql, params);
  const n = result.rowCount;
  const stock = new Int32Array(n);
  const day = new Int32Array(n);
  const price = new Float64Array(n);
  const cap = new Float64Array(n);
  let at = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const m = chunk.rowCount;
    const vs = chunk.getColumnVector(0);
    const vd = chunk.getColumnVector(1);
    const vp = chunk.getColumnVector(2);
    const vc = chunk.getColumnVector(3);
    for (let j = 0; j < m; j++) {
      stock[at + j] = vs.getItem(j) as number;
      day[at + j] = vd.getItem(j) as number;
      price[at + j] = (vp.getItem(j) as number | null) ?? Number.NaN;
      cap[at + j] = (vc.getItem(j) as number | null) ?? Number.NaN;
    }
    at += m;
  }
  return { stock, day, price, cap };
}

export type Meta = {
  id: string;
  name: string | null;
  exchange: string | null;
  security_type: string | null;
  sector: string | null;
  industry: string | null;
  cap: number | null;
};

/**
 * Security types by capgap's rules (formats/security-type.ts) from the stored name, sector and industry,
 * whoever imported them; a more specific stored type (e.g. 'adr' from the companylist's ADR TSO field, or
 * 'etf' from the importer's known list) wins over 'common'.
 */
export function securityTypes(meta: readonly Meta[]): string[] {
  const types = meta.map((m) => {
    // The importer stores NASDAQ's 'n/a' as NULL: read a named row without sector/industry as 'n/a'.
    const fields = m.name ? { name: m.name, sector: m.sector ?? 'n/a', industry: m.industry ?? 'n/a' } : null;
    const t = classifySecurity(m.id, fields).type;
    const stored = m.security_type;
    return t === 'common' && stored && stored !== 'common' && stored !== 'unknown' ? stored : t;
  });
  const dups = duplicateClasses(
    meta
      .filter((_, i) => types[i] === 'common')
      .map((m) => ({ id: m.id, name: m.name ?? '', cap: m.cap ?? Number.NaN })),
  );
  return types.map((t, i) => (dups.has(meta[i].id) ? 'share-class-duplicate' : t));
}

/** 'kaggle/stocks' if the store has it, else the first dataset of kind 'stock-panel'. */
async function defaultPriceSource(store: Store): Promise<string> {
  const r = await store.one<{ name: string }>(
    `SELECT name FROM datasets WHERE name = 'kaggle/stocks' OR kind = 'stock-panel' ORDER BY name <> 'kaggle/stocks', name LIMIT 1`,
  );
  if (!r) throw new Error('no stock panel in the store; import one (capgap import <panel.csv.gz>) first');
  return r.name;
}

/**
 * Writes a panel as tables `<panel>(stock, day, price, cap)` and `<stocks>(stock, exchange, security_type)`
 * (replacing them), for referenceSql.
 * @example await writePanelTables(store, panel);
 */
export async function writePanelTables(
  store: Store,
  panel: Panel,
  names = { panel: 'panel', stocks: 'stocks' },
): Promise<void> {
  await store.run(
    `CREATE OR REPLACE TABLE ${names.panel} (stock INTEGER, day INTEGER, price DOUBLE, cap DOUBLE)`,
  );
  await store.run(
    `CREATE OR REPLACE TABLE ${names.stocks} (stock INTEGER, exchange VARCHAR, security_type VARCHAR)`,
  );
  const a = await store.connection.createAppender(names.panel);
  for (let i = 0; i < panel.stock.length; i++) {
    a.appendInteger(panel.stock[i]);
    a.appendInteger(panel.day[i]);
    if (Number.isNaN(panel.price[i])) a.appendNull();
    else a.appendDouble(panel.price[i]);
    if (Number.isNaN(panel.cap[i])) a.appendNull();
    else a.appendDouble(panel.cap[i]);
    a.endRow();
  }
  a.closeSync();
  const m = await store.connection.createAppender(names.stocks);
  for (let s = 0; s < panel.ids.length; s++) {
    m.appendInteger(s);
    const e = panel.exchange?.[s];
    if (e == null) m.appendNull();
    else m.appendVarchar(e);
    const t = panel.securityType?.[s];
    if (t == null) m.appendNull();
    else m.appendVarchar(t);
    m.endRow();
  }
  m.closeSync();
}
