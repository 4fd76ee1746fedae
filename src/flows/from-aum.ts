/**
 * Flows from total net assets and NAV: the change in assets not explained by the NAV's own return,
 *   flow_t = AUM_t − AUM_{t−1} × (k_t · NAV_t / NAV_{t−1})
 * where k_t is the split factor on date t (a 2-for-1 split halves NAV while assets stay put, so k = 2 keeps
 * the ratio a return). Splits are detected from the implied share count AUM/NAV (see ./splits.ts). The NAV
 * ratio is a price return: a distribution lowers NAV and AUM together, so it is not a flow.
 */

import type { MethodFlows } from './from-shares.ts';
import { type FlowInputs, navOrPrice } from './inputs.ts';
import { SPLIT_TOLERANCE, splitFactorAt } from './splits.ts';

/**
 * Flows of every row by the AUM-and-NAV method (see the module comment for the formula).
 * @example aumFlows(inputs).flow // Float64Array [NaN, 1_500_000, …]
 */
export function aumFlows(
  x: FlowInputs,
  options: { detectSplits?: boolean; tolerance?: number } = {},
): MethodFlows {
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
    const aum = x.aum[i];
    const aumPrev = x.aum[i - 1];
    const k = splitFactorAt(
      x.split ? x.split[i] : Number.NaN,
      aumPrev / navPrev,
      aum / nav,
      navPrev,
      nav,
      detect,
      tol,
    );
    split[i] = k;
    flow[i] = aum - (aumPrev * k * nav) / navPrev;
  }
  return { flow, split, navFromPrice };
}
