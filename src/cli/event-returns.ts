/**
 * The window returns `capgap event` prints for one series and one event: the event window, since the event
 * (with --to), the event's month and month-to-date, for the series and its benchmark.
 */
import { anchorEvent, type TradingCalendar } from '../calendar/trading-days.ts';
import {
  type CloseWindow,
  eventMonthWindow,
  monthToDateWindow,
  relativeWindow,
  sinceEventWindow,
} from '../calendar/windows.ts';
import type { MarketEvent } from '../events/event-sets.ts';
import { type AlignOptions, alignReturns, returnOver, type Series } from '../events/series.ts';

/** One row of the returns table. */
export interface WindowReturnRow {
  label: string;
  fromDate: string;
  toDate: string;
  series: number;
  benchmark: number | null;
}

/** The series' (and benchmark's) return over the event window, since the event, its month and month-to-date. */
export function windowReturns(
  series: Series,
  bench: Series | null,
  cal: TradingCalendar,
  event: MarketEvent,
  window: [number, number],
  to: string | undefined,
  align: AlignOptions,
): WindowReturnRow[] {
  const anchor = anchorEvent(cal, event.date, event.timing);
  const windows: CloseWindow[] = [relativeWindow(cal, anchor, window[0], window[1])];
  if (to) windows.push(sinceEventWindow(cal, anchor, to));
  windows.push(eventMonthWindow(cal, anchor), monthToDateWindow(cal, anchor, window[1]));
  const rs = alignReturns(series, cal, align);
  const rb = bench ? alignReturns(bench, cal, align) : null;
  return windows.map((w) => ({
    label: w.label,
    fromDate: w.fromDate,
    toDate: w.toDate,
    series: returnOver(rs, w),
    benchmark: rb ? returnOver(rb, w) : null,
  }));
}
