/**
 * The first pass of the stock-span path (stock-spans.ts) over one chunk of rows: the days seen, and per
 * stock the first and last day offsets and the row count, in the chunk's own slice of the per-chunk
 * tables (threads/pool.ts: a kernel, so plain code that reads only its arguments).
 */

/** The scan's tables: C chunks of S stocks each; `seen` is shared by all chunks (it only gains ones). */
export interface ScanArgs {
  stock: Int32Array;
  day: Int32Array;
  /** Row bounds of chunk c: bounds[c] .. bounds[c+1]-1. */
  bounds: Float64Array;
  S: number;
  lo: number;
  seen: Uint8Array;
  mn: Int32Array;
  mx: Int32Array;
  rows: Int32Array;
  /** Per chunk: [0 ok | 1 invalid stock index | 2 day outside the window, the row]. */
  bad: Float64Array;
}

/**
 * Scans chunk c; stops at its first row with an invalid stock index or a day outside [lo, lo + seen.length).
 * @example scanChunk(args, 0)
 */
export function scanChunk(a: ScanArgs, c: number): void {
  const stock = a.stock;
  const day = a.day;
  const seen = a.seen;
  const S = a.S;
  const lo = a.lo;
  const span = seen.length;
  const mn = a.mn.subarray(c * S, c * S + S);
  const mx = a.mx.subarray(c * S, c * S + S);
  const rows = a.rows.subarray(c * S, c * S + S);
  mn.fill(2147483647);
  mx.fill(-1);
  rows.fill(0);
  a.bad[2 * c] = 0;
  // Integer bounds: a loop counter read from a Float64Array would be a double (slower indexing).
  const i0 = a.bounds[c] | 0;
  const i1 = a.bounds[c + 1] | 0;
  for (let i = i0; i < i1; i++) {
    const s = stock[i];
    if (!(s >= 0 && s < S)) {
      a.bad[2 * c] = 1;
      a.bad[2 * c + 1] = i;
      return;
    }
    const k = day[i] - lo;
    if (k >>> 0 >= span) {
      a.bad[2 * c] = 2;
      a.bad[2 * c + 1] = i;
      return;
    }
    if (seen[k] === 0) seen[k] = 1;
    rows[s]++;
    if (k < mn[s]) mn[s] = k;
    if (k > mx[s]) mx[s] = k;
  }
}
