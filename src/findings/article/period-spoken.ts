/**
 * "over the month", "in the quarter": a period the sentence does not name, the one the article just spoke of.
 * "One month after the vote, the Russell 2000 is up 5.0% … The S&P 500 has climbed 5.7% over the month" is the
 * month since the news (a stretch of 25 to 35 days), not the calendar month to date; "… gained 11% in November.
 * … was 5.5% for the month" on Dec. 4 is November; "The fourth quarter belonged to small companies. The Russell
 * 2000 returned 31.0% in the quarter" in a letter of Jan. 12, 2021 is the fourth quarter of 2020 (the quarter just
 * spoken of, ended before the article), not the first quarter of 2021 to date; "for the week" on a Tuesday after
 * "the week that ended Friday" is that week.
 */
import { toDay, weekday } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim } from '../claim-read.ts';

/** "over the month", "during the month", "in the quarter", "for the week": the period's noun. */
const THE_PERIOD = /^(?:over|during|across|for|in)\s+the\s+(month|quarter|week)$/i;

/** True when `w` is one whole calendar quarter: from a quarter's last day to the next one's. */
export function isWholeQuarter(w: ClaimWindow): boolean {
  if (w.kind !== 'dates') return false;
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const [a, b] = [ends.indexOf(w.from.slice(5)), ends.indexOf(w.to.slice(5))];
  const [ya, yb] = [Number(w.from.slice(0, 4)), Number(w.to.slice(0, 4))];
  return a >= 0 && b >= 0 && ya * 4 + a + 1 === yb * 4 + b;
}

/**
 * Gives "over the month" ("in the quarter") the month (whole quarter) the article last spoke of, among its last
 * four periods, when that one ended before the article's date `to` and not long before it; leaves `w` alone
 * otherwise ("in the month" alone is the calendar month's: not read here).
 * @example thePeriodSpoken(w, 'in the quarter', [{ kind: 'dates', from: '2020-09-30', to: '2020-12-31' }], '2021-01-12') // w.window: Q4 2020
 */
export function thePeriodSpoken(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  words: string | undefined,
  recent: readonly ClaimWindow[] | undefined,
  to?: string,
): void {
  const m = words ? THE_PERIOD.exec(words.trim()) : null;
  if (!m || (m[1].toLowerCase() === 'month' && /^in\s/i.test(words ?? ''))) return;
  const noun = m[1].toLowerCase();
  const spoken = noun === 'month' ? monthSpoken(to) : noun === 'week' ? weekSpoken(to) : quarterSpoken(to);
  const last = recent?.slice(-4).reverse().find(spoken);
  if (last) [w.window, w.source] = [last, 'carried'];
}

/** A month just named before the article's (not one years back: "… set in November 2021. … for the month as of Nov. 29"), or a stretch of about a month since the news. */
function monthSpoken(to: string | undefined): (x: ClaimWindow) => boolean {
  const index = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
  return (x) => {
    if (x.kind === 'month') return !!to && x.month < to.slice(0, 7) && index(to) - index(x.month) <= 2;
    const days = x.kind === 'since' && x.to ? (Date.parse(x.to) - Date.parse(x.event)) / 86_400_000 : 0;
    // ("For the month, IWM gained 18.2%" on Nov. 30 after a Nov. 3 vote: at a month's end, the calendar month.)
    const atMonthEnd =
      !!to && x.kind === 'since' && x.event.slice(0, 7) === to.slice(0, 7) && Number(to.slice(8)) >= 26;
    return days >= 25 && days <= 35 && !atMonthEnd;
  };
}

/**
 * Last week, in an article of Monday to Thursday ("The Russell 2000 rose 8.6% in the week that ended Friday,
 * Nov. 8. … The S&P 500 gained 4.7% for the week" on Tuesday, Nov. 12): not the two sessions of this week.
 */
function weekSpoken(to: string | undefined): (x: ClaimWindow) => boolean {
  const day = to ? weekday(toDay(to)) : 0;
  return (x) =>
    !!to &&
    day >= 1 &&
    day <= 4 &&
    x.kind === 'week' &&
    !!x.weekEnd &&
    x.weekEnd < to &&
    Date.parse(to) - Date.parse(x.weekEnd) < 7 * 86_400_000;
}

/** A whole quarter ended before `to`, within 100 days of it. */
function quarterSpoken(to: string | undefined): (x: ClaimWindow) => boolean {
  return (x) =>
    !!to &&
    isWholeQuarter(x) &&
    x.kind === 'dates' &&
    x.to < to &&
    Date.parse(to) - Date.parse(x.to) <= 100 * 86_400_000;
}
