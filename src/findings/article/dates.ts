/**
 * Dates as articles write them, resolved against a reference date (the event or the article's date):
 * "Nov. 8, 2016", "November 8", "8 November 2016", "2016-11-08", "11/8", "11/8/16" (a US month/day), weekdays
 * ("Friday" = the last Friday on or before the article's date, else the first one after the event), and the
 * Friday of a week.
 */
import { fromDay, isIsoDate, toDay, weekday } from '../../calendar/dates.ts';
import { HOLIDAY_RE, holidayIn } from './holidays.ts';
import { ORDINALS } from './number-words.ts';

export { nextSession, previousSession, sessionsAhead, sessionsBack } from './sessions.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Weekday names by `weekday()`'s number (0 = Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month names (full or abbreviated, optional point) for regexes. */
export const MONTH_RE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A trading weekday's name for regexes: "Monday" … "Friday". */
export const WEEKDAY_RE = '(?:mon|tues|wednes|thurs|fri)day';
/** A trading weekday's possessive for regexes: "Monday's", "Friday’s". */
export const WEEKDAY_POSS = `${WEEKDAY_RE}['’]s`;
/** Whether a phrase is a trading weekday's name alone ("Friday"). */
const WEEKDAY_ALONE = new RegExp(`^${WEEKDAY_RE}$`, 'i');
export const isWeekdayName = (s: string): boolean => WEEKDAY_ALONE.test(s.trim());
/**
 * The last day named `name` ("Friday", "friday") strictly before `to`: "last Friday", and "since Friday" in a
 * Friday article, a week back; undefined for a name that is no weekday.
 * @example weekdayBefore('Friday', '2024-09-20') // '2024-09-13'
 */
export function weekdayBefore(name: string, to: string): string | undefined {
  const wd = WEEKDAYS.indexOf(name.toLowerCase());
  if (wd < 0) return undefined;
  let d = toDay(to) - 1;
  while (weekday(d) !== wd) d--;
  return fromDay(d);
}
/** A day of the month in words ("the ninth of November"). */
const DAY_WORDS: Record<string, number> = { first: 1, ...ORDINALS };
const DAY_WORD = `(?:${Object.keys(DAY_WORDS).join('|')})`;

/** A date phrase for regexes: "Nov. 8, 2016", "November 8", "8 November 2016", "2016-11-08", "Friday", "from the 5th". */
export const DATE_RE = `(?:\\d{4}-\\d{2}-\\d{2}|(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?|${DAY_WORD})\\s+of\\s+${MONTH_RE}(?:,?\\s+\\d{4})?|(?<=\\b(?:on|from|since|to|through|until|till)\\s+)the\\s+\\d{1,2}(?:st|nd|rd|th)\\b(?!\\s+(?:of|straight|consecutive|successive|day|session|week|month|quarter|half|year|time|anniversary|percentile|largest|biggest|best|worst|highest|lowest)\\b)|(?<![\\d.,/$])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])(?:/(?:\\d{4}|\\d{2}))?(?![\\d/%]|[.,]\\d)|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+\\d{4})?|${WEEKDAY_RE}|${HOLIDAY_RE})`;

/** The month number (1–12) of a month name, or 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The ISO date a phrase names, with the year (when unwritten) and weekdays taken from `ref`
 * (event, then article date); null when the phrase is not a date.
 * @example resolveDate('November 11', { event: '2016-11-08' }) // '2016-11-11'
 * @example resolveDate('Friday', { event: '2016-11-08', to: '2016-11-15' }) // '2016-11-11'
 */
export function resolveDate(phrase: string, ref: { event?: string; to?: string }): string | null {
  const t = phrase
    .trim()
    .replace(/,/g, '')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .toLowerCase()
    .replace(/^(?:the )?(\S+) of /, '$1 ') // "the 9th of November", "the ninth of November"
    .replace(new RegExp(`^${DAY_WORD}\\b`), (w) => String(DAY_WORDS[w]));
  if (isIsoDate(t)) return t;
  const base = ref.event ?? ref.to;
  // "on the 9th": that day of the article's month (of the month before, when the day is still to come).
  const bare = /^the (\d{1,2})$/.exec(t);
  if (bare && ref.to) {
    const d = `${ref.to.slice(0, 8)}${bare[1].padStart(2, '0')}`;
    const iso = d <= ref.to ? d : `${monthsBefore(ref.to, 1).slice(0, 8)}${bare[1].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  }
  // "Thanksgiving", "Christmas Eve": that holiday in the article's year (the year before when it is later).
  const year0 = Number((ref.to ?? base ?? '').slice(0, 4));
  const holiday = year0 ? holidayIn(t, year0) : null;
  if (holiday) return ref.to && holiday > ref.to ? holidayIn(t, year0 - 1) : holiday;
  const wd = WEEKDAYS.indexOf(t);
  if (wd >= 0) {
    // The last such weekday on or before the article's date; without one, the first on or after the event
    // ("rose on Wednesday after the Fed raised rates" on a Fed Wednesday is that day, not a week later).
    if (ref.to) {
      let d = toDay(ref.to);
      while (weekday(d) !== wd) d--;
      return fromDay(d);
    }
    if (!ref.event) return null;
    let d = toDay(ref.event);
    while (weekday(d) !== wd) d++;
    return fromDay(d);
  }
  let m = /^([a-z]+)\.? (\d{1,2})(?: (\d{4}))?$/.exec(t);
  let mon: string | undefined;
  let day: string | undefined;
  let year: string | undefined;
  if (m) [, mon, day, year] = m;
  else {
    m = /^(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?$/.exec(t);
    if (m) [, day, mon, year] = m;
  }
  // "11/6", "11/5/24", "11/05/2024": a US month/day, the year's two digits in this century.
  const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (us) [mon, day, year] = [MONTHS[Number(us[1]) - 1], us[2], us[3]?.length === 2 ? `20${us[3]}` : us[3]];
  if (!mon || !day) return null;
  const month = monthNumber(mon);
  if (month === 0) return null;
  // No year: the article's year, or the year before when that day is after the article ("its Nov. 25
  // closing high" in January); with no article date, the event's year.
  const at = (yy: string | number) => `${yy}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  let iso = year ? at(year) : ref.to ? at(ref.to.slice(0, 4)) : base ? at(base.slice(0, 4)) : null;
  if (!year && iso && ref.to && iso > ref.to) iso = at(Number(ref.to.slice(0, 4)) - 1);
  return iso && isIsoDate(iso) ? iso : null;
}

/**
 * The Friday ending the week before the one holding `iso` ("last week" in an article dated `iso`).
 * @example lastWeekEnd('2016-11-14') // '2016-11-11'
 */
export function lastWeekEnd(iso: string): string {
  const d = toDay(iso);
  const monday = d - ((weekday(d) + 6) % 7);
  return fromDay(monday - 3);
}

/**
 * The Friday ending the week (Monday to Friday) that holds `iso`.
 * @example weekEndOf('2016-11-09') // '2016-11-11'
 */
export function weekEndOf(iso: string): string {
  const d = toDay(iso);
  const monday = d - ((weekday(d) + 6) % 7);
  return fromDay(monday + 4);
}

/** The trading-day-agnostic previous weekday of `iso` (Friday for a Monday). */
export function previousWeekday(iso: string): string {
  let d = toDay(iso) - 1;
  while (weekday(d) === 0 || weekday(d) === 6) d--;
  return fromDay(d);
}

/**
 * The last month named `name` before the month of `ref` (ISO date): 'YYYY-MM', or undefined without `ref`;
 * with a `day` ("since Nov. 9"), the month of the last such date on or before `ref`.
 * @example lastMonthBefore('June', '2016-11-10') // '2016-06'
 * @example lastMonthBefore('Nov', '2016-11-18', 9) // '2016-11'
 */
export function lastMonthBefore(name: string, ref: string | undefined, day?: number): string | undefined {
  if (!ref) return undefined;
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  );
  if (i < 0) return undefined;
  const refMonth = Number(ref.slice(5, 7));
  const thisYear =
    i + 1 < refMonth || (day !== undefined && i + 1 === refMonth && day <= Number(ref.slice(8, 10)));
  const y = Number(ref.slice(0, 4)) - (thisYear ? 0 : 1);
  return `${y}-${String(i + 1).padStart(2, '0')}`;
}

/**
 * A month named in an article ("in November", "November, when …"): 'YYYY-MM' in the `year` written, else the
 * event's year (the year after when that month comes before the news and the article has reached it), else the
 * last such month up to the article's date `to` (never a month after the article).
 * @example namedMonth('December', undefined, { to: '2025-01-03' }) // '2024-12'
 * @example namedMonth('November', undefined, { event: '2016-11-08', to: '2017-01-03' }) // '2016-11'
 */
export function namedMonth(name: string, year: string | undefined, o: { event?: string; to?: string }) {
  const n = monthNumber(name);
  if (n === 0) return undefined;
  const mm = String(n).padStart(2, '0');
  if (year) return `${year}-${mm}`;
  if (!o.event) return lastMonthBefore(name, o.to, 1);
  // "In January so far" in a January 2025 story on the September 2024 cut: the month after the news that the
  // article has reached, not the January before the news.
  const y = Number(o.event.slice(0, 4));
  const after = `${y + 1}-${mm}`;
  return `${y}-${mm}` < o.event.slice(0, 7) && o.to && after <= o.to.slice(0, 7) ? after : `${y}-${mm}`;
}

/**
 * The same calendar day `months` months before `iso` (the month's last day when it has no such day).
 * @example monthsBefore('2016-03-31', 1) // '2016-02-29'
 */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const yy = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  const last = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  return `${yy}-${String(mm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
