/**
 * Period returns from daily levels (closes or index levels): the return of a period runs from the last level
 * of the previous period to the last level of this one (close-to-close, the convention of weekly and monthly
 * returns in the press and in Yahoo/French weekly data). Periods as in src/calendar/periods.ts (week ending
 * Friday by default). The first period has no previous level: NaN. A period ending after `asOf` (default: the
 * last day with a level) is provisional (period-to-date).
 */
import { type Period, periodEnd } from '../calendar/periods.ts';
import { compound } from '../math/compound.ts';

/** Period returns of one series. */
export interface PeriodReturns {
  /** Period end (day number), ascending. */
  end: Int32Array;
  /** The last day with a level in the period. */
  lastDay: Int32Array;
  /** Return from the previous period's last level to this period's last level (decimal). */
  ret: Float64Array;
  /** 1 for a period not over at `asOf`. */
  provisional: Uint8Array;
}

/**
 * Close-to-close period returns of a daily level series (days ascending; NaN levels skipped).
 * @example periodReturns(days, closes, { period: 'week' }).ret // weekly returns, Friday to Friday
 */
export function periodReturns(
  days: Int32Array,
  levels: Float64Array,
  options: { period?: Period; weekEnd?: number; asOf?: number } = {},
): PeriodReturns {
  const period = options.period ?? 'week';
  const weekEnd = options.weekEnd ?? 5;
  const n = days.length;
  const ends = new Int32Array(n);
  const last = new Int32Array(n);
  const level = new Float64Array(n);
  let m = 0;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (i > 0 && days[i] <= days[i - 1]) throw new Error(`days must increase (index ${i})`);
    const v = levels[i];
    if (!(v > 0)) continue;
    const e = periodEnd(days[i], period, weekEnd);
    if (m === 0 || ends[m - 1] !== e) m++;
    ends[m - 1] = e;
    last[m - 1] = days[i];
    level[m - 1] = v;
    lastDay = days[i];
  }
  const asOf = options.asOf ?? lastDay;
  const ret = new Float64Array(m);
  const provisional = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    ret[k] = k === 0 ? Number.NaN : level[k] / level[k - 1] - 1;
    provisional[k] = ends[k] > asOf ? 1 : 0;
  }
  return { end: ends.slice(0, m), lastDay: last.slice(0, m), ret, provisional };
}

/**
 * Aligns two period-return series on their common period ends: a − b per period ("relative performance",
 * percentage points), and each side's return. Periods missing on either side are dropped.
 * @example relativeReturns(weeklyRut, weeklySpx).diff // Russell 2000 minus S&P 500, per week
 */
export function relativeReturns(a: PeriodReturns, b: PeriodReturns) {
  const index = new Map<number, number>();
  for (let k = 0; k < b.end.length; k++) index.set(b.end[k], k);
  const out = {
    end: [] as number[],
    a: [] as number[],
    b: [] as number[],
    diff: [] as number[],
    provisional: [] as boolean[],
  };
  for (let k = 0; k < a.end.length; k++) {
    const j = index.get(a.end[k]);
    if (j === undefined) continue;
    out.end.push(a.end[k]);
    out.a.push(a.ret[k]);
    out.b.push(b.ret[j]);
    out.diff.push(a.ret[k] - b.ret[j]);
    out.provisional.push(a.provisional[k] === 1 || b.provisional[j] === 1);
  }
  return out;
}

/**
 * Period returns compounded from daily returns: Π(1 + r_d) − 1 over the days of each period (NaN days
 * skipped). The first period may be partial (the data start inside it); a period ending after `asOf`
 * (default: the last day) is provisional.
 * @example compoundByPeriod(days, dailyLo10, { period: 'week' }).ret // weekly returns of French's Lo 10
 */
export function compoundByPeriod(
  days: Int32Array,
  returns: Float64Array,
  options: { period?: Period; weekEnd?: number; asOf?: number } = {},
): PeriodReturns {
  const period = options.period ?? 'week';
  const weekEnd = options.weekEnd ?? 5;
  const n = days.length;
  const ends = new Int32Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && days[i] <= days[i - 1]) throw new Error(`days must increase (index ${i})`);
    const e = periodEnd(days[i], period, weekEnd);
    if (m === 0 || ends[m - 1] !== e) {
      ends[m] = e;
      first[m] = i;
      m++;
    }
    last[m - 1] = i;
  }
  const asOf = options.asOf ?? (n ? days[n - 1] : 0);
  const ret = new Float64Array(m);
  const provisional = new Uint8Array(m);
  const lastDay = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    // from the last close of the previous period to the last close of this one (src/math/compound.ts)
    ret[k] = compound(returns, first[k] - 1, last[k], { skipMissing: true });
    lastDay[k] = days[last[k]];
    provisional[k] = ends[k] > asOf ? 1 : 0;
  }
  return { end: ends.slice(0, m), lastDay, ret, provisional };
}

/**
 * Runs of `n` consecutive periods: Π(1 + r) over each period and the n − 1 before it, minus 1, at the run's
 * last period (NaN for the first n − 1, or when a return in the run is missing). A run of one is `returns`.
 * @example rollingRuns(Float64Array.of(0.01, 0.02, -0.01), 2) // [NaN, 0.0302, 0.0098]
 */
export function rollingRuns(returns: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(returns.length).fill(Number.NaN);
  for (let i = n - 1; i < returns.length; i++) {
    let g = 1;
    for (let k = i - n + 1; k <= i; k++) g *= 1 + returns[k];
    out[i] = g - 1;
  }
  return out;
}
