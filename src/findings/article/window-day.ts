/**
 * A day's window: "on Nov. 9", "on Wed 11/6"; "Dec. 18, the day of the third cut, when …" (a "when"'s day);
 * a label's date ("- Nov. 6: Russell 2000 +5.8%", "Pfizer vaccine day (Nov. 9, 2020): …"); a move the date names ("the Russell's Nov. 6 jump"); and a
 * thread's or a wrap's best or worst day named before a colon or a comma ("Best day was Wed 11/6: R2K +5.8%",
 * "The worst session came on Thursday, Nov. 7, when …"), and a day said alone ("HOST: November 14th, I think.",
 * "The best day before was Nov. 14."): the session ending that day, from the close before it.
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { DATE_RE, MONTH_RE, previousSession, resolveDate, WEEKDAY_RE, weekdayBefore } from './dates.ts';
import { HEDGE } from './hedges.ts';
import type { Rule } from './window-rules.ts';

/** A weekday, in full or cut short as threads and tables write it: "Wednesday", "Wed", "Weds.", "Thu". */
const WEEKDAY = `(?:${WEEKDAY_RE}|(?:mon|tues?|weds?|thu(?:rs?)?|fri)\\.?)`;
/** "Best day was", "The worst session came on", "Top day:": a stretch's best or worst day, then its date. */
const BEST_DAY = `(?:the\\s+)?(?:best|worst|biggest|strongest|weakest|top)\\s+(?:single\\s+)?(?:day|session)(?:\\s+(?:was|came))?\\s*:?\\s+(?:on\\s+)?`;

/** A move a date names as its own: "the Russell's Nov. 6 jump", "the Nov. 9 rally" (not a close or a peak). */
const DAY_MOVE =
  '(?:(?:one-day|single-day)\\s+)?(?:jump|surge|spike|rally|gain|rise|advance|pop|drop|fall|slide|slump|sell-?off|plunge|tumble|rout|decline|loss|move)\\b';

export const DAY_RULE: Rule = {
  re: new RegExp(
    `\\bon\\s+(?:${WEEKDAY},?\\s+)?(${DATE_RE})|\\b(${DATE_RE})(?=,(?:[^,.;]{0,60},)?\\s+when\\b)|^\\s*(?:[-*•·]\\s+)?(${DATE_RE})(?=:\\s)|^\\s*(?:[-*•·]\\s+)?${BEST_DAY}(?:${WEEKDAY},?\\s+)?(${DATE_RE})(?=\\s*[:,(—–])|(?<=['’]s\\s+|\\bthe\\s+)(${DATE_RE})(?=\\s+${DAY_MOVE})|^\\s*(?:[-*•·]\\s+)?[^:()\\n]{1,40}\\((${DATE_RE})\\)(?=:\\s)|(?:^\\s*(?:[A-Z]{2,12}\\s*:\\s*)?|\\b(?:was|came)\\s+)(${DATE_RE})(?=\\s*(?:,\\s*(?:I\\s+think|I\\s+believe|I\\s+guess|maybe))?\\s*[.!?]?\\s*$)`,
    'gi',
  ),
  make: (m, o) => {
    const d = resolveDate(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7], o);
    if (d) return { window: { kind: 'dates', from: previousSession(d), to: d } };
    return o.to ? null : { needsEvent: m[0] };
  },
};

/** A date after a weekday's name ("Wednesday, Nov. 6", "Wed 11/6"): the date says the day, not the name. */
const DATE_AFTER = new RegExp(`^,?\\s+(?:${MONTH_RE}\\s*\\d|\\d{1,2}(?:/\\d|\\s+${MONTH_RE}))`, 'i');

/** A close's verb before a weekday, and a distance from a base after it. */
const ENDED = /\b(?:ended|finished|closed|ends|finishes|closes)\s+$/i;
const DISTANCE_AFTER = new RegExp(
  String.raw`^\s+${HEDGE}[+-]?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:above|below|under|over|higher\s+than|lower\s+than|from)\b`,
  'i',
);

/**
 * "rose 1.6 percent Thursday", "in Thursday's session" (wire style, no "on"): the latest such weekday on or
 * before the article's date. "last/since/by/on Thursday" are other rules', but "after Wednesday's 5.8% jump",
 * "recovering from Thursday's 1.2% drop" are that day's move; "jumped Wednesday, Nov. 6" is its date's; "on
 * Weds.", "on Thurs" (an abbreviation, capitalised) are the day's too.
 */
export const WEEKDAY_RULE: Rule = {
  re: /(?<!\b(?:last|since|until|through|by|before|after|next|on|from|to|this|every)\s+)\b(mon|tues|wednes|thurs|fri)day(?:['’]s(?:\s+(?:session|trading))?)?\b|(?<=\b(?:after|from)\s+)(mon|tues|wednes|thurs|fri)day['’]s(?=\s+[+-]?\d)|(?<=\bon\s+)(Mon|Tues?|Weds?|Thu(?:rs?)?|Fri)\b\.?/gi,
  make: (m, o) => {
    // "on Weds.", "on Thurs": a weekday's abbreviation after "on", capitalised (not the verb "wed").
    if (m[3] && !/^[A-Z]/.test(m[3])) return null;
    if (!o.to) return { needsEvent: m[0] };
    const rest = m.input.slice(m.index + m[0].length);
    const dated =
      DATE_AFTER.test(rest) && resolveDate(new RegExp(`^,?\\s+(${DATE_RE})`, 'i').exec(rest)?.[1] ?? '', o);
    const wd = m[3]
      ? ['sun', 'mon', 'tue', 'wed', 'thu', 'fri'].indexOf(m[3].slice(0, 3).toLowerCase())
      : ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri'].indexOf((m[1] ?? m[2]).toLowerCase());
    let d = toDay(o.to);
    while (weekday(d) !== wd) d--;
    const on = dated || fromDay(d);
    // "ended Thursday 0.5% below where it stood on 23 June": the day ends the distance, it is no day's move.
    if (ENDED.test(m.input.slice(0, m.index)) && DISTANCE_AFTER.test(rest)) return { endsNext: on };
    return { window: { kind: 'dates', from: previousSession(on), to: on } };
  },
};

/**
 * "On the Friday before the election", "the Monday after the vote", "the Friday before Thanksgiving": that
 * weekday before (after) the event's or the date's day. Before or after news capgap cannot date ("from the
 * election to the Friday before Pfizer's announcement"), a day it does not place, which leaves the sentence
 * unread (before, the last Friday before the article).
 */
export const WEEKDAY_AROUND_RULE: Rule = {
  re: new RegExp(
    `(\\bfrom\\s+[^,;]{1,60}?\\s+(?:to|through|until)\\s+)?\\b(?:on\\s+)?the\\s+(${WEEKDAY_RE})\\s+(before|after|following)\\s+(?:(${DATE_RE})\\b|((?:the\\s+)?(?:(?:\\d{4}|us|u\\.s\\.|presidential|midterm|brexit)\\s+)?(?:election|vote|referendum))\\b|[\\w.&'’-]+(?:\\s+[\\w.&'’-]+){0,3})`,
    'gi',
  ),
  make: (m, o, ev) => {
    const named = m[4] ? resolveDate(m[4], o) : m[5] ? ev(m[5]) : undefined;
    if (named && m[1]) return null; // (a span to that day: the span's rules)
    if (!named)
      return {
        unread: `"${m[0].trim()}": which day? capgap dates an election, a referendum or a date, not other news; name the date ("to Nov. 6")`,
      };
    let d = weekdayBefore(m[2], named) as string;
    if (m[3].toLowerCase() !== 'before') while (d <= named) d = fromDay(toDay(d) + 7);
    return { window: { kind: 'dates', from: previousSession(d), to: d } };
  },
};

/**
 * "a further 2.1% over the rest of that week": from the day the sentence names before it to that week's Friday
 * (./window-anchors.ts; before, one session after the event).
 */
export const REST_OF_WEEK_RULE: Rule = {
  re: /\b(?:over|for|in|during)\s+the\s+rest\s+of\s+(?:that|the)\s+week\b/gi,
  make: () => ({ restOfWeek: true }),
};
