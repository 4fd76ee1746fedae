/**
 * US holidays an article dates by ("between Election Day and Thanksgiving", "since Christmas", "through Labor
 * Day"): the holiday's date in a year. A window that ends on one (a market holiday) ends on the session before
 * it, as any window ending on a day without trading does (../claim-span.ts). The weekday-ruled ones are the
 * calendar room's (../../calendar/nyse-holidays.ts: Thanksgiving was the last Thursday of November to 1938).
 */
import { fromDay } from '../../calendar/dates.ts';
import { ruleHolidays } from '../../calendar/nyse-holidays.ts';

/** A holiday of the calendar room's rules, by its name there, in year `y` (its own date, never an observed one). */
const ruled = (name: string, y: number): string | null => {
  const h = ruleHolidays(y).find((x) => x.name === name);
  return h ? fromDay(h.day) : null;
};

/**
 * Holiday names for regexes: "Thanksgiving (Day)", "Christmas (Day|Eve)", "New Year's Day|Eve", "Labor Day",
 * "Memorial Day", and "Inauguration Day" (a president's, Jan. 20 of the year after an election).
 */
export const HOLIDAY_RE =
  "(?:thanksgiving(?:\\s+day)?|christmas(?:\\s+(?:day|eve))?|new\\s+year['’]s\\s+(?:day|eve)|labor\\s+day|memorial\\s+day|inauguration\\s+day)\\b";

/**
 * The date of holiday `name` in year `y`, or null when `name` is none.
 * @example holidayIn('Thanksgiving', 2024) // '2024-11-28'
 */
export function holidayIn(name: string, y: number): string | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
  if (n === 'thanksgiving' || n === 'thanksgiving day') return ruled('Thanksgiving Day', y);
  if (n === 'christmas eve') return `${y}-12-24`;
  if (n === 'christmas' || n === 'christmas day') return `${y}-12-25`;
  if (n === "new year's eve") return `${y}-12-31`;
  if (n === "new year's day") return `${y}-01-01`;
  if (n === 'labor day') return ruled('Labor Day', y);
  if (n === 'memorial day') return ruled('Memorial Day', y);
  // The last on or before year `y`'s: 2017-01-20 for 2017 to 2020 (the Twentieth Amendment's day, from 1937).
  if (n === 'inauguration day' && y >= 1937) return `${y - ((((y - 1) % 4) + 4) % 4)}-01-20`;
  return null;
}
