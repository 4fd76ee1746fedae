/** A week's (or month's …) size spread compounded from French's daily deciles, ranked among all such periods. */
import { fromDay, toDay } from '../calendar/dates.ts';
import type { Period } from '../calendar/periods.ts';
import { compoundByPeriod, relativeReturns } from '../records/period-returns.ts';
import {
  describeProvisional,
  describeRecord,
  type RecordContext,
  type RecordOptions,
} from '../records/record.ts';
import type { Store } from '../store/store.ts';
import { readDecilePair } from './decile-pair.ts';

/** A week's (or month's …) size spread compounded from French's daily deciles, with its record context. */
export interface PeriodSpreadRecord {
  period: Period;
  periodEnd: string;
  small: number;
  large: number;
  spread: number;
  record: RecordContext;
  vintage: string;
  conventions: string;
}

/**
 * The value-weighted Lo 10 − Hi 10 spread of one week (month, quarter, year), compounded from French's daily
 * returns, ranked among all such periods since the daily file begins (Jul 1926). The latest period is
 * provisional when not over.
 * @example (await periodSpreadRecord(store, { period: 'week', end: '2016-11-11' })).record.largestSince
 */
export async function periodSpreadRecord(
  store: Store,
  options: RecordOptions & { period?: Period; weekEnd?: number; end?: string },
): Promise<PeriodSpreadRecord> {
  const period = options.period ?? 'week';
  const weekEnd = options.weekEnd ?? 5;
  const { pair, vintage } = await readDecilePair(store, { weighting: 'value', frequency: 'daily' });
  if (!pair.ends.length) throw new Error('no daily value-weighted size deciles in the store');
  const days = Int32Array.from(pair.ends, toDay);
  const rel = relativeReturns(
    compoundByPeriod(days, pair.small, { period, weekEnd }),
    compoundByPeriod(days, pair.large, { period, weekEnd }),
  );
  const ends = rel.end.map(fromDay);
  const k = options.end ? ends.indexOf(options.end) : ends.length - 1;
  if (k < 0)
    throw new Error(
      `no ${period} ending ${options.end} in the daily size deciles (${ends[0]} .. ${ends.at(-1)})`,
    );
  const firstOpen = rel.provisional.indexOf(true);
  const done = firstOpen < 0 ? ends.length : firstOpen;
  const freq = ({ week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual' } as const)[period];
  const series = {
    ends: ends.slice(0, done),
    values: Float64Array.from(rel.diff.slice(0, done)),
    frequency: freq,
  };
  const record =
    k >= done
      ? describeProvisional(series, ends[k], rel.diff[k], options)
      : describeRecord(series, ends[k], options);
  return {
    period,
    periodEnd: ends[k],
    small: rel.a[k],
    large: rel.b[k],
    spread: rel.diff[k],
    record,
    vintage,
    conventions:
      `value-weighted French size deciles, daily returns compounded over each ${period}` +
      `${period === 'week' ? ` (weeks ending ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekEnd]})` : ''}; ` +
      'spread = Lo 10 − Hi 10 (percentage points); the first period may be partial',
  };
}
