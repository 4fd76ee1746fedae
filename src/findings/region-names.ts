/**
 * How sentences name a region's small caps and its market ('European small caps', 'the European stock
 * market (in US dollars)'): the subjects of the regional findings (./region-findings.ts).
 */
import type { RegionId } from '../calendar/regions.ts';

const SMALL_CAPS: Record<RegionId, string> = {
  us: 'US small caps',
  europe: 'European small caps',
  'developed-ex-us': 'small caps in developed markets outside the US',
  developed: 'small caps in developed markets',
  'north-america': 'North American small caps',
  japan: 'Japanese small caps',
  'asia-pacific-ex-japan': 'Asia Pacific ex Japan small caps',
  emerging: 'emerging-market small caps',
};

const MARKET: Record<RegionId, string> = {
  us: 'the US stock market',
  europe: 'the European stock market',
  'developed-ex-us': 'the developed stock markets outside the US',
  developed: 'the developed stock markets',
  'north-america': 'the North American stock market',
  japan: 'the Japanese stock market',
  'asia-pacific-ex-japan': 'the Asia Pacific ex Japan stock markets',
  emerging: 'the emerging stock markets',
};

/**
 * The region's small caps in prose.
 * @example smallCapsOf('europe') // 'European small caps'
 */
export function smallCapsOf(id: RegionId): string {
  return SMALL_CAPS[id];
}

/**
 * The region's market in prose, with its currency.
 * @example marketOf('europe') // 'the European stock market (in US dollars)'
 */
export function marketOf(id: RegionId): string {
  return `${MARKET[id]} (in US dollars)`;
}
