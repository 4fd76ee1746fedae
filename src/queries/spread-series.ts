/**
 * French size-decile spreads from the store for the records engine: the one-call
 * `spreadRecord(store, {month, weighting})` and `spreadOnTrack(store, {asOf})`. The deciles are read by
 * decile-pair.ts (data and vintage conventions there); a week's spread is period-spread.ts. This file
 * re-exports both under their first address.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import { SIZE_DATASET } from '../formats/french-names.ts';
import { compound } from '../math/compound.ts';
import { describeProvisional, type RecordContext } from '../records/record.ts';
import { type SpreadRecord, sizeSpreadRecord, spreadOf } from '../records/size-spread.ts';
import type { Store } from '../store/store.ts';
import { readDecilePair } from './decile-pair.ts';

export { type DecileQuery, readDecilePair } from './decile-pair.ts';
export { type PeriodSpreadRecord, periodSpreadRecord } from './period-spread.ts';

/**
 * A month's smallest-minus-largest decile spread with its record context ('widest since'), from the store.
 * @example (await spreadRecord(store, { month: '2016-11', weighting: 'value' })).record.largestSince?.period // 'Apr 2010'
 */
export async function spreadRecord(
  store: Store,
  options: {
    month: string;
    weighting: 'value' | 'equal';
    threshold?: number;
    thresholdSince?: string;
    direction?: 'high' | 'low';
    vintage?: string;
  },
): Promise<SpreadRecord & { dataset: string; vintage: string }> {
  const { pair, vintage } = await readDecilePair(store, {
    weighting: options.weighting,
    vintage: options.vintage,
  });
  return { ...sizeSpreadRecord(pair, options), dataset: SIZE_DATASET, vintage };
}

/** A month-to-date size spread placed among the completed months before it. */
export interface SpreadOnTrack {
  asOf: string;
  monthStart: string;
  /** Trading days compounded. */
  days: number;
  small: number;
  large: number;
  spread: number;
  record: RecordContext;
  vintages: { daily: string; monthly: string };
  conventions: string;
}

/**
 * The value-weighted Lo 10 − Hi 10 spread from the first trading day of `asOf`'s month through `asOf`
 * (daily returns compounded), labelled provisional and placed among the completed months before that month.
 * @example (await spreadOnTrack(store, { asOf: '2016-11-15' })).record.summary // 'provisional: on track for …'
 */
export async function spreadOnTrack(
  store: Store,
  options: { asOf: string; direction?: 'high' | 'low' },
): Promise<SpreadOnTrack> {
  const asOf = toDay(options.asOf);
  const start = fromDay(toDay(`${options.asOf.slice(0, 7)}-01`));
  const daily = await readDecilePair(store, {
    weighting: 'value',
    frequency: 'daily',
    from: start,
    to: options.asOf,
  });
  if (!daily.pair.ends.length)
    throw new Error(`no daily size-decile returns between ${start} and ${options.asOf}`);
  const last = daily.pair.ends.length - 1;
  const s = 1 + compound(daily.pair.small, -1, last);
  const l = 1 + compound(daily.pair.large, -1, last);
  const monthly = await readDecilePair(store, { weighting: 'value', to: fromDay(toDay(start) - 1) });
  const series = {
    ends: monthly.pair.ends,
    values: spreadOf(monthly.pair.small, monthly.pair.large),
    frequency: 'monthly' as const,
  };
  const spread = s - 1 - (l - 1);
  const record = describeProvisional(series, fromDay(monthEnd(asOf)), spread, {
    direction: options.direction,
  });
  return {
    asOf: options.asOf,
    monthStart: start,
    days: daily.pair.ends.length,
    small: s - 1,
    large: l - 1,
    spread,
    record,
    vintages: { daily: daily.vintage, monthly: monthly.vintage },
    conventions:
      'month-to-date: daily value-weighted Lo 10 and Hi 10 returns compounded from the first trading day of the month; ' +
      'compared with completed monthly spreads (Lo 10 − Hi 10) before that month; the two French files may be different vintages',
  };
}
