/**
 * The calendar window rules (conventions in ./windows.ts): last week, this week, this month, a monthly
 * gain, last month, a named month, the year to date, a named year, a weekday or a date.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import {
  DATE_RE,
  lastWeekEnd,
  MONTH_RE,
  monthNumber,
  previousSession,
  resolveDate,
  weekEndOf,
} from './dates.ts';
import { isProvisional } from './records.ts';
import type { Rule } from './window-rules.ts';

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Calendar rules, in the order they apply (after the event rules of ./window-rules.ts). */
export const CALENDAR_RULES: Rule[] = [
  {
    re: /\blast\s+week(?:'s)?\b/gi,
    make: (_m, o, ev) => ({
      window: o.to ? { kind: 'week', weekEnd: lastWeekEnd(o.to) } : { kind: 'week', event: ev('last week') },
    }),
  },
  {
    re: /\bthis\s+week\b|\b(?:for|on)\s+the\s+week\b/gi,
    make: (_m, o, ev) => ({
      window: o.to ? { kind: 'week', weekEnd: weekEndOf(o.to) } : { kind: 'week', event: ev('this week') },
    }),
  },
  {
    re: /\b(?:so\s+far\s+this|this|so\s+far\s+in\s+the|in\s+the|over\s+the|during\s+the|for\s+the|on\s+the)\s+month\b(?!\s+of\b)|\bmonth[- ]to[- ]date\b/gi,
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      return { window: { kind: 'month-to-date', month: monthOf(ref), ...(o.to ? { to: o.to } : {}) } };
    },
  },
  {
    // "a monthly gain of 11%": the month of the article (to date when the sentence says "set to", "on track").
    re: /\b(?:a|its|their)\s+monthly\s+(?:gain|loss|rise|fall|advance|decline|return|performance|drop)\b/gi,
    make: (m, o) => {
      const ref = o.to ?? o.event;
      if (!ref) return { needsEvent: m[0] };
      if (!isProvisional(m.input ?? '')) return { window: { kind: 'month', month: monthOf(ref) } };
      return { window: { kind: 'month-to-date', month: monthOf(ref), ...(o.to ? { to: o.to } : {}) } };
    },
  },
  {
    re: /\blast\s+month\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const d = toDay(`${monthOf(o.to)}-01`) - 1;
      return { window: { kind: 'month', month: monthOf(fromDay(d)) } };
    },
  },
  {
    re: new RegExp(
      `\\b(?:in|during|for|over|across)\\s+(?:the\\s+month\\s+of\\s+)?(${MONTH_RE})(?:\\s+(\\d{4}))?\\b(?!\\s+\\d{1,2}\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const y = m[2] ?? (o.event ?? o.to)?.slice(0, 4);
      const n = monthNumber(m[1]);
      if (!y || n === 0) return null;
      const month = `${y}-${String(n).padStart(2, '0')}`;
      // Written before the month ended ("up 10.8 pct for November" on Nov. 25): the month to date.
      if (!m[2] && o.to && monthOf(o.to) === month && toDay(o.to) < monthEnd(toDay(o.to)))
        return { window: { kind: 'month-to-date', month, to: o.to } };
      return { window: { kind: 'month', month } };
    },
  },
  {
    re: /\b(?:so\s+far\s+this\s+year|this\s+year|year[- ]to[- ]date)\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      return { window: { kind: 'dates', from: `${Number(o.to.slice(0, 4)) - 1}-12-31`, to: o.to } };
    },
  },
  {
    // "in 2016", "so far in 2016": the calendar year, to date when --to falls in it (from the last close of
    // the year before).
    re: /\b(?:in|during|for|over|across|so\s+far\s+in)\s+((?:19|20)\d\d)\b(?!\s*(?:'s\s+)?(?:election|vote|midterms|referendum))/gi,
    make: (m, o) => {
      const y = Number(m[1]);
      const to = o.to?.startsWith(m[1]) ? o.to : `${y}-12-31`;
      if (o.to && to > o.to) return null;
      return { window: { kind: 'dates', from: `${y - 1}-12-31`, to } };
    },
  },
  {
    // "climbed 30.77 points, or 2.5 percent, to 1,282.38": a market wrap's move of the day (the session
    // ending --to), used only when the sentence names no other window.
    re: /\b\d[\d,]*(?:\.\d+)?\s+points?,?\s+or\s+/gi,
    make: (_m, o) =>
      o.to ? { window: { kind: 'dates', from: previousSession(o.to), to: o.to }, fallback: true } : null,
  },
  {
    re: new RegExp(`\\bon\\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\\s+)?(${DATE_RE})`, 'gi'),
    make: (m, o) => {
      const d = resolveDate(m[1], o);
      return d ? { window: { kind: 'dates', from: previousSession(d), to: d } } : null;
    },
  },
];
