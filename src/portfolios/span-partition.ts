/**
 * The second pass of the stock-span path (span-grid.ts) over one chunk of rows: each row to its tile's
 * stream (a counting sort; chunk c writes from its own start in every tile, so the streams hold the
 * chunks in order whichever thread ran them), keyed by its cell within the tile, with its price (-1 for
 * a missing price, NaN or <= 0) and, when asked, its cap. On formation days it records the row's price and
 * cap (or that the cap is missing); per chunk, each stock's first day with a valid price. A kernel
 * (threads/pool.ts): plain code that reads only its arguments.
 */

/** The partition's inputs and outputs. */
export interface PartitionArgs {
  stock: Int32Array;
  day: Int32Array;
  px: Float64Array;
  cx: Float64Array;
  bounds: Float64Array;
  S: number;
  T: number;
  lo: number;
  dayIndex: Int32Array;
  /** Formation number of a day number - lo, -1 if none. */
  formOf: Int32Array;
  tileOf: Int32Array;
  local: Int32Array;
  /** `C × T`: where chunk c's rows of tile t start. */
  pos: Float64Array;
  cell: Int32Array | Uint16Array;
  price: Float64Array;
  cap: Float64Array | null;
  /** `C × S`: first day index with a valid price, 2147483647 if none. */
  first: Int32Array;
  /** `F × S`: the valid price on formation g's day; the cap > 0 there, or missing = 1 when it has none. */
  fprice: Float64Array;
  fcap: Float64Array;
  missing: Uint8Array;
}

/**
 * Partitions chunk c's rows.
 * @example partitionChunk(args, 0)
 */
export function partitionChunk(a: PartitionArgs, c: number): void {
  const stock = a.stock;
  const day = a.day;
  const px = a.px;
  const cx = a.cx;
  const dayIndex = a.dayIndex;
  const formOf = a.formOf;
  const tileOf = a.tileOf;
  const local = a.local;
  const cell = a.cell;
  const price = a.price;
  const cap = a.cap;
  const fprice = a.fprice;
  const fcap = a.fcap;
  const S = a.S;
  const lo = a.lo;
  const cur = Int32Array.from(a.pos.subarray(c * a.T, (c + 1) * a.T));
  const first = a.first.subarray(c * S, c * S + S);
  first.fill(2147483647);
  const i1 = a.bounds[c + 1];
  for (let i = a.bounds[c]; i < i1; i++) {
    const s = stock[i];
    const k = day[i] - lo;
    const x = dayIndex[k];
    const q = cur[tileOf[s]]++;
    cell[q] = local[s] + x;
    const p = px[i];
    if (p > 0) {
      price[q] = p;
      if (x < first[s]) first[s] = x;
      const g = formOf[k];
      if (g >= 0) {
        fprice[g * S + s] = p;
        const v = cx[i];
        if (v > 0) fcap[g * S + s] = v;
        else a.missing[g * S + s] = 1;
      }
    } else price[q] = -1;
    if (cap !== null) cap[q] = cx[i];
  }
}
