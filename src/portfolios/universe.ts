/**
 * The eligible universe at a formation day, with every exclusion counted by reason.
 *
 * A stock is eligible at the close of formation day f when (checked in this order; the first failing
 * check is its reason): its security type is allowed (default: common only; see formats/security-type.ts); its
 * exchange is allowed (default: any); it has a bar on day f ('not listed yet' when its first bar is later,
 * else 'no bar on formation day': delisted or not trading); it has a market cap at f; price >= minPrice;
 * cap >= minCap; and it has traded for at least minHistory trading days before f.
 */

import type { WalkState } from './kernel.ts';
import type { Panel } from './panel.ts';

/** What eligibility needs of an index: each stock's first day with a valid price, and the stock count. */
export interface StockFirsts {
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  nStocks: number;
}

/** Universe filters; all optional. */
export interface UniverseOptions {
  /** Security types kept; defaults to ['common']. Stocks with no type are 'unknown'. */
  types?: readonly string[];
  /** Exchanges kept (e.g. ['NYSE', 'NASDAQ']); defaults to all, including unknown. */
  exchanges?: readonly string[];
  /** Minimum price at formation in USD; defaults to 0 (none). */
  minPrice?: number;
  /** Minimum market cap at formation in USD; defaults to 0 (none). */
  minCap?: number;
  /** Minimum trading days between the first bar and the formation day; defaults to 0. */
  minHistory?: number;
}

/** Exclusion reasons, in the order they are checked. */
export const EXCLUSION_REASONS = [
  'security type',
  'exchange',
  'not listed yet',
  'no bar on formation day',
  'no market cap',
  'price below minimum',
  'cap below minimum',
  'short history',
] as const;

/**
 * Per-stock static check (type and exchange): 0 = passes, 1 = type, 2 = exchange.
 * @example staticChecks(panel, { types: ['common', 'reit'] })
 */
export function staticChecks(panel: Panel, options: UniverseOptions = {}): Uint8Array {
  const types = new Set(options.types ?? ['common']);
  const exchanges = options.exchanges ? new Set(options.exchanges.map((e) => e.toUpperCase())) : null;
  const S = panel.ids.length;
  const out = new Uint8Array(S);
  for (let s = 0; s < S; s++) {
    const t = panel.securityType?.[s] ?? 'unknown';
    if (!types.has(t)) out[s] = 1;
    else if (exchanges && !exchanges.has((panel.exchange?.[s] ?? '').toUpperCase())) out[s] = 2;
  }
  return out;
}

/** The eligible stocks at a formation day and what the kernel needs of each. */
export interface Eligible {
  /** Stock indices, ascending. */
  members: Int32Array;
  /** Price and cap of each member at the formation close. */
  price: Float64Array;
  cap: Float64Array;
  /** Count per exclusion reason, indexed like EXCLUSION_REASONS. */
  excluded: Int32Array;
}

/**
 * The eligible stocks at the close of day index f, from the kernel's walk state at that close (last
 * valid price, last cap and day of the last valid bar per stock), and the count per exclusion reason.
 * Stocks with no valid price anywhere in the panel are not counted. The cap at f is the last cap on or
 * before f (carried forward).
 * @example bucketKernel(ix, days, (f, state) => toFormed(eligibleAt(ix, state, f, staticChecks(panel))), 10, ['value'])
 */
export function eligibleAt(
  ix: StockFirsts,
  state: WalkState,
  f: number,
  checks: Uint8Array,
  options: UniverseOptions = {},
): Eligible {
  const S = ix.nStocks;
  const minPrice = options.minPrice ?? 0;
  const minCap = options.minCap ?? 0;
  const minHistory = options.minHistory ?? 0;
  const excluded = new Int32Array(EXCLUSION_REASONS.length);
  const members = new Int32Array(S);
  const price = new Float64Array(S);
  const cap = new Float64Array(S);
  const first = ix.first;
  let m = 0;
  for (let s = 0; s < S; s++) {
    if (first[s] < 0) continue;
    let reason = -1;
    const px = state.price[s];
    const c = state.cap[s];
    if (checks[s] === 1) reason = 0;
    else if (checks[s] === 2) reason = 1;
    else if (first[s] > f) reason = 2;
    else if (state.seen[s] !== f) reason = 3;
    else if (!(c > 0)) reason = 4;
    else if (px < minPrice) reason = 5;
    else if (c < minCap) reason = 6;
    else if (f - first[s] < minHistory) reason = 7;
    if (reason >= 0) excluded[reason]++;
    else {
      members[m] = s;
      price[m] = px;
      cap[m] = c;
      m++;
    }
  }
  return { members: members.slice(0, m), price: price.slice(0, m), cap: cap.slice(0, m), excluded };
}
