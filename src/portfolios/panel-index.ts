/**
 * A panel grouped once by trading day, in O(rows) whatever order its rows come in: a counting sort on the
 * day index (no comparator sort), no dense days × stocks grid. Rows arrive unsorted (a store scan, a CSV,
 * a shuffled benchmark panel). computeBuckets takes this path (the day blocks) when the stock-span path
 * would fill far more cells than there are rows (engine-options.ts: pickPath); sector buckets replay
 * formed portfolios on it (sectors/sector-buckets.ts).
 *
 * The engine then walks the days in order once (kernel.ts), keeping each stock's last price and cap in
 * arrays of length `stocks` (which stay in cache), so it carries prices and caps forward exactly as
 * gridPanel does (panel.ts conventions) while touching each row once. Memory is O(rows + days + stocks).
 *
 * Two levels, so that each fits the hardware: the index scatters the rows into blocks of 2^blockShift
 * consecutive trading days (a few dozen to a few hundred output streams, which the TLB and caches hold;
 * one stream per day, thousands of them, was twice as slow), and the walk sorts one block at a time by day
 * inside the cache (sortBlock) just before it walks it. Both levels are stable, so the rows of a day keep
 * their input order. The input is read twice (the day column to count rows per day, then stock, day and
 * price), the blocks are written once (12 bytes a row) and read once; the cap column is read only on
 * formation days (formation-caps.ts) unless every row's cap is kept (value-lag weights).
 */
import { blockShift } from './day-blocks.ts';
import { formationCaps } from './formation-caps.ts';
import { checkPanelShape, type Panel } from './panel.ts';

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
  /** Block b holds the day indices b << blockShift .. ((b + 1) << blockShift) - 1. */
  blockShift: number;
  /** The rows of block b are positions blockStart[b] .. blockStart[b+1]-1 of keys/prices/caps. */
  blockStart: Int32Array;
  /** Per position, in block order (input order within a block): stock << blockShift | day within block. */
  keys: Int32Array;
  /** Per position: the row's price. */
  prices: Float64Array;
  /** Per position: the row's cap, when asked for (`rowCaps`); else null. */
  caps: Float64Array | null;
  /** Day indices where portfolios will be formed (from the `formations` option; empty without it). */
  formations: Int32Array;
  /**
   * `formations.length × stocks`: for formation g, the cap at the close of formations[g] of each stock with
   * a valid price that day (its row's cap if > 0, else its last cap > 0 before; NaN if none). NaN for a
   * stock without a valid price that day: it cannot be eligible, so its cap is not looked up.
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
  /** Keep every row's cap (`caps`, needed for value-lag weights); defaults to true. */
  rowCaps?: boolean;
  /** Rows a block of days aims at (day-blocks.ts); defaults to 2^17. Small values exercise many blocks. */
  blockRows?: number;
}

/** Day numbers counted in the first pass's window around the first row's day (±89 years). */
const WINDOW = 1 << 16;

/**
 * Rows per day number over [lo, lo + counts.length), in one pass over the day column when every day is
 * within ±WINDOW/2 of the first row's (always, for market data), else after a pass for the day range.
 */
function countDays(day: Int32Array): { lo: number; counts: Int32Array } {
  const n = day.length;
  if (n === 0) return { lo: 0, counts: new Int32Array(0) };
  let lo = day[0] - WINDOW / 2;
  let counts = new Int32Array(WINDOW);
  let i = 0;
  for (; i < n; i++) {
    const k = day[i] - lo;
    if (k >>> 0 >= WINDOW) break;
    counts[k]++;
  }
  if (i < n) {
    let hi = day[0];
    lo = day[0];
    for (let j = 1; j < n; j++) {
      const d = day[j];
      if (d < lo) lo = d;
      else if (d > hi) hi = d;
    }
    counts = new Int32Array(hi - lo + 1);
    for (let j = 0; j < n; j++) counts[day[j] - lo]++;
  }
  let a = 0;
  let b = counts.length - 1;
  while (counts[a] === 0) a++;
  while (counts[b] === 0) b--;
  return { lo: lo + a, counts: counts.slice(a, b + 1) };
}

/**
 * Groups a panel by day with a counting sort: O(rows + day span), two passes over the input (rows per
 * day, scatter), whatever the rows' order. Checks the columns and the stock indices, naming the bad
 * value; a (stock, day) pair given twice is rejected by the kernel's walk (kernel.ts).
 * @example const ix = indexPanel(panel); ix.days.length
 */
export function indexPanel(panel: Panel, options: IndexOptions = {}): PanelIndex {
  const { stock, day, price, cap } = panel;
  const n = stock.length;
  const S = panel.ids.length;
  checkPanelShape(panel);
  // Pass 1: rows per day number; then the day index and each day's first position.
  const { lo, counts } = countDays(day);
  const span = counts.length;
  const dayIndex = new Int32Array(span).fill(-1);
  let D = 0;
  for (let k = 0; k < span; k++) if (counts[k] > 0) dayIndex[k] = D++;
  const days = new Int32Array(D);
  const dayStart = new Int32Array(D + 1);
  for (let k = 0, at = 0; k < span; k++) {
    if (counts[k] === 0) continue;
    days[dayIndex[k]] = lo + k;
    dayStart[dayIndex[k]] = at;
    at += counts[k];
  }
  dayStart[D] = n;
  const formations = options.formations ? options.formations(days) : new Int32Array(0);
  // formOf[k]: the formation formed on day number lo + k, or -1.
  const formOf = new Int32Array(span).fill(-1);
  for (let g = 0; g < formations.length; g++) formOf[days[formations[g]] - lo] = g;
  const caps = formationCaps(formations.length, S);
  // Pass 2: scatter the rows into blocks of days; check stock indices; first valid day; formation-day caps.
  const SH = blockShift(n, D, S, options.blockRows);
  const M = (1 << SH) - 1;
  const nB = (D + M) >> SH;
  const blockStart = new Int32Array(nB + 1);
  for (let b = 0; b <= nB; b++) blockStart[b] = dayStart[Math.min(b << SH, D)];
  const pos = blockStart.slice(0, nB);
  const keys = new Int32Array(n);
  const prices = new Float64Array(n);
  const rowCaps = options.rowCaps === false ? null : new Float64Array(n);
  const firstDay = new Int32Array(S).fill(2147483647);
  for (let i = 0; i < n; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S))
      throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
    const k = day[i] - lo;
    const x = dayIndex[k];
    const p = price[i];
    const q = pos[x >> SH]++;
    keys[q] = (s << SH) | (x & M);
    prices[q] = p;
    if (rowCaps) rowCaps[q] = cap[i];
    if (p > 0 && x < firstDay[s]) firstDay[s] = x;
    const g = formOf[k];
    if (g >= 0 && p > 0) caps.onFormationDay(g, s, cap[i]);
  }
  caps.fillMissing(panel, days, formations);
  const first = new Int32Array(S);
  for (let s = 0; s < S; s++) first[s] = firstDay[s] === 2147483647 ? -1 : firstDay[s];
  return {
    days,
    lo,
    dayIndex,
    dayStart,
    blockShift: SH,
    blockStart,
    keys,
    prices,
    caps: rowCaps,
    formations,
    formationCaps: caps.table,
    first,
    nStocks: S,
    ids: panel.ids,
  };
}
