/**
 * A part of a month as a window's start: "since early July", "since mid-July", "since late July 2024". The
 * window runs from the close before the part begins to the article's date: early from the month's 1st (as
 * "since July"), mid from the 11th, late from the 21st (a month in thirds). The words give no day, so the
 * verdict line states the one taken. Before, "since mid-July" found no window and fell back on the article's
 * day, and "since early July, when …" read as the month of July.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { MONTH_RE, namedMonth } from './dates.ts';
import type { Rule } from './window-rules.ts';

/** The first day of each part of a month. */
const FIRST: Record<string, number> = { early: 1, mid: 11, late: 21 };

/** "early", "mid-", "late" before a month name (a window rule's month must not also take it). */
export const MONTH_PART = '(?:early|mid|late)[- ]?';

export const MONTH_PART_RULE: Rule = {
  re: new RegExp(
    `\\b(?:since|from)\\s+(?:the\\s+)?(early|mid|late)[- ]?(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])`,
    'gi',
  ),
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const month = namedMonth(m[2], m[3], { to: o.to });
    if (!month || month > o.to.slice(0, 7)) return null;
    const first = FIRST[m[1].toLowerCase()];
    const from = fromDay(toDay(`${month}-${String(first).padStart(2, '0')}`) - 1);
    return from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
  },
};

/**
 * A half of a month: "in the first half of November" (from the close before the 1st to the 15th), "in the
 * second half of the month" (from the 15th to the month's end, or to the article's date while it runs).
 * Before, "the first half" read as the year's (January to June) whatever month followed.
 */
export const MONTH_HALF_RULE: Rule = {
  re: new RegExp(
    `\\b(?:in|during|over)\\s+the\\s+(first|second|latter|back)\\s+half\\s+of\\s+(?:(the|this|last)\\s+month|(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?)(?![\\w-])`,
    'gi',
  ),
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const month = m[3]
      ? namedMonth(m[3], m[4], { to: o.to })
      : m[2].toLowerCase() === 'last'
        ? fromDay(toDay(`${o.to.slice(0, 7)}-01`) - 1).slice(0, 7)
        : o.to.slice(0, 7);
    if (!month || month > o.to.slice(0, 7)) return null;
    const first = m[1].toLowerCase() === 'first';
    const from = first ? fromDay(toDay(`${month}-01`) - 1) : `${month}-15`;
    const end = first ? `${month}-15` : fromDay(monthEnd(toDay(`${month}-01`)));
    const [to] = [end, o.to].sort(); // the earlier of the two ISO days
    return from < to ? { window: { kind: 'dates', from, to } } : null;
  },
};
