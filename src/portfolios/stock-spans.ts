/**
 * The first pass of the stock-span path (span-grid.ts): one read of the stock and day columns, in any row
 * order, gives the trading days (every day with a row), the day-number -> day-index table, and each
 * stock's span [first day, last day] of rows. Laid end to end, the spans are a ragged stocks × days grid
 * with a cell for every day of every stock's listed life: `base[s] + d` is the cell of stock s on day
 * index d. A panel of stocks listed over the whole range makes it the dense grid; a CRSP-like panel
 * (decades of days, each stock listed a few years) keeps it near the row count.
 */
import type { Panel } from './panel.ts';

/** The days of a panel and the stocks' spans on them. */
export interface StockSpans {
  /** Trading days (day numbers, ascending): every day with at least one row. */
  days: Int32Array;
  /** First day number covered by `dayIndex`. */
  lo: number;
  /** dayIndex[dayNumber - lo] = index into days (-1 for a day number without rows). */
  dayIndex: Int32Array;
  /** Day index of each stock's first and last row (any price); -1 and -2 for a stock without rows. */
  start: Int32Array;
  end: Int32Array;
  /** Cell of stock s on day index d (start[s] <= d <= end[s]): base[s] + d. */
  base: Int32Array;
  /** Cells of all spans together. */
  cells: number;
  /** Rows per stock. */
  rows: Int32Array;
}

/** Day numbers counted in the first try's window around the first row's day (±89 years). */
const WINDOW = 1 << 16;

/**
 * Marks days and per-stock first/last day offsets from lo over [lo, lo + seen.length); returns the row
 * that falls outside the window (-1 when none), after checking every stock index before it.
 */
function scan(
  panel: Panel,
  lo: number,
  seen: Uint8Array,
  mn: Int32Array,
  mx: Int32Array,
  rows: Int32Array,
): number {
  const { stock, day } = panel;
  const S = mn.length;
  const span = seen.length;
  for (let i = 0; i < stock.length; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S))
      throw new Error(`invalid panel: row ${i} has stock index ${s}; expected 0..${S - 1}`);
    const k = day[i] - lo;
    if (k >>> 0 >= span) return i;
    seen[k] = 1;
    rows[s]++;
    if (k < mn[s]) mn[s] = k;
    if (k > mx[s]) mx[s] = k;
  }
  return -1;
}

/** Checks the columns' lengths and the per-stock lists, naming the bad value. */
function checkColumns(panel: Panel): void {
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
 * The days and stock spans of a panel in one pass over its stock and day columns (two when a day is more
 * than 89 years from the first row's); checks the columns and stock indices, naming the bad value.
 * @example const sp = stockSpans(panel); sp.cells / panel.stock.length // 1.01 on the bench panel
 */
export function stockSpans(panel: Panel): StockSpans {
  checkColumns(panel);
  const { day } = panel;
  const n = day.length;
  const S = panel.ids.length;
  let lo = n ? day[0] - WINDOW / 2 : 0;
  let seen = new Uint8Array(n ? WINDOW : 0);
  const mn = new Int32Array(S).fill(2147483647);
  const mx = new Int32Array(S).fill(-1);
  const rows = new Int32Array(S);
  if (scan(panel, lo, seen, mn, mx, rows) >= 0) {
    let hi = day[0];
    lo = day[0];
    for (let i = 1; i < n; i++) {
      if (day[i] < lo) lo = day[i];
      else if (day[i] > hi) hi = day[i];
    }
    seen = new Uint8Array(hi - lo + 1);
    mn.fill(2147483647);
    mx.fill(-1);
    rows.fill(0);
    scan(panel, lo, seen, mn, mx, rows);
  }
  let a = 0;
  let b = seen.length - 1;
  while (a <= b && seen[a] === 0) a++;
  while (b >= a && seen[b] === 0) b--;
  const dayIndex = new Int32Array(Math.max(0, b - a + 1)).fill(-1);
  let D = 0;
  for (let k = a; k <= b; k++) if (seen[k]) dayIndex[k - a] = D++;
  const days = new Int32Array(D);
  for (let k = a; k <= b; k++) if (seen[k]) days[dayIndex[k - a]] = lo + k;
  const start = new Int32Array(S).fill(-1);
  const end = new Int32Array(S).fill(-2);
  const base = new Int32Array(S);
  let cells = 0;
  for (let s = 0; s < S; s++) {
    if (mx[s] < 0) continue;
    start[s] = dayIndex[mn[s] - a];
    end[s] = dayIndex[mx[s] - a];
    base[s] = cells - start[s];
    cells += end[s] - start[s] + 1;
  }
  return { days, lo: lo + a, dayIndex, start, end, base, cells, rows };
}
