/**
 * The eligible universe at a formation day, with every exclusion counted by reason.
 *
 * A stock is eligible at the close of formation day f when (checked in this order; the first failing
 * check is its reason): its security type is allowed (default: common only; see security-type.ts); its
 * exchange is allowed (default: any); it has a bar on day f ('not listed yet' when its first bar is later,
 * else 'no bar on formation day': delisted or not trading); it has a market cap at f; price >= minPrice;
 * cap >= minCap; and it has traded for at least minHistory trading days before f.
 */
import type { Panel, PanelGrid } from './panel.ts';

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

/**
 * The eligible stocks at grid day f (ascending stock indices) and the count per exclusion reason
 * (indexed like EXCLUSION_REASONS). Stocks with no bar at all in the panel are not counted.
 * @example const { members, excluded } = eligibleAt(grid, f, staticChecks(panel), {});
 */
export function eligibleAt(
  grid: PanelGrid,
  f: number,
  checks: Uint8Array,
  options: UniverseOptions = {},
): { members: Int32Array; excluded: Int32Array } {
  const S = grid.nStocks;
  const minPrice = options.minPrice ?? 0;
  const minCap = options.minCap ?? 0;
  const minHistory = options.minHistory ?? 0;
  const excluded = new Int32Array(EXCLUSION_REASONS.length);
  const members = new Int32Array(S);
  let m = 0;
  const row = f * S;
  for (let s = 0; s < S; s++) {
    if (grid.first[s] < 0) continue;
    let reason = -1;
    if (checks[s] === 1) reason = 0;
    else if (checks[s] === 2) reason = 1;
    else if (grid.first[s] > f) reason = 2;
    else if (!grid.observed[row + s]) reason = 3;
    else if (!(grid.cap[row + s] > 0)) reason = 4;
    else if (grid.price[row + s] < minPrice) reason = 5;
    else if (grid.cap[row + s] < minCap) reason = 6;
    else if (f - grid.first[s] < minHistory) reason = 7;
    if (reason >= 0) excluded[reason]++;
    else members[m++] = s;
  }
  return { members: members.slice(0, m), excluded };
}
