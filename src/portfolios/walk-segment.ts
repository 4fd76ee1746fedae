/**
 * The stock-span walk's kernel (span-walk.ts; threads/pool.ts: plain code that reads only its arguments
 * and the other functions of this file, which the helper threads run from their source text, so they
 * import nothing): a group of stocks' tiles filled, then each stock's cells over each holding period in
 * day order (walkSegment) against the group's day × bucket accumulators. The arithmetic per bar is the day
 * walk's (walk-day.ts), term for term, so both walks give the same numbers up to the order of the sums
 * within a day (here: by stock within a group, then group by group).
 *
 * `acc` holds 4 doubles a bucket × day cell, so one bar touches one cache line of it: Σ r (equal),
 * Σ (p - p0) × cap[f] / p[f] (value), Σ (p - p0) / p[f] (equal-hold), and the count of members with a bar.
 * Cells are bucket-major (cell b × D + d), so a stock's segment, in one bucket, reads and writes them in
 * sequence. `lag` holds 2 a cell when value-lag weights are asked for: Σ cap[d-1] × r and Σ of cap changes.
 */
import type { WalkArgs } from './span-walk.ts';

/** What a segment walk reads and writes besides the accumulators (reused from call to call). */
export interface SegmentState {
  /** [0] last valid price before the segment (in: carried; out: at its end); [1] the same for the last cap > 0. */
  carry: Float64Array;
}

/**
 * Walks cells base + d0 .. base + d1 of `price` (and `cap` when lag is non-empty) for a stock in bucket b
 * with formation weights cf = cap[f] / p[f] and ih = 1 / p[f]; output cell of day d is b × D + d.
 * @example walkSegment(g.price, null, base, f + 1, next, b, D, cf, ih, acc, lag, st)
 */
export function walkSegment(
  price: Float64Array,
  cap: Float64Array | null,
  base: number,
  d0: number,
  d1: number,
  b: number,
  D: number,
  cf: number,
  ih: number,
  acc: Float64Array,
  lag: Float64Array,
  st: SegmentState,
): void {
  let p0 = st.carry[0];
  if (cap === null) {
    for (let d = d0; d <= d1; d++) {
      const p = price[base + d];
      if (!(p > 0)) continue;
      const o = (b * D + d) << 2;
      acc[o] += p / p0 - 1;
      acc[o + 1] += (p - p0) * cf;
      acc[o + 2] += (p - p0) * ih;
      acc[o + 3]++;
      p0 = p;
    }
    st.carry[0] = p0;
    return;
  }
  let c0 = st.carry[1];
  for (let d = d0; d <= d1; d++) {
    const cell = b * D + d;
    const c = cap[base + d];
    const prevCap = c0;
    if (c > 0) {
      c0 = c;
      lag[(cell << 1) + 1] += c - prevCap;
    }
    const p = price[base + d];
    if (!(p > 0)) continue;
    const o = cell << 2;
    const r = p / p0 - 1;
    acc[o] += r;
    acc[o + 1] += (p - p0) * cf;
    acc[o + 2] += (p - p0) * ih;
    acc[o + 3]++;
    lag[cell << 1] += prevCap * r;
    p0 = p;
  }
  st.carry[0] = p0;
  st.carry[1] = c0;
}

/**
 * Carries a stock's last valid price and last cap > 0 over cells base + d0 .. base + d1 (no bucket).
 * @example carry(g.price, null, base, start, f, st)
 */
export function carry(
  price: Float64Array,
  cap: Float64Array | null,
  base: number,
  d0: number,
  d1: number,
  st: SegmentState,
): void {
  let p0 = st.carry[0];
  let c0 = st.carry[1];
  for (let d = d0; d <= d1; d++) {
    const p = price[base + d];
    if (p > 0) p0 = p;
    if (cap !== null && cap[base + d] > 0) c0 = cap[base + d];
  }
  st.carry[0] = p0;
  st.carry[1] = c0;
}

/**
 * Writes rows q0 .. q1-1 of `from` into their cells of `to` (NaN = empty); returns the first cell already
 * taken, or -1.
 * @example fillCells(part.cell, part.price, buf, 0, 10)
 */
export function fillCells(
  cell: Int32Array | Uint16Array,
  from: Float64Array,
  to: Float64Array,
  q0: number,
  q1: number,
): number {
  for (let q = q0; q < q1; q++) {
    const c = cell[q];
    if (!Number.isNaN(to[c])) return c;
    to[c] = from[q];
  }
  return -1;
}

/**
 * Walks group k's tiles into its accumulators; stops at a tile with a duplicate cell, noting it.
 * @example walkGroup(args, 0, {})
 */
export function walkGroup(a: WalkArgs, k: number, scratch: Record<string, unknown>): void {
  const acc = a.acc.subarray(k * a.accLen, (k + 1) * a.accLen);
  const lag = a.lag.subarray(k * a.lagLen, (k + 1) * a.lagLen);
  acc.fill(0);
  lag.fill(0);
  a.dup[2 * k] = -1;
  let buf = scratch.price as Float64Array | undefined;
  if (buf === undefined || buf.length < a.maxCells) {
    buf = new Float64Array(a.maxCells);
    scratch.price = buf;
  }
  let cbuf: Float64Array | null = null;
  if (a.lagLen > 0) {
    cbuf = (scratch.cap as Float64Array | undefined) ?? null;
    if (cbuf === null || cbuf.length < a.maxCells) {
      cbuf = new Float64Array(a.maxCells);
      scratch.cap = cbuf;
    }
  }
  const st = { carry: new Float64Array(2) };
  const { formations, bucket, cf, ih, start, end, local, firstStock, firstCell, firstRow } = a;
  const S = a.S;
  const D = a.D;
  const F = formations.length;
  for (let t = a.groupTile[k]; t < a.groupTile[k + 1]; t++) {
    const m = firstCell[t + 1] - firstCell[t];
    buf.fill(Number.NaN, 0, m);
    const dup = fillCells(a.cell, a.price, buf, firstRow[t], firstRow[t + 1]);
    if (dup >= 0) {
      a.dup[2 * k] = t;
      a.dup[2 * k + 1] = dup;
      return;
    }
    if (cbuf !== null && a.cap !== null) {
      cbuf.fill(Number.NaN, 0, m);
      fillCells(a.cell, a.cap, cbuf, firstRow[t], firstRow[t + 1]);
    }
    for (let s = firstStock[t]; s < firstStock[t + 1]; s++) {
      const z = Math.min(end[s], a.stop);
      const base = local[s];
      let d = start[s];
      st.carry[0] = Number.NaN;
      st.carry[1] = Number.NaN;
      for (let g = 0; g < F && formations[g] < z; g++) {
        const f = formations[g];
        if (d <= f) {
          carry(buf, cbuf, base, d, f, st);
          d = f + 1;
        }
        const b = bucket[g * S + s];
        if (b < 0) continue;
        const last = Math.min(g + 1 < F ? formations[g + 1] : D - 1, z);
        walkSegment(buf, cbuf, base, d, last, b, D, cf[g * S + s], ih[g * S + s], acc, lag, st);
        d = last + 1;
      }
    }
  }
}
