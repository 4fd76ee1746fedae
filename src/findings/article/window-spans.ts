/**
 * Spans between two closes or over several months: "from the Nov. 8 close to the Nov. 15 close", "from the
 * Feb. 20 peak to the March 18 trough", "between Nov. 5 and Nov. 29", "from the close on Election Day through
 * Friday" (close to close); "in October and November combined" (the two months); "in the month through Nov. 29"
 * (that month to the day); "on a trailing 12-month basis", "over the trailing 12 months", "up 5% from a month
 * ago" (to the article's date); performance labels ("1M:", "3-mo:", "1W:", "(1W)", "1D:", "(5-day)").
 * ./window-rules.ts applies them.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';
import {
  DATE_RE,
  MONTH_RE,
  monthsBefore,
  namedMonth,
  resolveDate,
  sessionsBack,
  WEEKDAY_RE,
} from './dates.ts';
import { DAY_RANGE_RULE } from './window-day-range.ts';
import { END_SPAN_RULE } from './window-end-span.ts';
import type { Rule } from './window-rules.ts';
import { count } from './window-sessions.ts';

/** The close a date names: "the Nov. 8 close", "the Feb. 20 peak", "its March 23 low", "its Feb. 19 record". */
const CLOSE_WORD =
  '(?:\\s+(?:close|closing\\s+(?:high|low|level)|level|peak|high|low|trough|bottom|top|record(?:\\s+(?:high|close))?))?';
const THE = '(?:(?:the|its|their)\\s+)?';

/** The last day of the month 'YYYY-MM'. */
export const endOf = (month: string) => fromDay(monthEnd(toDay(`${month}-01`)));

/**
 * Where trailing `n` months to `to` start: N months back to the day; from a month's last session (a fund's
 * month-end factsheet, "as of 11/29/2024"), the end of the month N months back, month end to month end.
 * @example trailingFrom('2024-11-29', 1) // '2024-10-31' (Nov. 29, 2024 is November's last session)
 */
export function trailingFrom(to: string, n: number): string {
  let d = toDay(to) + 1;
  while (!isNyseSession(d) && d <= monthEnd(toDay(to))) d++;
  const last = d > monthEnd(toDay(to));
  return last ? endOf(monthsBefore(`${to.slice(0, 7)}-01`, n).slice(0, 7)) : monthsBefore(to, n);
}

/** A span's end at the article's date: "to today", "through now", "to date" (one capture). */
export const NOW_END = '(today|now|date)\\b';
export const SPAN_RULES: Rule[] = [
  END_SPAN_RULE, // "from the end of January through April 8"
  {
    // "After peaking at 2,442.03 on Nov. 25, 2024, the index slid 27.9% to its April 8 low": from the turn the
    // opening clause dates to the one the move ends at (the words read are the end's: "to its April 8 low").
    re: new RegExp(
      `(?<=\\bafter\\s+(?:peaking|topping(?:\\s+out)?|bottoming(?:\\s+out)?|troughing|hitting\\s+(?:an?|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:high|peak|low|bottom))(?:\\s+at\\s+\\$?[\\d,.]+(?:\\s+points?)?)?\\s+on\\s+(${DATE_RE}),?[^;]{0,80}?)\\bto\\s+${THE}(${DATE_RE})(?:'s)?\\s+(?:low|trough|bottom|high|peak|top)\\b`,
      'gi',
    ),
    make: (m, o) => {
      const from = resolveDate(m[1], o);
      const to = resolveDate(m[2], o);
      return from && to && from < to ? { window: { kind: 'dates', from, to } } : null;
    },
  },
  {
    // "from the Nov. 8 close to the Nov. 15 close", "from Nov. 8 through Nov. 15", "from the Feb. 20 peak to
    // the March 18 trough", "from its Feb. 19 record to its March 23 low", "between Nov. 5 and Nov. 29", a
    // chat's "from the 5th to today" (to the article's date).
    re: new RegExp(
      `\\b(?:from\\s+${THE}(${DATE_RE})(?:'s)?${CLOSE_WORD}\\s+(?:to|through|until)|between\\s+${THE}(${DATE_RE})(?:'s)?${CLOSE_WORD}\\s+and)\\s+(?:${THE}(${DATE_RE})(?:'s)?${CLOSE_WORD}|${NOW_END})`,
      'gi',
    ),
    make: (m, o) => {
      const to = m[4] ? o.to : resolveDate(m[3], o);
      const from = resolveDate(m[1] ?? m[2], to ? { ...o, to } : o);
      return from && to && from < to ? { window: { kind: 'dates', from, to } } : null;
    },
  },
  DAY_RANGE_RULE, // "Nov. 9-30", "from Nov. 9 to 30", "the Nov. 4-8 week" (./window-day-range.ts)
  {
    // "In October and November combined, small caps rose 9%": from the close before the first month to the
    // end of the second (to the article's date while it runs).
    re: new RegExp(
      `\\b(?:in|over|during|across|for)\\s+(${MONTH_RE})\\.?\\s+and\\s+(${MONTH_RE})\\.?(?:,?\\s+((?:19|20)\\d\\d))?(?:\\s+(?:combined|together))?\\b(?!\\s+(?:of|respectively)\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const second = namedMonth(m[2], m[3], o);
      if (!second) return o.to ? null : { needsEvent: m[0] };
      const first = namedMonth(m[1], second.slice(0, 4), {});
      const start = first && first > second ? monthsBefore(`${first}-01`, 12).slice(0, 7) : first;
      if (!start) return null;
      const to = o.to && o.to < endOf(second) ? o.to : endOf(second);
      return { window: { kind: 'dates', from: fromDay(toDay(`${start}-01`) - 1), to } };
    },
  },
  {
    // "in the month through Nov. 29", "in the month to Friday, Nov. 29": that month to the day.
    re: new RegExp(
      `\\b(?:in|over|during|for)\\s+the\\s+month\\s+(?:through|to|ended|ending)\\s+(?:${WEEKDAY_RE},?\\s+)?(${DATE_RE})`,
      'gi',
    ),
    make: (m, o) => {
      const d = resolveDate(m[1], o);
      return d ? { window: { kind: 'month-to-date', month: d.slice(0, 7), to: d } } : null;
    },
  },
  {
    // "The index is up 5% from a month ago", "than a year earlier": from that day to the article's date.
    re: /\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(a|one|two|three|four|six)\s+(week|month|year)s?\s+(?:ago|earlier|before)\b/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const n = /^(?:a|one)$/i.test(m[1]) ? 1 : count(m[1]);
      const unit = m[2].toLowerCase();
      const from =
        unit === 'week' ? fromDay(toDay(o.to) - 7 * n) : monthsBefore(o.to, unit === 'year' ? 12 * n : n);
      return { window: { kind: 'dates', from, to: o.to } };
    },
  },
  {
    // "on a 12-month basis", "on a trailing 12-month basis", "over the trailing 12 months", "over the
    // trailing twelve months": the months to the article's date.
    re: /\bon\s+an?\s+(?:trailing\s+|rolling\s+)?(\d{1,2}|twelve|six|three)[- ]month\s+basis\b|\bover\s+the\s+(?:trailing|rolling)\s+(\d{1,2}|twelve|six|three)\s+months\b/gi,
    make: (m, o) => {
      const n = count(m[1] ?? m[2]);
      if (!o.to) return { needsEvent: m[0] };
      return n >= 1 && n <= 120 ? { window: { kind: 'dates', from: trailingFrom(o.to, n), to: o.to } } : null;
    },
  },
  {
    // A performance table's label before its colon: "IWM, one month: +5.9%", "IWM 1M: +5.9%", "3-mo:", "1Y:",
    // "12 months:": the months to the article's date, as "over the past month" ("$1M:" is money, not a label).
    // So is one in brackets after the number: "+5.9% (1M)", "(12M)", "(1Y)"; and one right before a signed
    // number: "Russell 2000: 5d +8.6%, 1m +10.2%".
    re: /(?<![$£€\d.,])\b(\d{1,2}|one|three|six|twelve)[- ]?(months?|mos?|m|years?|yrs?|y)(?=\s*:|\s+[-+\u2212]\d)|\((1|3|6|12)[- ]?(months?|mos?|m|years?|yrs?|y)\)/gi,
    make: (m, o) => {
      const n = count(m[1] ?? m[3]);
      if (!o.to) return { needsEvent: m[0] };
      const months = /^y/i.test(m[2] ?? m[4]) ? 12 * n : n;
      return n >= 1 && months <= 120
        ? { window: { kind: 'dates', from: trailingFrom(o.to, months), to: o.to } }
        : null;
    },
  },
  {
    // A performance label of weeks: "1W: +5.9%", "2-wk:", "+$3.2bn (1W)": the weeks to the article's date.
    re: /(?<![$£€\d.,])\b(\d{1,2}|one|two|four)[- ]?(?:w|wks?|weeks?)(?=\s*:|\s+[-+\u2212]\d)|\((\d{1,2})[- ]?(?:w|wks?|weeks?)\)/gi,
    make: (m, o) => {
      const n = count(m[1] ?? m[2]);
      if (!o.to) return { needsEvent: m[0] };
      return n >= 1 && n <= 52
        ? { window: { kind: 'dates', from: fromDay(toDay(o.to) - 7 * n), to: o.to } }
        : null;
    },
  },
  {
    // A performance label of sessions: "1D: +5.8%", "5-day: +8.6%", "+5.8% (1D)", "+8.6% (5-day)": the sessions
    // to the article's date, its own close last.
    re: /(?<![$£€\d.,])\b(\d{1,2}|one|five|ten)[- ]?(?:d|days?|sessions?)(?=\s*:|\s+[-+\u2212]\d)|\((\d{1,2})[- ]?(?:d|days?|sessions?)\)/gi,
    make: (m, o) => {
      const n = count(m[1] ?? m[2]);
      if (!o.to) return { needsEvent: m[0] };
      return n >= 1 && n <= 60 ? { window: { kind: 'dates', from: sessionsBack(o.to, n), to: o.to } } : null;
    },
  },
];
