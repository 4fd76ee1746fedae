/**
 * An end date given as a month's end: "by the end of July", "at the close of June 2016", "through the end of
 * October", "at July's end", "by the end of the first quarter of 2013", "by year-end" (the last December's).
 * Like "through Nov. 15" (./window-rules.ts) it ends the sentence's window: a "since" window, or the stretch from
 * a dated close ("up 5% from its June 23 close", ./pick-window.ts). The end is the month's last NYSE session, or the article's date
 * while that month runs; a month after the article's gives no end, nor does one before the event ("up from
 * 1,191.39 at the end of October": a level's day).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { lastMonthBefore, MONTH_RE, monthNumber, namedMonth, nextSession, previousSession } from './dates.ts';
import { ORDINAL, quarterMonth } from './window-quarters.ts';
import type { Rule } from './window-rules.ts';

export const MONTH_END_RULE: Rule = {
  re: new RegExp(
    `\\b(?:by|at|through|until|till|as\\s+of)\\s+(?:the\\s+)?(?:very\\s+)?(?:end|close)\\s+of\\s+(?:(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])|(?:the\\s+)?(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+((?:19|20)\\d\\d))?\\b)|\\b(?:by|at)\\s+(${MONTH_RE})['’]s\\s+(?:end|close)\\b|\\b(?:by|at)\\s+(?:the\\s+)?(year[- ]end|end\\s+of\\s+the\\s+year)\\b`,
    'gi',
  ),
  make: (m, o) => {
    // "By the end of the first quarter of 2013": its last month's end.
    const q = m[3] ? ORDINAL[m[3].toLowerCase()] : 0;
    const month = q
      ? m[4]
        ? quarterMonth(m[4], m[3])
        : lastMonthBefore(['mar', 'jun', 'sep', 'dec'][q - 1], o.to ?? o.event)
      : m[6] // "By year-end, the index had nearly doubled": the last December's end
        ? lastMonthBefore('dec', o.to ?? o.event)
        : namedMonth(m[1] ?? m[5], m[2], o.to ? { to: o.to } : o);
    if (!month) return null;
    const ref = o.to ?? o.event;
    if (ref && month > ref.slice(0, 7)) return null;
    const last = previousSession(nextSession(fromDay(monthEnd(toDay(`${month}-01`)))));
    const to = o.to && month === o.to.slice(0, 7) ? o.to : last;
    // "up from 1,191.39 at the end of October" in a story on a Nov. 8 vote: a level's day (./level-claim.ts).
    if (o.event && to <= o.event) return null;
    return { window: { kind: 'since', event: o.event ?? '', to }, endOnly: true };
  },
};

/**
 * The last day of a period named before `to`: the year or month before (`unit`), a year, or a month (the last
 * one before `to` unless `monthYear` is given). Its close is the one on or before that day.
 * @example periodEnd('2020-12-04', undefined, undefined, 'October') // '2020-10-31'
 */
export function periodEnd(
  to: string,
  unit: string | undefined,
  year: string | undefined,
  month: string | undefined,
  monthYear?: string,
): string {
  if (/year/i.test(unit ?? '')) return `${Number(to.slice(0, 4)) - 1}-12-31`;
  if (unit) return fromDay(toDay(`${to.slice(0, 7)}-01`) - 1);
  if (year) return `${year}-12-31`;
  const named = `${monthYear ?? lastMonthBefore(month ?? '', to)?.slice(0, 4)}-${String(monthNumber(month ?? '')).padStart(2, '0')}`;
  return fromDay(monthEnd(toDay(`${named}-01`)));
}
