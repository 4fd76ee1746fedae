/**
 * The size factor's record history: French's SMB (small minus big, NYSE breakpoints) per period, "its best
 * month since 2000". Completed months (quarters, years) from the monthly file (compounded for quarters and
 * years), days and weeks, and a period still running at the article's date (provisional), from the daily
 * file compounded.
 */
import { fromDay } from '../calendar/dates.ts';
import type { Period } from '../calendar/periods.ts';
import { compoundByPeriod } from '../records/period-returns.ts';
import type { CannotCheck, ClaimData } from './evaluator.ts';
import {
  type History,
  periodHistory,
  type RecordPeriod,
  type RecordTarget,
  sessionsLeft,
} from './record-history.ts';

/**
 * A factor's returns per period up to the claimed one.
 * @example await factorHistory(data, 'SMB', 'month', { end: toDay('2016-11-30'), asOf: toDay('2016-11-30') })
 */
export async function factorHistory(
  data: ClaimData,
  name: string,
  period: RecordPeriod,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  if (t.run && t.run > 1) return { cannot: `${name} over runs of several periods is not ranked` };
  const running = t.end > t.asOf && sessionsLeft(t.asOf, t.end);
  const monthly = period !== 'day' && period !== 'week' && !running;
  const freq = monthly ? 'monthly' : 'daily';
  const s = data.factor ? await data.factor(name, freq) : null;
  if (!s)
    return {
      cannot: `no ${freq} ${name} factor returns in the store`,
      needs: `capgap fetch french --dataset F-F_Research_Data_Factors${freq === 'daily' ? '_daily' : ''}`,
    };
  const what = `French ${name} (small minus big, NYSE breakpoints), ${freq} file${monthly || period === 'day' ? '' : ', compounded'}`;
  return seriesHistory(s, period, t, what);
}

/**
 * The market's returns per period (French's Mkt-RF + RF, daily, compounded): what "beat the market by the
 * widest margin since 2006" ranks an index against.
 * @example await marketHistory(data, 'day', { end: toDay('2015-12-16'), asOf: toDay('2015-12-16') })
 */
export async function marketHistory(
  data: ClaimData,
  period: RecordPeriod,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  if (t.run && t.run > 1) return { cannot: 'the market over runs of several periods is not ranked' };
  const s = await data.market('daily');
  if (!s) return { cannot: 'no daily market factors (Mkt-RF, RF) in the store' };
  return seriesHistory(
    s,
    period,
    t,
    `French's market (Mkt-RF + RF), daily file${period === 'day' ? '' : ', compounded'}`,
  );
}

/** A daily (or monthly) series' returns per period up to the claimed one, as a history to rank. */
function seriesHistory(
  s: { days: Int32Array; values: Float64Array; dataset: string; vintage: string },
  period: RecordPeriod,
  t: RecordTarget,
  what: string,
): History | CannotCheck {
  let n = s.days.length;
  while (n > 0 && s.days[n - 1] > t.asOf) n--;
  const days = s.days.subarray(0, n);
  const r = s.values.subarray(0, n);
  const p =
    period === 'day' ? { end: days, ret: r } : compoundByPeriod(days, r, { period: period as Period });
  const ends: string[] = [];
  const vals: number[] = [];
  for (let k = 0; k < p.end.length && p.end[k] <= t.end; k++) {
    ends.push(fromDay(p.end[k]));
    vals.push(p.ret[k]);
  }
  return periodHistory(ends, vals, t, what, [{ name: s.dataset, vintage: s.vintage }], n ? days[n - 1] : 0);
}
