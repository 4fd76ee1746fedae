/**
 * `computeBuckets`: a stock panel in, size-bucket portfolios out (daily returns per weighting, the
 * universe market, membership counts, mean and median caps, breakpoints and counted exclusions).
 * The steps: group the panel by day once (panel-index.ts, a counting sort), find the formation days
 * (formation.ts), then walk the days once (kernel.ts); at each formation day the walk calls back to pick the
 * eligible stocks (universe.ts), set breakpoints on the breakpoint universe and assign every eligible stock
 * (breakpoints.ts), and holds the portfolios until the next formation.
 */
import { fromDay } from '../calendar/dates.ts';
import type { Scheme } from './breakpoints.ts';
import { type BucketOptions, type HoldingRange, holdingRange, parseOptions } from './engine-options.ts';
import { bucketFormer } from './form-buckets.ts';
import { formationName } from './formation.ts';
import type { FormationInfo } from './formation-info.ts';
import { bucketKernel, type FormedPortfolio, type Weighting } from './kernel.ts';
import { gridPanel, type Panel, type PanelGrid } from './panel.ts';
import { indexPanel } from './panel-index.ts';

export type { BucketOptions, FormationInfo };

/** The result of computeBuckets: series over `dates`, row-major `dates × (labels.length + 1)` (last = market). */
export interface BucketResult {
  source: 'stocks';
  scheme: Scheme;
  labels: string[];
  breakpointUniverse: 'all' | 'nyse';
  formation: string;
  weightings: Weighting[];
  dates: string[];
  /** Grid index of dates[0]. */
  offset: number;
  returns: Partial<Record<Weighting, Float64Array>>;
  active: Int32Array;
  formations: FormationInfo[];
  formed: FormedPortfolio[];
  /** The panel on a dense grid, built on first use (contributions, quality report). Same day indices. */
  readonly grid: PanelGrid;
  ids: readonly string[];
  /**
   * Milliseconds spent in each step: grouping the rows by day (index), the eligible universe at each
   * formation (formation), breakpoints, assignment and formation facts (breakpoints), walking the rows
   * (kernel), slicing the output series (output).
   */
  timings: BucketTimings;
}

/** Where computeBuckets spent its time, in milliseconds. */
export interface BucketTimings {
  index: number;
  formation: number;
  breakpoints: number;
  kernel: number;
  output: number;
}

/**
 * Forms size buckets on a panel and computes their daily returns.
 * @example computeBuckets(panel, { scheme: 'deciles', formation: '2016-11-08', weightings: ['value'], from: '2016-11-09', to: '2016-11-30' })
 */
export function computeBuckets(panel: Panel, options: BucketOptions = {}): BucketResult {
  const { scheme, formation, weightings } = parseOptions(options);
  let t = performance.now();
  let range: HoldingRange = { fromIdx: 0, toIdx: 0, formations: new Int32Array(0) };
  const ix = indexPanel(panel, {
    rowCaps: weightings.includes('value-lag'),
    formations: (days) => {
      range = holdingRange(days, formation, options);
      return range.formations;
    },
  });
  const { fromIdx, toIdx } = range;
  const timings = { index: performance.now() - t, formation: 0, breakpoints: 0, kernel: 0, output: 0 };
  const nyse = options.breakpoints === 'nyse';
  const K = scheme.cuts.length + 1;
  const formations: FormationInfo[] = [];
  const form = bucketFormer(panel, ix, ix.days, scheme, options, formations, timings);
  t = performance.now();
  const out = bucketKernel(ix, ix.formations, form, K, weightings, toIdx);
  timings.kernel = performance.now() - t - timings.formation - timings.breakpoints;
  t = performance.now();
  const formed = out.formed;
  const W = K + 1;
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings) returns[w] = out.returns[w]!.slice(fromIdx * W, (toIdx + 1) * W);
  const dates: string[] = [];
  for (let d = fromIdx; d <= toIdx; d++) dates.push(fromDay(ix.days[d]));
  let grid: PanelGrid | null = null;
  const active = out.active.slice(fromIdx * W, (toIdx + 1) * W);
  timings.output = performance.now() - t;
  return {
    source: 'stocks',
    scheme,
    labels: scheme.labels,
    breakpointUniverse: nyse ? 'nyse' : 'all',
    formation: formationName(formation),
    weightings,
    dates,
    offset: fromIdx,
    returns,
    active,
    formations,
    formed,
    get grid() {
      grid ??= gridPanel(panel);
      return grid;
    },
    ids: panel.ids,
    timings,
  };
}
