/**
 * A period's record context in one object: its rank in the whole history (with the history's start stated),
 * its rank at the time, the period it is the largest since, and an optional threshold count.
 * Generic: any series (flows, returns, spreads) at any frequency, given as period ends + values.
 */
import { checkFrequency, type Frequency, periodLabel, periodNoun } from './labels.ts';
import { checkDirection, type Direction, largestSince, SINCE_START } from './largest-since.ts';
import { placeProvisional } from './provisional.ts';
import { rankAt } from './rank.ts';
import { countBeyond } from './threshold.ts';

/** A series of completed periods, oldest first. */
export interface PeriodSeries {
  /** Last calendar day of each period (ISO), strictly increasing. */
  ends: readonly string[];
  /** One value per period; NaN where missing. */
  values: Float64Array;
  frequency: Frequency;
}

/** Options of {@link describeRecord} and {@link describeProvisional}. */
export interface RecordOptions {
  /** 'high' (default) for "largest/best", 'low' for "lowest/worst". */
  direction?: Direction;
  /** Also count the periods beyond this level (same side as `direction`, strictly). */
  threshold?: number;
  /** Count only periods ending on or after this ISO date ("only 4 months since 1979"); default: all. */
  thresholdSince?: string;
  /** The periods' name in the summary when not the frequency's ("first weeks of a year"); default: 'days', … */
  noun?: string;
}

/** A period's place in its history. */
export interface RecordContext {
  period: string;
  periodEnd: string;
  value: number;
  provisional: boolean;
  direction: Direction;
  /** Rank among all periods of the history (later ones included); 1 = the best on record. */
  rank: number;
  of: number;
  /** Rank among the periods up to this one: 1 = a record when it happened. */
  rankAtTheTime: number;
  /** The first and last periods with a value: "records began in …". */
  historyStart: string;
  historyEnd: string;
  /** The most recent earlier period at least as large, or null if none (a record since records began). */
  largestSince: { period: string; periodEnd: string; value: number } | null;
  threshold?: { level: number; count: number; of: number; since: string; periods: string[] };
  /** A plain summary, e.g. 'largest since Apr 2010; ranked 12 of 314 months since records began in Jan 2000'. */
  summary: string;
}

/**
 * The record context of the period ending `periodEnd` (ISO) in `series`.
 * @example describeRecord({ ends, values, frequency: 'monthly' }, '2016-11-30').largestSince?.period // 'Apr 2010'
 */
export function describeRecord(
  series: PeriodSeries,
  periodEnd: string,
  options: RecordOptions = {},
): RecordContext {
  const { frequency, direction, first, last } = check(series, options);
  const i = series.ends.indexOf(periodEnd);
  if (i < 0) {
    throw new Error(
      `no period ending ${periodEnd} in the series (${series.ends[0]} .. ${series.ends[series.ends.length - 1]})`,
    );
  }
  const value = series.values[i];
  if (Number.isNaN(value)) throw new Error(`the period ending ${periodEnd} has no value (missing data)`);
  const since = largestSince(series.values.subarray(0, i + 1), { direction })[i];
  const r = rankAt(series.values, i, { direction });
  const atTime = rankAt(series.values, i, { direction, to: i });
  return finish(series, options, {
    period: periodLabel(periodEnd, frequency),
    periodEnd,
    value,
    provisional: false,
    direction,
    rank: r.rank,
    of: r.of,
    rankAtTheTime: atTime.rank,
    historyStart: periodLabel(series.ends[first], frequency),
    historyEnd: periodLabel(series.ends[last], frequency),
    largestSince: since === SINCE_START ? null : at(series, since),
  });
}

/**
 * The record context of a period-to-date value (provisional) against the completed periods of `series`:
 * "on track for the widest since …". `periodEnd` is the end of the period still running.
 * @example describeProvisional(series, '2026-03-31', 0.07).summary // 'provisional: on track for the largest since …'
 */
export function describeProvisional(
  series: PeriodSeries,
  periodEnd: string,
  value: number,
  options: RecordOptions = {},
): RecordContext {
  const { frequency, direction, first, last } = check(series, options);
  if (series.ends.length && periodEnd <= series.ends[series.ends.length - 1]) {
    throw new Error(
      `provisional period ${periodEnd} must end after the last completed period (${series.ends.at(-1)})`,
    );
  }
  const p = placeProvisional(series.values, value, { direction });
  return finish(series, options, {
    period: periodLabel(periodEnd, frequency),
    periodEnd,
    value,
    provisional: true,
    direction,
    rank: p.rank,
    of: p.of,
    rankAtTheTime: p.rank,
    historyStart: first < 0 ? '' : periodLabel(series.ends[first], frequency),
    historyEnd: last < 0 ? '' : periodLabel(series.ends[last], frequency),
    largestSince: p.largestSince === SINCE_START ? null : at(series, p.largestSince),
  });
}

type Core = Omit<RecordContext, 'summary' | 'threshold'>;

function finish(series: PeriodSeries, options: RecordOptions, c: Core): RecordContext {
  const noun = options.noun ?? periodNoun(series.frequency);
  const word = c.direction === 'high' ? 'largest' : 'lowest';
  const since = c.largestSince
    ? `${word} since ${c.largestSince.period}`
    : `${word} since records began in ${c.historyStart}`;
  if (c.of === 0) return { ...c, summary: `provisional: no completed ${noun} to compare with` };
  const head = c.provisional ? `provisional: on track for the ${since}` : since;
  const out: RecordContext = {
    ...c,
    summary: `${head}; ranked ${c.rank} of ${c.of} ${noun} since ${c.historyStart}`,
  };
  if (options.threshold !== undefined) {
    const since = options.thresholdSince;
    const from = since ? series.ends.findIndex((e) => e >= since) : 0;
    if (from < 0) throw new Error(`no period ends on or after ${since} (last ${series.ends.at(-1)})`);
    const t = countBeyond(series.values, options.threshold, {
      side: c.direction === 'high' ? 'above' : 'below',
      from,
    });
    const periods = Array.from(t.indices, (j) => periodLabel(series.ends[j], series.frequency));
    const first = periodLabel(series.ends[from], series.frequency);
    out.threshold = { level: options.threshold, count: t.count, of: t.of, since: first, periods };
    out.summary += `; ${t.count} of ${t.of} ${noun} since ${first} ${c.direction === 'high' ? 'above' : 'below'} ${options.threshold}`;
  }
  return out;
}

function at(series: PeriodSeries, j: number) {
  return {
    period: periodLabel(series.ends[j], series.frequency),
    periodEnd: series.ends[j],
    value: series.values[j],
  };
}

function check(series: PeriodSeries, options: RecordOptions) {
  const frequency = checkFrequency(series.frequency);
  const direction = checkDirection(options.direction ?? 'high');
  if (series.ends.length !== series.values.length) {
    throw new Error(`series has ${series.ends.length} period ends but ${series.values.length} values`);
  }
  for (let i = 1; i < series.ends.length; i++) {
    if (!(series.ends[i] > series.ends[i - 1])) {
      throw new Error(`period ends must increase: ${series.ends[i - 1]} then ${series.ends[i]} (index ${i})`);
    }
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < series.values.length; i++) {
    if (Number.isNaN(series.values[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  return { frequency, direction, first, last };
}
