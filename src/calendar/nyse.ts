/**
 * The NYSE trading calendar from rules: weekends, the holiday rules of ./nyse-holidays.ts and the one-off
 * closures of ./nyse-closures.ts, with Saturday sessions until 1952-05-24.
 *
 * Checked from 1926-07-01 against every session of CRSP/French's daily files (test/calendar/nyse.test.ts):
 * no disagreement. Dates before 1926-07 follow the same rules unchecked; future one-off closures cannot be
 * known (the rules are applied as they stand).
 */
import { fromDay, toDay, weekday } from './dates.ts';
import { type Closure, NYSE_CLOSURES } from './nyse-closures.ts';
import { ruleHolidays, SATURDAYS_END } from './nyse-holidays.ts';
import { TradingCalendar } from './trading-days.ts';

/** The earliest year the rules are applied to. */
export const NYSE_FIRST_YEAR = 1885;

let closedCache: Map<number, string> | null = null;
let cachedThrough = 0;

function expand(c: Closure, into: Map<number, string>): void {
  const start = toDay(c.date);
  const end = c.to ? toDay(c.to) : start;
  if (end < start) throw new Error(`closure ${c.date}: range end ${c.to} is before its start`);
  for (let d = start; d <= end; d += c.weekly ? 7 : 1) if (!into.has(d)) into.set(d, c.reason);
}

/** Every non-weekend closure (rule holidays and one-offs) from NYSE_FIRST_YEAR through `year`. */
function closedDays(year: number): Map<number, string> {
  if (closedCache && year <= cachedThrough) return closedCache;
  const map = new Map<number, string>();
  for (const c of NYSE_CLOSURES) expand(c, map);
  for (let y = NYSE_FIRST_YEAR; y <= year + 1; y++) {
    for (const h of ruleHolidays(y)) if (!map.has(h.day)) map.set(h.day, h.name);
  }
  closedCache = map;
  cachedThrough = year;
  return map;
}

const yearOf = (day: number): number => new Date(day * 86_400_000).getUTCFullYear();

/**
 * Why the NYSE was closed on `day` (a day number), or null if it was a session.
 * @example nyseClosure(toDay('2012-10-29')) // 'Hurricane Sandy'
 */
export function nyseClosure(day: number): string | null {
  const wd = weekday(day);
  if (wd === 0) return 'Sunday';
  if (wd === 6 && day >= SATURDAYS_END) return 'Saturday (no Saturday sessions after 1952-05-24)';
  return closedDays(yearOf(day)).get(day) ?? null;
}

/** True if `day` was an NYSE session. */
export function isNyseSession(day: number): boolean {
  return nyseClosure(day) === null;
}

/**
 * The NYSE sessions from `from` to `to` (ISO dates, inclusive) as sorted day numbers.
 * @example nyseSessions('2016-11-07', '2016-11-11').length // 5
 */
export function nyseSessions(from: string, to: string): Int32Array {
  const a = toDay(from);
  const b = toDay(to);
  if (b < a) throw new Error(`invalid range: ${from} .. ${to}; the end is before the start`);
  if (yearOf(a) < NYSE_FIRST_YEAR)
    throw new Error(`invalid date: ${from}; the NYSE rules start in ${NYSE_FIRST_YEAR}`);
  const out = new Int32Array(b - a + 1);
  let n = 0;
  for (let d = a; d <= b; d++) if (isNyseSession(d)) out[n++] = d;
  return out.slice(0, n);
}

/** Options for `nyseCalendar`. */
export interface NyseCalendarOptions {
  /** First date (ISO); defaults to 1926-07-01, the start of French's daily data. */
  from?: string;
  /** Last date (ISO); defaults to 31 December of the current year. */
  to?: string;
}

/**
 * The NYSE calendar as a TradingCalendar (for anchorEvent, windows and gap checks).
 * @example anchorEvent(nyseCalendar(), '2016-11-08').t0Date // '2016-11-09'
 */
export function nyseCalendar(options: NyseCalendarOptions = {}): TradingCalendar {
  const from = options.from ?? '1926-07-01';
  const to = options.to ?? `${new Date().getUTCFullYear()}-12-31`;
  return new TradingCalendar(nyseSessions(from, to));
}

/**
 * The weekday closures (and, before 1952-05-31, Saturday closures) from `from` to `to`, with reasons.
 * @example nyseClosures('2001-09-10', '2001-09-17').length // 4
 */
export function nyseClosures(from: string, to: string): { date: string; reason: string }[] {
  const out: { date: string; reason: string }[] = [];
  for (let d = toDay(from); d <= toDay(to); d++) {
    const wd = weekday(d);
    if (wd === 0 || (wd === 6 && d >= SATURDAYS_END)) continue;
    const r = nyseClosure(d);
    if (r !== null) out.push({ date: fromDay(d), reason: r });
  }
  return out;
}
