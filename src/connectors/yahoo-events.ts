/**
 * The corporate actions of a Yahoo chart response (src/connectors/yahoo.ts): `events.dividends` and
 * `events.splits` by ex-date, and putting them on parsed bars (dividend and split_factor).
 */
import { fromDay } from '../calendar/dates.ts';
import type { BarColumns } from '../formats/types.ts';
import { ConnectorError } from './errors.ts';

/** Dividends (cash per share) and splits (numerator/denominator: 2 = 2-for-1) by ex-date. */
export type YahooEvents = Map<string, { dividend?: number; split?: number }>;

/** A JSON value as a message shows it (numbers as JavaScript reads them: 1e400 is Infinity). */
function shown(v: unknown): string {
  return (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v))).slice(0, 40);
}

/**
 * The exchange-local date of a chart timestamp (seconds) plus the offset; a timestamp that is not a number, or
 * that makes no date in 1900..9999, is a format error naming `what`.
 * @example chartDay(1478615400, -18000, 'timestamp[0]', 'IWM', url) // '2016-11-08'
 */
export function chartDay(t: unknown, offset: number, what: string, ticker: string, url: string): string {
  const ms = typeof t === 'number' ? (t + offset) * 1000 : Number.NaN;
  const d = new Date(Number.isFinite(ms) ? ms : Number.NaN);
  const iso = Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
  if (!/^(19|2\d)\d\d-/.test(iso))
    throw new ConnectorError(
      'format',
      `yahoo ${ticker}: ${what} is ${shown(t)}, not a timestamp of a session`,
      { url },
    );
  return iso;
}

/**
 * A chart value: null or a finite number, else a format error naming where it is (`close[3]`).
 * @example chartValue(1195.14, 'close[3]', 'IWM', url) // 1195.14
 */
export function chartValue(v: unknown, what: string, ticker: string, url: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw new ConnectorError('format', `yahoo ${ticker}: ${what} is ${shown(v)}, not a finite number`, { url });
}

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
  const day = (t: number | undefined, what: string) => {
    if (typeof t !== 'number')
      throw new ConnectorError('format', `yahoo ${ticker}: an event without a date`, { url });
    return chartDay(t, offset, what, ticker, url);
  };
  const num = (v: unknown, what: string) => {
    const n = chartValue(v, what, ticker, url);
    if (n === null || n < 0)
      throw new ConnectorError('format', `yahoo ${ticker}: ${what} is ${n}, not an amount`, { url });
    return n;
  };
  for (const [key, d] of Object.entries(ev?.dividends ?? {})) {
    const k = day(d?.date, `events.dividends.${key}.date`);
    out.set(k, { ...out.get(k), dividend: num(d.amount, `events.dividends.${key}.amount`) });
  }
  for (const [key, s] of Object.entries(ev?.splits ?? {})) {
    const k = day(s?.date, `events.splits.${key}.date`);
    const ratio =
      num(s.numerator, `events.splits.${key}.numerator`) /
      num(s.denominator, `events.splits.${key}.denominator`);
    if (!(ratio > 0 && Number.isFinite(ratio)))
      throw new ConnectorError('format', `yahoo ${ticker}: events.splits.${key} is a split of ${ratio}`, {
        url,
      });
    out.set(k, { ...out.get(k), split: ratio });
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
