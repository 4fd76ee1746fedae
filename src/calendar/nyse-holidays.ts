/**
 * NYSE holiday rules, 1926 onward: which calendar days the rules close, and how a holiday that falls on a
 * weekend is observed. One-off closures (funerals, storms, paperwork days, summer Saturdays) are listed in
 * ./nyse-closures.ts; the two together make the calendar of ./nyse.ts.
 *
 * Observance (as it changed over time; every rule below reproduces the sessions of CRSP/French's daily file):
 * - A holiday on a **Sunday** closes the following Monday (all years).
 * - A holiday on a **Saturday**: before 1952-05-31 Saturday was a trading day, so the Saturday itself closed;
 *   from 1952-05-31 to 1959-05-31 nothing was closed in lieu (1953-07-03 and 1958-02-21 traded);
 *   from 1959-06-01 the preceding Friday closes "unless unusual business conditions exist, such as the
 *   ending of a monthly or yearly accounting period" (the NYSE's wording): a Friday that is the last weekday
 *   of its month stays open (New Year's Day on a Saturday closes nothing; 1970-05-29 traded), except
 *   1964-05-29, which closed (listed in ./nyse-closures.ts). The 1959 start is inferred from the data
 *   (1958-02-21 traded, 1959-07-03 was closed).
 */
import { toDay, weekday } from './dates.ts';

/** A day the rules close, with the holiday's name. */
export interface RuleHoliday {
  day: number;
  name: string;
}

/** The first day with no Saturday session (the last Saturday session was 1952-05-24). */
export const SATURDAYS_END = toDay('1952-05-31');
const SAT_TO_FRIDAY_FROM = toDay('1959-06-01');

const utcDay = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);

/** The n-th (1-based) given weekday (0 = Sunday) of a month; n = -1 for the last, -2 for second-to-last. */
export function nthWeekday(year: number, month: number, wd: number, n: number): number {
  if (n > 0) {
    const first = utcDay(year, month, 1);
    return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = utcDay(year, month + 1, 0);
  return last - ((weekday(last) - wd + 7) % 7) + 7 * (n + 1);
}

/**
 * Easter Sunday (Gregorian), by the anonymous Gregorian computus (Meeus, *Astronomical Algorithms*, ch. 8).
 * @example fromDay(easter(2016)) // '2016-03-27'
 */
export function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

/** The closed day for a fixed-date holiday under the observance rules above, or NaN if none is closed. */
export function observed(day: number): number {
  const wd = weekday(day);
  if (wd === 0) return day + 1;
  if (wd !== 6) return day;
  if (day < SATURDAYS_END) return day;
  if (day < SAT_TO_FRIDAY_FROM) return Number.NaN;
  const friday = day - 1;
  const d = new Date(friday * 86_400_000);
  const lastOfMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  if (d.getUTCDate() >= lastOfMonth - 2) return Number.NaN; // the last weekday of its month
  return friday;
}

/**
 * The days NYSE's holiday rules close in `year` (weekends aside), sorted.
 * Rules: New Year's Day; Lincoln's Birthday (12 Feb, to 1953); Washington's Birthday (22 Feb to 1970, third
 * Monday of February from 1971); Good Friday; Memorial Day (30 May to 1970, last Monday of May from 1971);
 * Independence Day; Labor Day (first Monday of September); Columbus Day (12 Oct, to 1953); Election Day
 * (Tuesday after the first Monday of November: every year to 1968, then 1972, 1976, 1980); Armistice /
 * Veterans Day (11 Nov, 1934–1953); Thanksgiving (last Thursday of November to 1938, second-to-last in
 * 1939–1941, fourth from 1942); Christmas; Martin Luther King Jr. Day (third Monday of January, from 1998);
 * Juneteenth (19 June, from 2022).
 * @example ruleHolidays(2016).map((h) => fromDay(h.day))[0] // '2016-01-01'
 */
export function ruleHolidays(year: number): RuleHoliday[] {
  const out: RuleHoliday[] = [];
  const fixed = (m: number, d: number, name: string): void => {
    const day = observed(utcDay(year, m, d));
    if (!Number.isNaN(day)) out.push({ day, name });
  };
  fixed(1, 1, "New Year's Day");
  if (year >= 1998) out.push({ day: nthWeekday(year, 1, 1, 3), name: 'Martin Luther King Jr. Day' });
  if (year <= 1953) fixed(2, 12, "Lincoln's Birthday");
  if (year <= 1970) fixed(2, 22, "Washington's Birthday");
  else out.push({ day: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday (Presidents' Day)" });
  out.push({ day: easter(year) - 2, name: 'Good Friday' });
  if (year <= 1970) fixed(5, 30, 'Memorial Day');
  else out.push({ day: nthWeekday(year, 5, 1, -1), name: 'Memorial Day' });
  if (year >= 2022) fixed(6, 19, 'Juneteenth');
  fixed(7, 4, 'Independence Day');
  out.push({ day: nthWeekday(year, 9, 1, 1), name: 'Labor Day' });
  if (year <= 1953) fixed(10, 12, 'Columbus Day');
  if (year <= 1968 || year === 1972 || year === 1976 || year === 1980) {
    out.push({ day: nthWeekday(year, 11, 1, 1) + 1, name: 'Election Day' });
  }
  if (year >= 1934 && year <= 1953) fixed(11, 11, 'Armistice Day');
  const thanksgiving =
    year <= 1938
      ? nthWeekday(year, 11, 4, -1)
      : year <= 1941
        ? nthWeekday(year, 11, 4, -2)
        : nthWeekday(year, 11, 4, 4);
  out.push({ day: thanksgiving, name: 'Thanksgiving Day' });
  fixed(12, 25, 'Christmas Day');
  return out.sort((a, b) => a.day - b.day);
}
