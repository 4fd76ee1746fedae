/**
 * Window phrases whose days hang on another phrase of the same sentence, resolved once every rule has run
 * (./windows.ts): "the week before" (the week before the last week named, else before the article's), "over
 * the previous four sessions" (before the day named), "its two-day slide" (to the latest day named), "over
 * two sessions" (to an end date: "By Monday's close"), "from the previous Friday" (before that end date);
 * and "over four sessions" inside a period that does not hold the event, which is none.
 */
import { fromDay, toDay, weekday } from '../../calendar/dates.ts';
import type { ReadOptions } from '../claim-read.ts';
import { lastWeekEnd, previousSession, sessionsBack, weekdayBefore, weekEndOf } from './dates.ts';
import type { WindowHit } from './windows.ts';

/** Gives the hits that hang on another one their windows, in place. */
export function anchorHits(hits: WindowHit[], o: ReadOptions, text = ''): void {
  withinPeriod(hits, o, text);
  // "ended Thursday 0.5% below where it stood on 23 June": the base's window ends that Thursday.
  for (const h of hits.filter((x) => x.endsNext)) {
    const next = hits
      .filter((x) => x.start >= h.end && (x.window?.kind === 'since' || x.window?.kind === 'dates'))
      .sort((a, b) => a.start - b.start)[0];
    const w = next?.window;
    if (w && (w.kind === 'since' || w.kind === 'dates') && h.endsNext && (!w.to || w.to === o.to))
      next.window = { ...w, to: h.endsNext };
    // "…, and the Russell 2000 ended Friday 0.3% below its April peak": with no base dated after it, the day
    // is the distance's (not a stretch the sentence named before it).
    const day =
      h.endsNext && !next
        ? { kind: 'dates' as const, from: previousSession(h.endsNext), to: h.endsNext }
        : undefined;
    hits.splice(hits.indexOf(h), 1, ...(day ? [{ ...h, endsNext: undefined, window: day }] : []));
  }
  // "inflows of $1.2bn last week, versus outflows of $300m the week before": the week before the last week
  // named earlier in the sentence, else the week before the article's ("last week").
  for (const h of hits) {
    if (!h.weekBefore) continue;
    const prior = hits
      .filter((x) => x.start < h.start && x.window?.kind === 'week' && 'weekEnd' in x.window)
      .pop();
    const end =
      prior?.window && 'weekEnd' in prior.window
        ? prior.window.weekEnd
        : o.to
          ? // A Friday's article: its own week is the one the week before is before ("In the prior week" on
            // Friday, Nov. 15: the week ended Nov. 8); any other day's, last week.
            weekday(toDay(o.to)) === 5
            ? o.to
            : lastWeekEnd(o.to)
          : undefined;
    if (end) h.window = { kind: 'week', weekEnd: fromDay(toDay(end as string) - 7) };
    if (end && !prior) h.priorWeek = true;
    h.weekBefore = undefined;
  }
  // "rose 5.8% on 6 November … and a further 2.1% over the rest of that week": from that day to the Friday.
  for (const h of hits) {
    if (!h.restOfWeek) continue;
    const day = hits.filter((x) => x.start < h.start && x.window?.kind === 'dates').pop()?.window;
    if (day?.kind === 'dates' && weekEndOf(day.to) > day.to)
      h.window = { kind: 'dates', from: day.to, to: weekEndOf(day.to) };
    h.restOfWeek = undefined;
  }
  for (const h of hits) {
    if (!h.sessionsBefore) continue;
    const day = hits.filter((x) => x.start < h.start && x.window?.kind === 'dates').pop()?.window;
    const to = day?.kind === 'dates' ? day.from : o.to ? previousSession(o.to) : undefined;
    if (to) h.window = { kind: 'dates', from: sessionsBack(to, h.sessionsBefore), to };
    h.sessionsBefore = undefined;
  }
  // (an end date alone is a day named too: "The Russell 2000's five-day advance through Tuesday")
  const end = hits.find((x) => x.endOnly && x.window?.kind === 'since')?.window;
  for (const h of hits) {
    if (!h.sessionsTo) continue;
    const named = hits.flatMap((x) => (x.window?.kind === 'dates' ? [x.window.to] : []));
    const ends = [...named, ...(end?.kind === 'since' && end.to ? [end.to] : [])].sort();
    const to = ends.at(-1) ?? o.to;
    if (to) h.window = { kind: 'dates', from: sessionsBack(to, h.sessionsTo), to };
    h.sessionsTo = undefined;
  }
  for (const h of hits) {
    if (!h.sessionsToEnd) continue;
    if (end?.kind === 'since' && end.to)
      h.window = { kind: 'dates', from: sessionsBack(end.to, h.sessionsToEnd), to: end.to };
    h.sessionsToEnd = undefined;
  }
  // "By Tuesday's close, it was up 5.4% from the previous Friday": the Friday before that Tuesday.
  for (const h of hits) {
    if (!h.weekdayFrom) continue;
    if (end?.kind === 'since' && end.to && o.to && end.to < o.to)
      h.window = { kind: 'dates', from: weekdayBefore(h.weekdayFrom, end.to) as string, to: end.to };
    h.weekdayFrom = undefined;
  }
}

/** "over four sessions", "in three days": a count of sessions with no event or day it runs from. */
const BARE_SESSIONS =
  /^(?:over|in|across|during)\s+(?:the\s+(?:space\s+of\s+)?)?[\w-]+\s+(?:straight\s+|trading\s+)?(?:sessions|days)$/i;

/** The calendar days a period's window covers ("in July", "last week", "in 2023"), or undefined for one no longer than a week of dates or tied to the event. */
function periodDays(w: WindowHit['window']): [string, string] | undefined {
  if (w?.kind === 'month' || w?.kind === 'month-to-date') return [`${w.month}-01`, `${w.month}-31`];
  if (w?.kind === 'week' && w.weekEnd && !w.event) return [fromDay(toDay(w.weekEnd) - 6), w.weekEnd];
  if (w?.kind === 'dates' && toDay(w.to) - toDay(w.from) > 7) return [w.from, w.to];
  return undefined;
}

/**
 * "In July, the Russell 2000 climbed more than 10% over four sessions", "Last week, …", "In 2023, …": a count
 * of sessions inside a period that does not hold the event counts from no day the words give (which four?): said
 * unread, not read as the sessions after the event.
 */
function withinPeriod(hits: WindowHit[], o: ReadOptions, text: string): void {
  const event = o.event;
  const period = hits.find((h) => {
    const days = periodDays(h.window);
    return days && event && (event < days[0] || event > days[1]);
  });
  if (!period) return;
  for (const h of hits) {
    if (h.window?.kind !== 'sessions' || !BARE_SESSIONS.test(text.slice(h.start, h.end))) continue;
    const words = text.slice(h.start, h.end);
    const within = text
      .slice(period.start, period.end)
      .trim()
      .replace(/^(?:in|during)\s+/i, '')
      .replace(/^(?:Last|This|The|That|Next)\b/, (w) => w.toLowerCase());
    const n = h.window.sessions;
    h.unread = `"${words}" within ${within}: which ${n} sessions? capgap counts sessions from a day the words give; name the day they end on ("in the ${n} sessions to …")`;
    h.window = undefined;
  }
}
