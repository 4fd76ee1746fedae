// capgap/calendar: the NYSE trading calendar, event day 0, windows, periods and data gaps (docs/events.md).
// Re-exports only this room; import it as `capgap/calendar` to load nothing else.
export { fromDay, toDay } from './dates.ts';
export { type DataGapOptions, dataGaps, type GapReport } from './gaps.ts';
export { isNyseSession, nyseCalendar, nyseClosure, nyseClosures, nyseSessions } from './nyse.ts';
export { NYSE_CLOSURES } from './nyse-closures.ts';
export { easter, ruleHolidays } from './nyse-holidays.ts';
export { type Period, parseWeekEnd, periodEnd, periodStart } from './periods.ts';
export {
  anchorEvent,
  type EventAnchor,
  type NewsTiming,
  TradingCalendar,
  windowCloses,
} from './trading-days.ts';
export {
  type CloseWindow,
  eventMonthWindow,
  monthToDateWindow,
  parseWindow,
  relativeWindow,
  sinceEventWindow,
} from './windows.ts';
