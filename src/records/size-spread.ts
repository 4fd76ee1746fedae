/**
 * The size spread: smallest-minus-largest decile return for a month (French's 'Lo 10' minus 'Hi 10'), with
 * its record context ("the widest since Apr 2010"). Pure: the caller reads the two series (see
 * src/queries/decile-pair.ts for the store reader).
 *
 * Conventions: spread = r(Lo 10) − r(Hi 10), simple monthly returns as decimals (0.0633 = 6.33 pp); "widest"
 * means the largest small-minus-large value (direction 'high'; 'low' asks for the widest large-cap lead);
 * French's deciles are formed each June on NYSE breakpoints and weighted by value or equally.
 */
import { describeRecord, type RecordContext } from './record.ts';

/** Two aligned monthly series: the smallest and largest size decile. */
export interface DecilePair {
  /** Month ends (ISO), strictly increasing. */
  ends: readonly string[];
  /** Return of the smallest decile (decimal; NaN where missing). */
  small: Float64Array;
  /** Return of the largest decile (decimal; NaN where missing). */
  large: Float64Array;
}

/** A month's size spread with its record context. */
export interface SpreadRecord {
  month: string;
  weighting: 'value' | 'equal';
  small: number;
  large: number;
  /** small − large, decimal. */
  spread: number;
  record: RecordContext;
  conventions: string;
}

/**
 * small − large per period; NaN where either side is missing.
 * @example spreadOf(Float64Array.of(0.0975), Float64Array.of(0.0342)) // Float64Array [0.0633]
 */
export function spreadOf(small: Float64Array, large: Float64Array): Float64Array {
  if (small.length !== large.length)
    throw new Error(`series lengths differ: ${small.length} vs ${large.length}`);
  const out = new Float64Array(small.length);
  for (let i = 0; i < small.length; i++) out[i] = small[i] - large[i];
  return out;
}

/** Options of {@link sizeSpreadRecord}. */
export interface SizeSpreadOptions {
  /** The month, 'YYYY-MM' (or its last day 'YYYY-MM-DD'). */
  month: string;
  /** Which French weighting the series are; only labels the output. */
  weighting: 'value' | 'equal';
  /** 'high' (default): widest small-cap lead; 'low': widest large-cap lead. */
  direction?: 'high' | 'low';
  /** Also count the months with a spread beyond this level (decimal, e.g. 0.08 for 8 pp). */
  threshold?: number;
  /** Count only months ending on or after this ISO date (e.g. '1979-01-01'). */
  thresholdSince?: string;
}

/**
 * The size spread of one month and its record context (rank in the whole history, 'widest since').
 * Source of the Nov 2016 example: French Portfolios_Formed_on_ME, VW Lo 10 9.75%, Hi 10 3.42%.
 * @example sizeSpreadRecord(pair, { month: '2016-11', weighting: 'value' }).record.largestSince?.period // 'Apr 2010'
 */
export function sizeSpreadRecord(pair: DecilePair, options: SizeSpreadOptions): SpreadRecord {
  const { month, weighting } = options;
  if (weighting !== 'value' && weighting !== 'equal') {
    throw new Error(`invalid weighting: ${JSON.stringify(weighting)}; expected "equal" or "value"`);
  }
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(month)) {
    throw new Error(`invalid month: ${JSON.stringify(month)}; expected YYYY-MM`);
  }
  const key = month.slice(0, 7);
  const i = pair.ends.findIndex((e) => e.startsWith(key));
  if (i < 0) {
    const range = pair.ends.length
      ? `${pair.ends[0].slice(0, 7)} .. ${pair.ends.at(-1)?.slice(0, 7)}`
      : 'none';
    throw new Error(`month ${key} is not in the size-decile series (months available: ${range})`);
  }
  const values = spreadOf(pair.small, pair.large);
  const record = describeRecord({ ends: pair.ends, values, frequency: 'monthly' }, pair.ends[i], {
    direction: options.direction,
    threshold: options.threshold,
    thresholdSince: options.thresholdSince,
  });
  return {
    month: key,
    weighting,
    small: pair.small[i],
    large: pair.large[i],
    spread: values[i],
    record,
    conventions:
      `spread = Lo 10 − Hi 10 monthly return (${weighting === 'value' ? 'value' : 'equal'}-weighted French size deciles, ` +
      'formed each June on NYSE breakpoints); widest since = most recent earlier month with a spread at least as large',
  };
}
