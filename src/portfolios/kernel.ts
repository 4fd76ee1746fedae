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
import type { PanelIndex } from './panel-index.ts';

/** The weightings the kernel computes. */
export const WEIGHTINGS = ['equal', 'equal-hold', 'value', 'value-lag'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

/** One formation: the day index it is formed on, and its members with their formation-close facts. */
export interface FormedPortfolio {
  /** Day index of the formation close. */
  day: number;
  members: Int32Array;
  bucket: Int32Array;
  /** Price and cap of each member at the formation close. */
  price: Float64Array;
  cap: Float64Array;
}

/** What the walk knows about each stock at the close of a day (arrays indexed by stock). */
export interface WalkState {
  /** Last valid price on or before the day (NaN before the first). */
  price: Float64Array;
  /**
   * Last cap > 0 on or before the day, from any row (NaN before the first). Exact on the index's
   * formation days, and on every day when the index keeps row caps.
   */
  cap: Float64Array;
  /** Day index of the last row with a valid price (-1 before the first). */
  seen: Int32Array;
}

/** Forms the portfolios at the close of day index f from the walk's state. */
export type FormFn = (f: number, state: WalkState) => FormedPortfolio;

/**
 * The formation days and a FormFn that hands back portfolios formed earlier (e.g. regrouped members of a
 * computeBuckets result), in order; throws if the walk asks for another day.
 * @example bucketKernel(ix, ...replay(result.formed), K, ['value'])
 */
export function replay(formed: readonly FormedPortfolio[]): [Int32Array, FormFn] {
  let i = 0;
  const form: FormFn = (f) => {
    const fm = formed[i++];
    if (!fm || fm.day !== f) throw new Error(`replay: no formed portfolio for day index ${f}`);
    return fm;
  };
  return [Int32Array.from(formed, (fm) => fm.day), form];
}

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
 * holds the result from the next day to the next formation day (inclusive). `state.cap` is exact on the
 * index's formation days (ix.formations), and on every day when the index keeps row caps.
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
    price: new Float64Array(S).fill(Number.NaN),
    cap: new Float64Array(S).fill(Number.NaN),
    seen: new Int32Array(S).fill(-1),
  };
  const lastP = state.price;
  const lastC = state.cap;
  const seen = state.seen;
  const bucketOf = new Int32Array(S).fill(-1);
  const invPf = new Float64Array(S); // 1 / p[f]
  const capPf = new Float64Array(S); // cap[f] / p[f]
  const formed: FormedPortfolio[] = [];
  const stop = Math.min(lastDay, D - 1);
  let fi = 0;
  while (fi < formationDays.length && formationDays[fi] < 0) fi++;
  const mark = new Int32Array(S).fill(-1);
  const rowCaps = ix.caps !== null;
  if (doVl && !rowCaps) throw new Error('value-lag weights need the index built with rowCaps');
  const { formations: ixForm, formationCaps, dayStart, blockStart, blockShift } = ix;
  const buf = blockBuffers(ix);
  const { stock: bs, price: bp, cap: bc } = buf;
  let gi = 0;
  for (let blk = 0; blk + 1 < blockStart.length; blk++) {
    sortBlock(ix, blk, buf);
    const base = blockStart[blk];
    const dEnd = Math.min(D, (blk + 1) << blockShift);
    for (let d = blk << blockShift; d < dEnd; d++) {
      if (d === stop + 1) bucketOf.fill(-1); // past the last output day: only the duplicate check
      const row = d * W;
      const end = dayStart[d + 1] - base;
      for (let t = dayStart[d] - base; t < end; t++) {
        const s = bs[t];
        const p = bp[t];
        if (mark[s] === d)
          throw new Error(`invalid panel: stock ${ix.ids[s]} has two rows on day ${ix.days[d]}`);
        mark[s] = d;
        const b = bucketOf[s];
        let c0 = 0;
        if (rowCaps) {
          const c = bc[t];
          c0 = lastC[s];
          if (c > 0) {
            lastC[s] = c;
            if (doVl && b >= 0) capDelta[row + b] += c - c0;
          }
        }
        if (!(p > 0)) continue;
        const p0 = lastP[s];
        lastP[s] = p;
        seen[s] = d;
        if (b < 0) continue;
        const cell = row + b;
        active[cell]++;
        const r = p / p0 - 1;
        ewN[cell] += r;
        if (doEh) ehN[cell] += (p - p0) * invPf[s];
        if (doVw) vwN[cell] += (p - p0) * capPf[s];
        if (doVl) vlN[cell] += c0 * r;
      }
      if (gi < ixForm.length && ixForm[gi] === d) {
        // the caps at this formation close, from the index's per-formation table
        for (let s = 0, t = gi * S; s < S; s++, t++) if (formationCaps[t] > 0) lastC[s] = formationCaps[t];
        gi++;
      }
      if (fi < formationDays.length && formationDays[fi] === d) {
        if (formed.length) for (const s of formed[formed.length - 1].members) bucketOf[s] = -1;
        const fm = form(d, state);
        for (let j = 0; j < fm.members.length; j++) {
          const s = fm.members[j];
          bucketOf[s] = fm.bucket[j];
          invPf[s] = 1 / fm.price[j];
          capPf[s] = fm.cap[j] / fm.price[j];
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
