/**
 * Where a size spread came from: the smallest-minus-largest bucket return over a window, split by sector.
 *
 * Within each size bucket b the window return is `R_b = Σ_g W_gb R_gb`: W_gb is sector g's weight in the
 * bucket at the close before the window (by the weighting's own rule: value = formation cap drifted with
 * price; equal-hold = drifted equal weights; equal = 1 per stock), and R_gb is the compounded return of the
 * sector × size cell. So the spread is `Σ_g (W_g,small R_g,small − W_g,large R_g,large)`: one contribution per
 * sector. For the buy-and-hold weightings ('value', 'equal-hold') the identity is exact (the daily kernel
 * returns telescope); for daily-rebalanced 'equal' the remainder is reported as `residual` (rebalancing).
 *
 * Each contribution splits further (exactly) into a mix part `(W_s − W_l)(R_s + R_l)/2` (the legs hold
 * different amounts of the sector) and a within part `(W_s + W_l)/2 · (R_s − R_l)` (small beat large inside
 * the sector). The sector-neutral spread gives both legs the same sector weights, `ω_g = (W_g,s + W_g,l)/2`,
 * over the sectors present in both legs (renormalised): `Σ ω_g (R_g,s − R_g,l) / Σ ω_g`.
 */
import { toDay } from '../calendar/dates.ts';
import { compoundColumns } from '../math/compound.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import { compoundCells, type SectorBucketResult } from './sector-buckets.ts';

/** One sector's part in the size spread. */
export interface SectorContribution {
  sector: string;
  /** Weight in the smallest / largest bucket at the window start (fraction of the bucket). */
  weightSmall: number;
  weightLarge: number;
  /** The sector × size cell's compounded return (NaN where the sector is absent from the leg). */
  returnSmall: number;
  returnLarge: number;
  /** W_s R_s − W_l R_l. */
  contribution: number;
  /** (W_s − W_l)(R_s + R_l)/2 (with an absent leg's return taken as the other leg's). */
  mix: number;
  /** (W_s + W_l)/2 · (R_s − R_l) (0 where the sector is absent from a leg). */
  within: number;
}

/** The decomposition of a window's size spread. */
export interface SpreadDecomposition {
  weighting: Weighting;
  from: string;
  to: string;
  small: string;
  large: string;
  smallReturn: number;
  largeReturn: number;
  /** smallReturn − largeReturn, from the engine's bucket series. */
  spread: number;
  /** Sectors, largest absolute contribution first. */
  sectors: SectorContribution[];
  /** spread − Σ contributions (≈ 1e-16 for buy-and-hold weightings; rebalancing for 'equal'). */
  residual: number;
  /** The size spread with both legs' sector weights equalised (see the module comment). */
  sectorNeutral: number;
  /** The share of the legs' weight in sectors present in both (the base of the sector-neutral spread). */
  neutralCoverage: number;
}

/**
 * Decomposes the smallest-minus-largest spread over [from, to] (trading days of the result, inclusive; the
 * window runs from the close before `from`) into per-sector contributions. The window must lie in one
 * holding period.
 * @example decomposeSpread(res, 'value', '2016-11-09', '2016-11-15').sectors[0].sector
 */
export function decomposeSpread(
  res: SectorBucketResult,
  weighting: Weighting,
  from?: string,
  to?: string,
): SpreadDecomposition {
  const [i, j] = span(res.dates, from, to);
  const { base, K, groups } = res;
  const G = groups.length;
  const a = base.offset + i - 1;
  const z = base.offset + j;
  let q = -1;
  for (let k = 0; k < res.formed.length; k++) if (res.formed[k].day <= a) q = k;
  const form = res.formed[q];
  if (!form || (q + 1 < res.formed.length && res.formed[q + 1].day < z))
    throw new Error(
      `window ${res.dates[i]} .. ${res.dates[j]} spans a rebalancing; a decomposition needs one holding period`,
    );
  const { price: P, cap: C, nStocks: S } = base.grid;
  const f = form.day;
  const cellW = new Float64Array(G * K);
  for (let m = 0; m < form.members.length; m++) {
    const s = form.members[m];
    const growth = P[a * S + s] / P[f * S + s];
    let w = 1;
    if (weighting === 'equal-hold') w = growth;
    else if (weighting === 'value') w = C[f * S + s] * growth;
    else if (weighting === 'value-lag') w = C[a * S + s];
    cellW[form.bucket[m]] += w;
  }
  const legTotal = (b: number) => {
    let t = 0;
    for (let g = 0; g < G; g++) t += cellW[g * K + b];
    return t;
  };
  const totS = legTotal(0);
  const totL = legTotal(K - 1);
  const cells = compoundCells(res, weighting, i, j);
  const baseRet = base.returns[weighting]!;
  // the dates i..j both in: from the close before date i (src/math/compound.ts's rule), as compoundCells
  const legs = compoundColumns(baseRet, K + 1, i - 1, j);
  const smallReturn = legs[0];
  const largeReturn = legs[K - 1];
  const spread = smallReturn - largeReturn;
  const rows: SectorContribution[] = [];
  let sum = 0;
  let nNum = 0;
  let nDen = 0;
  for (let g = 0; g < G; g++) {
    const ws = cellW[g * K] / totS;
    const wl = cellW[g * K + K - 1] / totL;
    const rs = ws > 0 ? cells[g * K] : Number.NaN;
    const rl = wl > 0 ? cells[g * K + K - 1] : Number.NaN;
    const cs = ws > 0 ? ws * rs : 0;
    const cl = wl > 0 ? wl * rl : 0;
    const both = ws > 0 && wl > 0;
    const rS = ws > 0 ? rs : rl;
    const rL = wl > 0 ? rl : rs;
    const contribution = cs - cl;
    sum += contribution;
    if (both) {
      const omega = (ws + wl) / 2;
      nNum += omega * (rs - rl);
      nDen += omega;
    }
    if (ws === 0 && wl === 0) continue;
    rows.push({
      sector: groups[g],
      weightSmall: ws,
      weightLarge: wl,
      returnSmall: rs,
      returnLarge: rl,
      contribution,
      mix: ((ws - wl) * (rS + rL)) / 2,
      within: both ? ((ws + wl) / 2) * (rs - rl) : 0,
    });
  }
  rows.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || (x.sector < y.sector ? -1 : 1));
  return {
    weighting,
    from: res.dates[i],
    to: res.dates[j],
    small: res.labels[0],
    large: res.labels[K - 1],
    smallReturn,
    largeReturn,
    spread,
    sectors: rows,
    residual: spread - sum,
    sectorNeutral: nDen > 0 ? nNum / nDen : Number.NaN,
    neutralCoverage: nDen,
  };
}

/** Indices [i, j] of `dates` inside [from, to]; throws when none. */
export function span(dates: readonly string[], from?: string, to?: string): [number, number] {
  const lo = from ? toDay(from) : -Infinity;
  const hi = to ? toDay(to) : Infinity;
  let i = 0;
  while (i < dates.length && toDay(dates[i]) < lo) i++;
  let j = dates.length - 1;
  while (j >= 0 && toDay(dates[j]) > hi) j--;
  if (i > j)
    throw new Error(
      `window ${from ?? '…'} .. ${to ?? '…'} holds no day of the result (${dates[0]} .. ${dates.at(-1)})`,
    );
  return [i, j];
}
