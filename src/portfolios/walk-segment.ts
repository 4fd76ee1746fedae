/**
 * The stock-span walk's hot loop (span-walk.ts): one stock's cells over one holding period, in day order,
 * against the day × bucket accumulators. A small function of its own so V8 optimizes it early and once
 * (see walk-day.ts). The arithmetic per bar is walkDay's, term for term, so both walks give the same
 * numbers up to the order of the sums within a day (here: by stock).
 *
 * `acc` holds 4 doubles a bucket × day cell, so one bar touches one cache line of it: Σ r (equal),
 * Σ (p - p0) × cap[f] / p[f] (value), Σ (p - p0) / p[f] (equal-hold), and the count of members with a bar.
 * Cells are bucket-major (cell b × D + d), so a stock's segment, in one bucket, reads and writes them in
 * sequence.
 * `lag` holds 2 a cell when value-lag weights are asked for: Σ cap[d-1] × r and Σ of cap changes.
 */

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
