/**
 * French size-decile series from the store (table `portfolio_series`) for the records engine, and the
 * one-call `spreadRecord(store, {month, weighting})` / `spreadOnTrack(store, {asOf})`.
 *
 * Data: dataset 'french/Portfolios_Formed_on_ME', measure 'return' (decimal), portfolios 'Lo 10' and
 * 'Hi 10'; monthly VW and EW; daily VW only (French's daily EW file is not available, PROVENANCE §5).
 * The latest vintage in the store is used unless one is named; outputs state the vintage.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import type { Period } from '../calendar/periods.ts';
import { compound } from '../math/compound.ts';
import { compoundByPeriod, relativeReturns } from '../records/period-returns.ts';
import {
  describeProvisional,
  describeRecord,
  type RecordContext,
  type RecordOptions,
} from '../records/record.ts';
import { type DecilePair, type SpreadRecord, sizeSpreadRecord, spreadOf } from '../records/size-spread.ts';
import type { Store } from '../store/store.ts';

export const SIZE_DATASET = 'french/Portfolios_Formed_on_ME';

/** Options of {@link readDecilePair}. */
export interface DecileQuery {
  weighting: 'value' | 'equal';
  frequency?: 'monthly' | 'daily';
  dataset?: string;
  /** A vintage such as 'CRSP 202602'; defaults to the latest in the store. */
  vintage?: string;
  from?: string;
  to?: string;
}

/**
 * The smallest ('Lo 10') and largest ('Hi 10') decile returns, aligned by date, with the vintage read.
 * @example const { pair, vintage } = await readDecilePair(store, { weighting: 'value' });
 */
export async function readDecilePair(
  store: Store,
  q: DecileQuery,
): Promise<{ pair: DecilePair; vintage: string }> {
  if (q.weighting !== 'value' && q.weighting !== 'equal') {
    throw new Error(`invalid weighting: ${JSON.stringify(q.weighting)}; expected "equal" or "value"`);
  }
  const dataset = q.dataset ?? SIZE_DATASET;
  const frequency = q.frequency ?? 'monthly';
  const base = [dataset, frequency, q.weighting];
  const v = q.vintage
    ? { vintage: q.vintage }
    : await store.one<{ vintage: string }>(
        `SELECT max(vintage) AS vintage FROM portfolio_series
         WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND measure = 'return' AND portfolio = 'Lo 10'`,
        base,
      );
  if (!v?.vintage) {
    throw new Error(
      `no ${frequency} ${q.weighting}-weighted size deciles (${dataset}) in the store: import French's Portfolios_Formed_on_ME file with \`capgap import\``,
    );
  }
  const params = [...base, v.vintage, q.from ?? '0001-01-01', q.to ?? '9999-12-31'];
  const where = `FROM portfolio_series
     WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND vintage = $4 AND measure = 'return'
       AND portfolio IN ('Lo 10', 'Hi 10') AND date BETWEEN $5::DATE AND $6::DATE`;
  const count = await store.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n ${where}`, params);
  if (!count?.n)
    return { pair: { ends: [], small: new Float64Array(0), large: new Float64Array(0) }, vintage: v.vintage };
  const cols = await store.typedColumns(
    `SELECT date, max(value) FILTER (WHERE portfolio = 'Lo 10') AS small, max(value) FILTER (WHERE portfolio = 'Hi 10') AS large
     ${where}
     GROUP BY date ORDER BY date`,
    params,
    { numbers: ['large', 'small'], strings: ['date'] },
  );
  const pair = {
    ends: cols.date,
    small: cols.small,
    large: cols.large,
  };
  return { pair, vintage: v.vintage };
}

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
