/**
 * The corporate actions of a Yahoo chart response (src/connectors/yahoo.ts): `events.dividends` and
 * `events.splits` by ex-date, and putting them on parsed bars (dividend and split_factor).
 */
import { fromDay } from '../calendar/dates.ts';
import type { BarColumns } from '../formats/types.ts';
import { ConnectorError } from './errors.ts';

/** Dividends (cash per share) and splits (numerator/denominator: 2 = 2-for-1) by ex-date. */
export type YahooEvents = Map<string, { dividend?: number; split?: number }>;

/** The chart's `events` object. */
export interface ChartEvents {
  dividends?: Record<string, { amount?: number; date?: number }>;
  splits?: Record<string, { numerator?: number; denominator?: number; date?: number }>;
}

/** The chart's dividends and splits by ex-date (the exchange-local date of their timestamps). */
export function readEvents(
  ev: ChartEvents | undefined,
  offset: number,
  ticker: string,
  url: string,
): YahooEvents {
  const out: YahooEvents = new Map();
  const day = (t: number | undefined) => {
    if (typeof t !== 'number')
      throw new ConnectorError('format', `yahoo ${ticker}: an event without a date`, { url });
    return new Date((t + offset) * 1000).toISOString().slice(0, 10);
  };
  for (const d of Object.values(ev?.dividends ?? {})) {
    const k = day(d.date);
    out.set(k, { ...out.get(k), dividend: Number(d.amount) });
  }
  for (const s of Object.values(ev?.splits ?? {})) {
    const k = day(s.date);
    out.set(k, { ...out.get(k), split: Number(s.numerator) / Number(s.denominator) });
  }
  return out;
}

/**
 * Puts the chart's dividends and splits on the parsed bars: 0 and 1 on days without an event (the chart API
 * was asked for both, so no event means none), the event's values on its ex-date.
 * @example applyYahooEvents(parsed.bars, yahooChartToCsv(body, 'IWM', url).events)
 */
export function applyYahooEvents(bars: BarColumns, events: YahooEvents): void {
  for (let i = 0; i < bars.day.length; i++) {
    const e = events.get(fromDay(bars.day[i]));
    bars.dividend[i] = e?.dividend ?? 0;
    bars.splitFactor[i] = e?.split ?? 1;
  }
}
