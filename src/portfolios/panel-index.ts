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
   * The rows in day order, interleaved: position k is `rows[3k]` = stock index, `rows[3k+1]` = price,
   * `rows[3k+2]` = cap. One array (not three) so the scatter writes one stream per day.
   */
  rows: Float64Array;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Number of stocks (panel.ids.length). */
  nStocks: number;
  /** The panel's security ids (for messages). */
  ids: readonly string[];
}

/**
 * Groups a panel by day with a counting sort: O(rows + day span), three passes over the input (day range,
 * rows per day, scatter). Checks the columns and the stock indices, naming the bad value; a (stock, day)
 * pair given twice is rejected by the kernel's walk (kernel.ts), which sees every row in day order.
 * @example const ix = indexPanel(panel); ix.days.length
 */
export function indexPanel(panel: Panel): PanelIndex {
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
  // Pass 3: scatter the rows into day order; check stock indices; each stock's first valid day number.
  const rows = new Float64Array(3 * n);
  const firstDay = new Int32Array(S).fill(2147483647);
  for (let i = 0; i < n; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S))
      throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
    const d = day[i];
    const p = price[i];
    const q = 3 * next[d - lo]++;
    rows[q] = s;
    rows[q + 1] = p;
    rows[q + 2] = cap[i];
    if (p > 0 && d < firstDay[s]) firstDay[s] = d;
  }
  const first = new Int32Array(S);
  for (let s = 0; s < S; s++) first[s] = firstDay[s] === 2147483647 ? -1 : dayIndex[firstDay[s] - lo];
  return { days, lo, dayIndex, dayStart, rows, first, nStocks: S, ids: panel.ids };
}
