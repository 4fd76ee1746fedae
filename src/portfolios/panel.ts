/**
 * The stock panel the size-bucket engine reads: typed columns, one row per stock-day, and its dense grid
 * (used by the quality report and contributions; the engine's hot path groups by stock instead, see
 * panel-index.ts, with the same conventions).
 *
 * Conventions (decided here, stated in every bucket output):
 * - `price` is a split-adjusted close (price basis) or a total-return index (total-return basis); returns
 *   are `price[d] / price[d-1] - 1` between consecutive trading days of the panel.
 * - A missing bar is filled with the stock's last price (return 0 that day; the next bar carries the
 *   return over the gap). A stock that stops trading therefore stays at its last price: no look-ahead, and
 *   it leaves its bucket at the next formation (it has no price on that formation day).
 * - `cap` is the market cap in USD on that row (NaN where unknown), carried forward the same way.
 */

/** A stock panel as typed columns. Rows need not be sorted; (stock, day) pairs must be unique. */
export interface Panel {
  /** Security id per stock index (e.g. 'AAPL', 'BRK-B'). */
  ids: readonly string[];
  /** Stock index per row (into `ids`). */
  stock: Int32Array;
  /** Trading day per row, as a day number (days since 1970-01-01; see calendar/dates.ts). */
  day: Int32Array;
  /** Adjusted close (or total-return index) per row; NaN or <= 0 counts as missing. */
  price: Float64Array;
  /** Market cap per row in USD; NaN where unknown. */
  cap: Float64Array;
  /** Exchange per stock ('NYSE', 'NASDAQ', 'AMEX', …), or null where unknown. */
  exchange?: readonly (string | null)[];
  /** Security type per stock ('common', 'etf', 'preferred', …; see universe.ts), or null where unknown. */
  securityType?: readonly (string | null)[];
  /**
   * Bars the store holds on days that are not NYSE sessions (e.g. 3 stray bars on Saturday 2016-04-30 in the
   * real 2015-2017 panel): left out of the panel (no session, formation or window uses them) and stated.
   */
  offSession?: { rows: number; days: string[] };
}

/** A panel on a dense day-major grid: cell `d * nStocks + s`. */
export interface PanelGrid {
  /** The trading days (day numbers, ascending): every day with at least one bar. */
  days: Int32Array;
  nStocks: number;
  /** Last known price on or before each day (NaN before the stock's first bar). */
  price: Float64Array;
  /** Last known cap on or before each day (NaN before the first known cap). */
  cap: Float64Array;
  /** 1 where the stock has an actual bar that day. */
  observed: Uint8Array;
  /** Grid day index of each stock's first bar (-1 if none). */
  first: Int32Array;
  /** Grid day index of each stock's last bar (-1 if none). */
  last: Int32Array;
  /** Rows whose price was missing (NaN or <= 0) and were treated as no bar. */
  badPriceRows: number;
}

/**
 * Checks a panel's shape: every column as long as `stock`, the per-stock lists as long as `ids`; throws
 * naming the bad column (the walks check the stock indices as they read them).
 * @example checkPanelShape({ ids: ['A'], stock: Int32Array.of(0), day: Int32Array.of(17113), price: Float64Array.of(1), cap: Float64Array.of(1e9) })
 */
export function checkPanelShape(panel: Panel): void {
  const n = panel.stock.length;
  const S = panel.ids.length;
  for (const k of ['day', 'price', 'cap'] as const) {
    if (panel[k].length !== n)
      throw new Error(`invalid panel: column ${k} has ${panel[k].length} rows; stock has ${n}`);
  }
  if (panel.exchange && panel.exchange.length !== S)
    throw new Error(`invalid panel: exchange has ${panel.exchange.length} entries; ids has ${S}`);
  if (panel.securityType && panel.securityType.length !== S)
    throw new Error(`invalid panel: securityType has ${panel.securityType.length} entries; ids has ${S}`);
}

/**
 * Checks a panel's columns for equal lengths and valid stock indices; throws naming the bad value.
 * @example validatePanel({ ids: ['A'], stock: Int32Array.of(0), day: Int32Array.of(17113), price: Float64Array.of(1), cap: Float64Array.of(1e9) })
 */
export function validatePanel(panel: Panel): void {
  checkPanelShape(panel);
  const S = panel.ids.length;
  for (let i = 0; i < panel.stock.length; i++) {
    const s = panel.stock[i];
    if (s < 0 || s >= S)
      throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
  }
}

/**
 * Puts a panel on a dense day-major grid in O(rows + days × stocks), carrying prices and caps forward.
 * @example const g = gridPanel(panel); g.price[d * g.nStocks + s]
 */
export function gridPanel(panel: Panel): PanelGrid {
  validatePanel(panel);
  const n = panel.stock.length;
  const S = panel.ids.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = panel.day[i];
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  if (n === 0) lo = hi = 0;
  const span = n === 0 ? 0 : hi - lo + 1;
  const dayIndex = new Int32Array(span).fill(-1);
  for (let i = 0; i < n; i++) dayIndex[panel.day[i] - lo] = 1;
  let D = 0;
  for (let k = 0; k < span; k++) if (dayIndex[k] === 1) dayIndex[k] = D++;
  const days = new Int32Array(D);
  for (let k = 0; k < span; k++) if (dayIndex[k] >= 0) days[dayIndex[k]] = lo + k;

  const price = new Float64Array(D * S).fill(Number.NaN);
  const cap = new Float64Array(D * S).fill(Number.NaN);
  const observed = new Uint8Array(D * S);
  let badPriceRows = 0;
  for (let i = 0; i < n; i++) {
    const cell = dayIndex[panel.day[i] - lo] * S + panel.stock[i];
    const p = panel.price[i];
    if (!(p > 0)) {
      badPriceRows++;
    } else {
      price[cell] = p;
      observed[cell] = 1;
    }
    const c = panel.cap[i];
    if (c > 0) cap[cell] = c;
  }
  const first = new Int32Array(S).fill(-1);
  const last = new Int32Array(S).fill(-1);
  for (let d = 0; d < D; d++) {
    const row = d * S;
    const prev = row - S;
    for (let s = 0; s < S; s++) {
      if (observed[row + s]) {
        if (first[s] < 0) first[s] = d;
        last[s] = d;
      } else if (d > 0) price[row + s] = price[prev + s];
      if (d > 0 && Number.isNaN(cap[row + s])) cap[row + s] = cap[prev + s];
    }
  }
  return { days, nStocks: S, price, cap, observed, first, last, badPriceRows };
}
