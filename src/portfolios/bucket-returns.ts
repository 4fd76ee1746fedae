/**
 * The kernel's last step (kernel.ts): from the numerators the walk summed per day and bucket (Σ w·r) to the
 * bucket returns, with the denominators per holding period: the member count for `equal`, the formation
 * totals carried by a running sum over days for the buy-and-hold weightings (Σw(d) = Σw(d-1) + Σ(w·r)(d-1)),
 * and the running sum of cap changes for `value-lag`.
 */
import type { FormedPortfolio, Weighting } from './kernel.ts';

/**
 * Returns per weighting asked for, each `D × (K + 1)` (column K = the market), NaN where Σw = 0.
 * @example bucketReturns(out.formed, { equal: ewN }, new Float64Array(0), ['equal'], D, K, D - 1)
 */
export function bucketReturns(
  formed: readonly FormedPortfolio[],
  num: Record<Weighting, Float64Array>,
  capDelta: Float64Array,
  weightings: readonly Weighting[],
  D: number,
  K: number,
  stop: number,
): Partial<Record<Weighting, Float64Array>> {
  const W = K + 1;
  const doEh = weightings.includes('equal-hold');
  const doVw = weightings.includes('value');
  const doVl = weightings.includes('value-lag');
  const { 'equal-hold': ehN, value: vwN } = num;
  const ewD = new Float64Array(D * W);
  const ehD = new Float64Array(doEh ? D * W : 0);
  const vwD = new Float64Array(doVw ? D * W : 0);
  const vlD = new Float64Array(doVl ? D * W : 0);
  const n0 = new Float64Array(K);
  const cap0 = new Float64Array(K);
  for (let i = 0; i < formed.length; i++) {
    const fm = formed[i];
    const f = fm.day;
    const last = Math.min(i + 1 < formed.length ? formed[i + 1].day : D - 1, stop);
    n0.fill(0);
    cap0.fill(0);
    for (let j = 0; j < fm.members.length; j++) {
      n0[fm.bucket[j]]++;
      cap0[fm.bucket[j]] += fm.cap[j];
    }
    for (let d = f + 1; d <= last; d++) {
      const row = d * W;
      const prev = row - W;
      for (let b = 0; b < K; b++) {
        ewD[row + b] = n0[b];
        if (doEh) ehD[row + b] = d === f + 1 ? n0[b] : ehD[prev + b] + ehN[prev + b];
        if (doVw) vwD[row + b] = d === f + 1 ? cap0[b] : vwD[prev + b] + vwN[prev + b];
        if (doVl) vlD[row + b] = d === f + 1 ? cap0[b] : vlD[prev + b] + capDelta[prev + b];
      }
    }
  }
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  if (weightings.includes('equal')) returns.equal = finish(num.equal, ewD, D, K);
  if (doEh) returns['equal-hold'] = finish(ehN, ehD, D, K);
  if (doVw) returns.value = finish(vwN, vwD, D, K);
  if (doVl) returns['value-lag'] = finish(num['value-lag'], vlD, D, K);
  return returns;
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
