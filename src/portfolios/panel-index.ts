/**
 * A panel grouped once by stock, without a dense days × stocks grid: each stock's rows in day order
 * (CSR offsets), the trading days, and a day-number → day-index map. The engine walks each member's rows
 * and carries prices and caps forward exactly as gridPanel does (panel.ts conventions), but touches only
 * the input columns and small per-day accumulators, so its memory is O(rows) and not O(days × stocks).
 */
import { type Panel, validatePanel } from './panel.ts';

/** The grouping of a panel by stock. Positions are into `order` (or the rows themselves when null). */
export interface PanelIndex {
  /** Trading days (day numbers, ascending): every day with at least one row. */
  days: Int32Array;
  /** First day number covered by `dayIndex`. */
  lo: number;
  /** dayIndex[dayNumber - lo] = index into days. */
  dayIndex: Int32Array;
  /** Rows of stock s are positions start[s] .. start[s+1]-1, in day order. */
  start: Int32Array;
  /** Row of each position, or null when the rows are already sorted by (stock, day). */
  order: Int32Array | null;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
}

/**
 * Groups a panel by stock in O(rows) when its rows are sorted by (stock, day), else with one sort.
 * @example const ix = indexPanel(panel); ix.days.length
 */
export function indexPanel(panel: Panel): PanelIndex {
  validatePanel(panel);
  const { stock, day, price } = panel;
  const n = stock.length;
  const S = panel.ids.length;
  let lo = 0;
  let hi = -1;
  let sorted = true;
  if (n > 0) {
    lo = day[0];
    hi = day[0];
  }
  for (let i = 1; i < n; i++) {
    const d = day[i];
    if (d < lo) lo = d;
    if (d > hi) hi = d;
    const ds = stock[i] - stock[i - 1];
    if (ds < 0 || (ds === 0 && d <= day[i - 1])) sorted = false;
  }
  const dayIndex = new Int32Array(hi - lo + 1).fill(-1);
  for (let i = 0; i < n; i++) dayIndex[day[i] - lo] = 1;
  let D = 0;
  for (let k = 0; k < dayIndex.length; k++) if (dayIndex[k] === 1) dayIndex[k] = D++;
  const days = new Int32Array(D);
  for (let k = 0; k < dayIndex.length; k++) if (dayIndex[k] >= 0) days[dayIndex[k]] = lo + k;

  const start = new Int32Array(S + 1);
  for (let i = 0; i < n; i++) start[stock[i] + 1]++;
  for (let s = 0; s < S; s++) start[s + 1] += start[s];
  let order: Int32Array | null = null;
  if (!sorted) {
    order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => stock[a] - stock[b] || day[a] - day[b]);
    for (let k = 1; k < n; k++) {
      const a = order[k - 1];
      const b = order[k];
      if (stock[a] === stock[b] && day[a] === day[b])
        throw new Error(`invalid panel: stock ${panel.ids[stock[a]]} has two rows on day ${day[a]}`);
    }
  }
  const first = new Int32Array(S).fill(-1);
  for (let s = 0; s < S; s++) {
    for (let k = start[s]; k < start[s + 1]; k++) {
      const i = order ? order[k] : k;
      if (price[i] > 0) {
        first[s] = dayIndex[day[i] - lo];
        break;
      }
    }
  }
  return { days, lo, dayIndex, start, order, first };
}

/**
 * The position of stock s's last row on or before day index f (binary search), or -1.
 * @example atOrBefore(panel, ix, s, f)
 */
export function atOrBefore(panel: Panel, ix: PanelIndex, s: number, f: number): number {
  const target = ix.days[f];
  let a = ix.start[s];
  let b = ix.start[s + 1];
  while (a < b) {
    const m = (a + b) >>> 1;
    if (panel.day[ix.order ? ix.order[m] : m] <= target) a = m + 1;
    else b = m;
  }
  return a - 1 >= ix.start[s] ? a - 1 : -1;
}
