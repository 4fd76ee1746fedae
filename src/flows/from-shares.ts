/**
 * Flows from shares outstanding and NAV (the creation/redemption method):
 *   flow_t = (SO_t − k_t · SO_{t−1}) × NAV_t                (navTiming 'current', the default)
 *   flow_t = (SO_t − k_t · SO_{t−1}) × NAV_{t−1} / k_t      (navTiming 'previous')
 * where k_t is the split factor on date t (1 on ordinary days; see ./splits.ts), so splits and reverse
 * splits never create phantom flows. NAV falls back to the closing price where missing (flagged). The
 * previous row is the ticker's previous observation: a gap of several days is one flow, dated t.
 */
import { type FlowInputs, navOrPrice } from './inputs.ts';
import { SPLIT_TOLERANCE, splitFactorAt } from './splits.ts';

/** Options of the share-count method. */
export interface SharesFlowOptions {
  /** Value the share change at today's NAV ('current', default) or yesterday's ('previous'). */
  navTiming?: 'current' | 'previous';
  /** Detect unannounced splits from matched share/NAV jumps; defaults to true. */
  detectSplits?: boolean;
  /** Tolerance of split detection; defaults to 0.05. */
  tolerance?: number;
}

/** Per-row output of a flow method. */
export interface MethodFlows {
  /** USD; NaN where the method cannot compute it (first row of a ticker, missing inputs). */
  flow: Float64Array;
  /** The split factor applied on the row (1 if none). */
  split: Float64Array;
  /** 1 where the closing price stood in for a missing NAV. */
  navFromPrice: Uint8Array;
}

/**
 * Flows of every row by the share-count method (see the module comment for the formula).
 * @example sharesFlows(inputs).flow // Float64Array [NaN, 2_000_000, …]
 */
export function sharesFlows(x: FlowInputs, options: SharesFlowOptions = {}): MethodFlows {
  const timing = options.navTiming ?? 'current';
  if (timing !== 'current' && timing !== 'previous') {
    throw new Error(`invalid NAV timing: ${JSON.stringify(timing)}; expected "current" or "previous"`);
  }
  const detect = options.detectSplits ?? true;
  const tol = options.tolerance ?? SPLIT_TOLERANCE;
  const n = x.day.length;
  const flow = new Float64Array(n).fill(Number.NaN);
  const split = new Float64Array(n).fill(1);
  const navFromPrice = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const nav = navOrPrice(x, i, navFromPrice);
    if (i === 0 || x.ticker[i] !== x.ticker[i - 1]) continue;
    const navPrev = navOrPrice(x, i - 1);
    const so = x.shares[i];
    const soPrev = x.shares[i - 1];
    const k = splitFactorAt(x.split ? x.split[i] : Number.NaN, soPrev, so, navPrev, nav, detect, tol);
    split[i] = k;
    const units = so - k * soPrev;
    flow[i] = timing === 'current' ? units * nav : (units * navPrev) / k;
  }
  return { flow, split, navFromPrice };
}
