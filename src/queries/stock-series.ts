/**
 * A stock-built bucket result (the engine's, or the ClickHouse path's) as the answer to a bucket query:
 * daily or calendar-month rows, each label compounded over the range (src/math/compound.ts), and the
 * conventions in words.
 */
import { monthKey, toDay } from '../calendar/dates.ts';
import { nullIfNaN } from '../json.ts';
import { compoundColumns } from '../math/compound.ts';
import type { BucketResult } from '../portfolios/engine.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import type { Panel } from '../portfolios/panel.ts';
import type { BucketQuery, BucketSeries } from './buckets-answer.ts';

/** What stockSeries reads of a bucket result (computeBuckets or the ClickHouse path). */
export type SeriesSource = Pick<
  BucketResult,
  'labels' | 'dates' | 'returns' | 'scheme' | 'breakpointUniverse' | 'formation' | 'formations'
>;

/** A stock-built bucket result as the answer: daily or monthly rows, compounded totals, conventions. */
export function stockSeries(
  r: SeriesSource,
  q: Pick<BucketQuery, 'priceSource' | 'capSource'>,
  weighting: Weighting,
  frequency: 'daily' | 'monthly',
  panel: Pick<Panel, 'offSession'> = {},
): BucketSeries {
  const W = r.labels.length + 1;
  const daily = r.returns[weighting]!;
  let dates = r.dates;
  let rows: ArrayLike<number> = daily.subarray(0, dates.length * W);
  if (frequency === 'monthly') {
    // each calendar month compounded from the close before its first session to its last
    const months: string[] = [];
    const ends: number[] = [];
    for (let i = 0; i < dates.length; i++) {
      const m = monthKey(toDay(dates[i]));
      if (months.at(-1) !== m) months.push(m);
      ends[months.length - 1] = i;
    }
    const monthly = new Float64Array(months.length * W);
    let base = -1;
    ends.forEach((end, j) => {
      monthly.set(compoundColumns(daily, W, base, end), j * W);
      base = end;
    });
    dates = months;
    rows = monthly;
  }
  const compounded = Array.from(compoundColumns(rows, W, -1, dates.length - 1));
  const returns = dates.map((_, i) => Array.from({ length: W }, (_, k) => nullIfNaN(rows[i * W + k])));
  const priceSource = q.priceSource ?? 'the stock panel';
  return {
    source: 'stocks',
    dataset: `${priceSource}${q.capSource ? ` + ${q.capSource}` : ''}`,
    vintage: null,
    frequency,
    weighting,
    scheme: r.scheme.name,
    labels: [...r.labels, 'market'],
    dates,
    returns,
    compounded: compounded.map(nullIfNaN),
    conventions: [
      `built from stocks: ${r.scheme.name} on market cap, breakpoints from ${r.breakpointUniverse === 'nyse' ? 'NYSE stocks only' : 'all eligible stocks'}`,
      `formed ${r.formation === 'june' ? 'each June' : r.formation === 'monthly' || r.formation === 'quarterly' ? r.formation : `once at the ${r.formations[0]?.date} close`}; held from the next session`,
      `weighting ${weighting}: ${WEIGHTING_WORDS[weighting]}`,
      'returns from adjusted closes; a stock without a bar is held at its last price until the next formation',
      'caps: snapshot cap carried by each stock’s price change (cap_t = cap_snapshot × price_t / price_snapshot)',
      frequency === 'monthly'
        ? 'monthly = daily returns compounded over each calendar month in range'
        : 'daily returns',
      ...(panel.offSession
        ? [
            `flagged: ${panel.offSession.rows} bars on ${panel.offSession.days.length} day(s) that are not NYSE sessions ` +
              `(${panel.offSession.days.slice(0, 5).join(', ')}) stay in the store but are left out of sessions, formations and windows`,
          ]
        : []),
    ],
    formations: r.formations,
  };
}

const WEIGHTING_WORDS: Record<Weighting, string> = {
  equal: 'equal weights, rebalanced daily',
  'equal-hold': 'equal weights at formation, then buy-and-hold',
  value: 'formation market cap, drifting with price (buy-and-hold)',
  'value-lag': "previous day's market cap",
};
