/**
 * The window of one number: the clause's own window phrase nearest the number (none when it names an event
 * capgap cannot date), else "the same period" (an earlier clause's window in the sentence, else the previous
 * sentence's), else the window an earlier clause used, else the nearest phrase elsewhere in the sentence, else
 * the default (since --event through --to for returns; the week reacting to --event for flows). An end date
 * alone ("through Nov. 15") ends a "since" window; flows split at the news.
 */

import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { previousSession } from './dates.ts';
import { dayAfter } from './next-day.ts';
import {
  isOneDay,
  lastDaySpoken,
  samePeriod,
  sameStretchAfter,
  sessionsOf,
  weekBeforeSpoken,
} from './same-period.ts';
import { endedBy, sinceThen } from './window-as-of.ts';
import { fromNews } from './window-dated.ts';
import type { WindowHit } from './windows.ts';

export { type ArticleContext, isOneDay, sessionsOf };

/** "Of that", "the bulk", "most of": a part of the amount the sentence (or the previous one) spoke of. */
export const PART_OF =
  /\b(?:of\s+(?:that|it|which|them|this|the\s+(?:(?:week|month|period|day)['’]s\s+)?(?:total|sum|haul))|the\s+bulk|most\s+of|much\s+of|some\s+of)\b/i;

function defaultWindow(metric: string, o: ReadOptions): ClaimWindow | undefined {
  if (!o.event) return undefined;
  if (metric === 'flow') return { kind: 'week', event: o.event };
  // An article dated the event day ("The Russell 2000 fell 1.4%" on a rate-decision day): the day's move.
  if (o.to === o.event) return { kind: 'dates', from: previousSession(o.to), to: o.to };
  return { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) };
}

/**
 * The window phrases a number may take: a part phrase ("after the election") or "the next day" with no window
 * of its own belongs to the number nearest it ("took $6.5bn in the week to Friday, $5.5bn of it after the
 * election": only the $5.5bn is after the news; "slipped 0.2% before jumping 2.1% the next day": the 2.1%'s).
 */
export function nearestParts(
  hits: WindowHit[],
  at: { start: number; end: number },
  numbers: readonly { start: number; end: number }[],
): WindowHit[] {
  const gap = (h: WindowHit, n: { start: number; end: number }) =>
    h.end <= n.start ? n.start - h.end : h.start >= n.end ? h.start - n.end : 0;
  return hits.filter(
    (h) => !(h.part || h.nextDay) || h.window || !numbers.some((n) => n !== at && gap(h, n) < gap(h, at)),
  );
}

/**
 * The window for the number at `at` in clause `seg` of a sentence with window phrases `hits`.
 * @example pickWindow(hits, seg, q, 'return', false, {}, {}, { event: '2016-11-08', to: '2016-11-15' })
 */
export function pickWindow(
  allHits: WindowHit[],
  seg: { start: number; end: number },
  at: { start: number; end: number },
  metric: string,
  partOf: boolean,
  carried: { window?: ClaimWindow },
  ctx: ArticleContext,
  o: ReadOptions,
): { window?: ClaimWindow; source: ReadClaim['windowSource']; missing?: string; unread?: string } {
  const hits = allHits.filter((h) => !h.fallback);
  // "In July, … over four sessions": a stretch the words do not place (./window-anchors.ts); one that opens the
  // sentence ("Over the long run, …, against 10.3% for large caps") holds for its every clause.
  const unread = hits.find(
    (h) => h.unread && ((h.start >= seg.start && h.end <= seg.end) || h.start === 0),
  )?.unread;
  if (unread) return { source: 'sentence', unread };
  // A fallback in the number's clause, or one that opens the sentence ("10:42 ET: Russell 2000 +2.1%").
  const fallen = allHits.find(
    (h) => h.fallback && ((h.start >= seg.start && h.end <= seg.end) || (h.start === 0 && !h.same)),
  );
  // "Utilities … went the other way on the day, slipping 1.0%": the day the article last spoke of; "Monday's
  // vaccine news was the catalyst: R2K +3.4% on the day": the day an earlier clause named.
  const named = hits.findLast((h) => h.window && !h.same && h.end <= seg.start && isOneDay(h.window));
  const earlier = ctx.inTable ? undefined : (named?.window ?? lastDaySpoken(ctx, o));
  const fallback = (fallen?.same && earlier) || fallen?.window;
  // The clause's window phrases, nearest to the number first ("rose 2.1% on Thursday, taking its gain since
  // the election to 13%": Thursday for 2.1%, since the election for 13%).
  const gap = (h: WindowHit) => (h.end <= at.start ? at.start - h.end : h.start - at.end);
  const inSeg = (h: WindowHit) => h.start >= seg.start && h.end <= seg.end;
  const sinceLast = (h: WindowHit) => (h.window?.kind === 'since' ? 1 : 0);
  // "down 1.2% on the day, 4% on the week": beside another window of the clause, "on the day" is one of
  // the clause's windows too (the day an earlier clause or sentence spoke of, else the article's day).
  const day = (h: WindowHit): WindowHit => {
    const prior = [carried.window, ctx.window, earlier].find((w) => w && isOneDay(w));
    return prior ? { ...h, window: prior } : h;
  };
  const contrasted = hits.some((h) => h.window)
    ? allHits.filter((h) => h.fallback && h.same && h.window && inSeg(h)).map(day)
    : [];
  const own = [...hits.filter(inSeg), ...contrasted]
    .map((h) =>
      fromNews(
        dayAfter(weekBeforeSpoken(h, ctx.window), [carried.window, ctx.day, ctx.window], o),
        ctx.news,
        o,
      ),
    )
    // A close is on a day: "up 1.5% since the vote, after it crossed 6,000 … on Monday" (Monday's, not since).
    .sort((a, b) => (metric === 'level' ? sinceLast(a) - sinceLast(b) : 0) || gap(a) - gap(b));
  const part = own.find((h) => h.part)?.part;
  const then = own[0]?.sinceThen
    ? sinceThen(hits, at, ctx.thenDay ?? ctx.window, o, own[0].fromThat)
    : undefined;
  // "climbed 3.1% that day and finished the week up 7.5%": a "that day" nearer the number than the clause's
  // other window is the number's.
  const nearSame =
    !then && own[0]?.same && !own[0].window ? samePeriod(allHits, seg, carried, ctx, o) : undefined;
  let window =
    then ?? nearSame ?? (own.find((h) => h.window && !h.endOnly) ?? own.find((h) => h.window))?.window;
  // "In 2016 the Russell 2000 gained 11.8% over the same stretch": the stretch spoken of, after that election.
  window = sameStretchAfter(own, ctx, o, carried.window) ?? window;
  // "added 1.2% Tuesday, extending their post-election gain to 12%": an after-the-news phrase nearer the
  // number than the clause's window makes a return's window since the event.
  if (
    metric !== 'flow' &&
    own[0]?.part === 'after' &&
    !own[0].window &&
    !own[0].otherEvent &&
    window &&
    window.kind !== 'sessions' && // "12-session gain of 12.7% after the election": those sessions already
    o.event
  )
    window = { kind: 'since', event: o.event, ...(o.to ? { to: o.to } : {}) };
  // "since the election, through Nov. 15": the end date ends the sentence's "since" window.
  const end = hits.find((h) => h.endOnly)?.window;
  // "So far this year, through Nov. 5, the index is up 10%": the end a period of another clause took.
  const endTo = end?.kind === 'since' ? end.to : undefined;
  const took = hits.find((h) => !h.endOnly && h.window?.kind === 'dates' && h.window.to === endTo);
  if (took && !then && window?.kind === 'since' && !own.some((h) => h.window && !h.endOnly))
    window = took.window;
  window = window && endTo ? endedBy(window, endTo, o) : window;
  // "its gain since the Fed's decision to 6.3%, and to 11.1% since Nov. 30": no event, not another clause's window.
  const need = window ? undefined : own.find((h) => h.needsEvent)?.needsEvent;
  if ((window?.kind === 'since' && !window.event) || need)
    return { source: 'sentence', missing: need ?? 'the event' };
  let source: ReadClaim['windowSource'] = nearSame && window === nearSame ? 'carried' : 'sentence';
  if (!window) {
    window = samePeriod(allHits, seg, carried, ctx, o);
    if (window) source = 'carried';
  }
  if (!window && carried.window) [window, source] = [carried.window, 'carried'];
  if (!window) {
    const earlier = hits.filter((h) => h.window && h.end <= seg.start);
    let near: WindowHit | undefined =
      earlier[earlier.length - 1] ?? hits.find((h) => h.window && h.start >= seg.end);
    if (near?.endOnly && took) near = took;
    // An end alone with no event to start from ("Through July 29, the Russell 2000 was up 5%") carries nothing.
    if (near?.window?.kind === 'since' && !near.window.event) near = undefined;
    if (near) [window, source] = [near.window, 'carried'];
  }
  const missing = own.find((h) => h.needsEvent)?.needsEvent ?? hits.find((h) => h.needsEvent)?.needsEvent;
  // "… $6.5bn last week, $5.5bn of it since the election": part of the week, not a new window.
  // Across sentences too: "… $6.5bn last week. Roughly $5.5bn of that came after Election Day."
  const whole = carried.window ?? (partOf && metric === 'flow' ? ctx.window : undefined);
  if (metric === 'flow' && window?.kind === 'since' && whole?.kind === 'week' && partOf)
    window = { ...whole, part: 'after' };
  // "IWM accounted for about $7 billion of that total": the total's window, whatever it was.
  if (!window && !part && partOf && metric === 'flow' && ctx.window)
    [window, source] = [ctx.window, 'carried'];
  if (!window && missing) return { source, missing };
  // "… best week since 2011, rising 10.2%. IWM climbed 9.6% in the week": the week the article just spoke of.
  if (!window && fallback?.kind === 'week' && ctx.window?.kind === 'week')
    [window, source] = [ctx.window, 'carried'];
  if (!window && fallback) [window, source] = [fallback, 'sentence'];
  // A flow with no period of its own is in the week (the period) the article last named ("$2.9bn in the week
  // ended Wednesday, Nov. 16 … IWM led with $1.4bn"), not the week after the event.
  if (!window && !part && metric === 'flow' && ctx.flowPeriod) [window, source] = [ctx.flowPeriod, 'carried'];
  // No event: a flow in a list under "Russell 2000 +5.6% w/w" is that week's; "IWM alone took in $8.8
  // billion" after "$10.9 billion … in November", that month's.
  if (!window && !part && metric === 'flow' && !o.event && ctx.window)
    [window, source] = [ctx.window, 'carried'];
  if (!window && !part && ctx.titlePeriod) [window, source] = [ctx.titlePeriod, 'carried']; // a week's review
  if (!window) [window, source] = [defaultWindow(metric, o), part ? 'sentence' : 'default'];
  // No event to count from: a sentence naming no period speaks of the one the article last named ("The
  // Russell 2000 soared 5.8% on Wednesday. … with the iShares Russell 2000 Growth ETF up 6.1%").
  if (!window && !o.event && ctx.window && metric !== 'flow') [window, source] = [ctx.window, 'carried'];
  if (metric === 'flow' && part && window) {
    if (window.kind === 'week') window = { ...window, part };
    else if (window.kind === 'since') window = { kind: 'week', event: window.event, part };
  }
  return { window, source };
}
