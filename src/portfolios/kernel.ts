/**
 * The bucket-return kernel: one pass over the members of each formation, day by day, for every weighting
 * asked for at once. For member j of bucket b on day d (price p carried forward, see panel.ts):
 * `r = p[d] / p[d-1] - 1` and the bucket return is `Σ w_j r_j / Σ w_j` with
 * - `equal`:      w = 1 (equal weights, rebalanced daily);
 * - `equal-hold`: w = p[d-1] / p[f] (equal at formation f, then buy-and-hold drift);
 * - `value`:      w = cap[f] × p[d-1] / p[f] (formation cap with buy-and-hold drift; French's daily VW);
 * - `value-lag`:  w = cap[d-1] (the previous day's cap, re-read each day).
 * Column K of each output row is the market: all members of all buckets with the same weights.
 * Days before the first holding day are NaN.
 */
import type { PanelGrid } from './panel.ts';

/** The weightings the kernel computes. */
export const WEIGHTINGS = ['equal', 'equal-hold', 'value', 'value-lag'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** One formation: the day it is formed and its members (stock index and bucket). */
export interface FormedPortfolio {
  /** Grid day index of the formation close. */
  day: number;
  members: Int32Array;
  bucket: Int32Array;
}

/** Daily bucket returns per weighting, each `days × (K + 1)` (column K = market), and active counts. */
export interface KernelOutput {
  K: number;
  returns: Partial<Record<Weighting, Float64Array>>;
  /** Members with an actual bar that day, `days × (K + 1)`. */
  active: Int32Array;
}

/**
 * Runs the kernel over the holding periods of `formed` (ascending days): period i covers grid days
 * formed[i].day + 1 .. formed[i+1].day (the last one to the end of the grid), none past `lastDay`.
 * @example const out = bucketKernel(grid, formed, 10, ['equal', 'value']); out.returns.value[d * 11 + 0]
 */
export function bucketKernel(
  grid: PanelGrid,
  formed: readonly FormedPortfolio[],
  K: number,
  weightings: readonly Weighting[],
  lastDay = grid.days.length - 1,
): KernelOutput {
  const D = grid.days.length;
  const S = grid.nStocks;
  const W = K + 1;
  const P = grid.price;
  const C = grid.cap;
  const obs = grid.observed;
  const doEw = weightings.includes('equal');
  const doEh = weightings.includes('equal-hold');
  const doVw = weightings.includes('value');
  const doVl = weightings.includes('value-lag');
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings) returns[w] = new Float64Array(D * W).fill(Number.NaN);
  const active = new Int32Array(D * W);
  const ewN = new Float64Array(W);
  const ewD = new Float64Array(W);
  const ehN = new Float64Array(W);
  const ehD = new Float64Array(W);
  const vwN = new Float64Array(W);
  const vwD = new Float64Array(W);
  const vlN = new Float64Array(W);
  const vlD = new Float64Array(W);

  for (let i = 0; i < formed.length; i++) {
    const { day: f, members, bucket } = formed[i];
    const end = Math.min(i + 1 < formed.length ? formed[i + 1].day : D - 1, lastDay);
    const n = members.length;
    const invPf = new Float64Array(n);
    const capf = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const s = members[j];
      invPf[j] = 1 / P[f * S + s];
      capf[j] = C[f * S + s];
    }
    for (let d = f + 1; d <= end; d++) {
      const row = d * S;
      const prev = row - S;
      ewN.fill(0);
      ewD.fill(0);
      ehN.fill(0);
      ehD.fill(0);
      vwN.fill(0);
      vwD.fill(0);
      vlN.fill(0);
      vlD.fill(0);
      const out = d * W;
      for (let j = 0; j < n; j++) {
        const s = members[j];
        const b = bucket[j];
        const p0 = P[prev + s];
        const p1 = P[row + s];
        const r = p1 / p0 - 1;
        if (obs[row + s]) {
          active[out + b]++;
          active[out + K]++;
        }
        if (doEw) {
          ewN[b] += r;
          ewD[b] += 1;
        }
        if (doEh) {
          const g = p0 * invPf[j];
          ehN[b] += g * r;
          ehD[b] += g;
        }
        if (doVw) {
          const w = capf[j] * p0 * invPf[j];
          vwN[b] += w * r;
          vwD[b] += w;
        }
        if (doVl) {
          const w = C[prev + s];
          vlN[b] += w * r;
          vlD[b] += w;
        }
      }
      finish(returns.equal, ewN, ewD, out, K);
      finish(returns['equal-hold'], ehN, ehD, out, K);
      finish(returns.value, vwN, vwD, out, K);
      finish(returns['value-lag'], vlN, vlD, out, K);
    }
  }
  return { K, returns, active };
}

/** Writes Σw·r / Σw per bucket and for the market (column K, summed over buckets). */
function finish(
  target: Float64Array | undefined,
  num: Float64Array,
  den: Float64Array,
  out: number,
  K: number,
): void {
  if (!target) return;
  let tn = 0;
  let td = 0;
  for (let b = 0; b < K; b++) {
    target[out + b] = den[b] > 0 ? num[b] / den[b] : Number.NaN;
    tn += num[b];
    td += den[b];
  }
  target[out + K] = td > 0 ? tn / td : Number.NaN;
}
