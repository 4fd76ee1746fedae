/**
 * How closely a fund follows a series, from paired daily returns (pairs with a NaN on either side skipped
 * and counted):
 * - correlation: Pearson's r of the daily returns;
 * - tracking error: the sample standard deviation (n − 1) of the daily differences fund − series, also
 *   annualised by √252 (the usual convention, e.g. MSCI's and the issuers' fact sheets);
 * - mean difference per day, and beta (cov / var of the series).
 */

/** Tracking statistics over paired daily returns. */
export interface Tracking {
  /** Pairs used. */
  n: number;
  /** Pairs skipped because one side was NaN. */
  skipped: number;
  correlation: number;
  trackingErrorDaily: number;
  trackingErrorAnnual: number;
  meanDifference: number;
  beta: number;
}

/**
 * Tracking statistics of `fund` against `series` (same length, same days); NaN where n < 3.
 * @example tracking(Float64Array.of(0.01, -0.02, 0.03), Float64Array.of(0.012, -0.018, 0.025)).correlation
 */
export function tracking(fund: ArrayLike<number>, series: ArrayLike<number>): Tracking {
  if (fund.length !== series.length)
    throw new Error(`tracking: ${fund.length} fund returns but ${series.length} series returns`);
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < fund.length; i++) {
    if (Number.isNaN(fund[i]) || Number.isNaN(series[i])) continue;
    n++;
    sx += fund[i];
    sy += series[i];
  }
  const skipped = fund.length - n;
  if (n < 3)
    return {
      n,
      skipped,
      correlation: NaN,
      trackingErrorDaily: NaN,
      trackingErrorAnnual: NaN,
      meanDifference: NaN,
      beta: NaN,
    };
  const mx = sx / n;
  const my = sy / n;
  let cxx = 0;
  let cyy = 0;
  let cxy = 0;
  let dd = 0;
  const md = mx - my;
  for (let i = 0; i < fund.length; i++) {
    if (Number.isNaN(fund[i]) || Number.isNaN(series[i])) continue;
    const x = fund[i] - mx;
    const y = series[i] - my;
    cxx += x * x;
    cyy += y * y;
    cxy += x * y;
    const d = fund[i] - series[i] - md;
    dd += d * d;
  }
  const te = Math.sqrt(dd / (n - 1));
  return {
    n,
    skipped,
    correlation: cxy / Math.sqrt(cxx * cyy),
    trackingErrorDaily: te,
    trackingErrorAnnual: te * Math.sqrt(252),
    meanDifference: md,
    beta: cxy / cyy,
  };
}
