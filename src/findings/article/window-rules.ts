/**
 * The window phrase rules, earlier rules first (./windows.ts applies them); conventions in ./windows.ts.
 * The event rules are here; the rules that count sessions ("the past five sessions", "three days after the
 * vote", "the day after the decision") are ./window-sessions.ts; the calendar rules (weeks, months, years,
 * weekdays) are ./window-calendar.ts.
 */
import type { ReadOptions } from '../claim-read.ts';
import { DATE_RE, lastWeekEnd, previousSession, resolveDate, WEEKDAY_RE } from './dates.ts';
import { DECISION_NOUN } from './decision-day.ts';
import { DAY_EARLIER_RULE, NEXT_DAY_RULE, NEXT_WEEKDAY_RULE, THAT_FOLLOWED_RULE } from './next-day.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { CALENDAR_RULES } from './window-calendar.ts';
import { CLOSE_RULES } from './window-closes.ts';
import { DATED_RULES } from './window-dated.ts';
import { REST_OF_WEEK_RULE, WEEKDAY_AROUND_RULE } from './window-day.ts';
import { MONTH_AFTER_RULE, WEEKS_ON_RULE } from './window-elapsed.ts';
import { EVE_CLOSE_RULE } from './window-eve.ts';
import { EVENT_DAY_RULES } from './window-event-days.ts';
import { EVENT_SPAN_RULE } from './window-event-span.ts';
import { LONG_RUN_RULE } from './window-long-run.ts';
import { MONTH_END_RULE } from './window-month-end.ts';
import { MONTH_HALF_RULE, MONTH_PART_RULE } from './window-month-part.ts';
import { MONTH_SESSIONS_RULE } from './window-month-sessions.ts';
import {
  FULL_MONTH_RULE,
  MONTH_OF_RULE,
  MONTH_WHEN_RULE,
  SEASON_RULE,
  WEEK_OF_MONTH_RULE,
  WEEKS_AFTER_RULE,
} from './window-months.ts';
import { PERIOD_RULES } from './window-periods.ts';
import { MONTHS_OF_RULE, QUARTER_RULES } from './window-quarters.ts';
import { EV, followed, SESSION_RULES } from './window-sessions.ts';
import { EVENT_RE, SINCE_RULES } from './window-since.ts';
import { SPAN_RULES } from './window-spans.ts';
import { WIRE_RULES } from './window-wire.ts';
import { TO_END_RULES } from './window-years-to.ts';
import { otherElection, type WindowHit } from './windows.ts';

export { EVENT_RE };

export interface Rule {
  re: RegExp;
  make: (
    m: RegExpExecArray,
    o: ReadOptions,
    ev: (p: string) => string,
  ) => Omit<WindowHit, 'start' | 'end'> | null;
}

export const RULES: Rule[] = [
  // "a [0, +2] event window", "days 0 to 4", "on day 0": event days (./window-event-days.ts).
  ...EVENT_DAY_RULES,
  MONTHS_OF_RULE, // "in the first three months of 2020", before "the last three months"
  MONTH_END_RULE, // "by the end of July": an end date only
  MONTH_PART_RULE, // "since mid-July": from the 11th
  MONTH_HALF_RULE, // "in the first half of November"
  MONTH_SESSIONS_RULE, // "in the first two days of December"
  NEXT_WEEKDAY_RULE, // "the following Monday"
  WEEKDAY_AROUND_RULE, // "the Friday before the election" (./window-day.ts)
  REST_OF_WEEK_RULE, // "over the rest of that week" (./window-day.ts)
  EVENT_SPAN_RULE, // "from the close on Election Day through Friday", "from the 2004 election to year-end"
  EVE_CLOSE_RULE, // "since the close before the announcement", before "before the announcement"
  LONG_RUN_RULE, // "over the long run": no period
  // "the last week of November" before "the last week" (a week back from the article's date).
  WEEK_OF_MONTH_RULE,
  {
    // "compared with $12bn over the same period last year", "in the same week a year earlier": that period a
    // year before.
    re: /\b(?:over|in|during|for)\s+the\s+same\s+(?:period|stretch|time|span|window|week|month|days)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:of|in)\s+the\s+(?:previous|prior)\s+year)\b/gi,
    make: () => ({ same: true, yearBack: true }),
  },
  {
    re: /\bat\s+the\s+same\s+(?:point|stage|juncture)\b|(?<=(?:^|[,;:])\s*)the\s+same\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+(?:trading\s+)?(?:days|sessions|weeks|months)|period|stretch)\b|\b(?:over|in|during|for|on)\s+the\s+same\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+(?:trading\s+)?(?:days?|sessions?|weeks?|months?)|period|stretch|time|span|window|days|week|sessions)\b|\b(?:over|in|during|for|across|on)\s+(?:those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+(?:trading\s+)?(?:days|sessions|weeks|months)\b|\b(?:(?:over|in|during|for|on)\s+)?that\s+(?:period|stretch|time|span|window|week|month)\b|\b(?:over|during|in|for|across)\s+the\s+(?:period|stretch)\b(?!\s+(?:from|since|to|through|of|between|after|before|ended|ending)\b)|^\s*(?:that|this)\s+compares\s+with\b|\bby\s+comparison\b|\bin\s+comparison\b|^\s*(?:that|this)\s+(?:[\w.%-]+\s+){0,2}(?:lead|gap|margin|difference|outperformance|underperformance|shortfall|edge)\b/gi,
    // "over the same two days", "over those three days", "After the 2020 vote, the same five sessions brought
    // …": the earlier stretch of that many sessions (./same-period.ts).
    make: (m) => {
      const n = /(?:same|those|these)\s+(\w+)[\s-]+(?:trading\s+)?(?:days?|sessions?)\b/i.exec(m[0])?.[1];
      const k = n ? (NUMBER_WORDS[n.toLowerCase()] ?? Number(n)) : Number.NaN;
      return { same: true, ...(k > 1 ? { sessions: k } : { stretch: /\b(?:stretch|span)\b/i.test(m[0]) }) };
    },
  },
  {
    // "that day", "on that session", "on the same day": one day, the last the article spoke of.
    re: /\b(?:(?:on|in|during|for)\s+)?(?:that|the\s+same)\s+(?:day|session|trading\s+day)\b/gi,
    make: () => ({ same: true, day: true }),
  },
  {
    // "on the day": the day an earlier clause spoke of, else the session ending the article's date.
    re: /\bon\s+the\s+day\b(?!\s+(?:after|following|of|before)\b)/gi,
    make: (_m, o) => ({
      same: true,
      ...(o.to ? { window: { kind: 'dates', from: previousSession(o.to), to: o.to }, fallback: true } : {}),
    }),
  },
  ...CLOSE_RULES,
  MONTH_WHEN_RULE,
  FULL_MONTH_RULE,
  {
    // "on the day of the announcement", "on election day": the event day's own session, close to close
    // (for a Fed decision at 2 p.m., the day's reaction; for an election, the session before the count).
    re: new RegExp(
      `(?<!\\bclose\\s+)\\bon\\s+the\\s+day\\s+of\\s+${EV}|(?<!\\bclose\\s+)\\bon\\s+(election|referendum|decision|announcement)\\s+day\\b`,
      'gi',
    ),
    make: (m, _o, ev) => {
      const event = ev(m[1] ?? `the ${m[2]}`);
      if (!event) return { window: { kind: 'sessions', event, sessions: 1 } };
      return { window: { kind: 'dates', from: previousSession(event), to: event } };
    },
  },
  ...DATED_RULES,
  THAT_FOLLOWED_RULE, // "the six sessions that followed" (./next-day.ts)
  ...SESSION_RULES,
  ...SPAN_RULES,
  ...TO_END_RULES, // "in the three months to November", "in the 10 years to the end of 2024"
  {
    // "the week before the election", "in the week ahead of the vote": the last whole week before the event's.
    re: new RegExp(
      `\\b(?:(?:in|during|over)\\s+)?the\\s+week\\s+(?:before|ahead\\s+of|leading\\s+(?:up\\s+)?to|preceding|prior\\s+to)\\s+${EV}`,
      'gi',
    ),
    make: (m, _o, ev) => {
      const event = ev(m[1]);
      return event ? { window: { kind: 'week', weekEnd: lastWeekEnd(event) } } : null;
    },
  },
  {
    // "the day before the rate decision": the session before the event day.
    re: new RegExp(`\\b(?:on\\s+)?the\\s+(?:day|session)\\s+before\\s+${EV}`, 'gi'),
    make: (m, _o, ev) => {
      const d = previousSession(ev(m[1]));
      return { window: { kind: 'dates', from: previousSession(d), to: d } };
    },
  },
  {
    re: new RegExp(
      // "in the week ended Nov. 11", "a strong week ended Nov. 11", "The week to Friday, Nov. 11 …"; a label's
      // "(week ended Dec. 9, 2016)", "Week ending Nov. 11:".
      `(?:\\b(?:(?:in|during|for|over)\\s+the|(?:the|a|an|its|their)(?:\\s+[\\w-]+)?)\\s+|(?<=(?:^|[(\\[])\\s*))week\\s+(?:to|ended|ending|through|that\\s+ended)\\s+(?:${WEEKDAY_RE},?\\s+)?(${DATE_RE})`,
      'gi',
    ),
    make: (m, o) => {
      const d = resolveDate(m[1], o);
      return d ? { window: { kind: 'week', weekEnd: d } } : null;
    },
  },
  {
    re: new RegExp(
      `\\b(?:by|at|as\\s+of)\\s+(?:the\\s+)?close\\s+(?:on|of)\\s+(${DATE_RE})|\\b(?:by|as\\s+of|through|at)\\s+(${WEEKDAY_RE})(?:['’]s)?\\s+close|\\b(?:through|as\\s+of|by)\\s+(?:${WEEKDAY_RE},?\\s+)?(${DATE_RE})(?!['’]s)|\\b(?:at|by)\\s+(?:its|their|the)\\s+(${DATE_RE})\\s+(?:record\\s+)?(?:peak|high|top|low|trough|bottom|close|closing\\s+(?:high|level|peak))\\b|\\bat\\s+(?:its|their|the)\\s+(?:record\\s+)?(?:peak|high|top|low|trough|bottom)\\s+on\\s+(${DATE_RE})|^\\s*(${WEEKDAY_RE})['’]s\\s+(?:record\\s+)?close(?:\\s+(?:of|at)\\s+\\$?[\\d,.]+)?\\s+(?:left|put|had|kept|took|brought|leaves|puts)\\b`,
      'gi',
    ),
    make: (m, o) => {
      // An end date only (the event from a "since" phrase of the sentence, else --event): "At its Nov. 25 peak,
      // the index had climbed 11.1% from its Election Day close"; "At the trough on June 27, … had fallen 7.0% from
      // its pre-referendum close"; "by the Nov. 15 close"; "Monday's close of 2,434.98 left the index 7.7% above …".
      const [event, to] = [o.event ?? '', resolveDate(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6], o) ?? ''];
      return to && to >= event ? { window: { kind: 'since', event, to }, endOnly: true } : null; // none before it
    },
  },
  ...SINCE_RULES,
  {
    re: new RegExp(
      `\\b(?:in|during|over|for|across)\\s+the\\s+(?:(?:first\\s+)?week\\s+(?:(?:after|following|of)\\s+${EV}|that\\s+followed(?:\\s+${EV})?)|(?:following|next|subsequent)\\s+week\\b)`,
      'gi',
    ),
    // "in the week after the vote", "For the week after the vote,", "in the week that followed", "over the
    // following week" (the news's).
    make: (m, _o, ev) => ({ window: { kind: 'week', event: ev(m[1] ?? m[2] ?? followed(m)) } }),
  },
  WEEKS_AFTER_RULE,
  WEEKS_ON_RULE,
  MONTH_OF_RULE,
  MONTH_AFTER_RULE,
  {
    // "after 2020, 18%; this time it is up about 6% so far": the article's event, to its date.
    re: /\bthis\s+time(?:\s+around)?\b(?!\s+(?:last|a|next)\s+(?:year|month|week)\b)/gi,
    make: (_m, o) =>
      o.event ? { window: { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) } } : null,
  },
  ...WIRE_RULES,
  NEXT_DAY_RULE,
  DAY_EARLIER_RULE, // "after slipping 1% a day earlier"
  ...PERIOD_RULES,
  ...QUARTER_RULES, // "since quarter-end", "last quarter", before "the third quarter"
  SEASON_RULE,
  ...CALENDAR_RULES,
  {
    re: new RegExp(`\\b(?:after|following|since)\\s+${EV}`, 'gi'), // "After the 2012 election, by contrast, …"
    make: (m, o) => {
      // "added 0.1% after the decision" in a story read against an election: since the Fed's (./decision-day.ts).
      if (o.decision && DECISION_NOUN.test(m[1].trim()))
        return { window: { kind: 'since', event: o.decision, ...(o.to ? { to: o.to } : {}) } };
      const d = otherElection(m[1], o.event); // another election than the article's
      return { part: 'after', ...(d ? { otherEvent: true, otherDate: d } : {}) };
    },
  },
  { re: new RegExp(`\\bbefore\\s+${EV}`, 'gi'), make: () => ({ part: 'before' }) },
];
