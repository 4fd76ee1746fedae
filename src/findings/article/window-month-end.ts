/**
 * An end date given as a month's end: "by the end of July", "at the close of June 2016", "through the end of
 * October", "at July's end". Like "through Nov. 15" (./window-rules.ts) it ends the sentence's window: a
 * "since" window, or the stretch from a dated close ("up 5% from its June 23 close", ./pick-window.ts). The
 * end is the month's last NYSE session, or the article's date while that month runs; a month after the
 * article's gives no end, nor does one before the event ("up from 1,191.39 at the end of October": a level's day).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { MONTH_RE, namedMonth, nextSession, previousSession } from './dates.ts';
import type { Rule } from './window-rules.ts';

export const MONTH_END_RULE: Rule = {
  re: new RegExp(
    `\\b(?:by|at|through|until|till|as\\s+of)\\s+(?:the\\s+)?(?:very\\s+)?(?:end|close)\\s+of\\s+(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])|\\b(?:by|at)\\s+(${MONTH_RE})['’]s\\s+(?:end|close)\\b`,
    'gi',
  ),
  make: (m, o) => {
    const month = namedMonth(m[1] ?? m[3], m[2], o.to ? { to: o.to } : o);
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
