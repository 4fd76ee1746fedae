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
  /** Stock index, price and cap of each position (the panel's columns in day order; shared when already so). */
  stock: Int32Array;
  price: Float64Array;
  cap: Float64Array;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Number of stocks (panel.ids.length). */
  nStocks: number;
}

/**
 * Groups a panel by day with a counting sort (O(rows + day span)); checks the columns, the stock indices
 * and that no (stock, day) pair repeats, naming the bad value.
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
  // Pass 1: stock range, day range, already in day order?
  let lo = n > 0 ? day[0] : 0;
  let hi = n > 0 ? day[0] : -1;
  let sorted = true;
  let bad = -1;
  for (let i = 0; i < n; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S)) bad = i;
    const d = day[i];
    if (d < lo) {
      lo = d;
      sorted = false;
    } else if (d > hi) hi = d;
    else if (d < hi) sorted = false;
  }
  if (bad >= 0) {
    for (let i = 0; i < n; i++) {
      const s = stock[i];
      if (!(s >= 0 && s < S))
        throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
    }
  }
  // Pass 2: rows per day number, then the day index and each day's first position.
  const span = hi - lo + 1;
  const count = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) count[day[i] - lo]++;
  const dayIndex = new Int32Array(span).fill(-1);
  let D = 0;
  for (let k = 0; k < span; k++) if (count[k] > 0) dayIndex[k] = D++;
  const days = new Int32Array(D);
  const dayStart = new Int32Array(D + 1);
  for (let k = 0, pos = 0; k < span; k++) {
    const c = count[k];
    if (c === 0) continue;
    const d = dayIndex[k];
    days[d] = lo + k;
    dayStart[d] = pos;
    count[k] = pos; // becomes the next free position of day k
    pos += c;
  }
  dayStart[D] = n;
  // Pass 3: scatter the columns into day order (skipped when they already are).
  let ST = stock;
  let PR = price;
  let CP = cap;
  if (!sorted) {
    ST = new Int32Array(n);
    PR = new Float64Array(n);
    CP = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const p = count[day[i] - lo]++;
      ST[p] = stock[i];
      PR[p] = price[i];
      CP[p] = cap[i];
    }
  }
  // Pass 4: each stock's first valid day, and no (stock, day) pair twice.
  const first = new Int32Array(S).fill(-1);
  const mark = new Int32Array(S).fill(-1);
  for (let d = 0; d < D; d++) {
    const end = dayStart[d + 1];
    for (let k = dayStart[d]; k < end; k++) {
      const s = ST[k];
      if (mark[s] === d)
        throw new Error(`invalid panel: stock ${panel.ids[s]} has two rows on day ${days[d]}`);
      mark[s] = d;
      if (first[s] < 0 && PR[k] > 0) first[s] = d;
    }
  }
  return { days, lo, dayIndex, dayStart, stock: ST, price: PR, cap: CP, first, nStocks: S };
}
