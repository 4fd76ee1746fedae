/**
 * The kernel's hot loop (kernel.ts): one day's rows, in input order, against each stock's walk record.
 * A small function of its own so V8 optimizes it early and once (inlined in the kernel, its compilation
 * waited for the whole kernel and was thrown away at the first formation: 0.3-0.6 s of compile time in a
 * cold process, measured with --trace-opt).
 *
 * Record of stock s (kernel.ts): doubles rec[8s] last price, rec[8s+1] last cap, rec[8s+2] cap[f] / p[f],
 * rec[8s+3] 1 / p[f]; int32s ri[16s+8] bucket (-1: none), ri[16s+9] day index of the last row,
 * ri[16s+10] day index of the last row with a valid price.
 */
import type { BlockRows } from './day-blocks.ts';

/** What one walk sums per day and bucket (`days × (K + 1)` each; empty when not asked for). */
export interface DaySums {
  /** Σ r (equal), Σ (p - p0) / p[f] (equal-hold), Σ (p - p0) × cap[f] / p[f] (value), Σ cap[d-1] × r (value-lag). */
  ew: Float64Array;
  eh: Float64Array;
  vw: Float64Array;
  vl: Float64Array;
  /** Σ of cap changes of members (value-lag denominators). */
  capDelta: Float64Array;
  /** Members with a valid bar. */
  active: Int32Array;
  doEh: boolean;
  doVw: boolean;
  doVl: boolean;
  /** The rows carry caps (the index kept them). */
  rowCaps: boolean;
}

/**
 * Walks positions t0 .. t1-1 of a sorted block (all on day index d; output cells from `row`), updating the
 * records and the sums. Returns -1, or the stock that has a second row on day d (the caller throws).
 * @example walkDay(buf, 0, 120, 5, 5 * 11, rec, ri, sums)
 */
export function walkDay(
  rows: BlockRows,
  t0: number,
  t1: number,
  d: number,
  row: number,
  rec: Float64Array,
  ri: Int32Array,
  sums: DaySums,
): number {
  const { stock: bs, price: bp, cap: bc } = rows;
  const { ew, eh, vw, vl, capDelta, active, doEh, doVw, doVl, rowCaps } = sums;
  for (let t = t0; t < t1; t++) {
    const s = bs[t];
    const p = bp[t];
    const o = s << 3;
    const oi = (s << 4) + 8;
    if (ri[oi + 1] === d) return s;
    ri[oi + 1] = d;
    const b = ri[oi];
    let c0 = 0;
    if (rowCaps) {
      const c = bc[t];
      c0 = rec[o + 1];
      if (c > 0) {
        rec[o + 1] = c;
        if (doVl && b >= 0) capDelta[row + b] += c - c0;
      }
    }
    if (!(p > 0)) continue;
    const p0 = rec[o];
    rec[o] = p;
    ri[oi + 2] = d;
    if (b < 0) continue;
    const cell = row + b;
    active[cell]++;
    const r = p / p0 - 1;
    ew[cell] += r;
    if (doEh) eh[cell] += (p - p0) * rec[o + 3];
    if (doVw) vw[cell] += (p - p0) * rec[o + 2];
    if (doVl) vl[cell] += c0 * r;
  }
  return -1;
}
