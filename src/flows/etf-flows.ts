/**
 * Daily ETF flows from whatever inputs a row has, with the method named per row and disagreements flagged.
 *
 * Method 'auto' (default) takes, per row: the vendor's flow if given, else shares outstanding × NAV, else
 * AUM and NAV. Where two or more methods can be computed on a row and they differ by more than
 * max(absolute, relative × the larger magnitude) (defaults $1m and 5%), the row is flagged as a
 * disagreement; the chosen flow stays as the method order says.
 */
import { aumFlows } from './from-aum.ts';
import { type SharesFlowOptions, sharesFlows } from './from-shares.ts';
import { checkFlowInputs, type FlowInputs } from './inputs.ts';

/** How a row's flow was obtained. */
export type FlowMethod = 'given' | 'shares' | 'aum';
export const FLOW_METHODS: readonly FlowMethod[] = ['given', 'shares', 'aum'];
/** Per-row method codes: 0 = none (no flow), 1 = given, 2 = shares, 3 = aum. */
export const METHOD_CODES = ['none', 'given', 'shares', 'aum'] as const;

/** Options of {@link etfFlows}. */
export interface EtfFlowOptions extends SharesFlowOptions {
  /** 'auto' (default) or one method for every row. */
  method?: 'auto' | FlowMethod;
  /** Disagreement threshold, relative to the larger magnitude; defaults to 0.05. */
  relative?: number;
  /** Disagreement threshold in USD; defaults to 1,000,000. */
  absolute?: number;
}

/** Daily flows with their provenance per row. */
export interface EtfFlows {
  flow: Float64Array;
  /** METHOD_CODES index per row. */
  method: Uint8Array;
  /** 1 where two methods disagree beyond the threshold. */
  disagree: Uint8Array;
  /** The split factor applied (1 if none). */
  split: Float64Array;
  /** 1 where the close stood in for NAV. */
  navFromPrice: Uint8Array;
  /** Each method's own flows, for inspection. */
  byMethod: Record<FlowMethod, Float64Array>;
  counts: { rows: number; missing: number; disagreements: number; splits: number; navFromPrice: number };
}

/**
 * Daily flows of every row (see the module comment for the method order and the disagreement rule).
 * @example etfFlows(inputs, { method: 'auto' }).counts // { rows, missing, disagreements, splits, navFromPrice }
 */
export function etfFlows(x: FlowInputs, options: EtfFlowOptions = {}): EtfFlows {
  const n = checkFlowInputs(x);
  const choice = options.method ?? 'auto';
  if (choice !== 'auto' && !FLOW_METHODS.includes(choice)) {
    throw new Error(
      `invalid flow method: ${JSON.stringify(choice)}; expected auto, ${FLOW_METHODS.join(', ')}`,
    );
  }
  const rel = options.relative ?? 0.05;
  const abs = options.absolute ?? 1e6;
  const sh = sharesFlows(x, options);
  const au = aumFlows(x, options);
  const byMethod = { given: x.flow, shares: sh.flow, aum: au.flow };
  const flow = new Float64Array(n).fill(Number.NaN);
  const method = new Uint8Array(n);
  const disagree = new Uint8Array(n);
  const split = new Float64Array(n).fill(1);
  const navFromPrice = new Uint8Array(n);
  const counts = { rows: n, missing: 0, disagreements: 0, splits: 0, navFromPrice: 0 };
  const order: FlowMethod[] = choice === 'auto' ? ['given', 'shares', 'aum'] : [choice];
  for (let i = 0; i < n; i++) {
    for (const m of order) {
      if (!Number.isNaN(byMethod[m][i])) {
        flow[i] = byMethod[m][i];
        method[i] = FLOW_METHODS.indexOf(m) + 1;
        break;
      }
    }
    if (method[i] === 2 || method[i] === 3) {
      const src = method[i] === 2 ? sh : au;
      split[i] = src.split[i];
      navFromPrice[i] = src.navFromPrice[i];
    }
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const m of FLOW_METHODS) {
      const v = byMethod[m][i];
      if (Number.isNaN(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi > lo && hi - lo > Math.max(abs, rel * Math.max(Math.abs(lo), Math.abs(hi)))) disagree[i] = 1;
    if (Number.isNaN(flow[i])) counts.missing++;
    counts.disagreements += disagree[i];
    if (split[i] !== 1) counts.splits++;
    counts.navFromPrice += navFromPrice[i];
  }
  return { flow, method, disagree, split, navFromPrice, byMethod, counts };
}
