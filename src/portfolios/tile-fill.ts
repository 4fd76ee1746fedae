/**
 * One tile of the stock-span grid at a time (span-tiles.ts): its cells filled from its partitioned rows
 * (span-grid.ts), random writes that stay in the cache; a cell written twice is a (stock, day) pair given
 * twice, refused naming both.
 */
import type { SpanGrid, TileCells } from './span-grid.ts';
import { fillCells } from './walk-segment.ts';

/** Throws the duplicate-row error. */
export function duplicate(id: string, day: number): never {
  throw new Error(`invalid panel: stock ${id} has two rows on day ${day}`);
}

/**
 * Throws the duplicate-row error for cell `cell` of tile t, naming its stock and day.
 * @example duplicateAt(grid, 3, 1200)
 */
export function duplicateAt(grid: SpanGrid, t: number, cell: number): never {
  const { firstStock, local } = grid.plan;
  for (let s = firstStock[t]; s < firstStock[t + 1]; s++) {
    const d = cell - local[s];
    if (d >= grid.start[s] && d <= grid.end[s]) duplicate(grid.ids[s], grid.days[d]);
  }
  throw new Error(`internal: cell ${cell} of tile ${t} belongs to no stock`);
}

/**
 * Tile t's cells in buf (sized for the largest tile), filled from the tile's rows.
 * @example const buf = { price: new Float64Array(g.plan.maxCells), cap: null }; tileOf(g, 1, buf)
 */
export function tileOf(grid: SpanGrid, t: number, buf: TileCells): TileCells {
  const { cell, price, cap } = grid.part;
  const { firstCell, firstRow } = grid.plan;
  const m = firstCell[t + 1] - firstCell[t];
  buf.price.fill(Number.NaN, 0, m);
  const dup = fillCells(cell, price, buf.price, firstRow[t], firstRow[t + 1]);
  if (dup >= 0) duplicateAt(grid, t, dup);
  if (buf.cap && cap) {
    buf.cap.fill(Number.NaN, 0, m);
    fillCells(cell, cap, buf.cap, firstRow[t], firstRow[t + 1]);
  }
  return buf;
}
