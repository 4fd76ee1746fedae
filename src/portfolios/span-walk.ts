/**
 * The stock-span path's kernel: the portfolios formed at each formation day (from the grid's state at that
 * close), then one stock-major walk of the grid. Within a holding period a stock's bucket and formation
 * weights are fixed, so each stock walks its own cells in day order once (walk-segment.ts), carrying its
 * price, and adds each bar to its bucket's day cell: the same numerators as the day walk (kernel.ts),
 * summed in stock order within a day. The denominators and returns are bucket-returns.ts's.
 *
 * Determinism: the sums run in stock order within each group of stocks (span-tiles.ts: groupCount, set by
 * the panel's shape alone), and the groups' sums are added in group order, whatever order the rows came
 * in and however many threads walked: sorted and shuffled inputs, one thread or several, give
 * bit-identical series (the day-block path sums a day's rows in input order).
 */
import { bucketReturns } from './bucket-returns.ts';
import type { FormedPortfolio, FormFn } from './formed.ts';
import type { KernelOutput, Weighting } from './kernel.ts';
import { formationState, type SpanGrid } from './span-grid.ts';
import { sumGroups } from './span-sums.ts';
import { alloc, runChunks } from './threads/pool.ts';
import { borrow, giveBack } from './threads/scratch.ts';
import { duplicateAt } from './tile-fill.ts';
import { carry, fillCells, walkGroup, walkSegment } from './walk-segment.ts';

/** What a group's walk reads, and the per-group accumulators it writes. */
export interface WalkArgs {
  cell: Int32Array | Uint16Array;
  price: Float64Array;
  cap: Float64Array | null;
  firstStock: Int32Array;
  firstCell: Float64Array;
  firstRow: Float64Array;
  local: Int32Array;
  groupTile: Int32Array;
  maxCells: number;
  start: Int32Array;
  end: Int32Array;
  formations: Int32Array;
  /** `F × S`: bucket (-1: not a member), cap[f] / p[f] and 1 / p[f] per formation and stock. */
  bucket: Int32Array;
  cf: Float64Array;
  ih: Float64Array;
  S: number;
  D: number;
  /** Last day index walked. */
  stop: number;
  /** Per group: `accLen` doubles of acc and `lagLen` of lag (walk-segment.ts). */
  acc: Float64Array;
  lag: Float64Array;
  accLen: number;
  lagLen: number;
  /** Per group: [tile, cell] of the first cell given twice, -1 if none. */
  dup: Float64Array;
}

/**
 * Forms the portfolios at grid.formations through `form` and walks the grid, group by group, tile by tile
 * and stock by stock (span-group-walk.ts; the groups shared by the threads when the grid is shared), then
 * adds the groups' sums in group order (span-sums.ts), through day index lastDay.
 * @example spanKernel(spanGrid(panel, stockSpans(panel), formations, false, 10), form, 10, ['equal', 'value'], toIdx)
 */
export function spanKernel(
  grid: SpanGrid,
  form: FormFn,
  K: number,
  weightings: readonly Weighting[],
  lastDay: number,
): KernelOutput {
  const D = grid.days.length;
  const S = grid.nStocks;
  const W = K + 1;
  const F = grid.formations.length;
  const doVl = weightings.includes('value-lag');
  if (doVl && !grid.part.cap) throw new Error('value-lag weights need the grid built with row caps');
  const { shared, plan } = grid;
  const G = plan.groupTile.length - 1;
  const a: WalkArgs = {
    ...grid.part,
    firstStock: plan.firstStock,
    firstCell: plan.firstCell,
    firstRow: plan.firstRow,
    local: plan.local,
    groupTile: plan.groupTile,
    maxCells: plan.maxCells,
    start: grid.start,
    end: grid.end,
    formations: grid.formations,
    bucket: alloc(Int32Array, F * S, shared).fill(-1),
    cf: alloc(Float64Array, F * S, shared),
    ih: alloc(Float64Array, F * S, shared),
    S,
    D,
    stop: Math.min(lastDay, D - 1),
    acc: borrow(Float64Array, G * 4 * D * W, shared), // zeroed group by group in walkGroup
    lag: alloc(Float64Array, doVl ? G * 2 * D * W : 0, shared),
    accLen: 4 * D * W,
    lagLen: doVl ? 2 * D * W : 0,
    dup: alloc(Float64Array, 2 * G, shared),
  };
  const formed: FormedPortfolio[] = [];
  for (let g = 0; g < F; g++) {
    const fm = form(grid.formations[g], formationState(grid, g));
    for (let j = 0; j < fm.members.length; j++) {
      const t = g * S + fm.members[j];
      a.bucket[t] = fm.bucket[j];
      a.ih[t] = 1 / fm.price[j];
      a.cf[t] = fm.cap[j] / fm.price[j];
    }
    formed.push(fm);
  }
  runChunks(walkGroup, [fillCells, carry, walkSegment], a, G, shared);
  for (let k = 0; k < G; k++) if (a.dup[2 * k] >= 0) duplicateAt(grid, a.dup[2 * k], a.dup[2 * k + 1]);
  const u = sumGroups(a.acc, a.lag, G, D, W);
  giveBack(a.acc);
  const num = { equal: u.ew, 'equal-hold': u.eh, value: u.vw, 'value-lag': u.vl };
  const returns = bucketReturns(formed, num, u.capDelta, weightings, D, K, a.stop);
  return { K, returns, active: u.active, formed };
}
