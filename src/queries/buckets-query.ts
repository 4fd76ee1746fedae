/**
 * One query for size-bucket return series, answered either from stocks (the engine in src/portfolios on
 * the panel in the store) or from ready-made series (French's Portfolios_Formed_on_ME in
 * `portfolio_series`). The answer always says which source, dataset and conventions it used, so a report
 * can quote it.
 */ import { fromDay, toDay } from '../calendar/dates.ts';
import { computeBuckets } from '../portfolios/engine.ts';
import { parseOptions } from '../portfolios/engine-options.ts';
import { qualityReport } from '../portfolios/quality.ts';
import { contributions } from '../portfolios/windows.ts';
import type { Store } from '../store/store.ts';
import type { BucketQuery, BucketSeries } from './buckets-answer.ts';
import { fromFrench } from './french-buckets.ts';
import { loadPanel } from './panel.ts';
import { stockSeries } from './stock-series.ts';

export type { BucketQuery, BucketSeries, BucketTimings } from './buckets-answer.ts';
export { type SeriesSource, stockSeries } from './stock-series.ts';

const LOOKBACK = { once: 0, monthly: 45, quarterly: 100, june: 400 } as const;

/**
 * Answers a bucket query from stocks or from French's series.
 * @example await queryBuckets(store, { source: 'stocks', scheme: 'deciles', breakpoints: 'nyse', formation: '2016-11-08', from: '2016-11-09', to: '2016-11-30' })
 */
export async function queryBuckets(store: Store, q: BucketQuery): Promise<BucketSeries> {
  const source = q.source ?? 'stocks';
  if (source !== 'stocks' && source !== 'french')
    throw new Error(`invalid source: "${source}"; expected "stocks" or "french"`);
  const frequency = q.frequency ?? 'daily';
  if (frequency !== 'daily' && frequency !== 'monthly')
    throw new Error(`invalid frequency: "${frequency}"; expected "daily" or "monthly"`);
  return source === 'french' ? fromFrench(store, q, frequency) : fromStocks(store, q, frequency);
}

async function fromStocks(
  store: Store,
  q: BucketQuery,
  frequency: 'daily' | 'monthly',
): Promise<BucketSeries> {
  const weighting = q.weighting ?? 'value';
  const formation = q.formation ?? 'june';
  // the options are checked before the store is read: a bad one is misuse whatever the store holds
  parseOptions({ ...q, formation, weightings: [weighting] });
  const t0 = performance.now();
  const panel = await loadPanel(store, { ...q, from: panelStart(q), to: q.to });
  const storeRead = performance.now() - t0;
  const r = computeBuckets(panel, { ...q, formation, weightings: [weighting] });
  const extras: Pick<BucketSeries, 'quality' | 'contributions' | 'timings'> = {};
  if (q.quality) extras.quality = qualityReport(r.grid, r.ids);
  if (q.contributionsOf)
    extras.contributions = {
      bucket: q.contributionsOf,
      top: contributions(r, weighting, q.contributionsOf).slice(0, 20),
    };
  if (q.timings) {
    const { index, formation: fm, breakpoints, kernel, output } = r.timings;
    const compute = fm + breakpoints + kernel + output;
    extras.timings = { storeRead, index, compute, total: performance.now() - t0 };
  }
  return { ...extras, ...stockSeries(r, q, weighting, frequency, panel) };
}

/**
 * The first panel day a stock-built query reads: a lookback before `from` long enough for the formation
 * that holds on `from` (and for minHistory); undefined (all) without `from`. Shared by the ClickHouse path.
 */
export function panelStart(q: Pick<BucketQuery, 'from' | 'formation' | 'minHistory'>): string | undefined {
  const formation = q.formation ?? 'june';
  const kind = /^\d{4}-/.test(formation) ? 'once' : (formation as keyof typeof LOOKBACK);
  let start = q.from ? toDay(q.from) - (LOOKBACK[kind] ?? 400) - 2 * (q.minHistory ?? 0) - 10 : undefined;
  if (kind === 'once' && start !== undefined) start = Math.min(start, toDay(formation) - 10);
  return start === undefined ? undefined : fromDay(start);
}
