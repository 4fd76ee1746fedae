/**
 * What the significance tests take and return. Every test reads the same per-event inputs and returns a
 * statistic for each event day and for the cumulative window [first event day, day], with p-values.
 */
import { pNormal, pStudentT } from './distributions.ts';
import type { ModelFit } from './models.ts';

/** One event's (or series') abnormal returns. Events are aligned by relative day. */
export interface EventAbnormal {
  /** Abnormal returns on the event window, one per event day (length L). */
  ar: Float64Array;
  /** Abnormal returns (residuals) on the estimation window, one per estimation day (length M). */
  estimationAr: Float64Array;
  fit: ModelFit;
  /** Forecast-error-corrected σ of each event day (see models.ts). */
  fecSigma: Float64Array;
}

/** The names of the significance tests. */
export type TestName = 'bw-t' | 'ar-t' | 'cs-t' | 'patell' | 'bmp' | 'kp' | 'rank' | 'gsign';
export const TEST_NAMES: readonly TestName[] = [
  'bw-t',
  'ar-t',
  'cs-t',
  'patell',
  'bmp',
  'kp',
  'rank',
  'gsign',
];

/** A test's statistics and two-sided p-values, per event day and cumulative. */
export interface TestResult {
  test: TestName;
  label: string;
  /** The paper the formula comes from. */
  source: string;
  distribution: 'normal' | 't';
  /** Degrees of freedom (t tests); NaN for normal tests. */
  df: number;
  daily: Float64Array;
  cumulative: Float64Array;
  pDaily: Float64Array;
  pCumulative: Float64Array;
}

/** Fills in the p-values of a result from its statistics. */
export function withP(base: Omit<TestResult, 'pDaily' | 'pCumulative'>): TestResult {
  const p = (s: Float64Array) =>
    s.map((x) => (base.distribution === 't' ? pStudentT(x, base.df) : pNormal(x)));
  return { ...base, pDaily: p(base.daily), pCumulative: p(base.cumulative) };
}

/** Mean and sample standard deviation (n − 1) of the finite values of `x`, and how many there were. */
export function meanSd(x: ArrayLike<number>): { mean: number; sd: number; n: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) continue;
    n++;
    s += x[i];
  }
  const mean = n ? s / n : Number.NaN;
  let ss = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) ss += (x[i] - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN, n };
}

/** The number of event days, checked to agree across events. */
export function eventDays(events: readonly EventAbnormal[]): number {
  if (events.length === 0) throw new Error('no events: a test needs at least one event');
  const L = events[0].ar.length;
  for (const e of events) {
    if (e.ar.length !== L) throw new Error(`event windows differ in length: ${e.ar.length} vs ${L}`);
  }
  return L;
}
