/**
 * Event-study windows written in event days (day 0 is the first session that can react to the news: the
 * event's own session for news during or before it, else the next; ../../calendar/trading-days.ts):
 * "a [0, +2] event window" and "over days 0 to 4" (the first three or five sessions), "on day 0", "day +1",
 * "the [-5, -1] pre-event window" (the five sessions before day 0), "days -1 to +1" (from the close before
 * day −1 to the close of day +1). Applied first (./window-rules.ts): they win over the phrases they contain.
 */
import { toDay } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';
import { builtInTiming } from '../convention-timing.ts';
import { nextSession, previousSession, sessionsAhead } from './dates.ts';
import type { Rule } from './window-rules.ts';

/** An event day's number, not a per cent or a decimal ("closed the day 1.2% higher" names no day 1). */
const D = '([-+−–]?\\s?\\d{1,3})(?!\\d)(?![.,]\\d|\\s*(?:%|per\\s?cent|percent|points?|pp|bp)\\b|\\s*%)';

/** An event day's signed number ("+2", "−5", "0"). */
function day(w: string): number {
  return Number(w.replace(/\s/g, '').replace(/[−–]/, '-'));
}

/** Day 0 of `event`: its own session for news during or before it, else the next session. */
export function dayZero(event: string): string {
  const timing = builtInTiming(event) ?? 'after-close';
  return timing !== 'after-close' && isNyseSession(toDay(event)) ? event : nextSession(event);
}

/** The window of event days a..b: days 0..K−1 as K sessions, else the dates from the close before day a. */
function eventDays(a: number, b: number, event: string) {
  if (!event || b < a) return null;
  if (a === 0) return { window: { kind: 'sessions' as const, event, sessions: b + 1 } };
  const zero = dayZero(event);
  return {
    window: {
      kind: 'dates' as const,
      from: previousSession(sessionsAhead(zero, a)),
      to: sessionsAhead(zero, b),
    },
  };
}

/** Words of a cumulated return: "cumulative", "CAR". */
const CUMULATIVE = /\b[Cc]umulative\b|\bCARs?\b/;

export const EVENT_DAY_RULES: Rule[] = [
  {
    // "a [0, +2] event window", "the [-5, -1] pre-event window", "(-1, +1)" beside "window".
    re: new RegExp(
      `(?:\\b(?:over|in|on|using|for|across)\\s+)?(?:(?:a|an|the)\\s+)?[[(]\\s*${D}\\s*,\\s*${D}\\s*[\\])](?:\\s+(?:(?:pre|post)-?event\\s+|event\\s+)?(?:window|days?))?`,
      'gi',
    ),
    make: (m, _o, ev) => {
      // A bracket pair that is not an event window ("(1, 2)") names none unless the sentence says so.
      if (!/window|\bday|event|CAR|abnormal/i.test(m.input)) return null;
      return eventDays(day(m[1]), day(m[2]), ev('the event'));
    },
  },
  {
    // "over days 0 to 4", "on days -1 through +1".
    re: new RegExp(
      `(?:\\b(?:over|in|on|across|for)\\s+)?\\bdays\\s+${D}\\s*(?:to|through|and|[-–])\\s*${D}\\b`,
      'gi',
    ),
    make: (m, _o, ev) => eventDays(day(m[1]), day(m[2]), ev('the event')),
  },
  {
    // "Cumulative abnormal returns … reached 5.5% by day +5", "the CAR through day +2": days 0 to N (a sum of
    // the days, cumulated from day 0), not day N alone.
    re: new RegExp(`\\b(?:by|through|to|until|up\\s+to)\\s+day\\s+${D}\\b`, 'gi'),
    make: (m, _o, ev) =>
      CUMULATIVE.test(m.input) && day(m[1]) >= 0 ? eventDays(0, day(m[1]), ev('the event')) : null,
  },
  {
    // "On day 0 (Nov. 9)", "on day +1": one event day.
    re: new RegExp(
      `(?:\\b(?:on|over|in)\\s+)?\\bday\\s+${D}(?!\\s*(?:to|through|[-–])\\s*[-+−–]?\\d)(?:\\s*\\([^)]{0,20}\\))?`,
      'gi',
    ),
    make: (m, _o, ev) => eventDays(day(m[1]), day(m[1]), ev('the event')),
  },
];
