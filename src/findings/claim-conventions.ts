/**
 * The conventions of a claim: what a claim states or a checker varies (./convention-space.ts), and capgap's
 * defaults for anything a claim leaves unsaid (docs/report.md, "Conventions searched").
 */
import type { NewsTiming } from '../calendar/trading-days.ts';

/** Definitions a claim states or a checker varies. Unset fields take the defaults in DEFAULT_CONVENTIONS. */
export interface ClaimConventions {
  /** 'total' (adjusted closes) or 'price' (raw closes). */
  returnType?: 'total' | 'price';
  /**
   * The starting price: the close before the news, the open of the event day itself, the open of t0 (the
   * first session that can react), or the close of t0 (one session late).
   */
  base?: 'close-before' | 'open-event' | 'open-t0' | 'close-t0';
  /** End date moved by this many sessions (weeks for flows). */
  endShift?: number;
  /** 'value'; 'equal' (rebalanced daily); 'equal-hold' (equal at formation, then buy-and-hold; stock-built only). */
  weighting?: 'value' | 'equal' | 'equal-hold';
  /** Size groups: 10 (deciles), 20 (quintiles) or 30 (30/40/30), for spreads. */
  groups?: 10 | 20 | 30;
  /**
   * The market an excess return is measured against: French Mkt-RF + RF (CRSP value-weighted), the S&P 500
   * index, or the stock-built universe equal- or value-weighted (needs a stock panel).
   */
  market?: 'french' | '^GSPC' | 'universe-ew' | 'universe-vw';
  timing?: NewsTiming;
  /** Size groups from French's published portfolios or built from the stock panel. */
  source?: 'french' | 'stocks';
  /** Stock-built groups: breakpoints from NYSE stocks only (as French) or all eligible stocks. */
  breakpoints?: 'nyse' | 'all';
  /** Stock-built groups: common stocks only (as French's share codes 10, 11) or every listed type. */
  universe?: 'common' | 'all';
  /** An index return read from the index itself, or from the ETF that tracks it (^RUT → IWM, ^GSPC → SPY). */
  proxy?: 'index' | 'etf';
  /** A month window: the whole month, or month to date (through `to`; provisional). */
  period?: 'month' | 'to-date';
  /** Flows: the week ends on Friday or (ICI's convention) Wednesday. */
  weekEnd?: 'fri' | 'wed';
  /** Flows: the whole week, or the part before / after the news (t0). */
  part?: 'whole' | 'before' | 'after';
  /**
   * A sector: the S&P 500 sector read from its SPDR ETF (XLI for industrials; large caps, value-weighted,
   * total return), or built from the stock panel (every stock with that GICS sector; see `weighting`).
   */
  sectorSource?: 'etf' | 'stocks';
  /** Sector × size cells ("small-cap industrials"): size breakpoints from the whole universe or within the sector. */
  within?: 'universe' | 'sector';
  /**
   * "The week after the vote" for a return: the calendar week whose trading reacts to the news (Friday-ending,
   * the default), or the five sessions after it.
   */
  week?: 'calendar' | 'sessions';
  /**
   * A return as stated: over the window ('window'), or as an annual rate ('annual': "an annualized 7.5%",
   * "7.5% a year"), (1 + R)^(365.25 / d) − 1 with d the calendar days from the base close to the end close;
   * a spread of annual rates is the difference of the two rates; or as the mean of the calendar years' returns
   * in the window ('annual-mean': "has averaged 2% a year since 1927", full years only, ../annual-rate.ts), or
   * of its calendar months' returns ('monthly-mean': "averaged 0.2% a month between 1926 and 2019").
   */
  rate?: 'window' | 'annual' | 'annual-mean' | 'monthly-mean';
  /**
   * A spread or an excess return as the difference of the two returns ('difference'), or as the change in
   * the ratio of the two ('ratio', a relative return: (1 + a) / (1 + b) − 1), as "the RTY/SPX ratio rose
   * 3.7%" states it.
   */
  relative?: 'difference' | 'ratio';
  /**
   * A distance from a high or a low as a share of that reference close ('reference': "2.0% below its record",
   * the fall from it) or of the claimed day's close ('close': the move that would take it back, "would need
   * to rise 2.1% to regain its record"); the sign is the side either way (below: negative).
   */
  distanceBase?: 'reference' | 'close';
}

/** capgap's defaults for anything a claim leaves unsaid. */
export const DEFAULT_CONVENTIONS: Required<Omit<ClaimConventions, 'groups'>> = {
  returnType: 'total',
  base: 'close-before',
  endShift: 0,
  weighting: 'value',
  market: 'french',
  timing: 'after-close',
  source: 'french',
  breakpoints: 'nyse',
  universe: 'common',
  proxy: 'index',
  period: 'month',
  weekEnd: 'fri',
  part: 'whole',
  sectorSource: 'etf',
  within: 'universe',
  week: 'calendar',
  rate: 'window',
  relative: 'difference',
  distanceBase: 'reference',
};

/**
 * Conventions a claim may state that the search must keep: an alternative that changes one is another claim.
 * The news's timing is kept only beside a stated base: together they name the close a return starts from
 * ("from its Election Day close": after the close, from the close before the first session after).
 */
const PINNED = new Set<keyof ClaimConventions>(['base', 'timing', 'returnType']);

/**
 * The conventions `conventions` states that no alternative may change ("from its Election Day close": the
 * base; ../check-judge.ts shows such an alternative as the nearest, never as support).
 * @example pinnedConventions({ conventions: { base: 'close-before', weighting: 'equal' } }) // ['base']
 * @example pinnedConventions({ conventions: { weighting: 'equal' }, pinned: ['weighting'] }) // ['weighting']
 */
export function pinnedConventions(claim: {
  conventions?: ClaimConventions;
  pinned?: (keyof ClaimConventions)[];
}): (keyof ClaimConventions)[] {
  const c = claim.conventions ?? {};
  return (Object.keys(c) as (keyof ClaimConventions)[]).filter(
    (k) => (PINNED.has(k) && (k !== 'timing' || c.base)) || claim.pinned?.includes(k),
  );
}
