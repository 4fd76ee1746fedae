/**
 * Windows the pasted articles of the fourth round called for (conventions in ./windows.ts):
 * - "today", "on the session", "in the (latest) session" (the session ending the article's date), "yesterday" (the one before), a
 *   bare weekday in wire style ("rose 1.6 percent Thursday", "in Thursday's session": the latest on or
 *   before the article's date); "YTD", "MTD", "WTD", "QTD" in prose; "over the past month", "the last
 *   three months", "the past year" (the same calendar day that many months back to the article's date);
 * - "this week", "so far this week", "week to date" in an article dated before the week's last session:
 *   from the close before the week's first session to the close of the article's date (the week so far;
 *   a week that has ended keeps the week rule of ./window-calendar.ts);
 * - quarters: ./window-quarters.ts.
 */
import { fromDay, monthEnd, toDay, weekday } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';
import type { ClaimWindow } from '../claim.ts';
import { lastWeekEnd, monthsBefore, previousSession, weekEndOf } from './dates.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { WEEKDAY_RULE } from './window-day.ts';
import { quarterEnd } from './window-quarters.ts';
import type { Rule } from './window-rules.ts';

/** True when no session follows `iso` in its week (Friday, or Thursday before a Friday holiday). */
export function endsWeek(iso: string): boolean {
  const d = toDay(iso);
  const fri = toDay(weekEndOf(iso));
  for (let x = d + 1; x <= fri; x++) if (isNyseSession(x)) return false;
  return true;
}

/** The NYSE session on or before `iso`. */
export function sessionOnOrBefore(iso: string): string {
  return isNyseSession(toDay(iso)) ? iso : previousSession(iso);
}

/** The one-session window ending on the session `iso` (the close before it to its close). */
function day(iso: string): { window: { kind: 'dates'; from: string; to: string } } {
  return { window: { kind: 'dates', from: previousSession(iso), to: iso } };
}

/** The week holding `to`: the whole week on its last session, else the week so far (to `to`'s close). */
export function weekSoFar(to: string): { window: ClaimWindow } {
  if (endsWeek(to)) return { window: { kind: 'week', weekEnd: weekEndOf(to) } };
  const monday = toDay(to) - ((weekday(toDay(to)) + 6) % 7);
  return { window: { kind: 'dates', from: previousSession(fromDay(monday)), to } };
}

/** A flow's words: "inflows", "took in", "$6.5bn". */
const FLOW_WORDS = /\b(?:in|out)flows?\b|\bintake\b|\btook\s+in\b|[$£€]\s?\d/i;

/** Period-to-date rules, applied before the calendar rules. */
export const PERIOD_RULES: Rule[] = [
  {
    // "A year ago today, Americans voted.": that day's session, N years (months, weeks) before the article's date.
    re: /\b(a|an|one|two|three|four|five|six|\d{1,2})\s+(year|month|week)s?\s+ago\s+today\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const n = /^an?$/i.test(m[1]) ? 1 : (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
      const [y, mo, d] = o.to.split('-').map(Number);
      const unit = m[2].toLowerCase();
      const back =
        unit === 'week'
          ? fromDay(toDay(o.to) - 7 * n)
          : fromDay(Date.UTC(y - (unit === 'year' ? n : 0), mo - 1 - (unit === 'month' ? n : 0), d) / 864e5);
      return day(sessionOnOrBefore(back));
    },
  },
  {
    // "today", "in today's session", "ended the session": the session ending the article's date (on or before
    // it); "yesterday" ("yday"): the session before, but a morning note's own (`o.morning`: its date is that).
    re: /\b(?:today|(?:in\s+|on\s+)?today's\s+(?:session|trading)|on\s+the\s+session|(?:ended|finished|closed)\s+the\s+(?:session|day)|(?:in|during)\s+the\s+(?:latest\s+|last\s+|final\s+|day's\s+)?(?:trading\s+)?session(?!\s+(?:after|following|before|of|since)\b))\b|\b(?:yesterday(?:'s\s+(?:session|trading))?|yday|ystd?y)\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const today = sessionOnOrBefore(o.to);
      return day(/^y/i.test(m[0]) && !o.morning ? previousSession(today) : today);
    },
  },
  WEEKDAY_RULE, // "rose 1.6 percent Thursday" (./window-day.ts)
  {
    // "YTD", "MTD", "WTD", "QTD" in prose.
    re: /\b(YTD|MTD|WTD|QTD)\b/g,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const k = m[1];
      if (k === 'YTD')
        return { window: { kind: 'dates', from: `${Number(o.to.slice(0, 4)) - 1}-12-31`, to: o.to } };
      if (k === 'MTD') return { window: { kind: 'month-to-date', month: o.to.slice(0, 7), to: o.to } };
      if (k === 'QTD') {
        const q = Math.ceil(Number(o.to.slice(5, 7)) / 3);
        return { window: { kind: 'dates', from: quarterEnd(Number(o.to.slice(0, 4)), q - 1), to: o.to } };
      }
      if (endsWeek(o.to)) return { window: { kind: 'week', weekEnd: weekEndOf(o.to) } };
      let monday = toDay(o.to);
      while (weekday(monday) !== 1) monday--;
      return { window: { kind: 'dates', from: previousSession(fromDay(monday)), to: o.to } };
    },
  },
  {
    // "its 12-month return", "a three-month gain", "year-on-year", "year over year", "y/y": the trailing months
    // to the article's date (from the same calendar day back), as "over the past 12 months".
    // "IWM's five-year annualized return": five years, its annual rate (../conventions.ts reads "annualized").
    re: /\b(\d{1,2}|one|two|three|four|five|six|seven|ten|twelve)[- ](month|year)\s+(?=(?:(?:annuali[sz]ed|average\s+annual|cumulative)\s+)?(?:total\s+)?(?:returns?|gains?|loss(?:es)?|rise|decline|performance|rally|advance|drop|fall)\b)|\byear[- ](?:on|over)[- ]year\b|\by\/y\b|\byoy\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      const months = !m[2] || m[2].toLowerCase() === 'year' ? 12 * n : n;
      return { window: { kind: 'dates', from: monthsBefore(o.to, months), to: o.to } };
    },
  },
  {
    // "over the past month", "in the last three months", "over the trailing 12 months", "over the past year",
    // "the past 3 years": from the same calendar day that many months back to the article's date; "the past
    // 52 weeks", "the last four weeks": from the day 7 × N calendar days back; "the past decade" 10 years ("the past week" alone is the
    // last five sessions, ./window-rules.ts).
    re: /\b(?:over|in|during)\s+the\s+(?:past|last|previous|trailing)\s+(?:(\d{1,2}|two|three|four|five|six|ten|twelve)\s+)?(months?|years?|weeks|decades?)\b|^\s*(?:over|across)\s+(\d{1,2}|two|three|four|five|six|ten|twelve)\s+(months|years|decades)(?=,)/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const words: Record<string, number> = {
        two: 2,
        three: 3,
        four: 4,
        five: 5,
        six: 6,
        ten: 10,
        twelve: 12,
      };
      const said = m[1] ?? m[3]; // "Over five years, it is up 26%": fronted, the trailing years too
      const n = words[(said ?? '').toLowerCase()] ?? Number(said ?? 1);
      const unit = (m[2] ?? m[4]).toLowerCase();
      if (unit === 'weeks')
        return { window: { kind: 'dates', from: fromDay(toDay(o.to) - 7 * n), to: o.to } };
      // "over the past decade", "the last two decades": ten years a decade.
      const months = unit.startsWith('year') ? 12 * n : unit.startsWith('decade') ? 120 * n : n;
      // In the first half of January, years are counted to the year just ended (a year-end review's data).
      const to =
        months % 12 === 0 && /-01-(?:0\d|1[0-5])$/.test(o.to)
          ? `${Number(o.to.slice(0, 4)) - 1}-12-31`
          : o.to;
      // As of a month's last day (a factsheet's "as of 11/30/2024"), from the month-end that many months back.
      const eom =
        fromDay(monthEnd(toDay(to))) === to
          ? fromDay(monthEnd(toDay(monthsBefore(`${to.slice(0, 8)}01`, months))))
          : undefined;
      return { window: { kind: 'dates', from: eom ?? monthsBefore(to, months), to } };
    },
  },
  {
    // "for the week", "on the week" too: in an article dated mid-week, the week so far (never past its date); in
    // one dated Monday, "up 10.2% for the week" is the week that ended on Friday; "over the week" only on a week's
    // last session or a Monday (mid-week it may be the days since the news).
    re: /\b(?:so\s+far\s+this\s+week|this\s+week\s+so\s+far|this\s+week|week[- ]to[- ]date|for\s+the\s+week\s+so\s+far|(?:for|on|over|during|across)\s+the\s+week\b(?!\s+(?:to|ended|ending|through|that|after|following|of|before|since|ahead)\b))\b/gi,
    make: (m, o) => {
      if (!o.to) return null;
      const bare = /^(?:for|on|over|during|across)\s+the\s+week$/i.test(m[0]);
      if (bare && weekday(toDay(o.to)) === 1) return { window: { kind: 'week', weekEnd: lastWeekEnd(o.to) } };
      if (/^(?:over|during|across)/i.test(m[0]) && !endsWeek(o.to)) return null;
      // "That left it … 3.9 points ahead on the week": the week the sentence before spoke of (./same-period.ts).
      const back = bare && /^\s*(?:that|this|which)\b/i.test(m.input ?? '');
      return back ? { ...weekSoFar(o.to), bareWeek: true } : weekSoFar(o.to);
    },
  },
  {
    // "after rising 8.7% over the previous four sessions": resolved in ./windows.ts, the N sessions before
    // the day named earlier in the sentence ("gave back 1.1% on Friday"), else before the article's day.
    re: new RegExp(
      `\\b(?:over|in|during|across)\\s+the\\s+(?:previous|prior|preceding)\\s+(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:trading\\s+)?(?:sessions|days)\\b`,
      'gi',
    ),
    make: (m) => ({ sessionsBefore: NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]) }),
  },
  {
    // "versus outflows of $300m the week before": resolved in ./windows.ts against the week named before it.
    // "more than double the previous week's intake" (no number of its own): the ratio's (./period-ratio.ts).
    re: /\b(?:in\s+|during\s+)?(?:(?<!\b(?:double|twice|triple|treble|times|half)\s+)|(?=the\s+\w+\s+week['’]s\s+(?:[\w-]+\s+){0,2}?[$£€\d]))the\s+(?:previous|prior|preceding)\s+week\b|\bthe\s+week\s+before\b(?!\s+(?:the|last|that|this|an?)\b)/gi,
    make: () => ({ weekBefore: true }),
  },
  {
    // "bringing its weekly gain to 10.2%", "a weekly loss of 2%", "the Russell 2000's 10.2 per cent weekly
    // gain", "a 3% weekly drop", "paring the week's loss to 1.1%": the article's week (so far).
    re: /\b(?:a|an|its|their|[\w&]+(?:'s|’s))\s+(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+)?weekly\s+(?:gain|loss|rise|fall|advance|decline|return|performance|drop)\b|\b(?:the|this)\s+week(?:'s|’s)\s+(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+)?(?:gain|loss|rise|fall|advance|decline|return|performance|drop)\b/gi,
    // On a Monday, "The index's weekly gain was its biggest since 2011" is last week's.
    make: (m, o) =>
      !o.to
        ? { needsEvent: m[0] }
        : weekday(toDay(o.to)) === 1 && /^\s+(?:was|were)\b/.test(m.input.slice(m.index + m[0].length))
          ? { window: { kind: 'week', weekEnd: lastWeekEnd(o.to) } }
          : weekSoFar(o.to),
  },
  {
    // "fell 2% on the day and 5% over the week": later in a sentence that names another window, "over the
    // week" is a window of its own (the article's week, so far), contrasted with the other; alone it keeps
    // the stretch just discussed (./window-calendar.ts, "by 9 points over the week").
    re: /(?<!^\s*)\b(?:over|during|in)\s+the\s+week\b(?!\s+(?:to|ended|ending|through|that|after|following|of|before|since)\b)/gi,
    // Flows "in the week" in a Monday story: the week that ended on Friday (a weekly report's), not Monday alone.
    make: (m, o) =>
      !o.to
        ? null
        : weekday(toDay(o.to)) === 1 && FLOW_WORDS.test(m.input ?? '')
          ? { window: { kind: 'week', weekEnd: fromDay(toDay(o.to) - 3) }, contrast: true }
          : { ...weekSoFar(o.to), contrast: true },
  },
];
