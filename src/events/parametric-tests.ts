/**
 * Parametric significance tests of abnormal returns. Notation: N events, L event days, AR_it the abnormal
 * return of event i on event day t, σ_i its model σ (df_i), s_it its forecast-error-corrected σ,
 * CAR_i(t) = Σ_{u≤t} AR_iu, AAR_t = mean_i AR_it, CAAR(t) = Σ_{u≤t} AAR_u.
 */
import { type EventAbnormal, eventDays, meanSd, type TestResult, withP } from './test-types.ts';

/**
 * Time-series t with the Brown–Warner "crude dependence adjustment" (Brown & Warner 1980 §3; 1985 §2.2),
 * the default for a market-wide event that every series shares: the AAR is divided by the standard deviation
 * of the AAR over the estimation days, so cross-sectional correlation is kept in the denominator.
 * t_t = AAR_t / S(AAR_est); cumulative t(t) = CAAR(t) / (S(AAR_est)·√t'), t' = days so far; df = M − 1.
 * (sipemu/eventstudy's "calendar-time portfolio" test uses the same formula.)
 * @example brownWarnerT(events).cumulative
 */
export function brownWarnerT(events: readonly EventAbnormal[]): TestResult {
  const L = eventDays(events);
  const M = events[0].estimationAr.length;
  const est = new Float64Array(M);
  for (let d = 0; d < M; d++) {
    const col = events.map((e) => (d < e.estimationAr.length ? e.estimationAr[d] : Number.NaN));
    est[d] = meanSd(col).mean;
  }
  const { sd, n } = meanSd(est);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  let caar = 0;
  for (let t = 0; t < L; t++) {
    const aar = meanSd(events.map((e) => e.ar[t])).mean;
    caar += aar;
    daily[t] = aar / sd;
    cumulative[t] = caar / (sd * Math.sqrt(t + 1));
  }
  return withP({
    test: 'bw-t',
    label: 'time-series t, Brown–Warner crude dependence adjustment',
    source: 'Brown & Warner (1980, 1985)',
    distribution: 't',
    df: n - 1,
    daily,
    cumulative,
  });
}

/**
 * Single-series t on the model σ (MacKinlay 1997 §4.4): t_t = AR_t / σ, cumulative CAR(t) / (σ·√t'),
 * df = the model's df. With several events it is applied to the first one only: use for one series.
 */
export function arT(events: readonly EventAbnormal[]): TestResult {
  const L = eventDays(events);
  const e = events[0];
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  let car = 0;
  for (let t = 0; t < L; t++) {
    car += e.ar[t];
    daily[t] = e.ar[t] / e.fit.sigma;
    cumulative[t] = car / (e.fit.sigma * Math.sqrt(t + 1));
  }
  return withP({
    test: 'ar-t',
    label: 'AR/CAR t on the model σ (one series)',
    source: 'MacKinlay (1997)',
    distribution: 't',
    df: e.fit.df,
    daily,
    cumulative,
  });
}

/**
 * Cross-sectional t (Brown & Warner 1985): t_t = √N·AAR_t / sd_i(AR_it); cumulative √N·CAAR / sd_i(CAR_i);
 * df = N − 1. Needs N ≥ 2 (NaN otherwise).
 */
export function crossSectionalT(events: readonly EventAbnormal[]): TestResult {
  const L = eventDays(events);
  const N = events.length;
  const car = new Float64Array(N);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    const ar = events.map((e) => e.ar[t]);
    for (let i = 0; i < N; i++) car[i] += ar[i];
    const a = meanSd(ar);
    const c = meanSd(car);
    daily[t] = (Math.sqrt(a.n) * a.mean) / a.sd;
    cumulative[t] = (Math.sqrt(c.n) * c.mean) / c.sd;
  }
  return withP({
    test: 'cs-t',
    label: 'cross-sectional t',
    source: 'Brown & Warner (1985)',
    distribution: 't',
    df: N - 1,
    daily,
    cumulative,
  });
}

/** Standardized ARs: AR_it / scale_it. */
function standardized(e: EventAbnormal, fec: boolean): Float64Array {
  return e.ar.map((x, t) => x / (fec ? e.fecSigma[t] : e.fit.sigma));
}

/**
 * Patell Z (Patell 1976): SAR_it = AR_it / s_it (forecast-error-corrected σ), Q_i = df_i / (df_i − 2);
 * Z_t = Σ_i SAR_it / √(Σ_i Q_i); cumulative Z(t) = (1/√N)·Σ_i CSAR_i(t) / √(t'·Q_i). Standard normal.
 */
export function patellZ(events: readonly EventAbnormal[]): TestResult {
  const L = eventDays(events);
  const N = events.length;
  const sar = events.map((e) => standardized(e, true));
  const q = events.map((e) => e.fit.df / (e.fit.df - 2));
  const qSum = q.reduce((s, x) => s + x, 0);
  const csar = new Float64Array(N);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < N; i++) {
      s += sar[i][t];
      csar[i] += sar[i][t];
      c += csar[i] / Math.sqrt((t + 1) * q[i]);
    }
    daily[t] = s / Math.sqrt(qSum);
    cumulative[t] = c / Math.sqrt(N);
  }
  return withP({
    test: 'patell',
    label: 'Patell Z',
    source: 'Patell (1976)',
    distribution: 'normal',
    df: Number.NaN,
    daily,
    cumulative,
  });
}

/**
 * BMP standardized cross-sectional t (Boehmer, Musumeci & Poulsen 1991): SAR_it = AR_it / σ_i;
 * t_t = √N·mean_i SAR_it / sd_i(SAR_it); cumulative on CSAR_i(t) = Σ_{u≤t} SAR_iu; df = N − 1.
 */
export function bmpT(events: readonly EventAbnormal[]): TestResult {
  const L = eventDays(events);
  const N = events.length;
  const sar = events.map((e) => standardized(e, false));
  const csar = new Float64Array(N);
  const daily = new Float64Array(L);
  const cumulative = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    const col = sar.map((s) => s[t]);
    for (let i = 0; i < N; i++) csar[i] += col[i];
    const a = meanSd(col);
    const c = meanSd(csar);
    daily[t] = (Math.sqrt(a.n) * a.mean) / a.sd;
    cumulative[t] = (Math.sqrt(c.n) * c.mean) / c.sd;
  }
  return withP({
    test: 'bmp',
    label: 'BMP standardized cross-sectional t',
    source: 'Boehmer, Musumeci & Poulsen (1991)',
    distribution: 't',
    df: N - 1,
    daily,
    cumulative,
  });
}
