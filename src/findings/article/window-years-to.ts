/**
 * "in the 10 years to the end of 2024", "over the five years through 2023", "the decade ended Dec. 31, 2024",
 * "in the 20 years to June 2024": from the same calendar day that many years before the end to the end (a year
 * ends Dec. 31, a month on its last day), never past the article's date.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { DATE_RE, MONTH_RE, monthNumber, monthsBefore, resolveDate } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { MONTHS_TO_RULE } from './window-months.ts';
import type { Rule } from './window-rules.ts';

export const YEARS_TO_RULE: Rule = {
  re: new RegExp(
    `\\b(?:(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+years|(?<!\\bthis\\s)(decade))\\s+(?:to|through|ended|ending|until)\\s+(?:the\\s+end\\s+of\\s+)?(?:(${MONTH_RE})\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\b(?![-/])|(${DATE_RE}))`,
    'gi',
  ),
  make: (m, o) => {
    const n = m[2] ? 10 : (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
    const month = m[3] ? `${m[4]}-${String(monthNumber(m[3])).padStart(2, '0')}-01` : undefined;
    let to = month ? fromDay(monthEnd(toDay(month))) : m[5] ? `${m[5]}-12-31` : resolveDate(m[6], o);
    if (!to || !(n > 0 && n <= 100)) return null;
    if (o.to && to > o.to) to = o.to;
    return { window: { kind: 'dates', from: monthsBefore(to, 12 * n), to } };
  },
};

/** The periods to an end: months to a month (./window-months.ts), then years to a year, a month or a day. */
export const TO_END_RULES: Rule[] = [MONTHS_TO_RULE, YEARS_TO_RULE];
