/**
 * The second pass of the stock-span path (span-grid.ts) over one chunk of rows: each row to its tile's
 * stream (a counting sort; chunk c writes from its own start in every tile, so the streams hold the
 * chunks in order whichever thread ran them), keyed by its cell within the tile, with its price (-1 for
 * a missing price, NaN or <= 0) and, when asked, its cap. On formation days it records the row's price and
 * cap (or that the cap is missing); a stock whose row on its first day lacks a price is flagged (`lead`),
 * so that span-grid.ts looks for its first valid price (the rows of nearly every stock start with one, and
 * the pass keeps no per-stock minimum). A kernel (threads/pool.ts): plain code that reads only its
 * arguments.
 *
 * One table lookup a row gives the day index and whether the day is a formation's (`dayCode`), since the
 * pass's time is in its per-row work, not in its reads (bench/buckets-steps.ts).
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
  /** Of a day number - lo: its day index x, or -(x + 1) when it is a formation day. */
  dayCode: Int32Array;
  /** Formation number of a day number - lo, -1 if none. */
  formOf: Int32Array;
  /** Day index of each stock's first row (stock-spans.ts). */
  start: Int32Array;
  tileOf: Int32Array;
  local: Int32Array;
  /** `C × T`: where chunk c's rows of tile t start. */
  pos: Float64Array;
  cell: Int32Array | Uint16Array;
  price: Float64Array;
  cap: Float64Array | null;
  /** 1 for a stock whose row on its first day has no valid price (written by any chunk; only ever 1). */
  lead: Uint8Array;
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
  const dayCode = a.dayCode;
  const tileOf = a.tileOf;
  const local = a.local;
  const cell = a.cell;
  const price = a.price;
  const cap = a.cap;
  const lo = a.lo;
  const cur = Int32Array.from(a.pos.subarray(c * a.T, (c + 1) * a.T));
  // Integer bounds: a loop counter read from a Float64Array would be a double (slower indexing).
  const i0 = a.bounds[c] | 0;
  const i1 = a.bounds[c + 1] | 0;
  for (let i = i0; i < i1; i++) {
    const s = stock[i];
    const k = day[i] - lo;
    let x = dayCode[k];
    const p = px[i];
    if (x < 0) {
      x = -x - 1;
      if (p > 0) {
        const o = a.formOf[k] * a.S + s;
        a.fprice[o] = p;
        const v = cx[i];
        if (v > 0) a.fcap[o] = v;
        else a.missing[o] = 1;
      }
    }
    const q = cur[tileOf[s]]++;
    cell[q] = local[s] + x;
    if (p > 0) price[q] = p;
    else {
      price[q] = -1;
      if (x === a.start[s]) a.lead[s] = 1;
    }
    if (cap !== null) cap[q] = cx[i];
  }
}
