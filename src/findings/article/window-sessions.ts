/**
 * Window rules that count sessions: "over the past five sessions", "in the three sessions to Friday", "in the
 * five sessions before the decision", "in the three days following the election", "Three days after the
 * vote, …", "on the day after the decision" (./window-rules.ts applies them in its order).
 */
import { builtInTiming } from '../convention-timing.ts';
import { DATE_RE, previousSession, resolveDate, sessionsBack, WEEKDAY_RE } from './dates.ts';
import { TOTAL_VERB } from './distance-words.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { sessionOnOrBefore } from './window-periods.ts';
import type { Rule } from './window-rules.ts';
import { EVENT_RE } from './window-since.ts';

/** A count in digits or words, and an event or date phrase, as regex groups. */
export const N = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
export const EV = `(${EVENT_RE}|${DATE_RE})`;

/** "after the 2012 election", "In the 2014 midterms, …": an event named before "the following week". */
const AFTER_EVENT = new RegExp(
  `\\b(?:(?:after|following)\\s+${EV}|in\\s+(the\\s+(?:19|20)\\d\\d\\s+(?:(?:us|u\\.s\\.|presidential|midterm|general)\\s+)?(?:midterms|elections?|vote|referendum)))`,
  'gi',
);
const WINNER =
  /\b(trump|biden|obama)['’]s\s+(?:[\w-]+\s+){0,2}?(?:win|victory|election|re-?election)\b|\bthe\s+(re-?)?election\s+of\s+(?:(?:joe|donald|barack)\s+)?(trump|biden|obama)\b/gi;

/**
 * The earlier event a sentence names before "the following month" ("after the 2012 election", "In the 2014
 * midterms, …"; "Four years ago, the election of Joe Biden set off …": Biden's election), else the article's.
 */
export function followed(m: RegExpExecArray): string {
  const before = m.input.slice(0, m.index);
  const won = [...before.matchAll(WINNER)].pop();
  const named = won?.[1] ? won[0] : won ? `${won[3]}'s ${won[2] ? 're-election' : 'election'}` : undefined;
  const after = [...before.matchAll(AFTER_EVENT)].pop();
  return (
    (named && (!after || (won?.index ?? 0) > after.index) ? named : (after?.[1] ?? after?.[2])) ?? 'the event'
  );
}

/** An event right after an N-session move and its number: " of 12.7% after the election". */
const AFTER_NEXT = new RegExp(`^\\s+(?:of\\s+[^,;]{1,24}?\\s+)?(?:after|following|since)\\s+${EV}`, 'i');

/** A running total's words before its period: ", bringing its rise", ", taking the index's gain". */
const RUNNING_OVER = new RegExp(String.raw`,\s*${TOTAL_VERB}\s+(?:its|their|the)\s+[^,;]{0,30}$`, 'i');

/** A count's number ("three" → 3). */
export function count(w: string): number {
  return NUMBER_WORDS[w.toLowerCase()] ?? Number(w);
}

export const SESSION_RULES: Rule[] = [
  {
    // A label before its colon: "Two-day tally: RTY +2.1%, SPX +1.4%", "3-session change:": the N sessions to
    // the latest day the sentence names ("Five-day tally through Tuesday:"), else to the article's day.
    re: new RegExp(
      `^\\s*(?:[-*•·]\\s+)?${N}[- ](?:day|session)(?:\\s+(?:tally|total|move|change|performance|return|scorecard|score))?(?=(?:\\s+through\\s+(?:${DATE_RE}))?\\s*:)`,
      'gi',
    ),
    make: (m) => ({ sessionsTo: count(m[1]) }),
  },
  {
    // "bringing its two-day slide to 11.2%", "a three-session rally of 5%", "The Russell 2000's 4.2% two-day
    // advance", "the Russell 2000's three-day gain": the N sessions to the latest
    // day the sentence names (./windows.ts), else to the article's day.
    re: new RegExp(
      `(?:\\b(?:its|their|a|an|the)|(?<=%|['’]s))\\s+${N}[- ](?:day|session)\\s+(?:losing\\s+|winning\\s+)?(?:slide|drop|fall|loss|decline|slump|retreat|sell-?off|rout|tumble|gain|rally|rise|advance|surge|jump|climb|run|streak|total|move)s?\\b`,
      'gi',
    ),
    // "The Russell 2000's 12-session gain of 12.7% after the election": the first N sessions after that event.
    make: (m, _o, ev) => {
      const after = AFTER_NEXT.exec(m.input.slice(m.index + m[0].length));
      if (after) return { window: { kind: 'sessions', event: ev(after[1]), sessions: count(m[1]) } };
      return { sessionsTo: count(m[1]) };
    },
  },
  {
    // "the smallest decile's three-day CAR", "a five-day abnormal return": an event study's days 0 to N − 1.
    re: new RegExp(
      `(?:\\b(?:its|their|a|an|the)|(?<=['’]s))\\s+${N}[- ](?:day|session)\\s+(?:cumulative\\s+)?(?:CARs?|abnormal\\s+returns?|excess\\s+returns?)\\b`,
      'gi',
    ),
    make: (m, _o, ev) => ({ window: { kind: 'sessions', event: ev('the event'), sessions: count(m[1]) } }),
  },
  {
    // "over the past five sessions", "the past week": the last N weekdays (a week: 5) to the article's date.
    re: new RegExp(
      `\\b(?:(?:over|in|during)\\s+)?the\\s+(?:past|last)\\s+(?:${N}\\s+(?:trading\\s+)?(?:days|sessions)|(week))\\b`,
      'gi',
    ),
    make: (m, o) => {
      if (!o.to) return { needsEvent: m[0] };
      const n = m[2] ? 5 : count(m[1]);
      // "jumped 3.5% on Tuesday, bringing its rise over the past five sessions to 11.5%": to the day it carries on.
      if (RUNNING_OVER.test(m.input.slice(0, m.index))) return { sessionsTo: n };
      return { window: { kind: 'dates', from: sessionsBack(o.to, n), to: o.to } };
    },
  },
  {
    // "in the three sessions to Friday", "in the five sessions through Friday, Nov. 8": the last N weekdays to
    // that date; "… through yesterday's close": to the session before the article's (a morning note's: its own).
    re: new RegExp(
      `\\b(?:in|over|during|across|for)\\s+the\\s+${N}\\s+(?:trading\\s+)?(?:days|sessions)\\s+(?:to|through|ending|ended)\\s+(?:(?:${WEEKDAY_RE},?\\s+(?=${DATE_RE}))?(${DATE_RE})|(yesterday)(?:['’]s\\s+close)?\\b)`,
      'gi',
    ),
    make: (m, o) => {
      const to = m[3]
        ? o.to && (o.morning ? o.to : previousSession(sessionOnOrBefore(o.to)))
        : resolveDate(m[2], o);
      return to ? { window: { kind: 'dates', from: sessionsBack(to, count(m[1])), to } } : null;
    },
  },
  {
    // "in the five sessions before the decision": the N sessions to the close before the event's day; "in the
    // two weeks before the meeting", five sessions a week.
    re: new RegExp(
      `\\b(?:in|over|during|across|for)\\s+(?:the\\s+)?(?:last\\s+|final\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions|weeks)(?:\\s+of\\s+trading)?\\s+(?:immediately\\s+)?(?:before|ahead\\s+of|leading\\s+(?:up\\s+)?to|prior\\s+to|preceding)\\s+(?:${EV}|(?<it>it|that|then)\\b(?!\\s+\\w))`,
      'gi',
    ),
    make: (m, _o, ev) => {
      // "… since the vote, versus $2 billion in the four weeks before it": the event named before.
      const named = m.groups?.it ? new RegExp(EVENT_RE, 'i').exec(m.input?.slice(0, m.index) ?? '') : m;
      if (!named) return null;
      const event = ev(m.groups?.it ? named[0] : m[2]);
      const n = count(m[1]) * (/\bweeks\b/i.test(m[0]) ? 5 : 1);
      if (!event) return { window: { kind: 'sessions', event, sessions: n } };
      const to = previousSession(event);
      return { window: { kind: 'dates', from: sessionsBack(to, n), to } };
    },
  },
  {
    re: new RegExp(
      `\\b(?:in|over|during|across|for)\\s+(?:the\\s+)?(?:first\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions)(?:\\s+of\\s+trading)?(?:\\s+(?:immediately\\s+)?(?:following|after|since)\\s+${EV})?`,
      'gi',
    ),
    make: (m, o, ev) => {
      // "over the five sessions" with no event known, or more sessions than the event's to the article's
      // date ("an outperformance of 760 basis points in 16 sessions"): the last N to the article's date.
      // "By Monday's close, it had lost 6.7% over two sessions": the N sessions to an end date of the sentence
      // (./window-anchors.ts).
      // "After the 2016 election, the Russell 2000 rose 5% in two days": the N sessions after the event before.
      const named = m[2] ?? (followed(m) === 'the event' ? undefined : followed(m));
      const to = named ? {} : { sessionsToEnd: count(m[1]) };
      if (!named && o.to) {
        const from = sessionsBack(o.to, count(m[1]));
        // A weekly wrap a month after the vote: "fell 2.6% over the five sessions" is the last five, not the first.
        const later =
          !!o.event &&
          /\bthe\s+\w+\s+(?:trading\s+)?(?:days|sessions)/i.test(m[0]) &&
          sessionsBack(o.to, 2 * count(m[1])) > o.event;
        if (!o.event || from < o.event || later) return { window: { kind: 'dates', from, to: o.to }, ...to };
      }
      return { window: { kind: 'sessions', event: ev(named ?? 'the event'), sessions: count(m[1]) }, ...to };
    },
  },
  {
    // "On a three-day window after the vote", "over the five-session window following the election": an
    // event window of the first N sessions (days 0 to N − 1).
    re: new RegExp(
      `\\b(?:(?:on|over|in|across|for|during|within)\\s+)?(?:a|an|the)\\s+${N}[- ](?:trading[- ])?(?:day|session)\\s+(?:event\\s+)?(?:window|period|stretch|span)(?:\\s+(?:immediately\\s+)?(?:after|following|since)\\s+${EV})?`,
      'gi',
    ),
    make: (m, _o, ev) => ({
      window: { kind: 'sessions', event: m[2] ? ev(m[2]) : ev('the event'), sessions: count(m[1]) },
    }),
  },
  {
    // "Extending the window to ten trading days, …", "widen the event window to 20 sessions": the first N.
    re: new RegExp(
      `\\b(?:extend|widen|lengthen|stretch|expand)(?:ing|ed|s)?\\s+(?:the\\s+)?(?:event\\s+)?window\\s+to\\s+(?:the\\s+first\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions)\\b`,
      'gi',
    ),
    make: (m, _o, ev) => ({ window: { kind: 'sessions', event: ev('the event'), sessions: count(m[1]) } }),
  },
  {
    // "Three days after the vote, …", "within two sessions of the result": as of the Nth session after it;
    // "in four of the five sessions since." (no event named), the article's.
    re: new RegExp(
      `\\b(?:(?:by|within)\\s+)?${N}\\s+(?:trading\\s+)?(?:days|sessions)\\s+(?:(?:after|following|since|of)\\s+${EV}|since(?=\\s*(?:[.,;:)]|$)))`,
      'gi',
    ),
    make: (m, _o, ev) =>
      /\bof\b/i.test(m[0]) && !/^within/i.test(m[0])
        ? null
        : { window: { kind: 'sessions', event: ev(m[2] ?? 'the event'), sessions: count(m[1]) } },
  },
  {
    re: new RegExp(
      `\\b(?:on\\s+)?the\\s+(?:first\\s+)?(?:trading\\s+)?(?:day|session)(?:\\s+of\\s+trading)?\\s+(?:after|following)\\s+${EV}|\\bon\\s+(?:the|its|their)\\s+first\\s+(?:full\\s+)?(?:trading\\s+)?(?:day|session)(?:\\s+of\\s+trading)?\\b(?!\\s+(?:after|following|since|of|in|back|as)\\b)|^[\\s\\d.)*•-]*the\\s+(?:day|session)\\s+after(?=\\s*:)`,
      'gi',
    ),
    // "The day after the decision" (or a list item's "The day after:") is the next day's session even for news
    // during the event's session (said only then: after the close, the first session after the news is that
    // day's). "After Obama's re-election, small caps fell 2.6% on the first day": the first after the event named.
    make: (m, _o, ev) => {
      const event = ev(m[1] ?? followed(m));
      const during = !!event && (builtInTiming(event) ?? 'after-close') !== 'after-close';
      return { window: { kind: 'sessions', event, sessions: 1, ...(during ? { nextDay: true } : {}) } };
    },
  },
];
