/**
 * The second pass of the stock-span path: the rows, in any order, partitioned by tile of the stock-span
 * grid (stock-spans.ts, span-tiles.ts; span-partition.ts per chunk of rows, the chunks shared by the
 * threads when the panel's columns are shared: threads/pool.ts), each row keyed by its cell within its
 * tile; span-walk.ts then fills one tile at a time (tile-fill.ts). On formation days the pass also records
 * the row's price and cap (formation-caps.ts looks up the caps a formation-day row lacks). A (stock, day)
 * pair given twice is refused when its tile is filled, naming both.
 */
import { fillMissingCaps } from './formation-caps.ts';
import type { WalkState } from './formed.ts';
import type { Panel } from './panel.ts';
import { type PartitionArgs, partitionChunk } from './span-partition.ts';
import { groupCount, planTiles, type TilePlan } from './span-tiles.ts';
import type { StockSpans } from './stock-spans.ts';
import { alloc, isShared, runChunks } from './threads/pool.ts';
import { borrow } from './threads/scratch.ts';

/** Prices (and caps, or null) of one tile's cells. */
export interface TileCells {
  price: Float64Array;
  cap: Float64Array | null;
}

/** A panel on its stock-span grid. */
export interface SpanGrid extends StockSpans {
  plan: TilePlan;
  /**
   * Per partitioned row, in tile order: its cell within its tile (16 bits when every tile has at most 2^16
   * cells), price (-1 if missing), cap if asked.
   */
  part: { cell: Int32Array | Uint16Array; price: Float64Array; cap: Float64Array | null };
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Day indices of the formations; `formationCaps` as PanelIndex.formationCaps. */
  formations: Int32Array;
  formationCaps: Float64Array;
  /** `F × S`: the valid price of each stock's row on formation g's day, NaN if none. */
  formationPrice: Float64Array;
  nStocks: number;
  ids: readonly string[];
  /** Whether the arrays the walk reads are in SharedArrayBuffers (threads/pool.ts). */
  shared: boolean;
}

/**
 * Puts a panel onto its spans in tiles of `tileCells` (span-tiles.ts) within the walk's groups (sized for
 * `K + 1` series of 4 sums); `formations` are the day indices whose prices and caps the formations need.
 * @example const g = spanGrid(panel, stockSpans(panel), formations, false, 10); g.plan.firstStock.length - 1 // tiles
 */
export function spanGrid(
  panel: Panel,
  sp: StockSpans,
  formations: Int32Array,
  rowCaps: boolean,
  K: number,
  tileCells?: number,
): SpanGrid {
  const S = panel.ids.length;
  const n = panel.stock.length;
  const F = formations.length;
  const shared = isShared(panel.stock, panel.day, panel.price, panel.cap);
  const plan = planTiles(sp, groupCount(sp.cells, 32 * sp.days.length * (K + 1)), tileCells);
  const T = plan.firstStock.length - 1;
  const C = sp.bounds.length - 1;
  const formOf = new Int32Array(sp.dayIndex.length).fill(-1);
  const dayCode = Int32Array.from(sp.dayIndex);
  for (let g = 0; g < F; g++) {
    const k = sp.days[formations[g]] - sp.lo;
    formOf[k] = g;
    dayCode[k] = -formations[g] - 1;
  }
  // Chunk c's rows of tile t start after the tile's rows in chunks 0 .. c-1.
  const pos = new Float64Array(C * T);
  for (let t = 0; t < T; t++) {
    let q = plan.firstRow[t];
    for (let c = 0; c < C; c++) {
      pos[c * T + t] = q;
      for (let s = plan.firstStock[t]; s < plan.firstStock[t + 1]; s++) q += sp.chunkRows[c * S + s];
    }
  }
  const a: PartitionArgs = {
    stock: panel.stock,
    day: panel.day,
    px: panel.price,
    cx: panel.cap,
    bounds: sp.bounds,
    S,
    T,
    lo: sp.lo,
    dayCode,
    formOf,
    start: sp.start,
    tileOf: plan.tileOf,
    local: plan.local,
    pos,
    // Kept from the last call (threads/scratch.ts: computeBuckets gives them back); the pass writes
    // every row's slot, so they need no zeroing.
    cell: plan.maxCells <= 2 ** 16 ? borrow(Uint16Array, n, shared) : borrow(Int32Array, n, shared),
    price: borrow(Float64Array, n, shared),
    cap: rowCaps ? borrow(Float64Array, n, shared) : null,
    lead: alloc(Uint8Array, S, shared),
    fprice: alloc(Float64Array, F * S, shared).fill(Number.NaN),
    fcap: alloc(Float64Array, F * S, shared).fill(Number.NaN),
    missing: alloc(Uint8Array, F * S, shared),
  };
  runChunks(partitionChunk, [], a, C, shared);
  fillMissingCaps(panel, sp.days, formations, a.fcap, a.missing);
  const first = firstValid(sp, plan, a.cell, a.price, a.lead);
  return {
    ...sp,
    plan,
    part: { cell: a.cell, price: a.price, cap: a.cap },
    first,
    formations,
    formationCaps: a.fcap,
    formationPrice: a.fprice,
    nStocks: S,
    ids: panel.ids,
    shared,
  };
}

/**
 * Day index of each stock's first row with a valid price (-1 if none): its first row's, unless the
 * partition flagged that row as lacking one (`lead`); then the least day among its valid rows, read from
 * the partition one tile at a time (each tile with a flagged stock read once).
 * @example firstValid(sp, plan, part.cell, part.price, lead)
 */
function firstValid(
  sp: StockSpans,
  plan: TilePlan,
  cell: Int32Array | Uint16Array,
  price: Float64Array,
  lead: Uint8Array,
): Int32Array {
  const first = Int32Array.from(sp.start);
  const T = plan.firstStock.length - 1;
  for (let t = 0; t < T; t++) {
    const s0 = plan.firstStock[t];
    const s1 = plan.firstStock[t + 1];
    let any = false;
    for (let s = s0; s < s1; s++) if (lead[s] === 1) any = true;
    if (!any) continue;
    // The tile's cells (0 ..), stock by stock: stock of each cell, and the least valid cell of each stock.
    const owner = new Int32Array(plan.firstCell[t + 1] - plan.firstCell[t]).fill(-1);
    const least = new Int32Array(s1 - s0).fill(2147483647);
    for (let s = s0; s < s1; s++)
      if (sp.end[s] >= sp.start[s]) owner.fill(s, plan.local[s] + sp.start[s], plan.local[s] + sp.end[s] + 1);
    for (let q = plan.firstRow[t]; q < plan.firstRow[t + 1]; q++) {
      const c = cell[q];
      const s = owner[c];
      if (price[q] > 0 && lead[s] === 1 && c < least[s - s0]) least[s - s0] = c;
    }
    for (let s = s0; s < s1; s++)
      if (lead[s] === 1) first[s] = least[s - s0] === 2147483647 ? -1 : least[s - s0] - plan.local[s];
  }
  return first;
}

/**
 * The state at the close of formation g that eligibility reads: a stock's price and `seen` = that day
 * when it has a valid bar that day (else NaN and -1: it cannot be eligible), and its cap at that close.
 * @example eligibleAt(g, formationState(g, 0), g.formations[0], checks)
 */
export function formationState(grid: SpanGrid, g: number): WalkState {
  const S = grid.nStocks;
  const f = grid.formations[g];
  const price = grid.formationPrice.slice(g * S, (g + 1) * S);
  const seen = new Int32Array(S);
  for (let s = 0; s < S; s++) seen[s] = price[s] > 0 ? f : -1;
  return { price, cap: grid.formationCaps.slice(g * S, (g + 1) * S), seen };
}
