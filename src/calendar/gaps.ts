/**
 * Data gaps told apart from holidays: given the dates a series has and a trading calendar, which sessions
 * the series misses (gaps in the data), which weekdays it lacks because the market was closed (holidays),
 * and which of its dates the calendar says were not sessions (extra days: a wrong date or a wrong calendar).
 */
import { fromDay, weekday } from './dates.ts';
import type { TradingCalendar } from './trading-days.ts';

/** What `dataGaps` found over the span of the series (its first to its last date). */
export interface GapReport {
  from: string;
  to: string;
  /** Sessions of the calendar within the span. */
  sessions: number;
  /** Sessions the series has a value for. */
  present: number;
  /** Sessions with no value in the series: data gaps. */
  missing: string[];
  /** Weekdays within the span that are not sessions, with the calendar's reason: holidays, not gaps. */
  holidays: { date: string; reason: string }[];
  /** Dates of the series that are not sessions of the calendar. */
  extra: { date: string; reason: string }[];
}

/** Options for `dataGaps`. */
export interface DataGapOptions {
  /** Why the market was closed on a day (e.g. `nyseClosure`); defaults to 'not a session'. */
  reason?: (day: number) => string | null;
}

/**
 * Compares a series' dates with a calendar over the series' own span.
 * @example dataGaps([d('2016-11-23'), d('2016-11-25')], nyseCalendar()).holidays // [{ date: '2016-11-24', reason: 'Thanksgiving Day' }]
 */
export function dataGaps(
  seriesDays: ArrayLike<number>,
  calendar: TradingCalendar,
  options: DataGapOptions = {},
): GapReport {
  const reason = options.reason ?? (() => 'not a session');
  const days = Int32Array.from(seriesDays).sort();
  if (days.length === 0) throw new Error('dataGaps: the series has no dates');
  const first = days[0];
  const last = days[days.length - 1];
  const have = new Set<number>(days);
  const report: GapReport = {
    from: fromDay(first),
    to: fromDay(last),
    sessions: 0,
    present: 0,
    missing: [],
    holidays: [],
    extra: [],
  };
  for (let i = calendar.indexOnOrAfter(first); i < calendar.days.length && calendar.days[i] <= last; i++) {
    report.sessions++;
    if (have.has(calendar.days[i])) report.present++;
    else report.missing.push(fromDay(calendar.days[i]));
  }
  for (let d = first; d <= last; d++) {
    const wd = weekday(d);
    if (wd === 0 || wd === 6 || calendar.has(d) || have.has(d)) continue;
    report.holidays.push({ date: fromDay(d), reason: reason(d) ?? 'not a session' });
  }
  let prev = Number.NaN;
  for (const d of days) {
    if (d !== prev && !calendar.has(d))
      report.extra.push({ date: fromDay(d), reason: reason(d) ?? 'not a session' });
    prev = d;
  }
  return report;
}
