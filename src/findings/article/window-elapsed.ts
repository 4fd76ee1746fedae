/**
 * Window rules for the time elapsed since an event: "in the month after the vote", "in the year after the 2016
 * election" (the whole month or year after it), and "A week after the election, …", "Two months on, …" (the
 * return since the event as of that day). ./window-rules.ts applies them in its order.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { averageOf } from './average-words.ts';
import { monthsBefore } from './dates.ts';
import { FILLERS } from './hedges.ts';
import type { Rule } from './window-rules.ts';
import { count, EV, followed, N } from './window-sessions.ts';

/**
 * "in the month after the vote", "in the year after the 2016 election", "gained 15% in a month" (and, after an
 * event named before, "in a week", "in a single day").
 */
export const MONTH_AFTER_RULE: Rule = {
  // "in the month after the vote", "in the year after the 2016 election": from the event to the same day a
  // month (a year) on, or to the article's date while that month runs (never past it).
  re: new RegExp(
    `\\b(?:in|during|over)\\s+the\\s+(?:(?:first\\s+|full\\s+|entire\\s+|whole\\s+)?(month|year)\\s+(?:(?:after|following|since)\\s+${EV}|that\\s+followed(?:\\s+${EV})?)|(?:following|next|subsequent)\\s+(month|year)\\b)|\\bin\\s+(?:(?:${FILLERS.join('|')})\\s+)?(?:a|one)\\s+(?:single\\s+)?(month|year|week|day|session)\\b(?!\\s+(?:after|following|since|earlier|ago|before|of|to)\\b)`,
    'gi',
  ),
  // "After the 2016 election, the Russell 2000 gained 15% in a month": the month after the event named before.
  make: (m, o, ev) => {
    if (m[5] && followed(m) === 'the event') return null;
    const event = ev(m[2] ?? m[3] ?? followed(m));
    // "After the election, the Russell 2000 rose 5.8% in a single day": the first session after it; "… in
    // a week": to the same weekday a week on.
    if (/^(?:day|session)$/i.test(m[5] ?? '')) return { window: { kind: 'sessions', event, sessions: 1 } };
    const week = /^week$/i.test(m[5] ?? '') && event ? fromDay(toDay(event) + 7) : undefined;
    const end = week ?? (event && monthsBefore(event, /year/i.test(m[1] ?? m[4] ?? m[5] ?? '') ? -12 : -1));
    // An average over elections ("… in the month after the vote, with an average outperformance of 2.1
    // points"): the whole month after each (./average-words.ts reads the average).
    const cap = o.to && o.to < end && !averageOf(m.input) ? o.to : end;
    return { window: { kind: 'since', event, ...(end ? { to: cap } : {}) } };
  },
};

/**
 * "A week after the election, the Russell 2000 was up 9%", "Two months after the vote, …", "A week on from
 * the cut", "A week on, …" (the article's event): the return since the event as of that day (the same weekday
 * N weeks on, the same day N months on), never past the article's date, or to the article's date when it
 * speaks in the present a week or less after that day; over a set of events ("Two weeks after an election,
 * small caps have on average …"), the whole span after each.
 */
export const WEEKS_ON_RULE: Rule = {
  re: new RegExp(
    `(?<!\\b(?:the|first|in|over|during|across)\\s+)\\b(a|${N.slice(1, -1)})\\s+(weeks?|months?)\\s+(?:(?:after|following|on\\s+from)\\s+${EV}|on\\b(?!\\s+(?:from|the|a|an|end|month|week|year|\\w+day)\\b))`,
    'gi',
  ),
  make: (m, o, ev) => {
    const n = /^an?$/i.test(m[1]) ? 1 : count(m[1]);
    if (!(n >= 1 && n <= 24) || (n === 1) !== /^\w+[^s]$/i.test(m[2])) return null;
    const named = m[3] ?? 'the event';
    const event = ev(named);
    if (!event) return { needsEvent: m[0] };
    const end = /^w/i.test(m[2]) ? fromDay(toDay(event) + 7 * n) : monthsBefore(event, -n);
    if (
      /\b(?:elections|an?\s+(?:election|vote)|each|every)\b/i.test(named) ||
      /\baverag/i.test(m.input ?? '')
    )
      return { window: { kind: 'since', event, to: end } };
    // "One month after the vote, the Russell 2000 is up 5.0%" in a story of a day or a few after: as of now.
    const tense = /\b(is|are|sits?|stands?|remains?|has|have|was|were|had)\b/i.exec(
      m.input.slice(m.index + m[0].length),
    );
    const now =
      o.to &&
      o.to >= end &&
      toDay(o.to) - toDay(end) <= 7 &&
      !/^(?:was|were|had)$/i.test(tense?.[1] ?? 'was');
    return { window: { kind: 'since', event, to: now ? o.to : o.to && o.to < end ? o.to : end } };
  },
};
