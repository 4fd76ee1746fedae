/**
 * "Over the same period", "by comparison", "on the day", "that day": a window phrase that names no period
 * of its own but points back at one (../pick-window.ts asks here when the clause names none).
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import { nyseSessions } from '../../calendar/nyse.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, TextSpan } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { monthsBefore, previousSession, sessionsAhead } from './dates.ts';
import type { WindowHit } from './windows.ts';

/** A window of one session: the day's close to close. */
export function isOneDay(w: ClaimWindow): boolean {
  return (
    (w.kind === 'sessions' && w.sessions === 1) ||
    (w.kind === 'dates' && previousSession(w.to) === w.from) ||
    (w.kind === 'since' && w.to !== undefined && previousSession(w.to) === w.event)
  );
}

/**
 * True when window `w` ends before the article's day `to`: a live entry's time ("10:05 ET: … adding to last
 * week's 8.6% surge") makes no intraday figure of a closed period.
 * @example endedBefore({ kind: 'week', weekEnd: '2024-11-08' }, '2024-11-11') // true
 */
export function endedBefore(w: ClaimWindow, to: string | undefined): boolean {
  if (!to) return false;
  if (w.kind === 'dates' || (w.kind === 'since' && w.to)) return (w.to ?? to) < to;
  if (w.kind === 'week') return !!w.weekEnd && w.weekEnd < to;
  if (w.kind === 'month') return w.month < to.slice(0, 7);
  return false;
}

/** The last day the article spoke of, unless it is the article's own day (the fallback says that one). */
export function lastDaySpoken(ctx: ArticleContext, o: ReadOptions): ClaimWindow | undefined {
  const d = ctx.day;
  const end = d && (d.kind === 'dates' || d.kind === 'since') ? d.to : undefined;
  return end !== undefined && end === o.to ? undefined : d;
}

/**
 * The window a same-period phrase points at, or undefined when the sentence has none (or names a window).
 * - "over the same period": the window an earlier clause of this sentence used, else the previous sentence's;
 * - "on the day" (the article's day as fallback): the previous sentence's window when that was one day, else
 *   the last day the article spoke of ("plunged 4.4% on Wednesday … over the past five sessions … the fund
 *   lost 4.5% on the day": Wednesday);
 * - "that day", "that session": one day, the previous sentence's when it was one, else the last day the
 *   article spoke of ("The rally began on Nov. 9, when …. The Russell 2000 jumped 3.7% that day").
 * @example samePeriod(hits, seg, { window: undefined }, { window: nov9 }, o) // nov9
 */
export function samePeriod(
  allHits: readonly WindowHit[],
  seg: TextSpan,
  carried: { window?: ClaimWindow },
  ctx: ArticleContext,
  o: ReadOptions,
): ClaimWindow | undefined {
  const hits = allHits.filter((h) => !h.fallback);
  const sames = allHits.filter((h) => h.same);
  const ownSame = sames.some((h) => h.start >= seg.start && h.end <= seg.end);
  // "By comparison, in the ten trading days after the 2012 election, …": a window the sentence names wins.
  const named = hits.some((h) => h.window && !h.endOnly && !h.same);
  if (!(ownSame || (!carried.window && sames.length && !named))) return undefined;
  const dayOnly = sames.every((h) => h.fallback || h.day);
  // "that day" is the last day spoken of, the article's own too; "on the day" leaves that one to its fallback.
  const day = sames.every((h) => h.day) ? ctx.day : lastDaySpoken(ctx, o);
  // "Monday's vaccine news sparked the rotation: the small-cap gauge jumped 3.7% that day": a window an
  // earlier clause named, though no number took it.
  const before = hits.filter((h) => h.window && !h.endOnly && !h.same && h.end <= seg.start).pop()?.window;
  // "falling 5.2% over the same two days": the last stretch of two sessions spoken of, not the last window.
  const n = sames.find((h) => h.sessions && h.start >= seg.start && h.end <= seg.end)?.sessions;
  // "… in the week after the vote. … over the same five sessions": a week, as five sessions.
  const counted = n
    ? ctx.recent?.findLast((x) => sessionsOf(x) === n || (n === 5 && x.kind === 'week'))
    : undefined;
  const w =
    counted ??
    carried.window ??
    (ownSame ? before : undefined) ??
    (dayOnly && !(ctx.window && isOneDay(ctx.window)) ? day : (ctx.stretch ?? ctx.window));
  // "Nov 5 close → Nov 11 close: … The Russell's Nov 6 jump (+5.8%) …. $IWM +7.8% over the same span": the
  // last stretch longer than a day, not the day just spoken of.
  const own = sames.filter((h) => h.start >= seg.start && h.end <= seg.end);
  const long =
    w && isOneDay(w) && own.some((h) => h.stretch) ? ctx.recent?.findLast((x) => !isOneDay(x)) : undefined;
  // "$31bn this year, compared with $12bn over the same period last year": that period a year before.
  return own.some((h) => h.yearBack) && w ? yearBefore(w) : (long ?? w);
}

/** The same period a year before, or undefined for one counted in sessions from an event. */
function yearBefore(w: ClaimWindow): ClaimWindow | undefined {
  const back = (iso: string) => monthsBefore(iso, 12);
  if (w.kind === 'dates') return { kind: 'dates', from: back(w.from), to: back(w.to) };
  if (w.kind === 'since' && w.to)
    return { kind: 'dates', from: back(previousSession(w.event)), to: back(w.to) };
  if (w.kind === 'month') return { kind: 'month', month: back(`${w.month}-01`).slice(0, 7) };
  if (w.kind === 'month-to-date' && w.to)
    return { kind: 'month-to-date', month: back(`${w.month}-01`).slice(0, 7), to: back(w.to) };
  return undefined;
}

/**
 * "The Russell 2000 fell 4% week-over-week. In the prior week, it had jumped 8.6%.": a "prior week" the
 * sentence resolves from the article's date is the week before the week the article last spoke of; a bare
 * "on the week" in a sentence opening "That …" is that week itself.
 * @example weekBeforeSpoken(hit, { kind: 'week', weekEnd: '2024-11-15' }).window // { kind: 'week', weekEnd: '2024-11-08' }
 */
export function weekBeforeSpoken(h: WindowHit, spoken: ClaimWindow | undefined): WindowHit {
  // "The Russell 2000 gained 8.6% in the week of the election … That left it 3.9 points ahead on the week":
  // a sentence that points back ("That", "This") means the week just spoken of, not the article's own.
  if (h.bareWeek && spoken?.kind === 'week') return { ...h, window: spoken };
  if (!h.priorWeek) return h;
  if (spoken?.kind === 'week' && spoken.weekEnd)
    return { ...h, window: { kind: 'week', weekEnd: fromDay(toDay(spoken.weekEnd) - 7) } };
  // "this week" on a Wednesday (last Friday's close to the article's date): the week ended that Friday.
  const from = spoken?.kind === 'dates' ? toDay(spoken.from) : Number.NaN;
  if (spoken?.kind === 'dates' && weekday(from) === 5 && toDay(spoken.to) - from < 7)
    return { ...h, window: { kind: 'week', weekEnd: spoken.from } };
  return h;
}

/** The sessions a window spans (its closes after the base), or undefined for months and weeks. */
export function sessionsOf(w: ClaimWindow): number | undefined {
  if (w.kind === 'sessions') return w.sessions;
  if ((w.kind === 'since' || w.kind === 'dates') && w.to) {
    const from = w.kind === 'since' ? w.event : w.from;
    // (the NYSE calendar starts in 1885: "Fourth Quarter 1020" counts no sessions)
    return from < w.to && from >= '1885' ? nyseSessions(fromDay(toDay(from) + 1), w.to).length : undefined;
  }
  return undefined;
}

/**
 * "In 2016 the Russell 2000 gained 11.8% over the same stretch", "Over the same stretch after the 2016 election,
 * …": the stretch the article last spoke of after its own election, as many sessions after that other one
 * (./windows.ts sets `otherDate`); undefined when the clause names no other election, the stretch is no
 * event's, or a period of the number's own is nearer it (`own`: nearest first).
 * @example sameStretchAfter(own, { window: { kind: 'since', event: '2024-11-05', to: '2024-11-27' } }, o) // { kind: 'sessions', event: '2016-11-08', sessions: 16 }
 */
export function sameStretchAfter(
  own: readonly WindowHit[],
  ctx: ArticleContext,
  o: ReadOptions,
  carried?: ClaimWindow,
): ClaimWindow | undefined {
  const event = own.find((h) => h.otherDate)?.otherDate;
  // "… by about 5 points since Nov. 5, less than its lead in the same stretch in 2016": the number's own
  // period is nearer it than the stretch it is set against.
  if (own[0]?.window && !own[0].same && !own[0].otherDate) return undefined;
  if (!event || !o.event || !own.some((h) => h.same && !h.day && !h.yearBack)) return undefined;
  // "up 4% from its election-eve close, compared with a 13% gain at the same point in 2016": the sentence's own
  // stretch from the event's close (or its eve's), as many sessions from that election's.
  const n = carried?.kind === 'dates' && event < o.event ? sessionsOf(carried) : undefined;
  const eve = carried?.kind === 'dates' && carried.from === previousSession(o.event);
  if (n && carried?.kind === 'dates' && (eve || carried.from === o.event)) {
    const from = eve ? previousSession(event) : event;
    return { kind: 'dates', from, to: sessionsAhead(from, n) };
  }
  // "6.0% since the election, against 16.0% over the same stretch in 2016": the sentence's own stretch first.
  const mine =
    carried && (carried.kind === 'since' || carried.kind === 'sessions') && carried.event === o.event;
  const w = mine ? carried : ctx.window;
  // ("In 2016, … in the month after the vote. Four years later, … over the same span": 2016's stretch too.)
  if (!w || (w.kind !== 'since' && w.kind !== 'sessions') || w.event === event || event >= o.event)
    return undefined;
  return movedToEvent(w, event);
}

/**
 * Window `w` after another event: as many sessions after it (a stretch to a date: the sessions it held), the
 * week after it, or the same month of that event's year; undefined for a stretch with no end.
 * @example movedToEvent({ kind: 'since', event: '2024-11-05', to: '2024-11-27' }, '2016-11-08') // { kind: 'sessions', event: '2016-11-08', sessions: 16 }
 */
export function movedToEvent(w: ClaimWindow, event: string): ClaimWindow | undefined {
  if (w.kind === 'month') return { kind: 'month', month: `${event.slice(0, 4)}${w.month.slice(4)}` };
  if (w.kind === 'sessions') return { ...w, event };
  if (w.kind === 'week' && w.event) return { kind: 'week', event };
  const n = w.kind === 'since' ? sessionsOf(w) : undefined;
  return n ? { kind: 'sessions', event, sessions: n } : undefined;
}
