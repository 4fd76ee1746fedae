/**
 * Groups of funds whose flows capgap does not hold: mutual funds ("small-cap mutual funds"), and some of a
 * category's funds left unnamed ("the top five small-cap ETFs"). ./subjects.ts reads them as unheld subjects.
 */

/** "small-cap mutual funds": not the ETFs whose flows capgap holds. */
const MUTUAL =
  /\b(?:(?:us|u\.s\.)\s+)?(?:(?:small|mid|large|micro)[- ]?caps?\s+(?:stock\s+|equity\s+)?)?mutual\s+funds?\b/gi;
/** "the top five small-cap ETFs", "the 10 largest small-cap funds": some of a category's funds, not named. */
const TOP_FUNDS =
  /\b(?:the\s+)?(?:(?:top|largest|biggest)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:largest|biggest))\s+(?:us\s+|u\.s\.\s+)?(?:small|mid|large|micro)[- ]?caps?\s+(?:etfs|funds|exchange[- ]traded\s+funds)\b/gi;

/** Fund groups capgap holds no flows of, each with its id in ../claim-regions.ts (which says why). */
export const UNHELD_FUNDS: [RegExp, string][] = [
  [MUTUAL, 'mutual-funds'],
  [TOP_FUNDS, 'top-funds'],
];
