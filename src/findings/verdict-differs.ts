/**
 * What differs between two convention sets, in words ("price return; from the event day's open"), for the
 * verdict line's "under another convention" and "nearest convention".
 */
import type { Claim } from './claim.ts';
import type { Resolved } from './evaluator.ts';

const BASE_WORDS: Record<Resolved['base'], string> = {
  'close-before': 'from the last close before the news',
  'open-event': "from the event day's open",
  'open-t0': 'from the open of the first session after the news',
  'close-t0': 'from the close of the first session after the news',
};

// A window with no event ("from Nov. 16 to Dec. 16", "the week ended Dec. 16"): the base moves within it.
const WINDOW_BASE_WORDS: Record<Resolved['base'], string> = {
  'close-before': 'from the last close before the period',
  'open-event': "from the period's first open",
  'open-t0': "from the open of the period's first session",
  'close-t0': "from the close of the period's first session",
};

const WEIGHT_WORDS: Record<Resolved['weighting'], string> = {
  value: 'value-weighted',
  equal: 'equal-weighted (rebalanced daily)',
  'equal-hold': 'equal-weighted buy-and-hold',
};

const MARKET_WORDS: Record<Resolved['market'], string> = {
  french: "the market = French's value-weighted market (Mkt-RF + RF)",
  '^GSPC': 'the market = the S&P 500',
  'universe-ew': 'the market = the equal-weighted stock universe',
  'universe-vw': 'the market = the value-weighted stock universe',
};

/**
 * What differs between two convention sets, in words: 'price return; from the event day's open'. A base
 * shift in a window with no event (`window`: dates, a calendar week or month) is said of the period, not
 * of "the news".
 * @example describeDifference(own, { ...own, returnType: 'price' }) // 'price return'
 */
export function describeDifference(
  own: Resolved,
  c: Resolved,
  metric: Claim['metric'] = 'return',
  window?: Claim['window'],
): string {
  const news =
    !window ||
    window.kind === 'since' ||
    window.kind === 'sessions' ||
    (window.kind === 'week' && !!window.event);
  const parts: string[] = [];
  if (c.proxy !== own.proxy)
    parts.push(c.proxy === 'etf' ? 'the ETF tracking the index instead of the index' : 'the index itself');
  if (c.returnType !== own.returnType && metric !== 'flow') parts.push(`${c.returnType} return`);
  if (c.base !== own.base) parts.push((news ? BASE_WORDS : WINDOW_BASE_WORDS)[c.base]);
  if (c.endShift !== own.endShift) {
    const d = c.endShift - own.endShift;
    const unit = metric === 'flow' ? 'week' : 'session';
    parts.push(`end ${Math.abs(d)} ${unit}${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'later' : 'earlier'}`);
  }
  if (
    c.source !== own.source ||
    (c.source === 'stocks' && (c.breakpoints !== own.breakpoints || c.universe !== own.universe))
  ) {
    parts.push(
      c.source === 'french'
        ? "French's portfolios (NYSE breakpoints)"
        : `built from stocks (${c.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${c.universe === 'common' ? 'common stocks' : 'every listed type'})`,
    );
  }
  if (c.weighting !== own.weighting) parts.push(WEIGHT_WORDS[c.weighting]);
  if (c.distanceBase !== own.distanceBase)
    parts.push(
      c.distanceBase === 'close'
        ? 'as a share of the close (the move back to it)'
        : 'as a share of the reference close',
    );
  if (c.relative !== own.relative)
    parts.push(
      c.relative === 'ratio' ? 'the change in the ratio of the two' : 'the difference of the two returns',
    );
  if (c.rate !== own.rate)
    parts.push(
      c.rate === 'annual'
        ? 'the compound annual rate, not the mean of the yearly returns'
        : `rate: ${c.rate}`,
    );
  if (c.week !== own.week)
    parts.push(
      c.week === 'sessions' ? 'the five sessions after the news, not the calendar week' : 'the calendar week',
    );
  if (c.groups !== own.groups && c.source === 'french')
    parts.push(`smallest ${c.groups}% vs largest ${c.groups}%`);
  if (c.market !== own.market) parts.push(MARKET_WORDS[c.market]);
  if (c.period !== own.period)
    parts.push(
      c.period === 'to-date' ? 'compounded from daily returns (month to date)' : 'the monthly return',
    );
  if (c.weekEnd !== own.weekEnd) parts.push(`weeks ending ${c.weekEnd === 'wed' ? 'Wednesday' : 'Friday'}`);
  if (c.part !== own.part)
    parts.push(
      c.part === 'after'
        ? 'only the part of the week after the news'
        : c.part === 'before'
          ? 'only the part of the week before the news'
          : 'the whole week',
    );
  if (c.timing !== own.timing)
    parts.push(
      c.timing === 'intraday'
        ? 'counting the event day itself (news during the session: from the close before it)'
        : c.timing === 'after-close'
          ? "from the event day's close (news after the close)"
          : `news ${c.timing}`,
    );
  if (c.sectorSource !== own.sectorSource)
    parts.push(
      c.sectorSource === 'etf'
        ? "the sector's Select Sector SPDR ETF (S&P 500 sector)"
        : 'the sector built from the stock panel',
    );
  if (c.within !== own.within)
    parts.push(`size breakpoints ${c.within === 'sector' ? 'within the sector' : 'from the whole universe'}`);
  return parts.join('; ');
}
