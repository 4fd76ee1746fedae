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
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { eventSet } from '../../events/event-sets.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, TextSpan } from '../claim-read.ts';
import { averageOver, eachElection, setScope } from './average-words.ts';
import { DATE_RE, isWeekdayName, resolveDate } from './dates.ts';
import { nthWin, usVoteArticle, yearWin } from './event-days.ts';
import { otherKindEvent } from './event-infer.ts';
import { HEDGE } from './hedges.ts';
import { HOLIDAY_RE } from './holidays.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { anchorHits } from './window-anchors.ts';
import { elidedEvents, elidedShapes, labelledEvents, sameAfterOther } from './window-elided.ts';
import { RULES } from './window-rules.ts';

/** A holiday's name alone ("since Thanksgiving"): a date from the article's date. */
const HOLIDAY = new RegExp(`^${HOLIDAY_RE}$`, 'i');

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
}

/**
 * "the 2020 election" in an article about another event: that US election day (the Tuesday after the first
 * Monday of November; midterms likewise), else null (the event is --event's).
 * @example otherElection('the 2020 election', '2024-11-05') // '2020-11-03'
 */
export function otherElection(phrase: string, event?: string): string | null {
  // "the 1992 and 1996 elections": the last one named (an average moves the window to each, ../event-average.ts).
  const y = [...phrase.matchAll(/\b((?:19|20)\d\d)\b/g)].pop();
  // ("the 2016 vote" too, in an article about a US election or none: a referendum's article keeps its own.)
  const vote = /\bvote\b/i.test(phrase) && usVoteArticle(event);
  if (!y || !(vote || /election|midterm/i.test(phrase)) || event?.startsWith(y[1])) return null;
  let d = toDay(`${y[1]}-11-02`);
  while (weekday(d) !== 2) d++;
  return fromDay(d);
}

const YEARS_AGO = new RegExp(String.raw`^\s*${HEDGE}(\w+)\s+years\s+(?:ago|earlier|before)\b`, 'i');
const YEARS_LATER = new RegExp(String.raw`^\s*${HEDGE}(\w+)\s+years\s+later\b`, 'i');
/**
 * "Four years ago, the Russell 2000 jumped 12.7% in the two weeks after Donald Trump's surprise win": an
 * election phrase in a sentence that opens N years back is the election N years before the article's.
 * @example agoElection("Trump's surprise win", 'Four years ago, …', '2020-11-03') // '2016-11-08'
 */
export function agoElection(phrase: string, text: string, event?: string, to?: string): string | null {
  const ago = YEARS_AGO.exec(text);
  const n = ago && (NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]));
  const ref = event ?? to;
  if (!n || !ref || !/election|vote|win|victory|midterm|polls/i.test(phrase)) return null;
  return otherElection(`${Number(ref.slice(0, 4)) - n} election`, event);
}

/**
 * "After Obama's 2008 victory, … Four years later, small caps dropped 3.4% in the week after his re-election": an
 * election phrase in a sentence that opens N years on is the election N years after the one last spoken of.
 */
export function laterElection(phrase: string, text: string, spoken?: string): string | null {
  const later = YEARS_LATER.exec(text);
  const n = later && (NUMBER_WORDS[later[1].toLowerCase()] ?? Number(later[1]));
  if (!n || !spoken || !/election|vote|win|victory|midterm|polls/i.test(phrase)) return null;
  return otherElection(`${Number(spoken.slice(0, 4)) + n} election`);
}

/**
 * The window phrases of a sentence, in order and non-overlapping (earlier rules win). Event words need
 * `o.event`; without it the hit has `needsEvent` and no window.
 * @example findWindows('rose 3% since the election', { event: '2016-11-08', to: '2016-11-15' })
 * // [{ window: { kind: 'since', event: '2016-11-08', to: '2016-11-15' } }]
 */
export function findWindows(text: string, o: ReadOptions): WindowHit[] {
  const hits: WindowHit[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      let missing: string | undefined;
      const ev = (p: string): string => {
        // "since the election" in a story about a Fed decision: that election, not the article's event.
        const other =
          // "Over the full month after that vote": the event the sentences before spoke of.
          (/^th(?:at|ose)\s/i.test(p) ? o.spokenEvent : undefined) ??
          otherElection(p, o.event) ??
          nthWin(p) ??
          yearWin(p, text, o.event) ?? // "In 2008, … after Barack Obama's victory"
          agoElection(p, text, o.event, o.to) ??
          laterElection(p, text, o.spokenEvent) ?? // "Four years later, … after his re-election"
          otherKindEvent(p, o.event, o.to, text);
        if (other) return other;
        // "the Nov. 3 election", "the 23 June referendum": the date the phrase gives its event.
        const dated = /\d/.test(p) ? new RegExp(DATE_RE, 'i').exec(p)?.[0] : undefined;
        const d =
          resolveDate(p, {}) ??
          // "since the polls closed on Tuesday evening": a weekday, the last on or before the article's date.
          (/\d/.test(p) || isWeekdayName(p) || HOLIDAY.test(p) ? resolveDate(p, o) : null) ??
          (dated && /\d/.test(dated) ? resolveDate(dated, o) : null);
        if (d) return d;
        // "in the 10 trading days after presidential elections since 1928" (an average; "after each …"): the same window
        // after each; the last such election by the article's date gives its shape (../event-average.ts).
        const avg = !o.event && o.to ? (averageOver(text, o.eachEvents) ?? eachElection(text)) : undefined;
        const last = avg && eventSet(avg.events).findLast((e) => e.date <= (o.to ?? ''));
        if (last) return last.date;
        if (!o.event) missing = p;
        return o.event ?? '';
      };
      const made = rule.make(m as RegExpExecArray, o, ev);
      if (!made) continue;
      if (missing) hits.push({ start, end, needsEvent: missing });
      else hits.push({ start, end, ...made });
    }
  }
  hits.push(...elidedEvents(text, hits, o), ...labelledEvents(text, hits, o)); // "…; after 2020, 18%", "16.1% (2020)"
  elidedShapes(hits, o); // "16% in the month after the 2016 vote and 14.5% after the 2020 vote"
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
    .filter((h) => !setScope(text, h))
    .map((h) => (h.contrast && !named ? { ...h, contrast: undefined, fallback: true } : h))
    .sort((a, b) => a.start - b.start);
}
