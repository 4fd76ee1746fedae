/**
 * US holidays an article dates by ("between Election Day and Thanksgiving", "since Christmas", "through Labor
 * Day"): the holiday's date in a year. A window that ends on one (a market holiday) ends on the session before
 * it, as any window ending on a day without trading does (../claim-span.ts).
 */
import { fromDay, monthEnd, toDay, weekday } from '../../calendar/dates.ts';

/** Holiday names for regexes: "Thanksgiving (Day)", "Christmas (Day|Eve)", "New Year's Day|Eve", "Labor Day", "Memorial Day". */
export const HOLIDAY_RE =
  "(?:thanksgiving(?:\\s+day)?|christmas(?:\\s+(?:day|eve))?|new\\s+year['’]s\\s+(?:day|eve)|labor\\s+day|memorial\\s+day)\\b";

/** The `n`th (1-based; −1 the last) `wd` (0 Sunday … 6 Saturday) of month `m` (1–12) of year `y`, ISO. */
function nthWeekday(y: number, m: number, wd: number, n: number): string {
  if (n < 0) {
    let d = monthEnd(toDay(`${y}-${String(m).padStart(2, '0')}-01`));
    while (weekday(d) !== wd) d--;
    return fromDay(d);
  }
  let d = toDay(`${y}-${String(m).padStart(2, '0')}-01`);
  while (weekday(d) !== wd) d++;
  return fromDay(d + 7 * (n - 1));
}

/**
 * The date of holiday `name` in year `y`, or null when `name` is none.
 * @example holidayIn('Thanksgiving', 2024) // '2024-11-28'
 */
export function holidayIn(name: string, y: number): string | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
  if (n === 'thanksgiving' || n === 'thanksgiving day') return nthWeekday(y, 11, 4, 4);
  if (n === 'christmas eve') return `${y}-12-24`;
  if (n === 'christmas' || n === 'christmas day') return `${y}-12-25`;
  if (n === "new year's eve") return `${y}-12-31`;
  if (n === "new year's day") return `${y}-01-01`;
  if (n === 'labor day') return nthWeekday(y, 9, 1, 1);
  if (n === 'memorial day') return nthWeekday(y, 5, 1, -1);
  return null;
}
