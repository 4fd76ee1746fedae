/**
 * Exact tests of the mean of a small set of event values (M events, M small), without a normal
 * approximation:
 * - sign test: the number of values above `center` against Binomial(M', 1/2), M' = values ≠ center, two-sided
 *   (Conover, *Practical Nonparametric Statistics*, §3.4);
 * - sign-flip permutation test (Fisher 1935; Pitman 1937): under the null the values are symmetric about
 *   `center`, so each deviation d_i = x_i − center is as likely to carry either sign; p = the share of the
 *   2^M sign assignments with |Σ ±|d_i|| ≥ |Σ d_i|, counted exactly (meet in the middle: 2·2^(M/2) sums).
 */

import { bisectLeft, bisectRight } from '../math/bisect.ts';
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

/**
 * Exact two-sided sign-flip permutation test of the mean about `center` (up to 40 values).
 * @example signFlipTest([0.02, 0.01, 0.015]).p // 0.25 (2 of 8 sign assignments are as extreme)
 */
export function signFlipTest(values: ArrayLike<number>, center = 0): { p: number; assignments: number } {
  const d = Array.from(values, (x) => Math.abs(x - center));
  const M = d.length;
  if (M === 0) throw new Error('permutation test: no values');
  if (M > 40) throw new Error(`permutation test: ${M} values; the exact test is limited to 40`);
  let observed = 0;
  for (let i = 0; i < M; i++) observed += values[i] - center;
  const h = M >> 1;
  const total = 2 ** M;
  const tol = 1e-12 * d.reduce((x, y) => x + y, 0);
  const target = Math.abs(observed) - tol; // sums within rounding of the observed one count as extreme
  if (target <= 0) return { p: 1, assignments: total };
  const A = halfSums(d.slice(0, h));
  const B = halfSums(d.slice(h)).sort();
  let count = 0;
  for (const a of A) {
    count += B.length - bisectLeft(B, target - a); // a + b >= target
    count += bisectRight(B, -target - a); // a + b <= -target
  }
  return { p: count / total, assignments: total };
}
