/**
 * Period-to-date windows the pasted articles of the fourth round called for (conventions in ./windows.ts):
 * - "this week", "so far this week", "week to date" in an article dated before the week's last session:
 *   from the close before the week's first session to the close of the article's date (the week so far;
 *   a week that has ended keeps the week rule of ./window-calendar.ts);
 * - quarters: "Q4", "4Q", "the fourth quarter", "Q4 2016", "the third quarter of 2016", "this quarter",
 *   "quarter to date": from the last calendar day of the quarter before (its close, or the last close before
 *   it) to the quarter's last day, or to the article's date while the quarter is running.
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';
import { previousSession, weekEndOf } from './dates.ts';
import type { Rule } from './window-rules.ts';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** The last calendar day of quarter `q` (0 is the previous year's fourth) of year `y`. */
function quarterEnd(y: number, q: number): string {
  if (q === 0) return `${y - 1}-12-31`;
  return ['', `${y}-03-31`, `${y}-06-30`, `${y}-09-30`, `${y}-12-31`][q];
}

/** True when no session follows `iso` in its week (Friday, or Thursday before a Friday holiday). */
function endsWeek(iso: string): boolean {
  const d = toDay(iso);
  const fri = toDay(weekEndOf(iso));
  for (let x = d + 1; x <= fri; x++) if (isNyseSession(x)) return false;
  return true;
}

/** Period-to-date rules, applied before the calendar rules. */
export const PERIOD_RULES: Rule[] = [
  {
    re: /\b(?:so\s+far\s+this\s+week|this\s+week\s+so\s+far|this\s+week|week[- ]to[- ]date|for\s+the\s+week\s+so\s+far)\b/gi,
    make: (_m, o) => {
      if (!o.to) return null;
      if (endsWeek(o.to)) return { window: { kind: 'week', weekEnd: weekEndOf(o.to) } };
      let monday = toDay(o.to);
      while (weekday(monday) !== 1) monday--;
      return { window: { kind: 'dates', from: previousSession(fromDay(monday)), to: o.to } };
    },
  },
  {
    re: /\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:q([1-4])|([1-4])q)|(first|second|third|fourth)\s+quarter(?![- ]point))(?:\s+(?:of\s+)?(\d{4}))?\b|\b(?:so\s+far\s+)?(?:this|the\s+current)\s+quarter\b(?![- ]point)|\bquarter[- ]to[- ]date\b/gi,
    make: (m, o) => {
      const ref = o.to ?? o.event;
      const named = m[1] ?? m[2] ?? (m[3] ? String(ORDINAL[m[3].toLowerCase()]) : undefined);
      if (!ref && !m[4]) return null;
      const y = Number(m[4] ?? (ref as string).slice(0, 4));
      const q = named ? Number(named) : Math.ceil(Number((ref as string).slice(5, 7)) / 3);
      const from = quarterEnd(y, q - 1);
      let to = quarterEnd(y, q);
      if (o.to && o.to <= from) return null;
      if (o.to && o.to < to) to = o.to;
      return { window: { kind: 'dates', from, to } };
    },
  },
];
