/**
 * "Over the three months to November", "in the 12 months through Oct. 31", "the year to November": the N
 * calendar months ending with a month (or a day), read before an end date alone (./window-rules.ts).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { MONTH_RE, monthNumber } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { monthsBefore } from './window-periods.ts';
import type { Rule } from './window-rules.ts';

/** "Over the three months to November", read before an end date alone ("through Oct. 31", ./window-rules.ts). */
export const MONTHS_TO_RULE: Rule = {
  // "over the three months to November", "in the 12 months through Oct. 31", "the year to November": from
  // the end of the month N months back to the month's end (or the day given), never past the article's date.
  re: new RegExp(
    `\\b(?:(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+months?|year)\\s+(?:to|through|ended|ending|to\\s+the\\s+end\\s+of)\\s+(${MONTH_RE})(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s+((?:19|20)\\d\\d))?`,
    'gi',
  ),
  make: (m, o) => {
    const ref = o.to ?? o.event;
    if (!ref && !m[4]) return { needsEvent: m[0] };
    const mm = String(monthNumber(m[2])).padStart(2, '0');
    // Undated: the latest such month on or before the article's ("the three months to November" in January).
    const y =
      Number(m[4] ?? ref?.slice(0, 4)) -
      (!m[4] && ref && `${ref.slice(0, 4)}-${mm}` > ref.slice(0, 7) ? 1 : 0);
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 12;
    const first = `${y}-${mm}-01`;
    let to = m[3] ? `${y}-${mm}-${m[3].padStart(2, '0')}` : fromDay(monthEnd(toDay(first)));
    if (o.to && to > o.to) to = o.to;
    const from = m[3] ? monthsBefore(to, n) : fromDay(toDay(monthsBefore(first, n - 1)) - 1);
    return n > 0 && n <= 120 ? { window: { kind: 'dates', from, to } } : null;
  },
};
