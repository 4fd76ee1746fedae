/**
 * Yahoo Finance CSV export: `Date,Open,High,Low,Close,Adj Close,Volume` (extra columns such as a `stock`
 * column are ignored). Close is the raw close; Adj Close is Yahoo's split- and dividend-adjusted close.
 */
import { type BarLayout, parseBarTable } from './bars.ts';
import { tickerFromFile } from './ticker.ts';
import type { Parsed, ParseOptions } from './types.ts';

/** The yahoo layout: every column maps one to one. */
export const YAHOO_LAYOUT: BarLayout = {
  kind: 'yahoo',
  date: 'Date',
  fields: { open: 'Open', high: 'High', low: 'Low', close: 'Close', adjClose: 'Adj Close', volume: 'Volume' },
  required: ['Close', 'Adj Close'],
  notes: [
    'close = raw Close; adj_close = Yahoo "Adj Close" (split- and dividend-adjusted as of the download)',
  ],
};

/**
 * Parses a Yahoo export; the ticker comes from `opts.ticker` or the file name (`^RUT.csv` → `^RUT`).
 * @example parseYahoo('Date,Open,High,Low,Close,Adj Close,Volume\n2016-11-08,1,1,1,1,1,0\n', { file: 'SPY.csv' })
 */
export function parseYahoo(text: string, opts: ParseOptions & { ticker?: string } = {}): Parsed {
  const file = opts.file ?? '<text>';
  return parseBarTable(text, YAHOO_LAYOUT, {
    file,
    ticker: tickerFromFile(file, opts.ticker),
    rejectBadRows: opts.rejectBadRows,
    limits: opts.limits,
  });
}
