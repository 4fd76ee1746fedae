/**
 * One query for size-bucket return series, answered either from stocks (the engine in src/portfolios on
 * the panel in the store) or from ready-made series (French's Portfolios_Formed_on_ME in
 * `portfolio_series`). The answer always says which source, dataset and conventions it used, so a report
 * can quote it.
 */
import { fromDay, monthKey, toDay } from '../calendar/dates.ts';
import {
  type BucketOptions,
  type BucketResult,
  computeBuckets,
  type FormationInfo,
} from '../portfolios/engine.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import type { Panel } from '../portfolios/panel.ts';
import { type QualityReport, qualityReport } from '../portfolios/quality.ts';
import { type Contribution, contributions } from '../portfolios/windows.ts';
import type { Store } from '../store/store.ts';
import { fromFrench } from './french-buckets.ts';
import { type LoadPanelOptions, loadPanel } from './panel.ts';

/** A bucket query: the engine's options plus where the series come from. */
export interface BucketQuery
  extends Omit<BucketOptions, 'weightings'>,
    Omit<LoadPanelOptions, 'from' | 'to'> {
  /** 'stocks' (default) builds buckets from the panel; 'french' reads French's published series. */
  source?: 'stocks' | 'french';
  /** One weighting; defaults to 'value'. French has 'equal' and 'value' only. */
  weighting?: Weighting;
  /** 'daily' (default) or 'monthly' (calendar months compounded from daily stock-built returns). */
  frequency?: 'daily' | 'monthly';
  /** French dataset name; defaults to 'french/Portfolios_Formed_on_ME'. */
  frenchDataset?: string;
  /** Stocks only: add the data-quality report of the loaded panel. */
  quality?: boolean;
  /** Stocks only: add per-stock contributions to this bucket over the range (one holding period). */
  contributionsOf?: string;
  /** Stocks only: add where the time went (`timings`). */
  timings?: boolean;
}

/** Milliseconds per step of a stock-built query. */
export interface BucketTimings {
  /** Reading the panel from the store into typed columns (loadPanel). */
  storeRead: number;
  /** Grouping the rows by day (the engine's counting sort). */
  index: number;
  /** Formations, breakpoints, the kernel and the output series (computeBuckets after the index). */
  compute: number;
  /** The whole query, including the answer's assembly. */
  total: number;
}

/** The answer: a return series per bucket, with its provenance. */
export interface BucketSeries {
  source: 'stocks' | 'french';
  dataset: string;
  vintage: string | null;
  frequency: 'daily' | 'monthly';
  weighting: string;
  scheme: string;
  /** Bucket labels, smallest first; stock-built series add 'market' (the EW/VW universe) last. */
  labels: string[];
  dates: string[];
  /** returns[i][k]: decimal return of labels[k] on dates[i] (null where missing). */
  returns: (number | null)[][];
  /** Compounded over all of `dates`, per label. */
  compounded: (number | null)[];
  /** The conventions the numbers depend on, in words. */
  conventions: string[];
  formations?: FormationInfo[];
  quality?: QualityReport;
  contributions?: { bucket: string; top: Contribution[] };
  timings?: BucketTimings;
}

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
  let rows: number[][] = dates.map((_, i) => Array.from(daily.subarray(i * W, (i + 1) * W)));
  if (frequency === 'monthly') {
    const months: string[] = [];
    const mrows: number[][] = [];
    for (let i = 0; i < dates.length; i++) {
      const m = monthKey(toDay(dates[i]));
      if (months.at(-1) !== m) {
        months.push(m);
        mrows.push(new Array(W).fill(1));
      }
      const acc = mrows[mrows.length - 1];
      for (let k = 0; k < W; k++) acc[k] *= 1 + rows[i][k];
    }
    dates = months;
    rows = mrows.map((a) => a.map((x) => x - 1));
  }
  const compounded = new Array(W).fill(1);
  for (const row of rows) for (let k = 0; k < W; k++) compounded[k] *= 1 + row[k];
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
    returns: rows.map((row) => row.map(nullIfNaN)),
    compounded: compounded.map((x) => nullIfNaN(x - 1)),
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

function nullIfNaN(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
