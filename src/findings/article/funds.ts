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

/** One regex per fund (its name, optionally "(TICKER)", or the ticker alone), built once per list. */
export function fundPatterns(funds: readonly FundName[]): { re: RegExp; ticker: string }[] {
  let out = FUND_PATTERNS.get(funds);
  if (!out) {
    out = funds.map((f) => {
      // "Industrial Select Sector SPDR Fund" is also written without its last word ("Fund", "ETF", "Trust").
      const core = f.name.replace(/\s+(?:fund|etf|trust)$/i, '');
      const tail = core === f.name ? '' : `(?:\\s+${f.name.slice(core.length).trim()})?`;
      const name = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+') + tail;
      const re = new RegExp(`\\b(?:the\\s+)?${name}(?:\\s+\\(${f.ticker}\\))?|\\b${f.ticker}\\b`, 'g');
      return { re, ticker: f.ticker };
    });
    FUND_PATTERNS.set(funds, out);
  }
  return out;
}
