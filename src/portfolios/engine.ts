/**
 * `computeBuckets`: a stock panel in, size-bucket portfolios out (daily returns per weighting, the
 * universe market, membership counts, mean and median caps, breakpoints and counted exclusions).
 * Two paths, the same conventions and the same numbers up to the order of the sums within a day
 * (engine-options.ts: pickPath chooses; docs/portfolios.md: "How the engine reads the panel"):
 * - stock spans (the default for panels whose stocks trade over most of their listed span): one pass for
 *   the days and each stock's span (stock-spans.ts), one pass partitioning the rows into tiles of stocks
 *   (span-grid.ts, span-tiles.ts), the portfolios formed from the formation-day prices and caps
 *   (form-buckets.ts: universe.ts, breakpoints.ts), then each tile filled and walked stock by stock
 *   (span-walk.ts). Its sums run in stock order: the series do not depend on the rows' order.
 * - day blocks: group the panel by day (panel-index.ts, a counting sort), then walk the days once
 *   (kernel.ts), forming at each formation day as the walk passes it. Its sums run in input order within a day.
 */
import { fromDay } from '../calendar/dates.ts';
import type { Scheme } from './breakpoints.ts';
import {
  type BucketOptions,
  type EnginePath,
  type HoldingRange,
  holdingRange,
  parseOptions,
  pickPath,
} from './engine-options.ts';
import { bucketFormer } from './form-buckets.ts';
import { formationName } from './formation.ts';
import type { FormationInfo } from './formation-info.ts';
import { bucketKernel, type FormedPortfolio, type KernelOutput, type Weighting } from './kernel.ts';
import { gridPanel, type Panel, type PanelGrid } from './panel.ts';
import { indexPanel } from './panel-index.ts';
import { spanGrid } from './span-grid.ts';
import { spanKernel } from './span-walk.ts';
import { stockSpans } from './stock-spans.ts';
import { giveBack } from './threads/scratch.ts';

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
  /** The walk that computed the series (engine-options.ts: pickPath). */
  path: EnginePath;
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
  const rowCaps = weightings.includes('value-lag');
  const K = scheme.cuts.length + 1;
  const formations: FormationInfo[] = [];
  const timings = { index: 0, formation: 0, breakpoints: 0, kernel: 0, output: 0 };
  const sp = stockSpans(panel);
  const path = pickPath(options.path, sp.cells, panel.stock.length);
  let range: HoldingRange;
  let out: KernelOutput;
  let days: Int32Array;
  if (path === 'stock-spans') {
    range = holdingRange(sp.days, formation, options);
    const grid = spanGrid(panel, sp, range.formations, rowCaps, K, options.tileCells);
    timings.index = performance.now() - t;
    const form = bucketFormer(panel, grid, grid.days, scheme, options, formations, timings);
    t = performance.now();
    try {
      out = spanKernel(grid, form, K, weightings, range.toIdx);
    } finally {
      giveBack(grid.part.cell, grid.part.price, grid.part.cap); // for the next call (threads/scratch.ts)
    }
    days = grid.days;
  } else {
    range = { fromIdx: 0, toIdx: 0, formations: new Int32Array(0) };
    const ix = indexPanel(panel, {
      rowCaps,
      formations: (d) => {
        range = holdingRange(d, formation, options);
        return range.formations;
      },
    });
    timings.index = performance.now() - t;
    const form = bucketFormer(panel, ix, ix.days, scheme, options, formations, timings);
    t = performance.now();
    out = bucketKernel(ix, ix.formations, form, K, weightings, range.toIdx);
    days = ix.days;
  }
  timings.kernel = performance.now() - t - timings.formation - timings.breakpoints;
  const { fromIdx, toIdx } = range;
  const nyse = options.breakpoints === 'nyse';
  t = performance.now();
  const formed = out.formed;
  const W = K + 1;
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings) returns[w] = out.returns[w]!.slice(fromIdx * W, (toIdx + 1) * W);
  const dates: string[] = [];
  for (let d = fromIdx; d <= toIdx; d++) dates.push(fromDay(days[d]));
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
    path,
    timings,
  };
}
