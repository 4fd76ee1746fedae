/**
 * Event windows beyond [a, b] (which is `windowCloses` in ./trading-days.ts). Each window is a pair of
 * calendar indices of closes: the return runs from the close at `from` to the close at `to`.
 * - since the event to a date: from the base close (the last close before the news) to the last session on
 *   or before the date;
 * - the event's calendar month: from the last session of the previous month to the last session of the month
 *   that contains the event date;
 * - month-to-date at t0+k: from the last session before the month of t0+k to the close of t0+k.
 */
import { fromDay, monthEnd, monthStart, toDay } from './dates.ts';
import { type EventAnchor, type TradingCalendar, windowCloses } from './trading-days.ts';

/** A window as the closes that bound it, with a label for outputs. */
export interface CloseWindow {
  from: number;
  to: number;
  fromDate: string;
  toDate: string;
  label: string;
}

function make(calendar: TradingCalendar, from: number, to: number, label: string): CloseWindow {
  if (from < 0 || to >= calendar.days.length || to <= from) {
    throw new Error(
      `window "${label}" leaves the data (${fromDay(calendar.first)} .. ${fromDay(calendar.last)})`,
    );
  }
  return { from, to, fromDate: fromDay(calendar.days[from]), toDate: fromDay(calendar.days[to]), label };
}

/**
 * Window [a, b] in sessions relative to t0, as closes (day a-1 to day b).
 * @example relativeWindow(cal, anchorEvent(cal, '2016-11-08'), 0, 2).toDate // '2016-11-11'
 */
export function relativeWindow(
  calendar: TradingCalendar,
  anchor: EventAnchor,
  a: number,
  b: number,
): CloseWindow {
  const { from, to } = windowCloses(calendar, anchor, a, b);
  return make(calendar, from, to, `[${a}, ${b}]`);
}

/**
 * From the base close to the last session on or before `date` (ISO).
 * @example sinceEventWindow(cal, anchorEvent(cal, '2016-11-08'), '2016-11-13').toDate // '2016-11-11'
 */
export function sinceEventWindow(calendar: TradingCalendar, anchor: EventAnchor, date: string): CloseWindow {
  const to = calendar.indexOnOrBefore(toDay(date));
  if (to < anchor.t0) throw new Error(`invalid end date: ${date}; it is before t0 (${anchor.t0Date})`);
  return make(calendar, anchor.base, to, `since ${anchor.eventDate} to ${date}`);
}

/**
 * The calendar month that contains the event date, close to close.
 * @example eventMonthWindow(cal, anchorEvent(cal, '2016-11-08')).fromDate // '2016-10-31'
 */
export function eventMonthWindow(calendar: TradingCalendar, anchor: EventAnchor): CloseWindow {
  const day = toDay(anchor.eventDate);
  const from = calendar.indexOnOrBefore(monthStart(day) - 1);
  const to = calendar.indexOnOrBefore(monthEnd(day));
  return make(calendar, from, to, `month ${anchor.eventDate.slice(0, 7)}`);
}

/**
 * Month-to-date at t0+k: from the last close before the month of t0+k to the close of t0+k.
 * @example monthToDateWindow(cal, anchorEvent(cal, '2016-11-08'), 2).toDate // '2016-11-11'
 */
export function monthToDateWindow(calendar: TradingCalendar, anchor: EventAnchor, k: number): CloseWindow {
  if (!Number.isInteger(k) || k < 0) throw new Error(`invalid k: ${k}; expected an integer >= 0`);
  const to = anchor.t0 + k;
  if (to >= calendar.days.length) throw new Error(`t0+${k} of ${anchor.eventDate} is past the data`);
  const from = calendar.indexOnOrBefore(monthStart(calendar.days[to]) - 1);
  return make(calendar, from, to, `month-to-date at t0+${k}`);
}

/**
 * Parses a window "a,b" (sessions relative to t0; negative allowed), naming the bad value.
 * @example parseWindow('0,2') // [0, 2]
 */
export function parseWindow(text: string, what = 'window'): [number, number] {
  const m = /^\s*(-?\d+)\s*,\s*(-?\d+)\s*$/.exec(text);
  if (!m) throw new Error(`invalid ${what}: ${JSON.stringify(text)}; expected "a,b" in sessions, e.g. "0,2"`);
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (b < a) throw new Error(`invalid ${what}: ${JSON.stringify(text)}; the end is before the start`);
  return [a, b];
}
