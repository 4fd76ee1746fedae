/**
 * The long stock panel (`Date,Ticker,Open,High,Low,Close,Volume`, prices adjusted for splits and dividends)
 * parsed in JS — for small panels, inline text and Parquet. Big files take the DuckDB path in panel.ts.
 * Close is stored as adj_close; close stays NULL.
 */
import { parseGeneric } from './generic.ts';
import type { Parsed, ParseOptions } from './types.ts';

/** Notes stated for panel imports. */
export const PANEL_NOTES = [
  'stock panel prices are split- and dividend-adjusted: Close stored as adj_close, close NULL',
];

/**
 * Parses a long stock panel.
 * @example parsePanelText('Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,1,1,1,5\n').bars.adjClose[0] // 1
 */
export function parsePanelText(text: string, opts: ParseOptions = {}): Parsed {
  const p = parseGeneric(text, { ...opts, fieldMap: { close: 'adj_close' } });
  return { ...p, kind: 'stock-panel', notes: PANEL_NOTES };
}
