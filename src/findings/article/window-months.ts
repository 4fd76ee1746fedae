/**
 * "Over the three months to November", "in the 12 months through Oct. 31", "the year to November", a fund
 * report's "for the six-month period ended April 30, 2025" (month end to month end; "the reporting period ended
 * October 31, 2024" of an annual report is its 12 months, a semiannual one's is "six-month"): the N
 * calendar months ending with a month (or a day), read before an end date alone (./window-rules.ts); and
 * "in the three weeks following the vote", "in the two months after the election": from the event for that
 * long.
 */
import { fromDay, monthEnd, toDay, weekday } from '../../calendar/dates.ts';
import { lastMonthBefore, MONTH_RE, monthNumber, monthsBefore, namedMonth } from './dates.ts';
import { FILLERS } from './hedges.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { MONTH_PART } from './window-month-part.ts';
import type { Rule } from './window-rules.ts';
import { count, EV, followed, N } from './window-sessions.ts';
import { trailingFrom } from './window-spans.ts';

/** "Over the three months to November", read before an end date alone ("through Oct. 31", ./window-rules.ts). */
export const MONTHS_TO_RULE: Rule = {
  // "over the three months to November", "in the 12 months through Oct. 31", "the year to November": from
  // the end of the month N months back to the month's end (or the day given), never past the article's date.
  re: new RegExp(
    `\\b(?:(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s+months?|-month\\s+(?:reporting\\s+)?period)|(?<!\\bthis\\s)year|(?:reporting|annual|fiscal)\\s+period)\\s+(?:to|through|ended|ending|to\\s+the\\s+end\\s+of)\\s+(${MONTH_RE})(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s+((?:19|20)\\d\\d))?`,
    'gi',
  ),
  make: (m, o) => {
    const ref = o.to ?? o.event;
    if (!ref && !m[4]) return { needsEvent: m[0] };
    // Undated: the latest such month on or before the article's ("the three months to November" in January).
    const [y, mm] = (
      m[4] ? `${m[4]}-${String(monthNumber(m[2])).padStart(2, '0')}` : (lastMonthBefore(m[2], ref, 1) ?? '')
    ).split('-');
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 12;
    const first = `${y}-${mm}-01`;
    const day = Number(m[3] ?? 1);
    if (day < 1 || day > new Date(Date.UTC(+y, +mm, 0)).getUTCDate()) return null; // "April 90": no day
    let to = m[3] ? `${y}-${mm}-${m[3].padStart(2, '0')}` : fromDay(monthEnd(toDay(first)));
    if (o.to && to > o.to) to = o.to;
    // "ended April 30, 2025", a month's last session: month end to month end (from Oct. 31, not Oct. 30).
    const from = m[3] ? trailingFrom(to, n) : fromDay(toDay(monthsBefore(first, n - 1)) - 1);
    return n > 0 && n <= 120 ? { window: { kind: 'dates', from, to } } : null;
  },
};

/**
 * "in the three weeks following the Nov. 5 vote", "over the two months after the election": from the event
 * to the same weekday N weeks on (the same day N months on), never past the article's date. One week or
 * month is ./window-rules.ts's.
 */
export const WEEKS_AFTER_RULE: Rule = {
  re: new RegExp(
    `\\b(?:in|during|over|across|within)\\s+(?:(?:the|its|their)\\s+)?(?:first\\s+)?${N}\\s+(weeks|months)\\s+(?:after|following|since|that\\s+followed)\\s+${EV}` +
      `|\\b(?:in|during|over|across)\\s+the\\s+(?:following|next|subsequent)\\s+${N}\\s+(weeks|months)\\b` +
      `|\\bin\\s+(?:(?:${FILLERS.join('|')})\\s+)?${N}\\s+(weeks|months)\\b(?!\\s+(?:after|following|since|earlier|ago|before|of|to|from|later|time)\\b)` +
      // "After the 2016 vote the Russell 2000 gained 13% in the first three weeks": N after the event.
      `|\\b(?:in|during|over|across|within)\\s+(?:the|its|their)\\s+first\\s+${N}\\s+(weeks|months)\\b(?!\\s+(?:after|following|since|that|of|in)\\b)`,
    'gi',
  ),
  make: (m, o, ev) => {
    const n = count(m[1] ?? m[4] ?? m[6] ?? m[8]);
    const weeks = /^w/i.test(m[2] ?? m[5] ?? m[7] ?? m[9]);
    if (!(n >= 2 && n <= 24)) return null;
    // "After the 2018 midterms, … in the following two weeks": N after the event named before; "over the
    // next two weeks" with none named, the article's; "has gained 10% in two weeks", the N to its date.
    const named = m[3] ?? followed(m);
    if (m[6] && named === 'the event') {
      if (!o.to) return null;
      const from = weeks ? fromDay(toDay(o.to) - 7 * n) : monthsBefore(o.to, n);
      return { window: { kind: 'dates', from, to: o.to } };
    }
    const event = ev(named);
    if (!event) return { needsEvent: m[0] };
    const end = weeks ? fromDay(toDay(event) + 7 * n) : monthsBefore(event, -n);
    // "in the 12 months after the first cut of the past six easing cycles": the whole span after each of a
    // set (an average's or a tally's shape, ../event-average.ts), even when the last has not run it yet; so
    // "an average of 12% in the 12 months after the first cut of an easing cycle".
    if (
      /\b(?:elections|midterms|cycles?|each|every)\b/i.test(named) ||
      /\b(?:averag(?:e|ed|es|ing)|historically)\b/i.test(m.input ?? '')
    )
      return { window: { kind: 'since', event, to: end } };
    return { window: { kind: 'since', event, to: o.to && o.to < end ? o.to : end } };
  },
};

/** "in the month of the 2016 election", "during the month of the vote": the event's calendar month. */
export const MONTH_OF_RULE: Rule = {
  re: new RegExp(`\\b(?:in|during|over)\\s+the\\s+month\\s+of\\s+${EV}`, 'gi'),
  make: (m, _o, ev) => {
    const event = ev(m[1]);
    return event ? { window: { kind: 'month', month: event.slice(0, 7) } } : { needsEvent: m[0] };
  },
};

/**
 * "The last week of November", "in the final week of June": the week ending on the month's last Friday (as
 * "the first week of December" is the week ending on its first Friday, ./window-calendar.ts). Read before
 * "the last week" (the week before the article's date).
 */
export const WEEK_OF_MONTH_RULE: Rule = {
  re: new RegExp(
    `\\b(?:(?:in|during|over|for|across)\\s+)?(?:the\\s+(?:last|final|closing)\\s+(?:full\\s+)?week\\s+of\\s+(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?|(${MONTH_RE})['’]s\\s+(?:last|final|closing)\\s+(?:full\\s+)?week)\\b`,
    'gi',
  ),
  make: (m, o) => {
    // "November's last week" too.
    const month = namedMonth(m[1] ?? m[3], m[2], o);
    if (!month) return { needsEvent: m[0] };
    let d = monthEnd(toDay(`${month}-01`));
    while (weekday(d) !== 5) d--;
    return { window: { kind: 'week', weekEnd: fromDay(d) } };
  },
};

/**
 * "Its best month was November, when it rallied 10.8%", "its best was November, up 10.8%": the month a "when"
 * clause (or the move after the month a "was" names) speaks of.
 */
export const MONTH_WHEN_RULE: Rule = {
  // (not "since the start of July, when …" nor "since early July, when …": that window runs from July to
  // the article's date)
  re: new RegExp(
    `(?<!\\b(?:start|beginning|end|middle|since|from)\\s+(?:of\\s+)?)(?<!\\b${MONTH_PART})\\b(${MONTH_RE})(?:\\s+((?:19|20)\\d\\d))?(?=,\\s+when\\b|(?<=\\b(?:was|came\\s+in)\\s+[\\w.]+(?:\\s+\\d{4})?),\\s+(?:up|down|rising|falling|gaining|losing|with)\\b)`,
    'gi',
  ),
  make: (m, o) => {
    // With no year and no event: the last such month up to the article ("November, when …" in January).
    const month = namedMonth(m[1], m[2], o);
    return month ? { window: { kind: 'month', month } } : { needsEvent: m[0] };
  },
};

/**
 * "Over the full month", "for the month as a whole", "the whole month": the event's month once it has ended
 * by the article's date (a December note on November); else the article's month so far (the event's month,
 * or past the month's first week), or in a month's first week the month before.
 */
export const FULL_MONTH_RULE: Rule = {
  re: /\b(?:over|for|in|during|across)\s+the\s+(?:full|whole|entire)\s+month\b(?!\s+(?:of|after|before|since|to)\b)|\bfor\s+the\s+month\s+as\s+a\s+whole\b/gi,
  make: (m, o) => {
    if (!o.to) return { needsEvent: m[0] };
    const to = o.to;
    const ended = (month: string) => fromDay(monthEnd(toDay(`${month}-01`))) <= to;
    const own = to.slice(0, 7);
    if (o.event && ended(o.event.slice(0, 7)))
      return { window: { kind: 'month', month: o.event.slice(0, 7) } };
    if (ended(own)) return { window: { kind: 'month', month: own } };
    // The month still running (the event's, or a story past its first week): the month so far.
    if (o.event?.startsWith(own) || to.slice(8) > '07')
      return { window: { kind: 'month-to-date', month: own, to } };
    return { window: { kind: 'month', month: monthsBefore(`${own}-01`, 1).slice(0, 7) } };
  },
};

/** The first and last months of a season (winter, across two years, is not read). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

/**
 * "fell to its lowest since 2001 this summer", "over the summer", "last autumn", "in the spring of 2020": the
 * season's months (spring March to May, summer June to August, autumn September to November), this year's
 * once begun (to the article's date while it runs), "last" the latest ended; never past the article's date.
 */
export const SEASON_RULE: Rule = {
  re: /\b(?:(this|last)|(?:over|in|during)\s+the)\s+(spring|summer|autumn|fall)(?:\s+of\s+((?:19|20)\d\d))?\b|\b(?:in|during)\s+(spring|summer|autumn|fall)\s+((?:19|20)\d\d)\b/gi,
  make: (m, o) => {
    const [first, last] = SEASONS[(m[2] ?? m[4]).toLowerCase()];
    const named = m[3] ?? m[5];
    if (!named && !o.to) return { needsEvent: m[0] };
    const at = (y: number) => ({
      from: fromDay(toDay(`${y}-${String(first).padStart(2, '0')}-01`) - 1),
      to: fromDay(monthEnd(toDay(`${y}-${String(last).padStart(2, '0')}-01`))),
    });
    let y = named ? Number(named) : Number(o.to?.slice(0, 4));
    if (!named && m[1]?.toLowerCase() === 'last' && o.to && at(y).to >= o.to) y--;
    const w = at(y);
    if (o.to && w.from >= o.to) return null; // "this summer" in April: not yet
    return { window: { kind: 'dates', from: w.from, to: o.to && o.to < w.to ? o.to : w.to } };
  },
};
