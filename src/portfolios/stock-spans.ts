/**
 * The first pass of the stock-span path (span-grid.ts): one read of the stock and day columns, in any row
 * order, gives the trading days (every day with a row), the day-number -> day-index table, and each
 * stock's span [first day, last day] of rows. Laid end to end, the spans are a ragged stocks × days grid
 * with a cell for every day of every stock's listed life: `base[s] + d` is the cell of stock s on day
 * index d. A panel of stocks listed over the whole range makes it the dense grid; a CRSP-like panel
 * (decades of days, each stock listed a few years) keeps it near the row count.
 */
import { checkPanelShape, type Panel } from './panel.ts';
import { type ScanArgs, scanChunk } from './span-scan.ts';
import { alloc, isShared, runChunks } from './threads/pool.ts';

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
  /** Row bounds of the passes' chunks (rowChunks): chunk c is rows bounds[c] .. bounds[c+1]-1. */
  bounds: Float64Array;
  /** `C × S`: rows of stock s in chunk c at c × S + s. */
  chunkRows: Int32Array;
}

/** Day numbers counted in the first try's window around the first row's day (±89 years). */
const WINDOW = 1 << 16;

/**
 * Chunks the passes over the rows are cut into (threads/pool.ts): about 2^16 rows each, at most 16.
 * Depends on the row count alone.
 * @example rowChunks(9.7e6) // 16
 */
export function rowChunks(n: number): number {
  return Math.max(1, Math.min(16, Math.ceil(n / 65536)));
}

/** Scans every chunk over the window [lo, lo + span); returns the first bad chunk's [kind, row] or null. */
function scanAll(a: ScanArgs, chunks: number, shared: boolean): [number, number] | null {
  runChunks(scanChunk, [], a, chunks, shared);
  for (const kind of [2, 1])
    for (let c = 0; c < chunks; c++) if (a.bad[2 * c] === kind) return [kind, a.bad[2 * c + 1]];
  return null;
}

/**
 * The days and stock spans of a panel in one pass over its stock and day columns (two when a day is more
 * than 89 years from the first row's), in chunks shared by the threads when the columns are `shared`
 * (threads/pool.ts); checks the columns and stock indices, naming the first bad row.
 * @example const sp = stockSpans(panel); sp.cells / panel.stock.length // 1.01 on the bench panel
 */
export function stockSpans(panel: Panel, shared = isShared(panel.stock, panel.day)): StockSpans {
  checkPanelShape(panel);
  const { day } = panel;
  const n = day.length;
  const S = panel.ids.length;
  const C = rowChunks(n);
  const bounds = Float64Array.from({ length: C + 1 }, (_, c) => Math.floor((c * n) / C));
  const a: ScanArgs = {
    stock: panel.stock,
    day,
    bounds,
    S,
    lo: n ? day[0] - WINDOW / 2 : 0,
    seen: alloc(Uint8Array, n ? WINDOW : 0, shared),
    mn: alloc(Int32Array, C * S, shared),
    mx: alloc(Int32Array, C * S, shared),
    rows: alloc(Int32Array, C * S, shared),
    bad: alloc(Float64Array, 2 * C, shared),
  };
  let bad = scanAll(a, C, shared);
  if (bad?.[0] === 2) {
    let hi = day[0];
    a.lo = day[0];
    for (let i = 1; i < n; i++) {
      if (day[i] < a.lo) a.lo = day[i];
      else if (day[i] > hi) hi = day[i];
    }
    a.seen = alloc(Uint8Array, hi - a.lo + 1, shared);
    bad = scanAll(a, C, shared);
  }
  if (bad) {
    const i = bad[1];
    throw new Error(`invalid panel: row ${i} has stock index ${panel.stock[i]}; expected 0..${S - 1}`);
  }
  const { seen, lo } = a;
  const mn = new Int32Array(S).fill(2147483647);
  const mx = new Int32Array(S).fill(-1);
  const rows = new Int32Array(S);
  for (let c = 0, o = 0; c < C; c++) {
    for (let s = 0; s < S; s++, o++) {
      if (a.mn[o] < mn[s]) mn[s] = a.mn[o];
      if (a.mx[o] > mx[s]) mx[s] = a.mx[o];
      rows[s] += a.rows[o];
    }
  }
  let lo0 = 0;
  let hi0 = seen.length - 1;
  while (lo0 <= hi0 && seen[lo0] === 0) lo0++;
  while (hi0 >= lo0 && seen[hi0] === 0) hi0--;
  const dayIndex = new Int32Array(Math.max(0, hi0 - lo0 + 1)).fill(-1);
  let D = 0;
  for (let k = lo0; k <= hi0; k++) if (seen[k]) dayIndex[k - lo0] = D++;
  const days = new Int32Array(D);
  for (let k = lo0; k <= hi0; k++) if (seen[k]) days[dayIndex[k - lo0]] = lo + k;
  const start = new Int32Array(S).fill(-1);
  const end = new Int32Array(S).fill(-2);
  const base = new Int32Array(S);
  let cells = 0;
  for (let s = 0; s < S; s++) {
    if (mx[s] < 0) continue;
    start[s] = dayIndex[mn[s] - lo0];
    end[s] = dayIndex[mx[s] - lo0];
    base[s] = cells - start[s];
    cells += end[s] - start[s] + 1;
  }
  return { days, lo: lo + lo0, dayIndex, start, end, base, cells, rows, bounds, chunkRows: a.rows };
}
