/**
 * A panel grouped once by trading day, in O(rows) whatever order its rows come in: a counting sort on the
 * day index (no comparator sort), no dense days × stocks grid. Rows arrive unsorted (a store scan, a CSV,
 * a shuffled benchmark panel), so this is the normal path; rows already in day order are used in place.
 *
 * The engine then walks the days in order once (kernel.ts), keeping each stock's last price and cap in
 * arrays of length `stocks` (which stay in cache), so it carries prices and caps forward exactly as
 * gridPanel does (panel.ts conventions) while touching each row once. Memory is O(rows + days + stocks).
 */
import type { Panel } from './panel.ts';

/** The grouping of a panel by day. Positions 0 .. rows-1 are the rows in day order. */
export interface PanelIndex {
  /** Trading days (day numbers, ascending): every day with at least one row. */
  days: Int32Array;
  /** First day number covered by `dayIndex`. */
  lo: number;
  /** dayIndex[dayNumber - lo] = index into days (-1 for a day number without rows). */
  dayIndex: Int32Array;
  /** Rows of day index d are positions dayStart[d] .. dayStart[d+1]-1 (input order within a day). */
  dayStart: Int32Array;
  /**
   * The rows in day order, interleaved, `stride` numbers per position: stock index, price and (stride 3)
   * cap. One array, so the scatter writes one stream per day; caps only when asked for (`rowCaps`).
   */
  rows: Float64Array;
  stride: 2 | 3;
  /** Day indices where portfolios will be formed (from the `formations` option; empty without it). */
  formations: Int32Array;
  /**
   * `formations.length × stocks`: for formation g, each stock's cap from its last row with cap > 0 in
   * (formations[g-1], formations[g]] (NaN if none there); carried over g gives the cap at each formation.
   */
  formationCaps: Float64Array;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Number of stocks (panel.ids.length). */
  nStocks: number;
  /** The panel's security ids (for messages). */
  ids: readonly string[];
}

/** Options of indexPanel. */
export interface IndexOptions {
  /** Picks the formation days (ascending day indices) from the trading days; defaults to none. */
  formations?: (days: Int32Array) => Int32Array;
  /** Keep every row's cap in `rows` (needed for value-lag weights); defaults to true. */
  rowCaps?: boolean;
}

/**
 * Groups a panel by day with a counting sort: O(rows + day span), three passes over the input (day range,
 * rows per day, scatter), whatever the rows' order. Checks the columns and the stock indices, naming the
 * bad value; a (stock, day) pair given twice is rejected by the kernel's walk (kernel.ts).
 * @example const ix = indexPanel(panel); ix.days.length
 */
export function indexPanel(panel: Panel, options: IndexOptions = {}): PanelIndex {
  const { stock, day, price, cap } = panel;
  const n = stock.length;
  const S = panel.ids.length;
  for (const k of ['day', 'price', 'cap'] as const) {
    if (panel[k].length !== n)
      throw new Error(`invalid panel: column ${k} has ${panel[k].length} rows; stock has ${n}`);
  }
  if (panel.exchange && panel.exchange.length !== S)
    throw new Error(`invalid panel: exchange has ${panel.exchange.length} entries; ids has ${S}`);
  if (panel.securityType && panel.securityType.length !== S)
    throw new Error(`invalid panel: securityType has ${panel.securityType.length} entries; ids has ${S}`);
  // Pass 1: the day range.
  let lo = n > 0 ? day[0] : 0;
  let hi = n > 0 ? day[0] : -1;
  for (let i = 1; i < n; i++) {
    const d = day[i];
    if (d < lo) lo = d;
    else if (d > hi) hi = d;
  }
  // Pass 2: rows per day number, then the day index and each day's first position.
  const span = hi - lo + 1;
  const next = new Int32Array(span);
  for (let i = 0; i < n; i++) next[day[i] - lo]++;
  const dayIndex = new Int32Array(span).fill(-1);
  let D = 0;
  for (let k = 0; k < span; k++) if (next[k] > 0) dayIndex[k] = D++;
  const days = new Int32Array(D);
  const dayStart = new Int32Array(D + 1);
  for (let k = 0, pos = 0; k < span; k++) {
    const c = next[k];
    if (c === 0) continue;
    days[dayIndex[k]] = lo + k;
    dayStart[dayIndex[k]] = pos;
    next[k] = pos; // from here on: the next free position of day k
    pos += c;
  }
  dayStart[D] = n;
  // The formation each day number's caps count toward (the first formation on or after it; -1 after the last).
  const formations = options.formations ? options.formations(days) : new Int32Array(0);
  const F = formations.length;
  const formOf = new Int32Array(span).fill(-1);
  for (let k = 0, g = 0; k < span && g < F; k++) {
    const d = dayIndex[k];
    if (d < 0) continue;
    while (g < F && formations[g] < d) g++;
    if (g < F) formOf[k] = g;
  }
  const capDay = new Int32Array(F * S).fill(-2147483648);
  const formationCaps = new Float64Array(F * S).fill(Number.NaN);
  // Pass 3: scatter the rows into day order; check stock indices; first valid day; caps for formations.
  const stride = options.rowCaps === false ? 2 : 3;
  const rows = new Float64Array(stride * n);
  const firstDay = new Int32Array(S).fill(2147483647);
  for (let i = 0; i < n; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S))
      throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
    const d = day[i];
    const k = d - lo;
    const p = price[i];
    const c = cap[i];
    const q = stride * next[k]++;
    rows[q] = s;
    rows[q + 1] = p;
    if (stride === 3) rows[q + 2] = c;
    if (p > 0 && d < firstDay[s]) firstDay[s] = d;
    if (c > 0) {
      const g = formOf[k];
      if (g >= 0) {
        const t = g * S + s;
        if (d > capDay[t]) {
          capDay[t] = d;
          formationCaps[t] = c;
        }
      }
    }
  }
  const first = new Int32Array(S);
  for (let s = 0; s < S; s++) first[s] = firstDay[s] === 2147483647 ? -1 : dayIndex[firstDay[s] - lo];
  return {
    days,
    lo,
    dayIndex,
    dayStart,
    rows,
    stride,
    formations,
    formationCaps,
    first,
    nStocks: S,
    ids: panel.ids,
  };
}
