/**
 * Days of one month: "Nov. 9-30", "Nov. 9–30, 2016", "from Nov. 9 to 30", "between Nov. 9 and 30", "the Nov. 9 to
 * Nov. 30 period" (read as "from Nov. 9 to Nov. 30"); not "on Nov. 9 and 30", nor "Nov. 9 to 30%". Followed by
 * "week" ("in the Nov. 4-8 week"), the calendar week those days make. ./window-spans.ts lists it.
 */
import { MONTH_RE, resolveDate } from './dates.ts';
import type { Rule } from './window-rules.ts';

/** "week" right after the days: "the Nov. 4-8 week". */
const WEEK_AFTER = /^\s+week\b/i;

export const DAY_RANGE_RULE: Rule = {
  re: new RegExp(
    `\\b(?:(?:from|between)\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*|\\s+(?:to|through|until)\\s+|(?<=between\\s+\\S+\\s+\\d+\\w*)\\s+and\\s+)(?:(${MONTH_RE})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|per\\s*cent|points?\\b|pts\\b|bps?\\b|[.,]\\d))(?:,?\\s+((?:19|20)\\d\\d))?`,
    'gi',
  ),
  make: (m, o) => {
    const year = m[5] ? `, ${m[5]}` : '';
    const from = resolveDate(`${m[1]} ${m[2]}${year}`, o);
    const to = resolveDate(`${m[3] ?? m[1]} ${m[4]}${year}`, o);
    if (!from || !to || from >= to) return null;
    // "in the Nov. 4-8 week": the calendar week those days make (from the close of the Friday before).
    const week =
      Date.parse(to) - Date.parse(from) <= 6 * 86_400_000 &&
      WEEK_AFTER.test(m.input.slice(m.index + m[0].length));
    return { window: week ? { kind: 'week', weekEnd: to } : { kind: 'dates', from, to } };
  },
};
