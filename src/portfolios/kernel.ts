/**
 * The bucket-return kernel: one pass over each member's rows (grouped by stock, panel-index.ts) per
 * holding period, for every weighting asked for at once, into small days × buckets accumulators. For member j of bucket b on day d (price p carried forward, see panel.ts):
 * `r = p[d] / p[d-1] - 1` and the bucket return is `Σ w_j r_j / Σ w_j` with
 * - `equal`:      w = 1 (equal weights, rebalanced daily);
 * - `equal-hold`: w = p[d-1] / p[f] (equal at formation f, then buy-and-hold drift);
 * - `value`:      w = cap[f] × p[d-1] / p[f] (formation cap with buy-and-hold drift; French's daily VW);
 * - `value-lag`:  w = cap[d-1] (the previous day's cap, re-read each day).
 * Column K of each output row is the market: all members of all buckets with the same weights.
 * Days before the first holding day are NaN.
 */
import type { Panel } from './panel.ts';
import type { PanelIndex } from './panel-index.ts';

/** The weightings the kernel computes. */
export const WEIGHTINGS = ['equal', 'equal-hold', 'value', 'value-lag'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** One formation: the day index it is formed on, and its members with their formation-close facts. */
export interface FormedPortfolio {
  /** Day index of the formation close. */
  day: number;
  members: Int32Array;
  bucket: Int32Array;
  /** Position (panel-index.ts) of each member's row on the formation day. */
  pos: Int32Array;
  /** Price and cap of each member at the formation close. */
  price: Float64Array;
  cap: Float64Array;
}

/** Daily bucket returns per weighting, each `days × (K + 1)` (column K = market), and active counts. */
export interface KernelOutput {
  K: number;
  returns: Partial<Record<Weighting, Float64Array>>;
  /** Members with an actual bar that day, `days × (K + 1)`. */
  active: Int32Array;
}

/**
 * Runs the kernel over the holding periods of `formed` (ascending days): period i covers day indices
 * formed[i].day + 1 .. formed[i+1].day (the last one to the end of the panel), none past `lastDay`.
 * A day without a row carries the price and cap forward (return 0); so does a row with a price <= 0 or NaN.
 * @example const out = bucketKernel(panel, indexPanel(panel), formed, 10, ['equal', 'value']); out.returns.value[d * 11]
 */
export function bucketKernel(
  panel: Panel,
  ix: PanelIndex,
  formed: readonly FormedPortfolio[],
  K: number,
  weightings: readonly Weighting[],
  lastDay = ix.days.length - 1,
): KernelOutput {
  const D = ix.days.length;
  const W = K + 1;
  const { price: PR, cap: CP, day: DY } = panel;
  const { order, dayIndex, lo, start } = ix;
  const doEw = weightings.includes('equal');
  const doEh = weightings.includes('equal-hold');
  const doVw = weightings.includes('value');
  const doVl = weightings.includes('value-lag');
  const acc = () => new Float64Array(D * W);
  const ewN = acc();
  const ewD = acc();
  const ehN = doEh ? acc() : ewN;
  const ehD = doEh ? acc() : ewD;
  const vwN = doVw ? acc() : ewN;
  const vwD = doVw ? acc() : ewD;
  const vlN = doVl ? acc() : ewN;
  const vlD = doVl ? acc() : ewD;
  const active = new Int32Array(D * W);

  for (let i = 0; i < formed.length; i++) {
    const fm = formed[i];
    const f = fm.day;
    const end = Math.min(i + 1 < formed.length ? formed[i + 1].day : D - 1, lastDay);
    for (let j = 0; j < fm.members.length; j++) {
      const s = fm.members[j];
      const b = fm.bucket[j];
      const pf = fm.price[j];
      const capf = fm.cap[j];
      const stop = start[s + 1];
      let k = fm.pos[j] + 1;
      let nextDay = D;
      if (k < stop) nextDay = dayIndex[DY[order ? order[k] : k] - lo];
      let p0 = pf;
      let c0 = capf;
      for (let d = f + 1; d <= end; d++) {
        let p1 = p0;
        let c1 = c0;
        if (d === nextDay) {
          const row = order ? order[k] : k;
          const px = PR[row];
          if (px > 0) {
            p1 = px;
            active[d * W + b]++;
            active[d * W + K]++;
          }
          const cx = CP[row];
          if (cx > 0) c1 = cx;
          k++;
          nextDay = k < stop ? dayIndex[DY[order ? order[k] : k] - lo] : D;
        }
        const r = p1 / p0 - 1;
        const cell = d * W + b;
        if (doEw) {
          ewN[cell] += r;
          ewD[cell] += 1;
        }
        if (doEh) {
          const g = p0 / pf;
          ehN[cell] += g * r;
          ehD[cell] += g;
        }
        if (doVw) {
          const w = (capf * p0) / pf;
          vwN[cell] += w * r;
          vwD[cell] += w;
        }
        if (doVl) {
          vlN[cell] += c0 * r;
          vlD[cell] += c0;
        }
        p0 = p1;
        c0 = c1;
      }
    }
  }
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  if (doEw) returns.equal = finish(ewN, ewD, D, K);
  if (doEh) returns['equal-hold'] = finish(ehN, ehD, D, K);
  if (doVw) returns.value = finish(vwN, vwD, D, K);
  if (doVl) returns['value-lag'] = finish(vlN, vlD, D, K);
  return { K, returns, active };
}

/** Σw·r / Σw per day and bucket, and for the market (column K, summed over buckets); NaN where Σw = 0. */
function finish(num: Float64Array, den: Float64Array, D: number, K: number): Float64Array {
  const W = K + 1;
  const out = new Float64Array(D * W);
  for (let d = 0; d < D; d++) {
    let tn = 0;
    let td = 0;
    for (let b = 0; b < K; b++) {
      const c = d * W + b;
      out[c] = den[c] > 0 ? num[c] / den[c] : Number.NaN;
      tn += num[c];
      td += den[c];
    }
    out[d * W + K] = td > 0 ? tn / td : Number.NaN;
  }
  return out;
}
