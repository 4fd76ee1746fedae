/**
 * Sector × size buckets on a stock panel, built on the public size-bucket engine: `computeBuckets` picks the
 * eligible stocks at each formation and (with universe breakpoints) their size bucket; this file regroups
 * the members into sector × size cells and runs the same kernel (`bucketKernel`) over the cells, so every
 * convention of the engine (weights, carried prices, holding periods) holds cell by cell.
 *
 * Breakpoints (stated in every output): 'universe' (default) cuts all eligible stocks once, so "small
 * industrials" are industrials that are small in the whole market; 'sector' cuts each sector on its own
 * members, so every sector has its own small and large third. Stocks without a sector form the group
 * "Unclassified", so the cells always add up to the whole universe (the market column).
 */

import { compoundColumns } from '../math/compound.ts';
import {
  assignBuckets,
  coverageBreakpoints,
  parseScheme,
  percentileBreakpoints,
} from '../portfolios/breakpoints.ts';
import { type BucketOptions, type BucketResult, computeBuckets } from '../portfolios/engine.ts';
import { bucketKernel, type FormedPortfolio, replay, type Weighting } from '../portfolios/kernel.ts';
import type { Panel } from '../portfolios/panel.ts';
import { indexPanel } from '../portfolios/panel-index.ts';

/** The name of the group of stocks without a sector. */
export const UNCLASSIFIED = 'Unclassified';

/** Options of sectorBuckets: the engine's options plus where breakpoints come from. */
export interface SectorBucketOptions extends BucketOptions {
  /** 'universe' (default): one set of breakpoints from all eligible stocks; 'sector': each sector's own. */
  within?: 'universe' | 'sector';
}

/** Sector × size series: row-major `dates × (groups × K + 1)`; cell `g * K + b`, last column = market. */
export interface SectorBucketResult {
  /** Group names: the sectors present, sorted, then "Unclassified" when any stock lacks a sector. */
  groups: string[];
  /** Size bucket labels, smallest first. */
  labels: string[];
  K: number;
  within: 'universe' | 'sector';
  weightings: Weighting[];
  dates: string[];
  returns: Partial<Record<Weighting, Float64Array>>;
  /** Whole-sector series (all sizes together), `dates × (groups + 1)`; last column = market. */
  sectorReturns: Partial<Record<Weighting, Float64Array>>;
  /** Members per cell at each formation, `formations × (groups × K)`. */
  counts: Int32Array[];
  /** The regrouped formations (bucket = cell index), for weights and contributions. */
  formed: FormedPortfolio[];
  /** The size-only result of the engine (universe buckets, formation facts, the dense grid). */
  base: BucketResult;
}

/**
 * Sector × size buckets: `sector[s]` is the group name of panel stock s (null = Unclassified).
 * @example sectorBuckets(panel, sectors, { scheme: 'terciles', formation: '2016-11-08', from: '2016-11-09', to: '2016-11-15' })
 */
export function sectorBuckets(
  panel: Panel,
  sector: readonly (string | null)[],
  options: SectorBucketOptions = {},
): SectorBucketResult {
  if (sector.length !== panel.ids.length)
    throw new Error(`invalid sectors: ${sector.length} entries for ${panel.ids.length} stocks`);
  const within = options.within ?? 'universe';
  if (within !== 'universe' && within !== 'sector')
    throw new Error(`invalid breakpoints within: "${within}"; expected "universe" or "sector"`);
  const base = computeBuckets(panel, options);
  const scheme = parseScheme(options.scheme ?? 'deciles');
  const K = base.labels.length;
  const names = [...new Set(sector.filter((s): s is string => !!s))].sort();
  const hasNone = base.formed.some((f) => Array.from(f.members).some((s) => !sector[s]));
  const groups = hasNone ? [...names, UNCLASSIFIED] : names;
  const gOf = new Int32Array(sector.length);
  for (let s = 0; s < sector.length; s++) {
    const name = sector[s];
    gOf[s] = name ? names.indexOf(name) : names.length;
  }
  const G = groups.length;
  const formed: FormedPortfolio[] = [];
  const counts: Int32Array[] = [];
  for (const f of base.formed) {
    let bucket = f.bucket;
    if (within === 'sector') {
      bucket = new Int32Array(f.members.length);
      for (let g = 0; g < G; g++) {
        const idx = Int32Array.from(Array.from(f.members.keys()).filter((j) => gOf[f.members[j]] === g));
        if (idx.length === 0) continue;
        const bps =
          scheme.kind === 'coverage'
            ? coverageBreakpoints(f.cap, idx, scheme.cuts)
            : percentileBreakpoints(f.cap, idx, scheme.cuts);
        const b = assignBuckets(f.cap, idx, bps);
        for (let i = 0; i < idx.length; i++) bucket[idx[i]] = b[i];
      }
    }
    const cell = new Int32Array(f.members.length);
    const n = new Int32Array(G * K);
    for (let j = 0; j < cell.length; j++) {
      cell[j] = gOf[f.members[j]] * K + bucket[j];
      n[cell[j]]++;
    }
    formed.push({ ...f, bucket: cell });
    counts.push(n);
  }
  const weightings = base.weightings;
  const last = base.offset + base.dates.length - 1;
  const ix = indexPanel(panel);
  const out = bucketKernel(ix, ...replay(formed), G * K, weightings, last);
  const W = G * K + 1;
  const returns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings) returns[w] = out.returns[w]!.slice(base.offset * W, (last + 1) * W);
  const bySector = formed.map((f) => ({ ...f, bucket: f.bucket.map((c) => Math.floor(c / K)) }));
  const whole = bucketKernel(ix, ...replay(bySector), G, weightings, last);
  const sectorReturns: Partial<Record<Weighting, Float64Array>> = {};
  for (const w of weightings)
    sectorReturns[w] = whole.returns[w]!.slice(base.offset * (G + 1), (last + 1) * (G + 1));
  return {
    groups,
    labels: base.labels,
    K,
    within,
    weightings,
    dates: base.dates,
    returns,
    sectorReturns,
    counts,
    formed,
    base,
  };
}

/**
 * Compounded return of every cell and the market over the result's dates i..j (inclusive): Π(1 + r) − 1.
 * @example compoundCells(res, 'value', 0, res.dates.length - 1)[g * res.K + b]
 */
export function compoundCells(
  res: SectorBucketResult,
  weighting: Weighting,
  i = 0,
  j = res.dates.length - 1,
): Float64Array {
  const r = res.returns[weighting];
  if (!r)
    throw new Error(`weighting "${weighting}" was not computed; computed: ${res.weightings.join(', ')}`);
  // the dates i..j both in: from the close before date i (src/math/compound.ts's rule)
  return compoundColumns(r, res.groups.length * res.K + 1, i - 1, j);
}
