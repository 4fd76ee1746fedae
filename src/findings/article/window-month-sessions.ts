/**
 * The first or last sessions of a month or year: "in the first two days of December" (from the close of
 * November's last session to the close of December's second), "over the final three sessions of November",
 * "the last five trading days of the year", "December's first two sessions". Days here are trading days: the
 * NYSE calendar counts them (./dates.ts). A window that would end after the article's date is none: the
 * article cannot speak of it. Before, "the first two days of December" read as the two sessions after the
 * article's event.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { MONTH_RE, namedMonth, nextSession, previousSession, sessionsAhead, sessionsBack } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { CARD } from './streak-words.ts';
import type { Rule } from './window-rules.ts';

const FIRST = /^(?:first|opening)$/i;
const PERIOD = `(?:(the|this|last)\\s+(month|year)|(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))`;

export const MONTH_SESSIONS_RULE: Rule = {
  re: new RegExp(
    `\\bthe\\s+(first|opening|last|final|closing)\\s+${CARD}\\s+(?:trading\\s+)?(?:days|sessions)\\s+of\\s+${PERIOD}(?![\\w-])|\\b(${MONTH_RE})['’]s\\s+(first|opening|last|final|closing)\\s+${CARD}\\s+(?:trading\\s+)?(?:days|sessions)\\b`,
    'gi',
  ),
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const side = m[1] ?? m[9];
    const n = count(m[2] ?? m[10]);
    const span = period(m, o.to);
    if (!span || !n || n > 30) return null;
    const [first, last] = span;
    const from = FIRST.test(side)
      ? previousSession(first)
      : sessionsBack(previousSession(nextSession(last)), n);
    const to = FIRST.test(side) ? sessionsAhead(from, n) : previousSession(nextSession(last));
    return to <= o.to ? { window: { kind: 'dates', from, to } } : null;
  },
};

/** A cardinal in figures or words. */
function count(word: string): number | undefined {
  return NUMBER_WORDS[word.toLowerCase()] ?? (/^\d+$/.test(word) ? Number(word) : undefined);
}

/** The first and last calendar days of the period the words name, relative to the article's date `to`. */
function period(m: RegExpExecArray, to: string): [string, string] | undefined {
  const monthSpan = (month: string): [string, string] => [
    `${month}-01`,
    fromDay(monthEnd(toDay(`${month}-01`))),
  ];
  if (m[8]) {
    const month = namedMonth(m[8], undefined, { to });
    return month ? monthSpan(month) : undefined;
  }
  if (m[5]) {
    const month = namedMonth(m[5], m[6], { to });
    return month ? monthSpan(month) : undefined;
  }
  const year =
    m[7] ??
    (m[3]?.toLowerCase() === 'last' && m[4].toLowerCase() === 'year'
      ? String(Number(to.slice(0, 4)) - 1)
      : undefined);
  if (year) return [`${year}-01-01`, `${year}-12-31`];
  if (m[4].toLowerCase() === 'year') return [`${to.slice(0, 4)}-01-01`, `${to.slice(0, 4)}-12-31`];
  const month =
    m[3].toLowerCase() === 'last' ? fromDay(toDay(`${to.slice(0, 7)}-01`) - 1).slice(0, 7) : to.slice(0, 7);
  return monthSpan(month);
}
