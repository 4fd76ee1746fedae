/**
 * The bucket-return kernel: one walk over the panel's rows in day order (panel-index.ts), forming
 * portfolios at the formation days as it passes them, for every weighting asked for at once.
 * For member j of bucket b on day d (price p carried forward, see panel.ts):
 * `r = p[d] / p[d-1] - 1` and the bucket return is `Σ w_j r_j / Σ w_j` with
 * - `equal`:      w = 1 (equal weights, rebalanced daily);
 * - `equal-hold`: w = p[d-1] / p[f] (equal at formation f, then buy-and-hold drift);
 * - `value`:      w = cap[f] × p[d-1] / p[f] (formation cap with buy-and-hold drift; French's daily VW);
 * - `value-lag`:  w = cap[d-1] (the previous day's cap, re-read each day).
 * Column K of each output row is the market: all members of all buckets with the same weights.
 * Days before the first holding day are NaN.
 *
 * Only rows with a bar move anything: a member without a bar on d has r = 0, so it adds nothing to a
 * numerator, and its weight is unchanged. So the kernel adds each bar's change to its bucket's day cell
 * (`r` for equal; `w·r`, which for buy-and-hold weights is the change of the weight itself,
 * `(p[d] - p[d-1]) × cap[f] / p[f]`, for value) and gets the denominators afterwards (bucket-returns.ts).
 */
import { bucketReturns } from './bucket-returns.ts';
import { blockBuffers, sortBlock } from './day-blocks.ts';
import type { FormedPortfolio, FormFn, WalkState } from './formed.ts';
import type { PanelIndex } from './panel-index.ts';
import { type DaySums, walkDay } from './walk-day.ts';

export { type FormedPortfolio, type FormFn, replay, type WalkState } from './formed.ts';

/** The weightings the kernel computes. */
export const WEIGHTINGS = ['equal', 'equal-hold', 'value', 'value-lag'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** Daily bucket returns per weighting, each `days × (K + 1)` (column K = market), and active counts. */
export interface KernelOutput {
  K: number;
  returns: Partial<Record<Weighting, Float64Array>>;
  /** Members with an actual bar that day, `days × (K + 1)`. */
  active: Int32Array;
  /** The portfolios formed, in order. */
  formed: FormedPortfolio[];
}

/**
 * Walks every day once, accumulating through lastDay (later days only for the check that no (stock, day)
 * pair repeats); after the rows of each day in `formationDays` (ascending day indices) it calls `form` and
 * holds the result from the next day to the next formation day (inclusive). `state.cap`: see WalkState.
 * A day without a row carries the price and cap forward (return 0); so does a row with a price <= 0 or NaN.
 * @example const out = bucketKernel(indexPanel(panel), Int32Array.of(f), (f, st) => myForm(f, st), 10, ['value']); out.returns.value[d * 11]
 */
export function bucketKernel(
  ix: PanelIndex,
  formationDays: Int32Array,
  form: FormFn,
  K: number,
  weightings: readonly Weighting[],
  lastDay = ix.days.length - 1,
): KernelOutput {
  const D = ix.days.length;
  const S = ix.nStocks;
  const W = K + 1;
  const doEh = weightings.includes('equal-hold');
  const doVw = weightings.includes('value');
  const doVl = weightings.includes('value-lag');
  const ewN = new Float64Array(D * W);
  const ehN = new Float64Array(doEh ? D * W : 0);
  const vwN = new Float64Array(doVw ? D * W : 0);
  const vlN = new Float64Array(doVl ? D * W : 0);
  const capDelta = new Float64Array(doVl ? D * W : 0);
  const active = new Int32Array(D * W);
  const state: WalkState = {
    price: new Float64Array(S),
    cap: new Float64Array(S),
    seen: new Int32Array(S),
  };
  // Each stock's walk state in one 64-byte record, so a row touches one cache line of it (walk-day.ts).
  const rec = new Float64Array(8 * S);
  const ri = new Int32Array(rec.buffer);
  for (let s = 0; s < S; s++) {
    rec[8 * s] = Number.NaN;
    rec[8 * s + 1] = Number.NaN;
    ri[16 * s + 8] = -1;
    ri[16 * s + 9] = -1;
    ri[16 * s + 10] = -1;
  }
  const formed: FormedPortfolio[] = [];
  const stop = Math.min(lastDay, D - 1);
  let fi = 0;
  while (fi < formationDays.length && formationDays[fi] < 0) fi++;
  const rowCaps = ix.caps !== null;
  if (doVl && !rowCaps) throw new Error('value-lag weights need the index built with rowCaps');
  const { formations: ixForm, formationCaps, dayStart, blockStart, blockShift } = ix;
  const buf = blockBuffers(ix);
  const sums: DaySums = { ew: ewN, eh: ehN, vw: vwN, vl: vlN, capDelta, active, doEh, doVw, doVl, rowCaps };
  let gi = 0;
  for (let blk = 0; blk + 1 < blockStart.length; blk++) {
    sortBlock(ix, blk, buf);
    const base = blockStart[blk];
    const dEnd = Math.min(D, (blk + 1) << blockShift);
    for (let d = blk << blockShift; d < dEnd; d++) {
      if (d === stop + 1) for (let s = 0; s < S; s++) ri[16 * s + 8] = -1; // past the last output day
      const row = d * W;
      const dup = walkDay(buf, dayStart[d] - base, dayStart[d + 1] - base, d, row, rec, ri, sums);
      if (dup >= 0) throw new Error(`invalid panel: stock ${ix.ids[dup]} has two rows on day ${ix.days[d]}`);
      if (gi < ixForm.length && ixForm[gi] === d) {
        // the caps at this formation close, from the index's per-formation table
        for (let s = 0, t = gi * S; s < S; s++, t++)
          if (formationCaps[t] > 0) rec[8 * s + 1] = formationCaps[t];
        gi++;
      }
      if (fi < formationDays.length && formationDays[fi] === d) {
        if (formed.length) for (const s of formed[formed.length - 1].members) ri[16 * s + 8] = -1;
        for (let s = 0; s < S; s++) {
          state.price[s] = rec[8 * s];
          state.cap[s] = rec[8 * s + 1];
          state.seen[s] = ri[16 * s + 10];
        }
        const fm = form(d, state);
        for (let j = 0; j < fm.members.length; j++) {
          const s = fm.members[j];
          ri[16 * s + 8] = fm.bucket[j];
          rec[8 * s + 3] = 1 / fm.price[j];
          rec[8 * s + 2] = fm.cap[j] / fm.price[j];
        }
        formed.push(fm);
        fi++;
      }
    }
  }
  for (let d = 0; d < D; d++) {
    let a = 0;
    for (let b = 0; b < K; b++) a += active[d * W + b];
    active[d * W + K] = a;
  }
  const returns = bucketReturns(
    formed,
    { equal: ewN, 'equal-hold': ehN, value: vwN, 'value-lag': vlN },
    capDelta,
    weightings,
    D,
    K,
    stop,
  );
  return { K, returns, active, formed };
}
