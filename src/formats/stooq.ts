/**
 * Stooq / Kaggle "Huge Stock Market Dataset" `.us.txt`: `Date,Open,High,Low,Close,Volume,OpenInt`. The prices
 * are adjusted for splits and dividends (as of the download), so Close is stored as adj_close and close stays
 * NULL. OpenInt (always 0 for stocks and ETFs) is ignored.
 */
import { type BarLayout, parseBarTable } from './bars.ts';
import { tickerFromFile } from './ticker.ts';
import type { Parsed, ParseOptions } from './types.ts';

/** The stooq layout: adjusted prices, Close → adj_close. */
export const STOOQ_LAYOUT: BarLayout = {
  kind: 'stooq',
  date: 'Date',
  fields: { open: 'Open', high: 'High', low: 'Low', adjClose: 'Close', volume: 'Volume' },
  required: ['Close'],
  notes: ['stooq/Kaggle prices are split- and dividend-adjusted: Close stored as adj_close, close NULL'],
};

/**
 * Parses a stooq file; the ticker comes from `opts.ticker` or the file name (`iwm.us.txt` → `IWM`).
 * @example parseStooq('Date,Open,High,Low,Close,Volume,OpenInt\n2016-11-08,1,1,1,1,5,0\n', { file: 'iwm.us.txt' })
 */
export function parseStooq(text: string, opts: ParseOptions & { ticker?: string } = {}): Parsed {
  const file = opts.file ?? '<text>';
  return parseBarTable(text, STOOQ_LAYOUT, {
    file,
    ticker: tickerFromFile(file, opts.ticker),
    rejectBadRows: opts.rejectBadRows,
    limits: opts.limits,
  });
}
