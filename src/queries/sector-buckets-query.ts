/** Sector × size bucket series from the store's stock panel (`capgap buckets --by sector`). */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nullIfNaN } from '../json.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import { compoundCells, type SectorBucketOptions, sectorBuckets } from '../sectors/sector-buckets.ts';
import type { Store } from '../store/store.ts';
import { type LoadPanelOptions, loadPanel } from './panel.ts';
import { coverage, panelSectors, type SectorCoverage, sectorConventions } from './panel-sectors.ts';

/** A sector × size query: the engine's options, the panel's sources and where breakpoints come from. */
export interface SectorBucketQuery extends SectorBucketOptions, Omit<LoadPanelOptions, 'from' | 'to'> {
  /** One weighting for the series; defaults to 'value'. */
  weighting?: Weighting;
}

/** Sector × size series with their conventions. */
export interface SectorBucketSeries {
  weighting: Weighting;
  scheme: string;
  within: 'universe' | 'sector';
  labels: string[];
  groups: string[];
  dates: string[];
  /** Compounded over all dates: `compounded[g][b]` (null where the cell is empty). */
  compounded: (number | null)[][];
  /** Members per cell at the last formation. */
  counts: number[][];
  /** Daily returns `returns[i][g][b]`. */
  returns: (number | null)[][][];
  coverage: SectorCoverage;
  conventions: string[];
}

/**
 * Sector × size bucket series from the store's stock panel (`capgap buckets --by sector`).
 * @example await querySectorBuckets(store, { scheme: 'terciles', formation: '2016-11-08', from: '2016-11-09', to: '2016-11-30' })
 */
export async function querySectorBuckets(store: Store, q: SectorBucketQuery): Promise<SectorBucketSeries> {
  const weighting = q.weighting ?? 'value';
  const formation = q.formation ?? 'june';
  const once = /^\d{4}-/.test(formation);
  const back = once ? 10 : formation === 'monthly' ? 45 : formation === 'quarterly' ? 100 : 400;
  const start = q.from
    ? fromDay(Math.min(toDay(q.from), once ? toDay(formation) : Infinity) - back)
    : undefined;
  const panel = await loadPanel(store, { ...q, from: start, to: q.to });
  const { sector, source } = await panelSectors(store, panel);
  const res = sectorBuckets(panel, sector, { ...q, formation, weightings: [weighting] });
  const K = res.K;
  const cells = compoundCells(res, weighting);
  const G = res.groups.length;
  const W = G * K + 1;
  const r = res.returns[weighting]!;
  const last = res.counts.at(-1)!;
  const grid = <T>(f: (g: number, b: number) => T) =>
    res.groups.map((_, g) => res.labels.map((_, b) => f(g, b)));
  return {
    weighting,
    scheme: res.base.scheme.name,
    within: res.within,
    labels: res.labels,
    groups: res.groups,
    dates: res.dates,
    compounded: grid((g, b) => (last[g * K + b] ? nullIfNaN(cells[g * K + b]) : null)),
    counts: grid((g, b) => last[g * K + b]),
    returns: res.dates.map((_, i) => grid((g, b) => nullIfNaN(r[i * W + g * K + b]))),
    coverage: coverage(res, source),
    conventions: sectorConventions(res, weighting),
  };
}
