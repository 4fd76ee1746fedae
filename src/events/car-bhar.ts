/**
 * Cumulative and buy-and-hold abnormal returns over an event window.
 * - CAR(t) = Σ_{u≤t} AR_u (MacKinlay 1997 §4.5).
 * - BHAR(t) = Π_{u≤t}(1 + R_u) − Π_{u≤t}(1 + Rb_u) (Barber & Lyon 1997), the compounded return of the series
 *   minus that of its benchmark; its t is BHAR(t) / (σ·√t') with σ = sd(R − Rb) over the estimation window
 *   (Lyon, Barber & Tsai 1999; df = m − 1), as in sipemu/eventstudy.
 */

import { compoundPath } from '../math/compound.ts';
import { pStudentT } from './distributions.ts';

/**
 * Running sum of abnormal returns (NaN propagates).
 * @example cumulativeAbnormal(Float64Array.of(0.01, -0.005)) // [0.01, 0.005]
 */
export function cumulativeAbnormal(ar: Float64Array): Float64Array {
  const out = new Float64Array(ar.length);
  let s = 0;
  for (let t = 0; t < ar.length; t++) out[t] = s += ar[t];
  return out;
}

/**
 * Buy-and-hold abnormal return for each day of the window: Π(1 + R) − Π(1 + Rb).
 * @example bhar(Float64Array.of(0.04), Float64Array.of(0.015)) // [0.025]
 */
export function bhar(r: Float64Array, benchmark: Float64Array): Float64Array {
  if (r.length !== benchmark.length)
    throw new Error(`bhar: ${r.length} returns vs ${benchmark.length} benchmark returns`);
  // both compounded from the close before the window's first day (src/math/compound.ts)
  const a = compoundPath(r, -1, 0, r.length - 1);
  const b = compoundPath(benchmark, -1, 0, r.length - 1);
  for (let t = 0; t < r.length; t++) a[t] -= b[t];
  return a;
}

/**
 * t statistics of BHAR(t): se(t) = σ·√t', t = BHAR / se, two-sided p on df degrees of freedom.
 * @example bharT(bhar(r, m), fitModel(estR, estM, 'market-adjusted').sigma, df)
 */
export function bharT(
  b: Float64Array,
  sigma: number,
  df: number,
): { se: Float64Array; t: Float64Array; p: Float64Array } {
  const se = b.map((_, i) => sigma * Math.sqrt(i + 1));
  const t = b.map((x, i) => x / se[i]);
  return { se, t, p: t.map((x) => pStudentT(x, df)) };
}
