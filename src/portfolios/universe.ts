/**
 * The eligible universe at a formation day, with every exclusion counted by reason.
 *
 * A stock is eligible at the close of formation day f when (checked in this order; the first failing
 * check is its reason): its security type is allowed (default: common only; see formats/security-type.ts); its
 * exchange is allowed (default: any); it has a bar on day f ('not listed yet' when its first bar is later,
 * else 'no bar on formation day': delisted or not trading); it has a market cap at f; price >= minPrice;
 * cap >= minCap; and it has traded for at least minHistory trading days before f.
 */
import type { Panel } from './panel.ts';
import { atOrBefore, type PanelIndex } from './panel-index.ts';

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
  /** Position (panel-index.ts) of each member's row on the formation day. */
  pos: Int32Array;
  /** Price and cap of each member at the formation close. */
  price: Float64Array;
  cap: Float64Array;
  /** Count per exclusion reason, indexed like EXCLUSION_REASONS. */
  excluded: Int32Array;
}

/**
 * The eligible stocks at day index f and the count per exclusion reason. Stocks with no valid price
 * anywhere in the panel are not counted. The cap at f is the last cap on or before f (carried forward).
 * @example const { members, excluded } = eligibleAt(panel, indexPanel(panel), f, staticChecks(panel), {});
 */
export function eligibleAt(
  panel: Panel,
  ix: PanelIndex,
  f: number,
  checks: Uint8Array,
  options: UniverseOptions = {},
): Eligible {
  const S = panel.ids.length;
  const minPrice = options.minPrice ?? 0;
  const minCap = options.minCap ?? 0;
  const minHistory = options.minHistory ?? 0;
  const excluded = new Int32Array(EXCLUSION_REASONS.length);
  const members = new Int32Array(S);
  const pos = new Int32Array(S);
  const price = new Float64Array(S);
  const cap = new Float64Array(S);
  const order = ix.order;
  const target = ix.days[f];
  let m = 0;
  for (let s = 0; s < S; s++) {
    if (ix.first[s] < 0) continue;
    let reason = -1;
    let p = -1;
    let c = Number.NaN;
    let px = Number.NaN;
    if (checks[s] === 1) reason = 0;
    else if (checks[s] === 2) reason = 1;
    else if (ix.first[s] > f) reason = 2;
    else {
      p = atOrBefore(panel, ix, s, f);
      const row = order ? order[p] : p;
      px = panel.price[row];
      if (panel.day[row] !== target || !(px > 0)) reason = 3;
      else {
        for (let k = p; k >= ix.start[s]; k--) {
          const ck = panel.cap[order ? order[k] : k];
          if (ck > 0) {
            c = ck;
            break;
          }
        }
        if (!(c > 0)) reason = 4;
        else if (px < minPrice) reason = 5;
        else if (c < minCap) reason = 6;
        else if (f - ix.first[s] < minHistory) reason = 7;
      }
    }
    if (reason >= 0) excluded[reason]++;
    else {
      members[m] = s;
      pos[m] = p;
      price[m] = px;
      cap[m] = c;
      m++;
    }
  }
  return {
    members: members.slice(0, m),
    pos: pos.slice(0, m),
    price: price.slice(0, m),
    cap: cap.slice(0, m),
    excluded,
  };
}
