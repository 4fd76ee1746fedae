/**
 * Starts to a period: "their best start to a month on record", "the S&P 500's best start to a year since
 * 2019", "the strongest start to November since 1980". The claimed period so far (its first k sessions,
 * through the claimed day) against the first k sessions of every earlier period (of the same calendar month
 * when the phrase names one), each compounded from the daily returns ./record-streak.ts reads (one subject's,
 * or two's difference); a period with fewer than k sessions is left out. Judged by ./record-judge.ts's rules.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import { describeRecord } from '../records/record.ts';
import type { RecordPart } from './evaluate-record.ts';
import { judgeRecord } from './record-judge.ts';
import { claimedDay } from './record-level.ts';
import { streakReturns } from './record-streak-returns.ts';

/**
 * The claimed period's start ranked among the same starts of earlier periods.
 * @example await startRecord(data, claim, { kind: 'best-on-record', start: true, period: 'month', … }, c, '2020-11-13')
 */
export const startRecord: RecordPart = async (data, claim, r, c, asOf) => {
  const period = (r.period ?? 'month') as Period;
  const d = await streakReturns(data, claim.subjects);
  if ('cannot' in d) return d;
  const cut = asOf ? toDay(asOf) : Number.POSITIVE_INFINITY;
  let day = claimedDay(claim.window, c, cut);
  if (day === Number.POSITIVE_INFINITY) day = d.days[d.days.length - 1];
  const claimedEnd = periodEnd(day, period);
  // Each period's sessions in order: [period end, first index, count].
  const periods: [number, number, number][] = [];
  for (let i = 0; i < d.days.length && d.days[i] <= day; i++) {
    const e = periodEnd(d.days[i], period);
    const p = periods[periods.length - 1];
    if (p && p[0] === e) p[2]++;
    else periods.push([e, i, 1]);
  }
  const mine = periods[periods.length - 1];
  if (!mine || mine[0] !== claimedEnd)
    return { cannot: `no session of ${claim.subjects.join(' − ')} in the claimed ${period}` };
  // "its best first week of a year": each year's sessions to the end of its first week (the claimed year's to
  // the claimed day); else the claimed period's sessions so far, the same count of each earlier period's.
  const within = r.startUnit === 'day' ? undefined : r.startUnit;
  const stretch = ([, first, n]: [number, number, number]) =>
    !r.startUnit
      ? mine[2]
      : Math.min(n, within ? countTo(d.days, first, periodEnd(d.days[first], within)) : 1);
  const k = stretch(mine);
  const month = r.startMonth;
  const ends: string[] = [];
  const values: number[] = [];
  for (const p of periods) {
    const [e, first, n] = p;
    const m = r.startUnit ? stretch(p) : k;
    if (n < m || (month && Number(fromDay(e).slice(5, 7)) !== month)) continue;
    // The first period held may begin mid-period (the data start inside it): not a start.
    if (first === 0 && e !== claimedEnd) continue;
    let g = 1;
    for (let i = first; i < first + m; i++) g *= 1 + d.r[i];
    if (Number.isNaN(g)) continue;
    ends.push(fromDay(d.days[first + m - 1]));
    values.push(g - 1);
  }
  const at = ends.length - 1;
  const high = r.direction !== 'loss';
  const name = month
    ? new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
    : period;
  const noun = r.startUnit
    ? `first ${r.startUnit}s of a year`
    : `starts to a ${name} (first ${k} session${k === 1 ? '' : 's'})`;
  // (The summary names what is ranked: "ranked 1 of 34 first weeks of a year", not "days".)
  const ctx = describeRecord({ ends, values: Float64Array.from(values), frequency: 'daily' }, ends[at], {
    direction: high ? 'high' : 'low',
    noun,
  });
  const unit = claim.subjects.length > 1 ? 'pp' : '%';
  const j = judgeRecord(r, ctx, noun, unit);
  return {
    value: values[at],
    from: fromDay(d.days[mine[1]]),
    to: ends[at],
    description: `${claim.subjects.join(' − ')} daily returns compounded over the first ${r.startUnit ?? `${k} sessions`} of each ${period}, to ${ends[at]}`,
    provenance: { datasets: d.datasets },
    record: ctx,
    holds: j.holds,
    says: j.says,
    unit,
    noun,
  };
};

/** How many sessions from index `first` on fall on or before day `end`. */
function countTo(days: ArrayLike<number>, first: number, end: number): number {
  let i = first;
  while (i < days.length && days[i] <= end) i++;
  return i - first;
}
