/**
 * A span from a period's end to a day: "lost a further 23.0% from the end of January through April 8", "fell 21%
 * from the end of 2024 to April 8": from the close of the period's last day (the latest such month before the
 * day) to that day. Alone, "from the end of January" runs to the article's date (./window-since.ts).
 */
import { DATE_RE, MONTH_RE, resolveDate } from './dates.ts';
import { periodEnd } from './window-month-end.ts';
import type { Rule } from './window-rules.ts';

export const END_SPAN_RULE: Rule = {
  re: new RegExp(
    `\\bfrom\\s+the\\s+(?:end|close)\\s+of\\s+(?:((?:19|20)\\d\\d)|(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?)\\s+(?:to|through|until|till)\\s+(${DATE_RE})`,
    'gi',
  ),
  make: (m, o) => {
    const to = resolveDate(m[4], o);
    if (!to) return null;
    const from = periodEnd(to, undefined, m[1], m[2], m[3]);
    return from < to ? { window: { kind: 'dates', from, to } } : null;
  },
};
