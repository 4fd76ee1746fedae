/**
 * Sectors ranked over a window: each sector's compounded return equal- and value-weighted (all sizes
 * together), and its small-minus-large spread inside the sector (smallest minus largest size bucket of the
 * sector × size cells, by the result's breakpoints), with the member counts at the formation.
 */

import { compoundColumns } from '../math/compound.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import { span } from './decompose.ts';
import { compoundCells, type SectorBucketResult } from './sector-buckets.ts';

/** One sector's row in the ranking. */
export interface SectorRank {
  sector: string;
  /** Rank by value-weighted return (1 = best), or by equal-weighted when VW was not computed. */
  rank: number;
  stocks: number;
  /** Stocks in the smallest and the largest size bucket of the sector. */
  stocksSmall: number;
  stocksLarge: number;
  ew: number;
  vw: number;
  /** Smallest minus largest size bucket inside the sector, equal- and value-weighted (NaN if a leg is empty). */
  smallMinusLargeEw: number;
  smallMinusLargeVw: number;
}

/**
 * Ranks the sectors of a result over [from, to] (ISO trading days, inclusive); 'Unclassified' is kept last.
 * @example rankSectors(res, '2016-11-09', '2016-11-11')[0].sector
 */
export function rankSectors(res: SectorBucketResult, from?: string, to?: string): SectorRank[] {
  const [i, j] = span(res.dates, from, to);
  const { K, groups } = res;
  const G = groups.length;
  const whole = (w: Weighting) => {
    const r = res.sectorReturns[w];
    if (!r) return new Float64Array(G).fill(Number.NaN);
    return compoundColumns(r, G + 1, i - 1, j).subarray(0, G); // dates i..j, both in
  };
  const sml = (w: Weighting) => {
    if (!res.returns[w]) return new Float64Array(G).fill(Number.NaN);
    const c = compoundCells(res, w, i, j);
    return Float64Array.from({ length: G }, (_, g) => c[g * K] - c[g * K + K - 1]);
  };
  const ew = whole('equal');
  const vw = whole('value');
  const smlE = sml('equal');
  const smlV = sml('value');
  // Counts at the formation that holds the window.
  const a = res.base.offset + i - 1;
  let q = 0;
  for (let k = 0; k < res.formed.length; k++) if (res.formed[k].day <= a) q = k;
  const n = res.counts[q];
  const rows: SectorRank[] = groups.map((sector, g) => {
    let stocks = 0;
    for (let b = 0; b < K; b++) stocks += n[g * K + b];
    return {
      sector,
      rank: 0,
      stocks,
      stocksSmall: n[g * K],
      stocksLarge: n[g * K + K - 1],
      ew: ew[g],
      vw: vw[g],
      smallMinusLargeEw: n[g * K] && n[g * K + K - 1] ? smlE[g] : Number.NaN,
      smallMinusLargeVw: n[g * K] && n[g * K + K - 1] ? smlV[g] : Number.NaN,
    };
  });
  const key = (r: SectorRank) => (Number.isFinite(r.vw) ? r.vw : r.ew);
  const ranked = rows
    .filter((r) => r.sector !== 'Unclassified' && r.stocks > 0)
    .sort((x, y) => key(y) - key(x) || (x.sector < y.sector ? -1 : 1));
  ranked.forEach((r, k) => {
    r.rank = k + 1;
  });
  const rest = rows.filter((r) => r.sector === 'Unclassified' && r.stocks > 0);
  return [...ranked, ...rest];
}
