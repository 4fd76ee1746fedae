/**
 * Distances from a named close, read as the return since it: "sits just 3.2% above its Election Day close"
 * (since the event) and "0.8% above its Nov. 5 close" (from that day's close to the article's date); and a
 * move since a weekday's close a week back ("has risen 2.1% since last Friday"). The event's close as a level's
 * base ("from its Election Day close of 2,260.84", `isEventClose`) is named with the same words.
 */
import { toDay } from '../../calendar/dates.ts';
import { DATE_RE, MONTH_RE, previousSession, resolveDate, WEEKDAY_RE, weekdayBefore } from './dates.ts';
import { periodEnd } from './window-month-end.ts';
import type { Rule } from './window-rules.ts';
import { EVENT_RE } from './window-since.ts';

/** The event's close named: "its Election Day close", "their pre-referendum level" (group 1: the event's words). */
const EVENT_CLOSE_NOUN = `(?:its|their|the)\\s+(${EVENT_RE}|pre-?(?:election|vote|referendum))\\s+(?:close|closing\\s+level|level)`;
/** The event's close before its level: "its Election Day close of", "their pre-referendum level of". */
const EVENT_CLOSE_OF = new RegExp(`\\b${EVENT_CLOSE_NOUN}\\s+of\\s+$`, 'i');

/** True when the level `q` is the event's own close, named as a move's base ("up 6.4% from its Election Day close of 2,260.84"). */
export function isEventClose(t: string, q: { start: number; unit: string }): boolean {
  return q.unit === 'level' && EVENT_CLOSE_OF.test(t.slice(Math.max(0, q.start - 80), q.start));
}

/** A distance from the event's close, read before "on election day" (./window-rules.ts). */
const EVENT_CLOSE_RULE: Rule = {
  // "It now sits just 3.2% above its Election Day close", "2% below their pre-vote level", "0.4 per cent lower
  // than its pre-election close", "some 9% above
  // where it closed on election day", "is almost exactly where it stood on Election Day, down about half a
  // percent", "Measured from the close on the day of the cut": since the event.
  re: new RegExp(
    `\\b(?:(?:above|below|under|over|from|(?:higher|lower)\\s+than)\\s+${EVENT_CLOSE_NOUN}|(?:where|what)\\s+(?:it|they)\\s+(?:closed|ended|finished|stood|was|were)\\s+(?:on\\s+)?(${EVENT_RE})|(?:from|since)\\s+the\\s+close\\s+(?:on\\s+the\\s+day\\s+of|of|on)\\s+(${EVENT_RE}))\\b`,
    'gi',
  ),
  make: (m, o, ev) => {
    const event = /^pre-?(?:election|vote|referendum)/i.test(m[1] ?? '') ? o.event : ev(m[1] ?? m[2] ?? m[3]);
    if (!event) return { needsEvent: m[0] };
    return { window: { kind: 'since', event, ...(o.to ? { to: o.to } : {}) } };
  },
};

/**
 * A distance from a dated close: "sits just 0.8% above its Nov. 5 close", "0.4% below Monday's close", "below
 * where it closed on Sept. 18"
 * (not "from the Nov. 8 close to …", a span of ./window-spans.ts).
 */
const DATED_CLOSE_RULE: Rule = {
  re: new RegExp(
    `\\b(?:above|below|under|over|(?:higher|lower)\\s+than)\\s+(?:(?:(?:its|their|the)\\s+(${DATE_RE})(?:['’]s)?|(${DATE_RE})['’]s)\\s+(?:close|closing\\s+level|level)|(?:where|what)\\s+(?:it|they)\\s+(?:closed|ended|finished|stood)\\s+on\\s+(${DATE_RE}))\\b`,
    'gi',
  ),
  make: (m, o) => {
    const from = resolveDate(m[1] ?? m[2] ?? m[3], o);
    if (!from || !o.to || from >= o.to) return null;
    // The event's own day ("below its Nov. 5 close" after the Nov. 5 election): since the event, as its close rule.
    return {
      window: from === o.event ? { kind: 'since', event: from, to: o.to } : { kind: 'dates', from, to: o.to },
    };
  },
};

/**
 * A distance from where a period ended: "23% above where it ended October", "below where they finished last
 * year", "from where it closed 2023": from that period's last close to the article's date.
 */
const ENDED_PERIOD_RULE: Rule = {
  re: new RegExp(
    `\\b(?:above|below|under|over|from)\\s+where\\s+(?:it|they)\\s+(?:ended|finished|closed)\\s+(?:(?:last|the\\s+(?:previous|prior))\\s+(year|month)|((?:19|20)\\d\\d)|(${MONTH_RE})(?:,?\\s+((?:19|20)\\d\\d))?)\\b`,
    'gi',
  ),
  make: (m, o) => {
    const from = o.to && periodEnd(o.to, m[1], m[2], m[3], m[4]);
    return from && o.to && from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
  },
};

/**
 * A distance from the year's opening level: "2.4% above its level at the start of the year" (at the end of
 * 2024, of last year), "below where it
 * began the year", "10% above its 2023 close", "above their year-end level": from the last close of the year
 * before (of the year named) to the article's date. Before, no period (or a month another sentence named).
 */
const YEAR_START_RULE: Rule = {
  re: /\b(?:above|below|under|over|from|(?:higher|lower)\s+than)\s+(?:(?:its|their|the)\s+(?:level|close|value)\s+(?:at|on)\s+the\s+(?:(?:start|beginning)\s+of\s+(?:the|this)\s+year|end\s+of\s+(?:((?:19|20)\d\d)|last\s+year))|where\s+(?:it|they)\s+(?:started|began|opened)\s+the\s+year|(?:its|their|the)\s+(?:(?:end-)?((?:19|20)\d\d)|year-end|end-of-year)\s+(?:close|closing\s+level|level))\b/gi,
  make: (m, o) => {
    const year = m[1] ?? m[2];
    const from = o.to && periodEnd(o.to, year ? undefined : 'year', year, undefined);
    return from && o.to && from < o.to ? { window: { kind: 'dates', from, to: o.to } } : null;
  },
};

/**
 * "has risen 2.1% since last Friday", "since last Tuesday's close", "up 5.4% from the previous Friday", and
 * "since Friday" in a Friday article (a writer's "since Friday" on a Friday is a week back): from that weekday's
 * close before the article's date (before the sentence's end date: "By Tuesday's close, …", ./window-anchors.ts)
 * to that date. A plain "since Friday" on another day is the since rules' (./window-since.ts).
 */
const SINCE_LAST_WEEKDAY_RULE: Rule = {
  re: new RegExp(
    `\\b(?:since\\s+(last\\s+)?|from\\s+(last\\s+|the\\s+(?:previous|prior)\\s+))(${WEEKDAY_RE})(?:['’]s\\s+close)?\\b(?!['’]s|\\s+(?:to|through|until)\\b)`,
    'gi',
  ),
  make: (m, o) => {
    const last = m[1] ?? m[2];
    if (!o.to) return last ? { needsEvent: m[0] } : null;
    const from = weekdayBefore(m[3], o.to) as string;
    // A plain "since Friday" only in a Friday article (a week back), not on the event's own day.
    if (!last && (toDay(from) + 7 !== toDay(o.to) || o.event === o.to)) return null;
    return { window: { kind: 'dates', from, to: o.to }, weekdayFrom: m[3] };
  },
};

/**
 * "up almost 6% since yesterday's close", "from the close yesterday": from the session before the article's
 * date to that date (a morning note's "yesterday" is its date: nothing since, no window).
 */
const SINCE_YESTERDAY_RULE: Rule = {
  re: /\b(?:since|from)\s+(?:yesterday['’]s\s+close|the\s+close\s+yesterday)\b/gi,
  make: (_m, o) =>
    o.to && !o.morning ? { window: { kind: 'dates', from: previousSession(o.to), to: o.to } } : null,
};

/** The close rules, read before "on election day" and the since rules (./window-rules.ts). */
export const CLOSE_RULES: Rule[] = [
  EVENT_CLOSE_RULE,
  DATED_CLOSE_RULE,
  ENDED_PERIOD_RULE,
  YEAR_START_RULE,
  SINCE_LAST_WEEKDAY_RULE,
  SINCE_YESTERDAY_RULE,
];
