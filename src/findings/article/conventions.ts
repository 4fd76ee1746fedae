/**
 * Conventions a sentence states in words, which the checker then takes as the claim's own rather than
 * searching for them: "value-weighted" / "equal-weighted" (weighting), "by NYSE breakpoints" /
 * "all-stock breakpoints" (breakpoints of size groups), "price return" / "total return", "on a total-return
 * basis", "including dividends" / "excluding dividends" (return type), "annualized", "7.5% a year" (an annual rate),
 * "the RTY/SPX ratio", "the ratio of X to Y" (a spread as the change in the ratio: `relative`).
 * capgap's own sentences say these ("the smallest 10% of stocks by NYSE breakpoints (value-weighted)").
 */
import type { ClaimConventions, ClaimMetric } from '../claim.ts';

const WEIGHTED =
  /\bvalue[- ]weighted\b|\bweighted\s+by\s+market\s+(?:value|cap(?:itali[sz]ation)?)\b|\b(?:market[- ])?cap(?:itali[sz]ation)?[- ]weighted\s+(?=(?:basis|terms)\b)|\bequal(?:ly)?[- ]weighted\b|\b(?:with|using|on|and|under)\s+(?:equal|value)\s+weight(?:s|ing)\b|\b(?:equal|value)[- ]weighting\b/gi;

/** After a weighting, an index's name: "equal-weighted S&P 500", "cap-weighted counterpart". */
const NAMED =
  /^\s+(?:s&p\b|russell\b|index\b|indices\b|version\b|counterparts?\b|benchmarks?\b|gauges?\b|parent\b)/i;

const ANNUAL =
  /\bannuali[sz]ed\b|\b(?:compound(?:ed)?|average)\s+annual\s+(?:rate|return|gain|growth)|\ban?\s+annual\s+(?:rate|return|gain|growth)\s+of\b|\bCAGR\b|\bper\s+annum\b|\bon\s+an\s+annual(?:i[sz]ed)?\s+basis\b|\d\s*(?:%|\s?per\s?cent|\s?percent|\s?(?:percentage\s+)?points?)\s+(?:(?:a|per)\s+year|annually)\b/i;

/**
 * True when the sentence states an annual rate: an ANNUAL phrase, not one that names a norm with no number of
 * its own ("posted a 10% gain in 2024, roughly matching its 10-year average annual return").
 */
function annualRate(text: string): boolean {
  for (const m of text.matchAll(new RegExp(ANNUAL.source, 'gi'))) {
    const norm =
      /\b(?:its|their|the)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, m.index)) &&
      !/^\s+of\s+[-+]?\d/i.test(text.slice(m.index + m[0].length));
    if (!norm) return true;
  }
  return false;
}

/** A mean per month: "0.2% a month", "0.2% per month", "an average monthly return of", "a monthly average of". */
const MONTHLY =
  /\d\s*(?:%|\s?per\s?cent|\s?percent)\s+(?:a|per)\s+month\b|\baverage\s+monthly\s+(?:return|gain|premium)\b|\bmonthly\s+average\b|\baverag(?:e|ed|es|ing)\b[^;]{0,40}\bmonthly\s+(?:gain|return|loss)\b/i;

/** "RTY/SPX ratio", "the R2K/SPX ratio", "the ratio of the Russell 2000 to the S&P 500", "IWM/SPY", "on a relative-return basis". */
const RATIO =
  /\bratio\s+of\s+(?:the\s+)?[\w&^ .'-]{2,40}?\s+to\s+|\b[A-Z^][A-Z\d^]{1,5}\s*\/\s*[A-Z^][A-Z\d^]{1,5}\b(?=\s*(?:ratio|pair|is|was|has|have|rose|fell|jumped|climbed|gained|dropped|slid|up|down|[+\-−:]))|\brelative[- ]return\s+basis\b/;

/**
 * "needs to gain 2% to reach …", "would need to rise 2.1% more to regain …", "It would take a 1% rally for the
 * Russell 2000 to get back to …", "would need a 1.4% gain to regain …": the move back to a reference.
 */
const NEED_BACK_WORDS =
  /\b(?:needs?\s+to\s+(?:rise|gain|climb|rally|advance|jump|add|fall|drop|decline|lose)\b|(?:needs?|take|takes|require|requires)\s+an?\s+[\d.]+\s*(?:%|per\s?cent|percent)\s+(?:rally|gain|rise|advance|climb|rebound|bounce|jump)\b)[^;]{0,40}?\bto\s+(?:regain|reclaim|reach|hit|return\s+to|get\s+back\s+to|match|retake|revisit|recover|top)\b/i;

/** A price return's words, and a total return's. */
const PRICE_WORDS =
  /\bprice[- ]return\b|\b(?:excluding|without)\s+dividends\b|\b(?:in|on\s+a)\s+price\s+(?:terms|basis)\b/gi;
const TOTAL_WORDS =
  /\btotal[- ]return\b|\b(?:including|with|plus)\s+(?:reinvested\s+)?dividends\b|\bdividends\s+reinvested\b/gi;

/**
 * The conventions a sentence states for a claim of `metric` (its number at `at`).
 * @example statedConventions('the smallest 10% by NYSE breakpoints (equal-weighted)', 'spread') // { weighting: 'equal', breakpoints: 'nyse' }
 */
export function statedConventions(text: string, metric: ClaimMetric, at = 0): ClaimConventions {
  const out: ClaimConventions = {};
  const groups = metric === 'spread' || metric === 'excess-return';
  if (groups || metric === 'return') {
    // "Equal-weighted, the smallest quintile rose 12%; value-weighted, the largest managed 3.5%": each
    // number takes the weighting said last before it, else the first said after it.
    // "the equal-weighted S&P 500" names an index (./subjects.ts), it states no weighting for the claim.
    const said = [...text.matchAll(WEIGHTED)].filter((m) => !NAMED.test(text.slice(m.index + m[0].length)));
    const w = said.filter((m) => m.index < at).pop() ?? said[0];
    // "On a market-cap-weighted basis" is value-weighted: only "equal" says equal.
    if (w) out.weighting = /equal/i.test(w[0]) ? 'equal' : 'value';
    if (/\bby\s+NYSE\s+breakpoints\b|\bNYSE[- ]breakpoint/i.test(text)) out.breakpoints = 'nyse';
    else if (
      /\ball[- ]stock\s+breakpoints\b|\bbreakpoints\s+from\s+all\s+stocks\b|\buniverse\s+breakpoints\b/i.test(
        text,
      )
    )
      out.breakpoints = 'all';
  }
  // "The RTY/SPX ratio rose 3.7%", "the ratio of the Russell 2000 to the S&P 500": a relative return.
  if (groups && RATIO.test(text)) out.relative = 'ratio';
  // "would need to rise 2.1% to regain its record": the distance as a share of the close (../claim.ts).
  if (metric === 'distance' && NEED_BACK_WORDS.test(text)) out.distanceBase = 'close';
  // "an annualized 7.5%", "7.5% a year", "a compound annual return of": an annual rate (../claim.ts, `rate`).
  // "has averaged 2% a year", "an average of 2% a year": the mean of the years' returns (the CAGR is searched too).
  if ((groups || metric === 'return') && annualRate(text))
    out.rate = /\baverag(?:e|ed|es|ing)\b(?!\s+annual\s+total)/i.test(text) ? 'annual-mean' : 'annual';
  // "averaged 0.2% a month between 1926 and 2019", "an average monthly return of 0.2%": the months' mean (the
  // number's own words, not another's: "rose 11% in November, above its average monthly gain of 0.9%").
  else if ((groups || metric === 'return') && MONTHLY.test(text.slice(Math.max(0, at - 45), at + 25)))
    out.rate = 'monthly-mean';
  if (metric === 'return') {
    // "on a total-return basis", "including dividends", "with dividends reinvested"; "excluding dividends", "in
    // price terms", "on a price basis": those of the number's own clause when the sentence says both ("In price
    // terms, the Russell 2000 gained 11.0%; including dividends, the ETF returned 11.1%"), the last before it first.
    const from = text.lastIndexOf(';', at) + 1;
    const to = text.indexOf(';', at) < 0 ? text.length : text.indexOf(';', at);
    const rank = (i: number) => (i >= from && i < to ? (i < at ? at - i : 1e6 + i) : 2e6 + Math.abs(i - at));
    const said = [
      ...[...text.matchAll(PRICE_WORDS)].map((m) => ({ i: m.index, type: 'price' as const })),
      ...[...text.matchAll(TOTAL_WORDS)].map((m) => ({ i: m.index, type: 'total' as const })),
    ].sort((a, b) => rank(a.i) - rank(b.i));
    if (said[0]) out.returnType = said[0].type;
  }
  return out;
}
