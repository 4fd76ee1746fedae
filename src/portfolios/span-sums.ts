/**
 * The stock-span walk's last fixed-size step (span-walk.ts): each group's accumulators (bucket-major,
 * walk-segment.ts) added in group order and unpacked to the day walk's layout (`D × W` per numerator) in
 * one loop. It runs once a call over days × buckets × groups, whatever the row count, so it is one loop on
 * the calling thread: split into chunks for the helper threads, as it once was, every chunk started in
 * V8's interpreter again in every thread, which cost a process's first call about 10 ms at any size
 * (bench/buckets-cold.ts). The sum of each cell runs over the groups in order, as before: the same
 * numbers, bit for bit.
 */

/** Numerators per day and bucket (`D × W`, column W - 1 left for the market) and the active counts. */
export interface GroupSums {
  ew: Float64Array;
  vw: Float64Array;
  eh: Float64Array;
  active: Int32Array;
  vl: Float64Array;
  capDelta: Float64Array;
}

/**
 * Adds the G groups of `acc` (slices of 4 × D × W: equal, value, equal-hold sums and the active count per
 * bucket-major cell) and of `lag` (slices of 2 × D × W, or empty: value-lag sums and cap changes), each cell
 * in group order, into day-major arrays.
 * @example sumGroups(acc, new Float64Array(0), 2, D, W).ew[d * W + b]
 */
export function sumGroups(acc: Float64Array, lag: Float64Array, G: number, D: number, W: number): GroupSums {
  const n = D * W;
  const accLen = 4 * n;
  const lagLen = lag.length / Math.max(1, G);
  const ew = new Float64Array(n);
  const vw = new Float64Array(n);
  const eh = new Float64Array(n);
  const active = new Int32Array(n);
  const doLag = lag.length > 0;
  const vl = new Float64Array(doLag ? n : 0);
  const capDelta = new Float64Array(doLag ? n : 0);
  for (let b = 0; b + 1 < W; b++) {
    for (let d = 0; d < D; d++) {
      const c = d * W + b;
      const i = 4 * (b * D + d);
      let e = acc[i];
      let v = acc[i + 1];
      let h = acc[i + 2];
      let m = acc[i + 3];
      for (let o = accLen + i; o < G * accLen; o += accLen) {
        e += acc[o];
        v += acc[o + 1];
        h += acc[o + 2];
        m += acc[o + 3];
      }
      ew[c] = e;
      vw[c] = v;
      eh[c] = h;
      active[c] = m;
      if (doLag) {
        const j = 2 * (b * D + d);
        let l = lag[j];
        let k = lag[j + 1];
        for (let o = lagLen + j; o < G * lagLen; o += lagLen) {
          l += lag[o];
          k += lag[o + 1];
        }
        vl[c] = l;
        capDelta[c] = k;
      }
    }
  }
  for (let d = 0; d < D; d++) {
    let total = 0;
    for (let b = 0; b + 1 < W; b++) total += active[d * W + b];
    active[d * W + W - 1] = total;
  }
  return { ew, vw, eh, active, vl, capDelta };
}
