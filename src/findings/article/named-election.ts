/**
 * The election an article with no event of its own last named by its year or its winner ("On Nov. 5, 2008,
 * the day after Barack Obama's victory", "after the 2012 election", "after Obama's re-election"): its later
 * bare "the vote", "Election Day" is that one (./election-years.ts `eventDay`, through `spokenEvent`). With an
 * event (--event, or one the article's words gave), "the vote" stays the article's.
 */
import type { ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { eventDay } from './election-years.ts';
import { allEvents } from './event-days.ts';
import { EVENT_RE } from './window-since.ts';

/** An election phrase that names which one by itself: a year, a winner, a date ("the vote" alone does not). */
const NAMING = /\b(?:(?:19|20)\d\d|trump|biden|obama|clinton|bush|reagan|carter)\b/i;

/** The US elections' days, for telling an election from another event a phrase names. */
const US_ELECTIONS = new Set(
  allEvents()
    .filter((e) => e.tags.includes('us') && e.tags.includes('election'))
    .map((e) => e.date),
);

/**
 * The last US election `text` names by its year or winner, else undefined.
 * @example namedElection("On Nov. 5, 2008, the day after Barack Obama's victory, …", {}) // '2008-11-04'
 */
export function namedElection(text: string, o: ReadOptions): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(new RegExp(EVENT_RE, 'gi'))) {
    if (!/elect|vote|victory|\bwin\b|\bwon\b|midterm/i.test(m[0])) continue;
    // "the day after Barack Obama's victory" in a sentence dated "On Nov. 5, 2008": the winner names it.
    if (!NAMING.test(m[0]) && !NAMING.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const d = eventDay(m[0], text, { ...o, spokenEvent: undefined });
    if (d && US_ELECTIONS.has(d)) found = d;
  }
  return found;
}

/**
 * The event the sentences before `text` spoke of, for its `spokenEvent`: with no article event, the election
 * last named; else the event of the last window read. Then notes the election `text` names, for the next ones.
 */
export function spokenEvent(ctx: ArticleContext, o: ReadOptions, text: string): string | undefined {
  const spoken =
    (!o.event && ctx.election) ||
    ctx.recent?.map((w) => ('event' in w ? w.event : undefined)).findLast((e) => e);
  if (!o.event) {
    try {
      ctx.election = namedElection(text, o) ?? ctx.election;
    } catch {
      // a sentence capgap cannot read names no election
    }
  }
  return spoken || undefined;
}
