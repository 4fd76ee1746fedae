/**
 * The stock-span path's kernel: the portfolios formed at each formation day (from the grid's state at that
 * close), then one stock-major walk of the grid. Within a holding period a stock's bucket and formation
 * weights are fixed, so each stock walks its own cells in day order once (walk-segment.ts), carrying its
 * price, and adds each bar to its bucket's day cell: the same numerators as the day walk (kernel.ts),
 * summed in stock order within a day. The denominators and returns are bucket-returns.ts's.
 *
 * Determinism: the sums run in stock order, whatever order the rows came in, so sorted and shuffled
 * inputs give bit-identical series (the day-block path sums a day's rows in input order).
 */
import { bucketReturns } from './bucket-returns.ts';
import type { FormedPortfolio, FormFn } from './formed.ts';
import type { KernelOutput, Weighting } from './kernel.ts';
import { formationState, type SpanGrid, type TileCells } from './span-grid.ts';
import { tileOf } from './tile-fill.ts';
import { carry, type SegmentState, walkSegment } from './walk-segment.ts';

/** Accumulators (bucket-major, walk-segment.ts) unpacked to the day walk's layout: `D × W` per numerator. */
function unpack(acc: Float64Array, lag: Float64Array, D: number, W: number) {
  const n = D * W;
  const ew = new Float64Array(n);
  const vw = new Float64Array(n);
  const eh = new Float64Array(n);
  const active = new Int32Array(n);
  const vl = new Float64Array(lag.length ? n : 0);
  const capDelta = new Float64Array(lag.length ? n : 0);
  for (let b = 0; b + 1 < W; b++) {
    for (let d = 0; d < D; d++) {
      const c = d * W + b;
      const a = b * D + d;
      ew[c] = acc[4 * a];
      vw[c] = acc[4 * a + 1];
      eh[c] = acc[4 * a + 2];
      active[c] = acc[4 * a + 3];
      if (vl.length) {
        vl[c] = lag[2 * a];
        capDelta[c] = lag[2 * a + 1];
      }
    }
  }
  return { ew, vw, eh, active, vl, capDelta };
}

/**
 * Forms the portfolios at grid.formations through `form` and walks the grid, tile by tile and stock by
 * stock (span-tiles.ts), through day index lastDay.
 * @example spanKernel(spanGrid(panel, stockSpans(panel), formations, false), form, 10, ['equal', 'value'], toIdx)
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
  if (doVl && !(grid.whole?.cap ?? grid.part?.cap))
    throw new Error('value-lag weights need the grid built with row caps');
  const stop = Math.min(lastDay, D - 1);
  // Per formation and stock: bucket (-1: not a member), cap[f] / p[f] and 1 / p[f].
  const bucket = new Int32Array(F * S).fill(-1);
  const cf = new Float64Array(F * S);
  const ih = new Float64Array(F * S);
  const formed: FormedPortfolio[] = [];
  for (let g = 0; g < F; g++) {
    const fm = form(grid.formations[g], formationState(grid, g));
    for (let j = 0; j < fm.members.length; j++) {
      const t = g * S + fm.members[j];
      bucket[t] = fm.bucket[j];
      ih[t] = 1 / fm.price[j];
      cf[t] = fm.cap[j] / fm.price[j];
    }
    formed.push(fm);
  }
  const acc = new Float64Array(4 * D * W);
  const lag = new Float64Array(doVl ? 2 * D * W : 0);
  const st: SegmentState = { carry: new Float64Array(2) };
  const { formations, start, end, plan } = grid;
  const buf: TileCells = {
    price: new Float64Array(grid.whole ? 0 : plan.maxCells),
    cap: doVl && !grid.whole ? new Float64Array(plan.maxCells) : null,
  };
  for (let t = 0; t + 1 < plan.firstStock.length; t++) {
    const tile = tileOf(grid, t, buf);
    const { price } = tile;
    const cap = doVl ? tile.cap : null;
    for (let s = plan.firstStock[t]; s < plan.firstStock[t + 1]; s++) {
      const z = Math.min(end[s], stop);
      const base = plan.local[s];
      let d = start[s];
      st.carry[0] = Number.NaN;
      st.carry[1] = Number.NaN;
      for (let g = 0; g < F && formations[g] < z; g++) {
        const f = formations[g];
        if (d <= f) {
          carry(price, cap, base, d, f, st);
          d = f + 1;
        }
        const b = bucket[g * S + s];
        if (b < 0) continue;
        const last = Math.min(g + 1 < F ? formations[g + 1] : D - 1, z);
        walkSegment(price, cap, base, d, last, b, D, cf[g * S + s], ih[g * S + s], acc, lag, st);
        d = last + 1;
      }
    }
  }
  const u = unpack(acc, lag, D, W);
  for (let dd = 0; dd < D; dd++) {
    let a = 0;
    for (let b = 0; b < K; b++) a += u.active[dd * W + b];
    u.active[dd * W + K] = a;
  }
  const num = { equal: u.ew, 'equal-hold': u.eh, value: u.vw, 'value-lag': u.vl };
  const returns = bucketReturns(formed, num, u.capDelta, weightings, D, K, stop);
  return { K, returns, active: u.active, formed };
}
