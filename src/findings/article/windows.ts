/**
 * Window phrases: "since Trump's election", "since election day", "since the vote", "in the three days
 * following the election", "on the first day of trading after the vote", "by the close on Friday", "over
 * the same period", "last week", "this week", "in the week to November 11", "in the week after the
 * election", "this month", "so far this month", "in November", "last month", "so far this year", "on
 * Wednesday", and, for flows, the after-the-news part of a week ("coming after the election").
 * Conventions: "last week" is the week before the one holding the article's date (--to), else the week
 * reacting to the event; "this month" is --to's month (else the event's), month to date, and so is a
 * named month without a year that --to falls inside ("in November" on Nov. 25; "in November 2016" is
 * the calendar month); "for the month" is the month to date; "in 2016" is that year (to date when --to falls
 * in it); a weekday is the last one on or before --to (else the first after the event); a market wrap's
 * "N points, or X percent" with no other window is the session ending --to.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, TextSpan } from '../claim-read.ts';
import { setScope } from './average-words.ts';
import { eventDay } from './election-years.ts';
import { anchorHits } from './window-anchors.ts';
import { appositiveDay, thenMonthEnd } from './window-appositive.ts';
import {
  elidedEvents,
  elidedShapes,
  labelledEvents,
  postEventYears,
  sameAfterOther,
} from './window-elided.ts';
import { cameInYear, listedElections, possessedYears } from './window-other-years.ts';
import { RULES } from './window-rules.ts';
import { UNDATED_EVENT_RULE } from './window-undated-event.ts';

export { agoElection, laterElection, otherElection } from './election-years.ts';
export { EVENT_RE } from './window-rules.ts';

/** A window phrase: a window, "the same period" (carry the previous one), or a part of a week. */
export interface WindowHit extends TextSpan {
  window?: ClaimWindow;
  same?: boolean;
  /** With `same`: that period a year before ("over the same period last year", "a year earlier"). */
  yearBack?: boolean;
  /** With `same`: one day ("that day", "the same session"): the last day the article spoke of. */
  day?: boolean;
  /** With `same`: the sessions it counts ("over the same two days": 2), the last such stretch spoken of. */
  sessions?: number;
  /** With `same`: a stretch or span, never one day ("over the same span"): the last one longer than a day. */
  stretch?: boolean;
  part?: 'before' | 'after';
  /** An end date only ("through Nov. 15", "by Friday's close"): ends a "since" window of the sentence. */
  endOnly?: boolean;
  /** Used only when the sentence has no other window and nothing carries ("30.77 points, or 2.5 percent"). */
  fallback?: boolean;
  /** A window only beside another window phrase of the sentence ("2% on the day and 5% over the week"). */
  contrast?: boolean;
  /** Set when the phrase names an event by words and no --event was given. */
  needsEvent?: string;
  /** "the week before" with no event after it: the week before the sentence's last named week. */
  weekBefore?: boolean;
  /** "the prior week" resolved from the article's date: the article's last week may say better (./same-period.ts). */
  priorWeek?: boolean;
  /** A bare "on the week" in a sentence opening "That …": the week the sentence before spoke of (./same-period.ts). */
  bareWeek?: boolean;
  /** "over the previous four sessions": that many sessions before the day named before it. */
  sessionsBefore?: number;
  /** A part phrase after another election than the article's ("After the 2012 election, …"). */
  otherEvent?: boolean;
  /** That election's day; also a year's ("In 2016 … over the same stretch", ./same-period.ts `sameStretchAfter`). */
  otherDate?: string;
  /** "In the three sessions following the Pfizer announcement": N sessions (0: since) after news dated earlier. */
  news?: number;
  /** With `news`: "in the week after SVB's collapse", the week after that news. */
  newsWeek?: boolean;
  /** With `news`: "on the day of the CPI release", that news's own session. */
  newsDay?: boolean;
  /** "ended Thursday 0.5% below where it stood on 23 June": the day that ends the next phrase's window. */
  endsNext?: string;
  /** "over the rest of that week": from the day named before it to that week's end. */
  restOfWeek?: boolean;
  /**
   * "A day later", "the next day" (1), "over the following two sessions" (2): that many sessions after the
   * window last spoken of (./next-day.ts).
   */
  nextDay?: number;
  /** "its two-day slide": that many sessions to the latest day the sentence names, else the article's day. */
  sessionsTo?: number;
  /** "over two sessions": that many sessions to an end date of the sentence ("By Monday's close"), if any. */
  sessionsToEnd?: number;
  /** "from the previous Friday": that weekday's close before an end date of the sentence ("By Tuesday's close"). */
  weekdayFrom?: string;
  /** Why the phrase names no window capgap can place ("over four sessions" inside "In July": which four?). */
  unread?: string;
  /** With `nextDay`: "the following Monday" (1 to 5), the first such weekday after the day last spoken of. */
  nextWeekday?: number;
  /** With `nextWeekday`: the weekday as "on Monday" reads it, when no day was spoken of before. */
  fallbackDay?: ClaimWindow;
  /** "has since fallen 6.4%", "since then": from the day named before it to the article's date. */
  sinceThen?: boolean;
  /** "a drop of about 28% from that peak" (not "since"): from the peak before to the sentence's own day. */
  fromThat?: boolean;
  /** "a day earlier", "the day before": the session before the clause's own day (./after-move.ts). */
  dayEarlier?: boolean;
  /** A window in brackets closing the line: "RTY +5.8% vs SPX +2.5% (1d)", every number's (./pick-window.ts). */
  tail?: true;
  /** "16% and 14.5% after the 2016 and 2020 elections": the place of its election in the list (./respectively.ts). */
  respective?: number;
}

/** A window in brackets right after the line's last number, ending the line: "… +2.5% (1d).", "… +2.5% (w/w)". */
function isTail(text: string, h: WindowHit): boolean {
  const open = /\d\s*(?:%|bps?|pp|pts?|points?)?\s*(\(?)\s*$/i.exec(text.slice(0, h.start));
  const close = /^\s*(\)?)[.!]?\s*$/.exec(text.slice(h.end));
  const words = text.slice(h.start, h.end);
  return !!open && !!close && (open[1] ? !!close[1] : /^\(.*\)$/.test(words));
}

/**
 * The window phrases of a sentence, in order and non-overlapping (earlier rules win). Event words need
 * `o.event`; without it the hit has `needsEvent` and no window.
 * @example findWindows('rose 3% since the election', { event: '2016-11-08', to: '2016-11-15' })
 * // [{ window: { kind: 'since', event: '2016-11-08', to: '2016-11-15' } }]
 */
export function findWindows(text: string, o: ReadOptions): WindowHit[] {
  const hits: WindowHit[] = [];
  for (const rule of [...RULES, UNDATED_EVENT_RULE]) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      let missing: string | undefined;
      const ev = (p: string): string => {
        const d = eventDay(p, text, o);
        if (d) return d;
        if (!o.event) missing = p;
        return o.event ?? '';
      };
      // "on April 8, a fall of 21.0% from the end of 2024": measured to that day (./window-appositive.ts).
      const day = appositiveDay(text, start, o);
      // "since April 2020, when the index jumped 18.5% in the week ended April 9": that April's (the same file).
      const then = thenMonthEnd(text, m[0], start, o);
      const at = day ? { ...o, to: day } : then ? { ...o, to: then, event: undefined } : o;
      const made = rule.make(m as RegExpExecArray, at, ev);
      if (!made) continue;
      if (missing) hits.push({ start, end, needsEvent: missing });
      else hits.push({ start, end, ...made });
    }
  }
  hits.push(...elidedEvents(text, hits, o), ...labelledEvents(text, hits, o)); // "…; after 2020, 18%", "16.1% (2020)"
  elidedShapes(hits, o); // "16% in the month after the 2016 vote and 14.5% after the 2020 vote"
  postEventYears(text, hits, o); // "Its post-election gain of 8% compares with 13% in 2016"
  cameInYear(text, hits, o); // "The best month after an election came in 2016, when …"
  hits.push(...possessedYears(text, hits, o)); // "…, second only to 2016's 10.2%"
  listedElections(text, hits, o); // "16% and 14.5% after the 2016 and 2020 elections"
  // "In 2016 the Russell 2000 gained 11.8% over the same stretch": that year's election (./same-period.ts).
  if (hits.some((h) => h.same)) sameAfterOther(hits, text, o);
  anchorHits(hits, o, text); // "the week before", "the previous four sessions", "its two-day slide"
  // A contrast phrase is a window beside another one. Alone, "in the week" ("rose 10% in the week", "pulled $1bn
  // during the week") is the article's week when nothing earlier carries a window; "over the week" alone keeps
  // the stretch just discussed ("trailed … by 9 points over the week": since the event).
  const named = hits.some(
    (h) => !h.contrast && (h.window || h.same || h.needsEvent || h.nextDay || h.news !== undefined),
  );
  const inWeek = (h: WindowHit) => /^(?:in|during)\s/i.test(text.slice(h.start, h.end));
  return hits
    .filter((h) => named || !h.contrast || inWeek(h))
    .filter((h) => !setScope(text, h) && !eventsDay(text, h, hits))
    .map((h) => (h.contrast && !named ? { ...h, contrast: undefined, fallback: true } : h))
    .map((h) => (isTail(text, h) ? { ...h, tail: true as const } : h))
    .sort((a, b) => a.start - b.start);
}

/**
 * "since the Fed's last rate cut, on Nov. 7, while …": a day set off by commas right after a "since" its event's
 * day is names that event's day, not a window of its own.
 */
function eventsDay(text: string, h: WindowHit, hits: readonly WindowHit[]): boolean {
  const w = h.window;
  if (w?.kind !== 'dates') return false;
  const before = hits.find((x) => x.end <= h.start && /^,\s*$/.test(text.slice(x.end, h.start)));
  return (
    before?.window?.kind === 'since' && before.window.event === w.to && /^\s*(?:,|$)/.test(text.slice(h.end))
  );
}
