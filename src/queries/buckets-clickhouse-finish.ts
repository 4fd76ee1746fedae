/**
 * The initiator's answer → daily bucket series, in Node (kernel.ts's arithmetic, on the warehouse's sums):
 * numerators per (day, bucket) from the formation × day × bucket sums; denominators EW = the formation's
 * member count, VW and equal-hold by buy-and-hold drift from the formation total,
 * `Σw(d) = Σw(d-1) + Σw·r(d-1)`; the market column from the summed numerators and denominators.
 */
import type { Weighting } from '../portfolios/kernel.ts';

/** One row of the returns query (buckets-sql.ts `returnsSql`); numbers may arrive as strings. */
export interface SumRow {
  fk: number;
  day: number;
  bucket: number;
  ew: number;
  eh: number;
  vw: number;
  n0: number;
  cap0: number;
}

/** The calendar and holding periods the sums refer to. */
export interface FinishPlan {
  /** Trading days (day numbers), ascending. */
  days: Int32Array;
  /** Grid index of each formation, and the last grid index it holds (inclusive). */
  fIdx: readonly number[];
  ends: readonly number[];
  /** Buckets. */
  K: number;
  /** Output range (grid indices, inclusive). */
  fromIdx: number;
  toIdx: number;
}

/**
 * Row-major `(toIdx - fromIdx + 1) × (K + 1)` series per weighting (last column = market); NaN where a
 * bucket has no denominator.
 * @example finishSeries(sums, plan, ['equal', 'value']).value
 */
export function finishSeries(
  sums: readonly SumRow[],
  p: FinishPlan,
  weightings: readonly Weighting[],
): Partial<Record<Weighting, Float64Array>> {
  const { days, fIdx, ends, K, fromIdx, toIdx } = p;
  const D = days.length;
  const W = K + 1;
  const index = new Map<number, number>();
  for (let i = 0; i < D; i++) index.set(days[i], i);
  const N = {
    equal: new Float64Array(D * W),
    'equal-hold': new Float64Array(D * W),
    value: new Float64Array(D * W),
  };
  const n0 = new Float64Array(fIdx.length * K);
  const cap0 = new Float64Array(fIdx.length * K);
  for (const s of sums) {
    const k = Number(s.fk) - 1;
    const d = index.get(Number(s.day));
    const b = Number(s.bucket);
    if (d === undefined) throw new Error(`ClickHouse returned a day outside the calendar: ${s.day}`);
    if (d === fIdx[k]) {
      n0[k * K + b] += Number(s.n0);
      cap0[k * K + b] += Number(s.cap0);
    } else {
      N.equal[d * W + b] += Number(s.ew);
      N['equal-hold'][d * W + b] += Number(s.eh);
      N.value[d * W + b] += Number(s.vw);
    }
  }
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings) {
    const num = N[w as keyof typeof N];
    const den = new Float64Array(D * W);
    fIdx.forEach((f, k) => {
      for (let d = f + 1; d <= ends[k]; d++) {
        for (let b = 0; b < K; b++) {
          const c = d * W + b;
          if (w === 'equal') den[c] = n0[k * K + b];
          else if (d === f + 1) den[c] = w === 'value' ? cap0[k * K + b] : n0[k * K + b];
          else den[c] = den[c - W] + num[c - W];
        }
      }
    });
    const out = new Float64Array((toIdx - fromIdx + 1) * W);
    for (let d = fromIdx; d <= toIdx; d++) {
      let tn = 0;
      let td = 0;
      for (let b = 0; b < K; b++) {
        const c = d * W + b;
        out[(d - fromIdx) * W + b] = den[c] > 0 ? num[c] / den[c] : Number.NaN;
        tn += num[c];
        td += den[c];
      }
      out[(d - fromIdx) * W + K] = td > 0 ? tn / td : Number.NaN;
    }
    returns[w] = out;
  }
  return returns;
}
