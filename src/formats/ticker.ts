/**
 * Tickers and security types: the ticker a file name implies, and a guess at what kind of security a ticker
 * is (index for '^…', etf for the list below, else unknown). The list holds the ETFs capgap's sources carry.
 */
import { ImportError } from './errors.ts';
import { fileStem } from './text.ts';

/** US-listed ETFs capgap knows by name (size, style, total-market and sector funds). */
export const KNOWN_ETFS: ReadonlySet<string> = new Set(
  (
    'IWM IJR VB VTWO SCHA IWN IWO VBR VBK IJS IJT SLY SLYV SLYG IWC IJH MDY VO IWR IVOO SPY IVV VOO IWB IWV ' +
    'IWD IWF VTI ITOT QQQ DIA RSP XLB XLE XLF XLI XLK XLP XLU XLV XLY XLRE XLC'
  ).split(' '),
);

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
  if (ticker) return normalizeTicker(ticker);
  const stem = fileStem(file);
  if (!stem || stem === '<text>' || /\s/.test(stem)) {
    throw new ImportError({
      file,
      line: 0,
      column: '',
      reason: 'cannot tell the ticker from the file name; pass --ticker',
    });
  }
  return normalizeTicker(stem);
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
