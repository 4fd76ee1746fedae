/**
 * Exact tests of the mean of a small set of event values (M events, M small), without a normal
 * approximation:
 * - sign test: the number of values above `center` against Binomial(M', 1/2), M' = values ≠ center, two-sided
 *   (Conover, *Practical Nonparametric Statistics*, §3.4);
 * - sign-flip permutation test (Fisher 1935; Pitman 1937): under the null the values are symmetric about
 *   `center`, so each deviation d_i = x_i − center is as likely to carry either sign; p = the share of the
 *   2^M sign assignments with |Σ ±|d_i|| ≥ |Σ d_i|, counted exactly (meet in the middle: 2·2^(M/2) sums)
 *   up to 40 values. Above 40 (a set such as every Fed rate change), 2^M assignments are out of reach, so
 *   p is estimated from `MC_DRAWS` random assignments drawn from a fixed seed (the same p on every run), as
 *   (count + 1) / (draws + 1), which never gives 0 (Phipson and Smyth 2010); the result says which.
 */

import { bisectLeft, bisectRight } from '../math/bisect.ts';
import { mulberry32 } from '../math/random.ts';
import { binomialTest } from './distributions.ts';

/** The result of `exactSignTest`. */
export interface SignTestResult {
  above: number;
  below: number;
  p: number;
}

/**
 * Exact two-sided sign test of values about `center` (ties dropped).
 * @example exactSignTest([0.02, 0.01, -0.01, 0.03]).p // 0.625
 */
export function exactSignTest(values: ArrayLike<number>, center = 0): SignTestResult {
  let above = 0;
  let below = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > center) above++;
    else if (values[i] < center) below++;
  }
  if (above + below === 0) throw new Error('sign test: every value equals the center');
  return { above, below, p: binomialTest(above, above + below, 0.5) };
}

function halfSums(d: number[]): Float64Array {
  const out = new Float64Array(1 << d.length);
  for (let mask = 0; mask < out.length; mask++) {
    let s = 0;
    for (let i = 0; i < d.length; i++) s += mask & (1 << i) ? -d[i] : d[i];
    out[mask] = s;
  }
  return out;
}

/** The result of `signFlipTest`: exact below 41 values, else a seeded Monte Carlo estimate. */
export interface SignFlipResult {
  p: number;
  /** Sign assignments counted: all 2^M (exact) or the random draws. */
  assignments: number;
  method: 'exact' | 'monte-carlo';
}

/** Random sign assignments drawn above 40 values: p's standard error is at most 0.0011. */
export const MC_DRAWS = 200_000;

/**
 * Two-sided sign-flip permutation test of the mean about `center`: exact up to 40 values, a seeded Monte
 * Carlo estimate from `MC_DRAWS` assignments above.
 * @example signFlipTest([0.02, 0.01, 0.015]).p // 0.25 (2 of 8 sign assignments are as extreme)
 */
export function signFlipTest(values: ArrayLike<number>, center = 0): SignFlipResult {
  const d = Array.from(values, (x) => Math.abs(x - center));
  const M = d.length;
  if (M === 0) throw new Error('permutation test: no values');
  if (!d.every(Number.isFinite)) throw new Error('permutation test: a value is not a finite number');
  let observed = 0;
  for (let i = 0; i < M; i++) observed += values[i] - center;
  const tol = 1e-12 * d.reduce((x, y) => x + y, 0);
  const target = Math.abs(observed) - tol; // sums within rounding of the observed one count as extreme
  if (M > 40) return monteCarlo(d, target);
  const h = M >> 1;
  const total = 2 ** M;
  if (target <= 0) return { p: 1, assignments: total, method: 'exact' };
  const A = halfSums(d.slice(0, h));
  const B = halfSums(d.slice(h)).sort();
  let count = 0;
  for (const a of A) {
    count += B.length - bisectLeft(B, target - a); // a + b >= target
    count += bisectRight(B, -target - a); // a + b <= -target
  }
  return { p: count / total, assignments: total, method: 'exact' };
}

/** p from MC_DRAWS random sign assignments of the deviations d (seed 1: the same p on every run). */
function monteCarlo(d: number[], target: number): SignFlipResult {
  if (target <= 0) return { p: 1, assignments: MC_DRAWS, method: 'monte-carlo' };
  const rand = mulberry32(1);
  let count = 0;
  for (let k = 0; k < MC_DRAWS; k++) {
    let s = 0;
    let bits = 0;
    for (let i = 0; i < d.length; i++) {
      if (i % 32 === 0) bits = (rand() * 4294967296) >>> 0;
      s += (bits >>> (i % 32)) & 1 ? -d[i] : d[i];
    }
    if (Math.abs(s) >= target) count++;
  }
  return { p: (count + 1) / (MC_DRAWS + 1), assignments: MC_DRAWS, method: 'monte-carlo' };
}
