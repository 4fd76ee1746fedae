/**
 * Tiles of the stock-span grid (stock-spans.ts): runs of consecutive stocks whose spans hold at most
 * `tileCells` cells together (a stock with a longer span is a tile of its own), so that one tile of
 * prices, scattered and walked at a time, stays in a core's L2 cache. The rows are first partitioned by
 * tile in one pass (a counting sort into a few dozen sequential output streams, which the TLB and
 * write buffers follow), each row keyed by its cell within its tile; a tile is then filled from its rows
 * with random writes that hit the cache. One random write a row into the whole grid instead (one tile)
 * costs 17 ns a row on a quiet machine but 80-100 under load, when the grid's pages miss the TLB.
 */
import type { StockSpans } from './stock-spans.ts';

/**
 * Cells a tile aims at for a grid of `cells`: 2^16 (512 KB of prices; the day × bucket accumulators need
 * as much again), more for large grids so that the partition writes at most about 128 tiles' streams
 * (at 48.7M rows, 743 tiles of 2^16 cells took 3.6 s of CPU, 186 tiles of 2^18 3.2 s, 46 of 2^20 5.0 s,
 * load 16), up to 2^18 (2 MB). Up to 160 tiles of 2^16 cells, so that a cell within its tile fits in 16
 * bits (span-grid.ts: 10 bytes a partitioned row instead of 12).
 * @example tileCellsFor(9.8e6) // 65,536: 150 tiles
 */
export function tileCellsFor(cells: number): number {
  if (cells <= 160 * 2 ** 16) return 1 << 16;
  return Math.min(1 << 18, Math.ceil(cells / 128));
}

/**
 * Groups of consecutive stocks whose sums are kept apart and added group by group (span-walk.ts), so that
 * threads can walk groups at once with the same result as one thread: about 2^19 cells a group or more,
 * at most 8 groups (enough to share between a few threads), and at most 64 MB of per-group accumulators
 * (`accBytes` each). Depends on the spans alone, not on the tile size or the threads.
 * @example groupCount(9.8e6, 887040) // 8
 */
export function groupCount(cells: number, accBytes: number): number {
  const byMemory = Math.floor(2 ** 26 / Math.max(1, accBytes));
  return Math.max(1, Math.min(8, Math.ceil(cells / 2 ** 19), byMemory));
}

/** How the stocks are cut into groups, and the groups into tiles. */
export interface TilePlan {
  /** Tile of each stock. */
  tileOf: Int32Array;
  /** Stocks of tile t: firstStock[t] .. firstStock[t+1]-1. */
  firstStock: Int32Array;
  /** Cells of tile t: firstCell[t] .. firstCell[t+1]-1 of the whole grid. */
  firstCell: Float64Array;
  /** Rows of tile t: firstRow[t] .. firstRow[t+1]-1 of the partition. */
  firstRow: Float64Array;
  /** Cell of stock s on day index d within its tile: local[s] + d. */
  local: Int32Array;
  /** Cells of the largest tile. */
  maxCells: number;
  /** Tiles of group k: groupTile[k] .. groupTile[k+1]-1 (a tile never spans two groups). */
  groupTile: Int32Array;
}

/**
 * Cuts the stocks into `groups` groups of about equal cells, and each group into tiles of at most
 * `tileCells` cells (default tileCellsFor; Infinity: one tile a group).
 * @example planTiles(stockSpans(panel), 1).firstStock.length - 1 // tiles
 */
export function planTiles(sp: StockSpans, groups: number, tileCells = tileCellsFor(sp.cells)): TilePlan {
  const S = sp.start.length;
  const tileOf = new Int32Array(S);
  const firstStock: number[] = [0];
  const firstCell: number[] = [0];
  const firstRow: number[] = [0];
  const local = new Int32Array(S);
  let cells = 0;
  let rows = 0;
  let inTile = 0;
  let maxCells = 0;
  const groupTile: number[] = [0];
  for (let s = 0; s < S; s++) {
    const len = sp.end[s] - sp.start[s] + 1;
    // Group k starts at the first stock whose cells begin at or past k / groups of the grid.
    const newGroup = cells > 0 && cells * groups >= sp.cells * groupTile.length && groupTile.length < groups;
    if (inTile > 0 && (newGroup || inTile + len > tileCells)) {
      firstStock.push(s);
      firstCell.push(cells);
      firstRow.push(rows);
      inTile = 0;
    }
    if (newGroup) groupTile.push(firstStock.length - 1);
    tileOf[s] = firstStock.length - 1;
    local[s] = inTile - sp.start[s];
    inTile += len;
    cells += len;
    rows += sp.rows[s];
    maxCells = Math.max(maxCells, inTile);
  }
  firstStock.push(S);
  firstCell.push(cells);
  firstRow.push(rows);
  return {
    tileOf,
    firstStock: Int32Array.from(firstStock),
    firstCell: Float64Array.from(firstCell),
    firstRow: Float64Array.from(firstRow),
    local,
    maxCells,
    groupTile: Int32Array.from([...groupTile, firstStock.length - 1]),
  };
}
