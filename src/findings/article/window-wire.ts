/**
 * Week phrases of wires, flow reports and research notes (conventions in ./windows.ts, docs/report.md
 * "Eighth round"):
 * - "in the latest week", "the most recent week": the last whole week on or before the article's date (its
 *   own week when the article is dated on the week's last session, else the week before);
 * - "d/d", "day on day": the session ending the article's date;
 * - "w/w", "week on week": the last whole week, as "the latest week" (a Tuesday note's "RTY +8.6% w/w" is the
 *   week ended the Friday before); "m/m", "month on month": the last whole month, the same way ("WoW",
 *   "MoM" with their capitals);
 * - "ended/finished/closed the week": the article's week (so far, ./window-periods.ts);
 * - a live blog's entry stamp ("10:42 ET:") or a wire's instrument code (".RUT", "IWM.P"): the session ending
 *   the article's date, when nothing else says;
 * - "post-election", "post-vote": after the event (a part, like "after the election": since the event alone,
 *   the after-the-news part of a week's flows).
 */
import { toDay, weekday } from '../../calendar/dates.ts';
import { lastWeekEnd, MONTH_RE, monthsBefore, previousSession, weekEndOf } from './dates.ts';
import { endsWeek, sessionOnOrBefore, weekSoFar } from './window-periods.ts';
import type { Rule } from './window-rules.ts';

/** The last whole week on or before the article's date (its own week when the article ends it). */
const latestWeek: Rule['make'] = (m, o) =>
  o.to
    ? { window: { kind: 'week', weekEnd: endsWeek(o.to) ? weekEndOf(o.to) : lastWeekEnd(o.to) } }
    : { needsEvent: m[0] };

/** The last whole month: the article's own when it is dated on that month's last session, else the one before. */
const latestMonth: Rule['make'] = (m, o) => {
  if (!o.to) return { needsEvent: m[0] };
  const [y, mo] = o.to.split('-').map(Number);
  const last = sessionOnOrBefore(new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10));
  return { window: { kind: 'month', month: (o.to >= last ? o.to : monthsBefore(o.to, 1)).slice(0, 7) } };
};

export const WIRE_RULES: Rule[] = [
  {
    re: /\b(?:(?:in|during|for|over)\s+)?the\s+(?:latest|most\s+recent)\s+(?:reporting\s+)?week\b(?!\s+(?:to|ended|ending|through|after|following|of|before|since)\b)/gi,
    make: latestWeek,
  },
  // "RTY +8.6% w/w" in a Tuesday note: a week-on-week change is a whole week's, the latest one; "WoW" is
  // written with its capitals ("wow" is a word).
  { re: /(?<![\w/])w\/w(?![\w/])|\bweek[- ](?:on|over)[- ]week\b/gi, make: latestWeek },
  { re: /\bW[oO]W\b/g, make: latestWeek },
  // "R2K +10.8% m/m", "up ~11% MoM": a month-on-month change is a whole month's, the latest one.
  { re: /(?<![\w/])m\/m(?![\w/])|\bmonth[- ](?:on|over)[- ]month\b/gi, make: latestMonth },
  { re: /\bM[oO]M\b/g, make: latestMonth },
  {
    // "ended the week up 8.6%", "finishing the holiday-shortened week up 5.5%": a week over; in an article
    // of a Monday (or a weekend), the week before; "ended" (past) in one of a Tuesday to Thursday too.
    re: /\b(?:ended|finished|closed|ending|finishing|closing)\s+the\s+(?:holiday[- ]shortened\s+|shortened\s+|four-day\s+|three-day\s+|short\s+)?week\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const d = weekday(toDay(o.to));
      return !endsWeek(o.to) && (d === 1 || d === 0 || d === 6 || /^(?:ended|finished|closed)\b/i.test(m[0]))
        ? { window: { kind: 'week', weekEnd: lastWeekEnd(o.to) } }
        : weekSoFar(o.to);
    },
  },
  {
    // "d/d", "day on day": the session ending the article's date.
    re: /(?<![\w/])d\/d(?![\w/])|\bday[- ](?:on|over)[- ]day\b/gi,
    make: (m, o) =>
      o.to
        ? {
            window: {
              kind: 'dates',
              from: previousSession(sessionOnOrBefore(o.to)),
              to: sessionOnOrBefore(o.to),
            },
          }
        : { needsEvent: m[0] },
  },
  {
    // A live blog's entry stamp ("10:42 ET: Russell 2000 +2.1%"): the day's session, when nothing else says.
    // ("Sept. 18, 4:10 PM ET: …" dates its entry: ./modality.ts `liveEntry` reads it as of that day.)
    re: new RegExp(
      `^\\s*(?:${MONTH_RE}\\s+\\d{1,2},?\\s+)?\\d{1,2}:\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:ET|EST|EDT|GMT|BST)?(?=\\s*[:|-]\\s)`,
      'gi',
    ),
    make: (_m, o) => {
      if (!o.to) return null;
      const day = sessionOnOrBefore(o.to);
      return { window: { kind: 'dates', from: previousSession(day), to: day }, fallback: true };
    },
  },
  {
    // A wire's instrument code beside a name ("the Russell 2000 index .RUT rose 1.5%", "IWM.P"): a market report
    // of the day, whose bare moves are the session's, when nothing else says.
    re: /(?<=\s)\.(?:RUT|SPX|IXIC|DJI|NDX|RUI|RUA|FTSE|FTMC|SPCY|MID|VIX)\b|\b[A-Z]{2,5}\.(?:P|N|O|K)\b/g,
    make: (_m, o) => {
      if (!o.to) return null;
      const day = sessionOnOrBefore(o.to);
      return { window: { kind: 'dates', from: previousSession(day), to: day }, fallback: true };
    },
  },
  { re: /\bpost[- ](?:election|vote|referendum|brexit)\b/gi, make: () => ({ part: 'after' }) },
];
