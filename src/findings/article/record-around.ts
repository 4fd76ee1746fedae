/**
 * A daily streak or tally told of the sessions after or before an election: "The Russell 2000 rose in 15
 * straight sessions after the vote" ran somewhere from the event to the article's day (../record-streak.ts finds
 * where it ended), not through the article's day; "Before the decision, small caps had risen in four of the
 * previous five sessions" counts back from the close before the event's day. Another election named ("After
 * the 2016 election, …", "The 2016 rally ran for 15 straight sessions", "In 2016, … after the vote" in an
 * article on 2024's) moves the search to as many days after that one as the article is after its own (a month
 * at least).
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, RecordPhrase } from '../claim-read.ts';
import { previousSession } from './dates.ts';
import { otherElection } from './election-years.ts';
import { EVENT_RE } from './window-since.ts';

/** "after the vote", "following the election", "before the decision": the sessions after (before) the event. */
const AROUND_EVENT = new RegExp(`\\b(after|following|before|ahead\\s+of)\\s+${EVENT_RE}`, 'i');
/** "the 2016 election", "the 2016 vote", "the 2016 rally": another election's. */
const OTHER =
  /\bthe\s+((?:19|20)\d\d)\s+(?:(?:us\s+|u\.s\.\s+)?(?:presidential\s+)?(?:election|vote)|(?:post-election\s+)?(?:rally|surge|run|advance))\b/i;

/** "In 2016, …" opening the sentence. */
const IN_YEAR = /^\s*in\s+((?:19|20)\d\d)\s*,/i;

/**
 * Whether a sentence opened by a year speaks of the sessions after that year's vote ("In 2016, the Russell 2000
 * rose for 15 straight sessions after the vote"): the year names the election, not the calendar year.
 */
export function yearAfterVote(t: string): boolean {
  const m = AROUND_EVENT.exec(t);
  return !!m && /^(?:after|following)/i.test(m[1]) && IN_YEAR.test(t);
}

/**
 * The window a streak or tally around an event searches, or undefined unless the sentence (`t`) says so.
 * @example aroundEvent({ streak: 15, period: 'day', … }, t, { event: '2016-11-08', to: '2016-12-01' }) // { kind: 'since', event: '2016-11-08', to: '2016-12-01' }
 */
export function aroundEvent(r: RecordPhrase, t: string, o: ReadOptions): ClaimWindow | undefined {
  const m = AROUND_EVENT.exec(t);
  // "In 2016, the Russell 2000 rose for 15 straight sessions after the vote": that year's election.
  const named = OTHER.exec(t) ?? (yearAfterVote(t) ? IN_YEAR.exec(t) : null);
  const other = named && otherElection(`the ${named[1]} election`, o.event);
  if ((!r.streak && !r.tally) || r.period !== 'day' || !o.event || !(m || other)) return undefined;
  if (m && /^(?:before|ahead)/i.test(m[1])) {
    const to = previousSession(other ?? o.event);
    return { kind: 'dates', from: previousSession(to), to };
  }
  if (!r.streak) return undefined;
  if (!other) return { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) };
  const days = o.to ? toDay(o.to) - toDay(o.event) : 30;
  return { kind: 'since', event: other, to: fromDay(toDay(other) + Math.max(days, 30)) };
}
