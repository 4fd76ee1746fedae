/**
 * A series as the event engine reads it, and its daily returns on a trading calendar.
 * A series is either returns (French portfolios and factors: the return of each day, decimal) or levels
 * (closes: the return of a day is close / previous session's close − 1). Which return it is — price (close),
 * total (adjusted close), a French value-weighted portfolio — is stated in `basis` and carried to outputs.
 * Window returns compound daily returns from the close of `from` to the close of `to`:
 * R = Π_{i=from+1..to} (1 + r_i) − 1; a missing day makes the window NaN and is counted, never skipped.
 */

import { fromDay } from '../calendar/dates.ts';
import {
  anchorEvent,
  type EventAnchor,
  type NewsTiming,
  type TradingCalendar,
  windowCloses,
} from '../calendar/trading-days.ts';
import { compound } from '../math/compound.ts';
import type { Provenance } from '../provenance.ts';

/** A dated series. `days` are sorted day numbers; `values` the returns or closes on them. */
export interface Series {
  name: string;
  kind: 'return' | 'level';
  /** What return this is, in words: 'total return (adjusted close)', 'price return (close)', ... */
  basis: string;
  days: Int32Array;
  values: Float64Array;
  /** Where it came from (dataset and vintage), in words. */
  source?: string;
  /** Where it came from, typed (src/provenance.ts): what JSON answers carry; `source` is its words. */
  provenance?: Provenance;
}

/** Options for `alignReturns`. */
export interface AlignOptions {
  /**
   * What a level series' missing session does: 'nan' (default) makes the return of the next present session
   * NaN (so any window across the gap is NaN); 'span' gives that session the return since the last present
   * close (right for windows whose two end closes are present, e.g. a price file without the Saturday
   * sessions before 1952). Return series are never spanned.
   */
  gaps?: 'nan' | 'span';
}

/**
 * The series' daily returns on every session of `calendar` (NaN where the series has no value; for levels
 * also where the previous session has none, unless `gaps: 'span'`). Dates that are not sessions of the
 * calendar are not used: `dataGaps` lists them.
 * @example alignReturns(series, cal)[cal.indexOnOrAfter(toDay('2016-11-09'))]
 */
export function alignReturns(
  series: Series,
  calendar: TradingCalendar,
  options: AlignOptions = {},
): Float64Array {
  const n = calendar.days.length;
  const vals = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < series.days.length; i++) {
    const j = calendar.indexOnOrAfter(series.days[i]);
    if (j < n && calendar.days[j] === series.days[i]) vals[j] = series.values[i];
  }
  if (series.kind === 'return') return vals;
  const out = new Float64Array(n).fill(Number.NaN);
  const span = options.gaps === 'span';
  let last = -1;
  for (let j = 0; j < n; j++) {
    if (Number.isNaN(vals[j])) continue;
    if (last >= 0 && (span || last === j - 1)) out[j] = vals[j] / vals[last] - 1;
    last = j;
  }
  return out;
}

/** The return of a series over an event window, with the dates and conventions that define it. */
export interface WindowReturn {
  series: string;
  basis: string;
  eventDate: string;
  t0Date: string;
  window: [number, number];
  /** The close the return starts from (day a − 1) and the close it ends at (day b). */
  fromDate: string;
  toDate: string;
  value: number;
}

/**
 * The compounded return of `series` over [a, b] sessions relative to t0 of the event (see the t0 rule in
 * ../calendar/trading-days.ts), from the close of day a−1 to the close of day b. The event is an ISO date
 * (news after the close), `{ date, timing }`, or an anchor from `anchorEvent` on the same calendar.
 * @example eventWindowReturn(lo10, nyseCalendar(), '2016-11-08', [0, 2]).value // 0.08197 (French VW Lo 10)
 */
export function eventWindowReturn(
  series: Series,
  calendar: TradingCalendar,
  event: string | { date: string; timing?: NewsTiming } | EventAnchor,
  window: [number, number],
): WindowReturn {
  const anchor =
    typeof event === 'string'
      ? anchorEvent(calendar, event)
      : 't0' in event
        ? event
        : anchorEvent(calendar, event.date, event.timing ?? 'after-close');
  const { from, to } = windowCloses(calendar, anchor, window[0], window[1]);
  const r = alignReturns(series, calendar);
  return {
    series: series.name,
    basis: series.basis,
    eventDate: anchor.eventDate,
    t0Date: anchor.t0Date,
    window,
    fromDate: fromDay(calendar.days[from]),
    toDate: fromDay(calendar.days[to]),
    value: compound(r, from, to),
  };
}

/**
 * The compounded return of a series over any close-to-close window of ../calendar/windows.ts (since the
 * event to a date, the event's month, month-to-date), NaN when a session inside has no data.
 * @example returnOver(alignReturns(lo10, cal), eventMonthWindow(cal, anchor)) // French VW Lo 10, Nov 2016
 */
export function returnOver(returns: Float64Array, window: { from: number; to: number }): number {
  return compound(returns, window.from, window.to);
}
