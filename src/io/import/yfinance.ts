/**
 * yfinance downloads. Two shapes:
 * - auto-adjusted `Date,Close,High,Low,Open,Volume`: EVERY price is split- and dividend-adjusted and there is
 *   no raw close, so Close is stored as adj_close and close stays NULL (open/high/low are adjusted too);
 * - `Date,Open,High,Low,Close` with no volume and no adjusted column (the long ^GSPC file): a price index, so
 *   close = Close and adj_close = Close (a price index pays no dividends; this is a PRICE return, not total).
 */
import { type BarLayout, parseBarTable } from './bars.ts';
import { splitCsvLine } from './text.ts';
import { tickerFromFile } from './ticker.ts';
import type { Parsed, ParseOptions } from './types.ts';

/** Auto-adjusted layout: Close → adj_close only. */
export const YFINANCE_ADJUSTED_LAYOUT: BarLayout = {
  kind: 'yfinance',
  date: 'Date',
  fields: { open: 'Open', high: 'High', low: 'Low', adjClose: 'Close', volume: 'Volume' },
  required: ['Close'],
  notes: [
    'yfinance auto-adjusted: all prices split- and dividend-adjusted; Close stored as adj_close, close NULL',
  ],
};

/** Price-index layout (Open/High/Low/Close, no volume): close = adj_close = Close. */
export const YFINANCE_INDEX_LAYOUT: BarLayout = {
  kind: 'yfinance',
  date: 'Date',
  fields: { open: 'Open', high: 'High', low: 'Low', close: 'Close', adjClose: 'Close' },
  required: ['Close'],
  notes: ['price index (no volume column): close = adj_close = Close; returns are price returns'],
};

/** True when the header has a Volume column (the auto-adjusted shape). */
function hasVolume(text: string): boolean {
  const end = text.indexOf('\n');
  const header = splitCsvLine((end < 0 ? text : text.slice(0, end)).trim());
  return header.some((h) => h.trim().toLowerCase() === 'volume');
}

/**
 * Parses a yfinance file (either shape, chosen by whether there is a Volume column).
 * @example parseYfinance('Date,Close,High,Low,Open,Volume\n2016-11-08,1,1,1,1,0\n', { file: 'IWM.csv' })
 */
export function parseYfinance(text: string, opts: ParseOptions & { ticker?: string } = {}): Parsed {
  const file = opts.file ?? '<text>';
  const layout = hasVolume(text) ? YFINANCE_ADJUSTED_LAYOUT : YFINANCE_INDEX_LAYOUT;
  return parseBarTable(text, layout, {
    file,
    ticker: tickerFromFile(file, opts.ticker),
    rejectBadRows: opts.rejectBadRows,
  });
}
