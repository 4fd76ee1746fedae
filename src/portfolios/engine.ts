/**
 * `computeBuckets`: a stock panel in, size-bucket portfolios out (daily returns per weighting, the
 * universe market, membership counts, mean and median caps, breakpoints and counted exclusions).
 * The steps: group the panel by day once (panel-index.ts, a counting sort), find the formation days
 * (formation.ts), then walk the days once (kernel.ts); at each formation day the walk calls back to pick the
 * eligible stocks (universe.ts), set breakpoints on the breakpoint universe and assign every eligible stock
 * (breakpoints.ts), and holds the portfolios until the next formation.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { bisectLeft, bisectRight } from '../math/bisect.ts';
import {
  assignBuckets,
  coverageBreakpoints,
  parseScheme,
  percentileBreakpoints,
  type Scheme,
} from './breakpoints.ts';
import { type Formation, formationDays, formationName, parseFormation } from './formation.ts';
import { describeFormation, type FormationInfo } from './formation-info.ts';
import { bucketKernel, type FormedPortfolio, type WalkState, WEIGHTINGS, type Weighting } from './kernel.ts';
import { gridPanel, type Panel, type PanelGrid } from './panel.ts';
import { indexPanel } from './panel-index.ts';
import { eligibleAt, staticChecks, type UniverseOptions } from './universe.ts';

/** Options of computeBuckets; every field has a default. */
export interface BucketOptions extends UniverseOptions {
  /** deciles | quintiles | terciles | 30-40-30 | p:10,50,90 | coverage:70,85,98; defaults to 'deciles'. */
  scheme?: string;
  /** Which stocks set the breakpoints: 'all' eligible stocks (default) or 'nyse' (NYSE-listed only, as French). */
  breakpoints?: 'all' | 'nyse';
  /** A date (form once at the last close on or before it), 'monthly', 'quarterly' or 'june'; defaults to 'june'. */
  formation?: string;
  /** Weightings to compute (see kernel.ts); defaults to ['equal', 'value']. */
  weightings?: readonly Weighting[];
  /** First output day (ISO); defaults to the day after the first formation. */
  from?: string;
  /** Last output day (ISO); defaults to the panel's last day. */
  to?: string;
}

export type { FormationInfo };

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

/** Parses and checks options, naming the bad value. */
function parseOptions(o: BucketOptions): { scheme: Scheme; formation: Formation; weightings: Weighting[] } {
  const scheme = parseScheme(o.scheme ?? 'deciles');
  const formation = parseFormation(o.formation ?? 'june');
  const weightings = [...(o.weightings ?? ['equal', 'value'])];
  for (const w of weightings) {
    if (!WEIGHTINGS.includes(w))
      throw new Error(`invalid weighting: "${w}"; expected one of ${WEIGHTINGS.join(', ')}`);
  }
  const bp = o.breakpoints ?? 'all';
  if (bp !== 'all' && bp !== 'nyse')
    throw new Error(`invalid breakpoints: "${bp}"; expected "all" or "nyse"`);
  if (o.from) toDay(o.from);
  if (o.to) toDay(o.to);
  return { scheme, formation, weightings };
}

/**
 * Forms size buckets on a panel and computes their daily returns.
 * @example computeBuckets(panel, { scheme: 'deciles', formation: '2016-11-08', weightings: ['value'], from: '2016-11-09', to: '2016-11-30' })
 */
export function computeBuckets(panel: Panel, options: BucketOptions = {}): BucketResult {
  const { scheme, formation, weightings } = parseOptions(options);
  let t = performance.now();
  let fromIdx = 0;
  let toIdx = 0;
  const ix = indexPanel(panel, {
    rowCaps: weightings.includes('value-lag'),
    formations: (days) => {
      const D = days.length;
      if (D < 2) throw new Error(`the panel has ${D} trading day(s); need at least 2`);
      const allF = formationDays(days, formation);
      if (allF.length === 0)
        throw new Error(`formation ${formationName(formation)}: no formation day inside the panel`);
      fromIdx = options.from ? bisectLeft(days, toDay(options.from)) : allF[0] + 1;
      toIdx = options.to ? bisectRight(days, toDay(options.to)) - 1 : D - 1;
      if (fromIdx > toIdx)
        throw new Error(`empty range: --from ${options.from} --to ${options.to} holds no trading day`);
      if (allF[0] >= fromIdx) {
        throw new Error(
          `no portfolio is formed before ${fromDay(days[fromIdx])}: the first formation is ${fromDay(days[allF[0]])}`,
        );
      }
      // Formations whose holding periods meet [fromIdx, toIdx].
      let startF = 0;
      while (startF + 1 < allF.length && allF[startF + 1] < fromIdx) startF++;
      let nForm = startF;
      while (nForm < allF.length && allF[nForm] < toIdx) nForm++;
      return allF.subarray(startF, nForm);
    },
  });
  const timings = { index: performance.now() - t, formation: 0, breakpoints: 0, kernel: 0, output: 0 };
  const checks = staticChecks(panel, options);
  const nyse = options.breakpoints === 'nyse';
  const K = scheme.cuts.length + 1;
  const formations: FormationInfo[] = [];
  const form = (f: number, state: WalkState): FormedPortfolio => {
    const t0 = performance.now();
    const el = eligibleAt(ix, state, f, checks, options);
    const t1 = performance.now();
    timings.formation += t1 - t0;
    const all = Int32Array.from({ length: el.members.length }, (_, j) => j);
    let bpIdx = all;
    if (nyse) bpIdx = all.filter((j) => (panel.exchange?.[el.members[j]] ?? '').toUpperCase() === 'NYSE');
    if (bpIdx.length === 0) {
      throw new Error(
        `formation ${fromDay(ix.days[f])}: no eligible ${nyse ? 'NYSE ' : ''}stocks to set breakpoints`,
      );
    }
    const bps =
      scheme.kind === 'coverage'
        ? coverageBreakpoints(el.cap, bpIdx, scheme.cuts)
        : percentileBreakpoints(el.cap, bpIdx, scheme.cuts);
    const bucket = assignBuckets(el.cap, all, bps);
    const date = fromDay(ix.days[f]);
    formations.push(describeFormation(date, el.cap, bucket, K, bps, bpIdx.length, el.excluded));
    timings.breakpoints += performance.now() - t1;
    return { day: f, members: el.members, bucket, price: el.price, cap: el.cap };
  };
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
