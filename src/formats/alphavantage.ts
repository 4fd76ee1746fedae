/**
 * Alpha Vantage TIME_SERIES_DAILY_ADJUSTED CSV:
 * `timestamp,open,high,low,close,adjusted_close,volume,dividend_amount,split_coefficient`, newest first or
 * oldest first (order does not matter). close is raw; adjusted_close is Alpha Vantage's adjusted close;
 * dividend_amount and split_coefficient are the events on that day (0 and 1 on ordinary days).
 */
import { type BarLayout, parseBarTable } from './bars.ts';
import { tickerFromFile } from './ticker.ts';
import type { Parsed, ParseOptions } from './types.ts';

/** The Alpha Vantage layout. */
export const ALPHAVANTAGE_LAYOUT: BarLayout = {
  kind: 'alphavantage',
  date: 'timestamp',
  fields: {
    open: 'open',
    high: 'high',
    low: 'low',
    close: 'close',
    adjClose: 'adjusted_close',
    volume: 'volume',
    dividend: 'dividend_amount',
    splitFactor: 'split_coefficient',
  },
  required: ['close', 'adjusted_close'],
  notes: ['close = raw close; adj_close = Alpha Vantage adjusted_close; dividend and split factor per day'],
};

/**
 * Parses an Alpha Vantage daily-adjusted file; the ticker comes from `opts.ticker` or the file name.
 * @example parseAlphaVantage(text, { file: 'IWM.csv' }).bars.adjClose
 */
export function parseAlphaVantage(text: string, opts: ParseOptions & { ticker?: string } = {}): Parsed {
  const file = opts.file ?? '<text>';
  return parseBarTable(text, ALPHAVANTAGE_LAYOUT, {
    file,
    ticker: tickerFromFile(file, opts.ticker),
    rejectBadRows: opts.rejectBadRows,
    limits: opts.limits,
  });
}
