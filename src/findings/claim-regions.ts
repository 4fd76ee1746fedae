/**
 * Regional subject ids in `Claim.subjects`: '<region>:small', '<region>:large', '<region>:market' with a
 * region of src/calendar/regions.ts ('europe:small' = "European small caps"). capgap's regional data are
 * Kenneth French's regional factors: SMB (small minus big, French regional breakpoints: "big" is the top
 * 90% of the region's market cap) and the market (Mkt-RF + RF), in US dollars, on the region's own trading
 * days. So a regional spread of small over large caps is SMB compounded daily, a regional market return is
 * Mkt-RF + RF compounded; the small or large leg alone is not published and cannot be checked.
 *
 * 'unheld:<what>' ids name what capgap holds no series for, with the command or data that would add it.
 */
import { REGIONS, type RegionId, region } from '../calendar/regions.ts';

/** What every regional verdict states. */
export const REGIONAL_NOTES = ['in US dollars', 'SMB, French regional breakpoints'] as const;

/** A regional subject. */
export interface RegionSubject {
  region: RegionId;
  leg: 'small' | 'large' | 'market';
}

/**
 * The regional subject an id names, or null ('us:…' is not regional: US claims have their own engines).
 * @example regionSubject('europe:small') // { region: 'europe', leg: 'small' }
 */
export function regionSubject(id: string): RegionSubject | null {
  const m = /^([a-z-]+):(small|large|market)$/.exec(id);
  if (!m || m[1] === 'us' || !REGIONS.some((r) => r.id === m[1])) return null;
  return { region: m[1] as RegionId, leg: m[2] as RegionSubject['leg'] };
}

/**
 * A regional subject in words: 'Europe small caps (SMB small leg)', 'the Europe market'.
 * @example regionWords({ region: 'europe', leg: 'market' }) // 'the Europe market'
 */
export function regionWords(s: RegionSubject): string {
  const label = region(s.region).label;
  return s.leg === 'market' ? `the ${label} market` : `${label} ${s.leg} caps`;
}

/** Things the reader recognises but capgap holds no series for: what is missing and what would add it. */
export const UNHELD: Readonly<Record<string, { label: string; what: string; needs: string }>> = {
  'uk-small': {
    label: 'UK small caps',
    what: 'UK small caps: capgap holds no UK size series (French publishes Europe as a whole)',
    needs: 'prices of a UK small-cap index, e.g. capgap import FTSE_SMALLCAP.csv (daily closes)',
  },
  'uk-market': {
    label: 'UK stocks',
    what: 'UK stocks: capgap holds no UK market series (French publishes Europe as a whole)',
    needs: 'capgap fetch prices ^FTSE --source yahoo (or capgap import ^FTSE.csv)',
  },
  'stoxx-small': {
    label: 'European small caps (STOXX)',
    what: 'the STOXX Europe Small 200 / Stoxx 600 small caps: not in capgap',
    needs: 'daily closes of the index, e.g. capgap import STOXX_SMALL200.csv',
  },
  'msci-small': {
    label: 'an MSCI small-cap index',
    what: 'an MSCI small-cap index: not in capgap',
    needs: 'daily closes of the index, e.g. capgap import MSCI_INDEX.csv',
  },
  'size-in-style': {
    label: 'a size group within a style',
    what: 'a size group inside a style ("the smallest quintile of value stocks"): capgap holds size groups of all stocks (French, the stock panel) and the style indexes\' ETFs (IWN, IJS, IWO, IJT), no size groups within a style',
    needs: "French's 25 portfolios formed on size and book-to-market, daily (capgap import FILE)",
  },
  'mutual-funds': {
    label: 'mutual funds',
    what: "mutual funds' flows: capgap's flows are ETFs' (the registry data/etfs.csv lists exchange-traded funds only)",
    needs:
      'a registry row per mutual fund in data/etfs.csv and their flows (capgap import --kind etf-flows FILE)',
  },
  'top-funds': {
    label: 'the largest funds of a category',
    what: 'some of a category\'s funds ("the top five small-cap ETFs") that the sentence does not name: capgap sums a category\'s funds, or one named fund',
    needs: "the funds named (IWM, IJR, …) or the whole category's flow (capgap import --kind etf-flows FILE)",
  },
  'equal-weight': {
    label: 'an equal-weight index',
    what: 'an equal-weight version of an index ("the equal-weighted Russell 2000"): capgap holds the indexes as published (cap-weighted) and the equal-weight S&P 500 (^SPXEW, RSP) only',
    needs: 'daily closes of the equal-weight index, e.g. capgap import INDEX.csv',
  },
  'middle-group': {
    label: 'a middle size group',
    what: 'a middle size group ("the middle 40%"): the checker reads groups at either end (the smallest or largest share of stocks)',
    needs:
      "the groups at the ends instead; French's middle 40% is in the store: capgap buckets --source french --scheme 30-40-30",
  },
};

/** The id for a regional claim stated in local currency (capgap's regional returns are in US dollars). */
export function localCurrencyId(r: RegionId): string {
  return `local-currency-${r}`;
}

/**
 * What is missing for an 'unheld:…' id, or null for any other id.
 * @example unheldSubject('unheld:uk-small')?.needs // 'prices of a UK small-cap index, …'
 */
export function unheldSubject(id: string): { what: string; needs: string } | null {
  const m = /^unheld:(.+)$/.exec(id);
  if (!m) return null;
  const local = /^local-currency-(.+)$/.exec(m[1]);
  if (local) {
    const label = REGIONS.find((r) => r.id === local[1])?.label ?? local[1];
    return {
      what: `a ${label} return in local currency: capgap's regional returns are French's, in US dollars`,
      needs: `local-currency index prices, e.g. capgap import ^STOXX.csv (or restate the claim in US dollars)`,
    };
  }
  // "The Russell 2500 gained 9.5%": an index named that capgap holds no prices for.
  const index = /^index:(.+)$/.exec(m[1]);
  if (index)
    return {
      what: `${index[1]}: an index capgap holds no prices for`,
      needs: 'daily closes of the index: capgap import INDEX.csv',
    };
  const style = /^style-category:(US (\w+) cap) (\w+)$/.exec(m[1]);
  if (style)
    return {
      what: `${style[1]} ${style[3]} funds are a style sub-category, not the ${style[1]} category; the ETF registry (data/etfs.csv) has no "${style[1]} ${style[3]}" category`,
      needs: `a "${style[1]} ${style[3]}" category in data/etfs.csv and its funds' flows (capgap import --kind etf-flows FILE)`,
    };
  return UNHELD[m[1]] ?? { what: `${m[1]}: not in capgap`, needs: 'capgap import FILE' };
}

/**
 * An 'unheld:…' id in words, for a claim's line; the id itself for any other.
 * @example unheldLabel('unheld:size-in-style') // 'a size group within a style'
 */
export function unheldLabel(id: string): string {
  const m = /^unheld:(.+)$/.exec(id);
  if (!m) return id;
  const style = /^style-category:(.+)$/.exec(m[1]);
  if (style) return `${style[1]} funds`;
  const local = /^local-currency-(.+)$/.exec(m[1]);
  if (local) return `${REGIONS.find((r) => r.id === local[1])?.label ?? local[1]} (local currency)`;
  return UNHELD[m[1]]?.label ?? m[1].replace(/^index:/, '');
}
