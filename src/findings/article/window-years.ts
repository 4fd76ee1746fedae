/**
 * The calendar year's window rules (./window-calendar.ts applies them in its order): the year to date ("this
 * year", "year to date", "for the year", "for the full year", "set to end the year up 10%"; the year just ended in
 * a review of early January), a month to end ("on track to end November up 11%"), a span of years ("from 1926
 * to 2019", "in 2000-2004") and a named year ("in 2016", "finished 2024 up 10%").
 */
import type { ClaimWindow } from '../claim.ts';
import { DATE_RE, MONTH_RE, namedMonth, resolveDate, WEEKDAY_RE } from './dates.ts';
import type { Rule } from './window-rules.ts';

/** The day a year to date ends, right after it: "through Election Day", "until Nov. 5", "through the vote". */
const YEAR_END = new RegExp(
  `^\\s*,?\\s*(?:through|thru|until|up\\s+to|to)\\s+(?:(election\\s+day|the\\s+(?:election|vote))|(?:${WEEKDAY_RE},?\\s+)?(${DATE_RE}))`,
  'i',
);

/** A stretch's start named before "ended the year": "From its Nov. 25 peak, ", "Since the Nov. 5 close, ". */
const FROM_DAY = new RegExp(
  `\\b(?:from|since)\\s+(?:its|their|the)\\s+(${DATE_RE})\\s+(?:peak|high|low|trough|close|level|record)\\b`,
  'i',
);

/** A number and the dated close it is measured from, right after "ended the year": " 8.7% below its Nov. 25 close". */
const BELOW_DAY = new RegExp(
  `^\\s+(?:(?:up|down)\\s+)?[\\d.,]+\\s*(?:%|per\\s?cent|percent)\\s+(?:below|above|from|off)\\s+(?:its|their|the)\\s+(${DATE_RE})\\s+(?:peak|high|low|trough|close|level|record)\\b`,
  'i',
);

/** The event's close as that base: " 1.4% below its Election Day close", " 1.4% below where it closed on Election Day". */
const BELOW_EVENT =
  /^\s+(?:(?:up|down)\s+)?[\d.,]+\s*(?:%|per\s?cent|percent)\s+(?:below|above|from|off)\s+(?:(?:its|their|the)\s+(?:election[- ]day|pre-election|pre-vote|pre-referendum)\s+(?:close|level)|where\s+(?:it|they)\s+(?:closed|stood|ended)\s+on\s+election\s+day)\b/i;

export const YEAR_RULES: Rule[] = [
  {
    // "ended the year at 1,357.13, up 222 points", "won the year by around eight points", "trimming its gain for
    // the year to 4.8%" (a running total, not "the year to Nov. 5"): the year to the
    // article's date, as "for the year" and "for the full year"; so is "up 8% for the year after being down
    // 41% in March" (not "the year after the vote").
    re: /\bthis\s+year(?=\s*,?\s*(?:through|thru|until|up\s+to|to)\s)|^\s*year\s+so\s+far(?=\s*:)|\b(?:so\s+far\s+this\s+year|this\s+year|year[- ]to[- ]date|(?:over|for|in|on|during|ended|finished|closed|end|finish|close)\s+the\s+(?:(?:full|whole|entire|calendar)\s+)?year|(?:won|lost)\s+the\s+year(?!['’])|the\s+year['’]s(?=\s(?:[\d.,]+\s*(?:%|per\s?cent|percent|pc)\s+)?(?:gain|loss|rise|fall|advance|decline|return|performance|drop|rally|slide|slump|rout|jump|surge)s?\b))\b(?!\s+(?:before|after(?!\s+(?:being|\w+ing)\b)|earlier|ago|ended|ending|to(?!\s+(?:[a-z]+\s+)?[-+−]?[$£€]?\d[\d.,]*\s*(?:%|per\s?cent|percent|pc|points?)))\b)/gi,
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      // "From its Nov. 25 peak, the index ended the year down 8.7%", "ended the year 8.7% below its Nov. 25
      // close": the year's end; the start, that day's close.
      const after = (m.input ?? '').slice((m.index ?? 0) + m[0].length);
      const start = FROM_DAY.exec((m.input ?? '').slice(0, m.index ?? 0))?.[1] ?? BELOW_DAY.exec(after)?.[1];
      const from = start && /ended|finished|closed/i.test(m[0]) ? resolveDate(start, o) : undefined;
      // "ended the year at 2,230.16" in a review of Jan. 3: the year just ended (the first week of January);
      // "For the full year, …" in a letter of Jan. 12, "for the calendar year" in one dated January 2026: a
      // whole year, the one just ended (all of January).
      const y = Number(o.to.slice(0, 4));
      const whole = /\b(?:full|whole|entire|calendar)\s+year$/i.test(m[0]) && o.to.slice(5) <= '01-31';
      if (
        /(?:for|ended|finished|closed|over|won|lost)\s+the\s+(?:(?:full|whole|entire|calendar)\s+)?year$/i.test(
          m[0],
        ) &&
        (o.to.slice(5) <= '01-07' || whole)
      ) {
        const last: ClaimWindow = { kind: 'dates', from: `${y - 2}-12-31`, to: `${y - 1}-12-31` };
        return { window: from && from > last.from && from < last.to ? { ...last, from } : last };
      }
      // "this year through Election Day", "so far this year through Nov. 5": the year to that day.
      const end = YEAR_END.exec(after);
      const to = end ? (end[2] ? resolveDate(end[2], o) : o.event) : o.to;
      const ytd: ClaimWindow = { kind: 'dates', from: `${y - 1}-12-31`, to: to && to <= o.to ? to : o.to };
      if (from && from > ytd.from && from < ytd.to) return { window: { ...ytd, from } };
      // "finished the year 1.4% below its Election Day close": from the event to the year's end.
      const event = /ended|finished|closed/i.test(m[0]) && BELOW_EVENT.test(after) ? o.event : undefined;
      if (event && event > ytd.from && event < ytd.to)
        return { window: { kind: 'since', event, to: ytd.to } };
      // "This year's 8.6% jump … in the week after the vote": a possessive names whose move it is (this
      // year's election's); it is the year to date only when the clause names no other window.
      const possessive = /^['’]s\b/.test((m.input ?? '').slice((m.index ?? 0) + m[0].length));
      return possessive ? { window: ytd, fallback: true } : { window: ytd };
    },
  },
  {
    // "returned 18.4% last year", "Last year, …", "in the previous year": the calendar year before the
    // article's (not "last year's election", "since last year", "the same period last year").
    re: /(?<!\b(?:since|from|until|through|before|after|period|stretch|time|span|window|week|month|days)\s+)\b(?:last\s+year|(?:in|during|over|for)\s+the\s+(?:previous|prior)\s+(?:calendar\s+)?year)\b(?!['’])/gi,
    make: (_m, o) => {
      if (!o.to) return null;
      const y = Number(o.to.slice(0, 4)) - 1;
      return { window: { kind: 'dates', from: `${y - 1}-12-31`, to: `${y}-12-31` } };
    },
  },
  {
    // "is on track to end November up 11%", "set to finish the month 5% higher": the month to date (all of it
    // once it has ended).
    re: new RegExp(
      `\\b(?:end|finish|close)\\s+(?:the\\s+(month)|(${MONTH_RE}))\\b(?=\\s+(?:up|down|higher|lower|[-+\\d]))`,
      'gi',
    ),
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const month = m[1] ? o.to.slice(0, 7) : namedMonth(m[2], undefined, o);
      if (!month) return null;
      return month === o.to.slice(0, 7)
        ? { window: { kind: 'month-to-date', month, to: o.to } }
        : { window: { kind: 'month', month } };
    },
  },
  {
    // "from 1926 to 2019", "between 2000 and 2004", "in 2000-2004", "over 2000–04", "Over 2023 and 2024 combined":
    // the whole years, from the last close of the year before the first to the last close of the last (to date
    // when --to falls in it).
    re: /\b(?:(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|and|through|until)\s+((?:19|20)\d\d)|(?:in|during|over|across|for)\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)?\d\d)|(?:over|across)\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)(?=\s+(?:combined|together|taken\s+together)\b))\b(?!\s*(?:%|points?|pts|per\s?cent|percent|,\d))/gi,
    make: (m, o) => {
      const first = Number(m[1] ?? m[3] ?? m[5]);
      const said = m[2] ?? m[4] ?? m[6];
      // "over 2016 and 2020 combined" is no span: two years apart.
      if (m[5] && Number(m[6]) !== first + 1) return null;
      const last = said.length === 2 ? Math.floor(first / 100) * 100 + Number(said) : Number(said);
      if (last <= first) return null;
      const to = o.to?.startsWith(String(last)) ? o.to : `${last}-12-31`;
      if (o.to && to > o.to) return null;
      return { window: { kind: 'dates', from: `${first - 1}-12-31`, to } };
    },
  },
  {
    // "in 2016", "so far in 2016", "finished 2024 up 10%", "over the whole of 2023", "in all of 2023": the
    // calendar year, to date when --to falls in it (from the last close of the year before), and a list's line
    // a year labels ("• 2024: +10.0%"); not "Only in 2016 did small caps rally more", a year compared with.
    re: /(?<!\bonly\s+)\b(?:in|during|for|over|across|so\s+far\s+in|ended|finished|closed)\s+(?:(?:the\s+(?:whole|entirety)|all)\s+of\s+)?((?:19|20)\d\d)\b(?!-\d\d-\d\d|\s*(?:'s\s+)?(?:election|vote|midterms|referendum))|^\s*((?:19|20)\d\d):(?=\s)/gi,
    make: (m, o) => {
      const said = m[1] ?? m[2];
      const y = Number(said);
      const to = o.to?.startsWith(said) ? o.to : `${y}-12-31`;
      if (o.to && to > o.to) return null;
      return { window: { kind: 'dates', from: `${y - 1}-12-31`, to } };
    },
  },
];
