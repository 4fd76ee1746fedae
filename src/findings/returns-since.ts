/**
 * Returns of a price series since an event: from the base close (the last close before the news, per
 * `anchorEvent` in src/calendar/trading-days.ts) to k trading days after, and to a given date.
 * Returns are simple: P_end / P_base − 1 over prices (decimal).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { anchorEvent, type EventAnchor, type NewsTiming, TradingCalendar } from '../calendar/trading-days.ts';

/** A return from the base close to a later close. */
export interface SinceReturn {
  /** Trading days after the event (t0 = 1st), or null for a return to a given date. */
  days: number | null;
  /** The base close: the last close before the news. */
  baseDate: string;
  /** The close the return runs to. */
  endDate: string;
  /** Decimal (the unit sits on the block holding the returns: docs/json.md). */
  value: number;
}

/**
 * Returns of a price series from the last close before the news to `horizons` trading days after, and to
 * `to` (the last close on or before it). Horizons the data do not reach are left out, and listed.
 * @example returnsSince({ days, values }, '2016-11-08', { horizons: [1, 3] })
 */
export function returnsSince(
  series: { days: Int32Array; values: Float64Array },
  eventDate: string,
  options: { timing?: NewsTiming; horizons?: number[]; to?: string } = {},
): { anchor: EventAnchor; returns: SinceReturn[]; beyondData: number[] } {
  const calendar = new TradingCalendar(series.days);
  if (calendar.days.length !== series.days.length) throw new Error('series has duplicate dates');
  const anchor = anchorEvent(calendar, eventDate, options.timing ?? 'after-close');
  const base = series.values[anchor.base];
  const out: SinceReturn[] = [];
  const beyondData: number[] = [];
  for (const k of options.horizons ?? [1, 3, 5, 20]) {
    if (!Number.isInteger(k) || k < 1)
      throw new Error(`invalid horizon: ${k}; expected a whole number of days >= 1`);
    const i = anchor.t0 + k - 1;
    if (i >= series.days.length) {
      beyondData.push(k);
      continue;
    }
    out.push({
      days: k,
      baseDate: anchor.baseDate,
      endDate: fromDay(series.days[i]),
      value: series.values[i] / base - 1,
    });
  }
  if (options.to) {
    const i = calendar.indexOnOrBefore(toDay(options.to));
    if (i <= anchor.base)
      throw new Error(`--to ${options.to} is not after the event's base close ${anchor.baseDate}`);
    out.push({
      days: null,
      baseDate: anchor.baseDate,
      endDate: fromDay(series.days[i]),
      value: series.values[i] / base - 1,
    });
  }
  return { anchor, returns: out, beyondData };
}
