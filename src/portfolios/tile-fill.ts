/**
 * One tile of the stock-span grid at a time (span-tiles.ts): its cells filled from its partitioned rows
 * (span-grid.ts), random writes that stay in the cache; a cell written twice is a (stock, day) pair given
 * twice, refused naming both.
 */
import type { SpanGrid, TileCells } from './span-grid.ts';

/** Throws the duplicate-row error. */
export function duplicate(id: string, day: number): never {
  throw new Error(`invalid panel: stock ${id} has two rows on day ${day}`);
}

/** Writes rows q0 .. q1-1 into their cells; returns the first cell already taken, or -1. */
function fill(cell: Int32Array, from: Float64Array, to: Float64Array, q0: number, q1: number): number {
  for (let q = q0; q < q1; q++) {
    const c = cell[q];
    if (!Number.isNaN(to[c])) return c;
    to[c] = from[q];
  }
  return -1;
}

/**
 * Tile t's cells: the whole grid, or buf (sized for the largest tile) filled from the tile's rows.
 * @example const buf = { price: new Float64Array(g.plan.maxCells), cap: null }; tileOf(g, 1, buf)
 */
export function tileOf(grid: SpanGrid, t: number, buf: TileCells): TileCells {
  if (grid.whole) return grid.whole;
  const { cell, price, cap } = grid.part!;
  const { firstCell, firstRow, firstStock, local } = grid.plan;
  const m = firstCell[t + 1] - firstCell[t];
  buf.price.fill(Number.NaN, 0, m);
  const dup = fill(cell, price, buf.price, firstRow[t], firstRow[t + 1]);
  if (dup >= 0) {
    for (let s = firstStock[t]; s < firstStock[t + 1]; s++) {
      const d = dup - local[s];
      if (d >= grid.start[s] && d <= grid.end[s]) duplicate(grid.ids[s], grid.days[d]);
    }
  }
  if (buf.cap && cap) {
    buf.cap.fill(Number.NaN, 0, m);
    fill(cell, cap, buf.cap, firstRow[t], firstRow[t + 1]);
  }
  return buf;
}
