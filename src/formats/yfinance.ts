/**
 * yfinance downloads. Two shapes:
 * - auto-adjusted `Date,Close,High,Low,Open,Volume`: EVERY price is split- and dividend-adjusted and there is
 *   no raw close, so Close is stored as adj_close and close stays NULL (open/high/low are adjusted too);
 * - `Date,Open,High,Low,Close` with no volume and no adjusted column (the long ^GSPC file): a price index, so
 *   close = Close and adj_close = Close (a price index pays no dividends; this is a PRICE return, not total).
 */
import { type BarLayout, parseBarTable } from './bars.ts';
import { isBlank, readCsv } from './csv.ts';
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
function hasVolume(text: string, file: string): boolean {
  const head = readCsv(text.slice(0, 64_000), { file, toLine: 60 }).find((r) => !isBlank(r));
  return (head?.cells ?? []).some((h) => h.trim().toLowerCase() === 'volume');
}

/** The first `n` lines of `text` (without splitting the rest). */
function headLines(text: string, n: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (out.length < n && at <= text.length) {
    const end = text.indexOf('\n', at);
    out.push(text.slice(at, end < 0 ? text.length : end).replace(/\r$/, ''));
    if (end < 0) break;
    at = end + 1;
  }
  return out;
}

/**
 * yfinance ≥ 0.2.51 writes a two-level header: `Price,Close,High,…` / `Ticker,IWM,IWM,…` / `Date,,,,,`.
 * Returns the text with those three lines turned into one `Date,Close,High,…` header and two blank lines
 * (so line numbers stay those of the file), and the ticker of line 2; or null for a one-line header.
 */
export function flattenMultiIndex(text: string): { text: string; ticker: string } | null {
  if (!/^price,/i.test(text)) return null;
  const lines = headLines(text, 3);
  const second = (lines[1] ?? '').split(',');
  const third = (lines[2] ?? '').split(',');
  if (second[0].trim().toLowerCase() !== 'ticker' || third[0].trim().toLowerCase() !== 'date') return null;
  let rest = 0;
  for (let k = 0; k < 3; k++) rest = text.indexOf('\n', rest) + 1 || text.length;
  const head = `Date${lines[0].slice(lines[0].indexOf(','))}\n\n\n`;
  return { text: head + text.slice(rest), ticker: (second[1] ?? '').trim() };
}

/**
 * Parses a yfinance file (either shape, chosen by whether there is a Volume column; a two-level
 * Price/Ticker/Date header is flattened first and gives the ticker).
 * @example parseYfinance('Date,Close,High,Low,Open,Volume\n2016-11-08,1,1,1,1,0\n', { file: 'IWM.csv' })
 */
export function parseYfinance(text: string, opts: ParseOptions & { ticker?: string } = {}): Parsed {
  const file = opts.file ?? '<text>';
  const multi = flattenMultiIndex(text);
  if (multi) {
    text = multi.text;
    opts = { ...opts, ticker: opts.ticker ?? multi.ticker };
  }
  const layout = hasVolume(text, file) ? YFINANCE_ADJUSTED_LAYOUT : YFINANCE_INDEX_LAYOUT;
  return parseBarTable(text, layout, {
    file,
    ticker: tickerFromFile(file, opts.ticker),
    rejectBadRows: opts.rejectBadRows,
    limits: opts.limits,
  });
}
