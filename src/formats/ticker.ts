/**
 * Tickers and security types: the ticker a file name implies, and a guess at what kind of security a ticker
 * is (index for '^…', etf for the list below, else unknown). The list holds the ETFs capgap's sources carry.
 */

import { quote } from '../quote.ts';
import { ImportError } from './errors.ts';
import { fileStem } from './text.ts';

/** US-listed ETFs capgap knows by name (size, style, total-market and sector funds). */
export const KNOWN_ETFS: ReadonlySet<string> = new Set(
  (
    'IWM IJR VB VTWO SCHA IWN IWO VBR VBK IJS IJT SLY SLYV SLYG IWC IJH MDY VO IWR IVOO SPY IVV VOO IWB IWV ' +
    'IWD IWF VTI ITOT QQQ DIA RSP XLB XLE XLF XLI XLK XLP XLU XLV XLY XLRE XLC'
  ).split(' '),
);

/** Control characters (C0, DEL, C1) and the bidirectional formatting characters (LRM, RLM, ALM, embeddings,
 * overrides, isolates) that may not appear in an identifier: they hide or reorder what a reader sees. */
export const HIDDEN_PATTERN =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff]';
const HIDDEN = new RegExp(HIDDEN_PATTERN);

/**
 * Throws unless an identifier (ticker, id) is free of control and bidi characters; names the character.
 * @example checkIdentifier('A\u202eB', { file: 'f.csv', line: 2, column: 'ticker' }) // throws: U+202E
 */
export function checkIdentifier(id: string, at: { file: string; line: number; column: string }): void {
  const m = HIDDEN.exec(id);
  if (!m) return;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new ImportError({
    ...at,
    reason: `identifier ${quote(id)} holds a control or bidi character (${code}); identifiers may not`,
  });
}

/** Capgap's id for a ticker: trimmed and upper-cased (`iwm` → `IWM`, `^rut` → `^RUT`). */
export function normalizeTicker(t: string): string {
  return t.trim().toUpperCase();
}

/**
 * The ticker of a one-ticker file: `opts.ticker` if given, else the file name without extensions
 * (`^RUT.csv` → `^RUT`, `iwm.us.txt` → `IWM`). Throws when neither gives one.
 * @example tickerFromFile('/data/iwm.us.txt') // 'IWM'
 */
export function tickerFromFile(file: string, ticker?: string): string {
  if (ticker) {
    const t = normalizeTicker(ticker);
    checkIdentifier(t, { file, line: 0, column: '--ticker' });
    return t;
  }
  const stem = fileStem(file);
  if (!stem || stem === '<text>' || /\s/.test(stem)) {
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: 'cannot tell the ticker from the file name; pass --ticker',
    });
  }
  const t = normalizeTicker(stem);
  checkIdentifier(t, { file, line: 0, column: '' });
  return t;
}

/**
 * A guess at a ticker's security type: 'index' for '^…', 'etf' for KNOWN_ETFS, else 'unknown'.
 * @example guessSecurityType('^RUT') // 'index'
 */
export function guessSecurityType(id: string): 'index' | 'etf' | 'unknown' {
  if (id.startsWith('^')) return 'index';
  if (KNOWN_ETFS.has(id)) return 'etf';
  return 'unknown';
}
