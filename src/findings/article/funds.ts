/**
 * Funds the reader knows by name and ticker: the ETF registry's rows (data/etfs.csv) passed in, or the
 * tickers of ../names.ts. One regex per fund, built once per list.
 */
import { SUBJECT_NAMES } from '../names.ts';

/** A fund the reader knows by name and ticker (data/etfs.csv rows). */
export interface FundName {
  ticker: string;
  name: string;
  category?: string;
}

/** Funds known when the caller passes no registry: the tickers of ../names.ts with their names. */
export const DEFAULT_FUNDS: readonly FundName[] = Object.entries(SUBJECT_NAMES)
  .filter(([id]) => /^[A-Z]{2,5}$/.test(id))
  .map(([ticker, name]) => ({ ticker, name: name.replace(/^the /, '').replace(/ \([A-Z]+\)$/, '') }));

const FUND_PATTERNS = new WeakMap<readonly FundName[], { re: RegExp; ticker: string }[]>();

/** Two regexes per fund (its name in any case, optionally "(TICKER)"; the ticker alone), built once per list. */
export function fundPatterns(funds: readonly FundName[]): { re: RegExp; ticker: string }[] {
  let out = FUND_PATTERNS.get(funds);
  if (!out) {
    // Longest names first: "iShares Russell 2000 Growth ETF" is IWO's, not IWM's "iShares Russell 2000" and more.
    const longest = [...funds].sort((a, b) => b.name.length - a.name.length);
    out = longest.flatMap((f) => {
      // "Industrial Select Sector SPDR Fund" is also written without its last words ("Fund", "ETF", "Trust":
      // "SPDR S&P 500 ETF Trust", "SPDR S&P 500 ETF", "SPDR S&P 500").
      const core = f.name.replace(/(?:\s+(?:fund|etf|trust))+$/i, '');
      const tail = f.name
        .slice(core.length)
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .reduceRight((inner, w) => `(?:\\s+${w}${inner})?`, '');
      // "Vanguard's Small-Cap ETF": the issuer's possessive may follow the name's first word.
      const [first, ...rest] = core.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const name = (rest.length ? [`${first}(?:['’]s)?`, ...rest].join('\\s+') : first) + tail;
      // The name in any case ("ISHARES RUSSELL 2000 ETF" in a flash headline); the ticker as written only
      // ("spy" or "vb" in lower case are words).
      return [
        {
          // Not the start of another fund's name: "iShares Russell 2000 Value ETF" when the registry lacks it.
          re: new RegExp(`\\b(?:the\\s+)?${name}(?:\\s+\\(${f.ticker}\\))?(?!\\s+(?:value|growth)\\b)`, 'gi'),
          ticker: f.ticker,
        },
        // "Vanguard's VB", "iShares IWM": the issuer (the name's first word) may come before the ticker.
        { re: new RegExp(`\\b(?:${first}(?:['’]s?)?\\s+)?${f.ticker}\\b`, 'g'), ticker: f.ticker },
      ];
    });
    FUND_PATTERNS.set(funds, out);
  }
  return out;
}
