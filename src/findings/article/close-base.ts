/**
 * A return's base named as a close: "2.7% above its Election Day close", "up 3% from Tuesday's close", "since
 * the Nov. 5 close", "from its close on Nov. 5", "above its Nov 5 level". The return then runs from that close:
 * the event's own day ("its close on decision day") keeps the window since the event (from its close: the news
 * after it), another day gives a dated window from that day, and a one-day window ("ended Monday 7.7% above its
 * Nov 5 level") runs from that earlier close to its day. The base is the claim's own: the search may not move it
 * to an open, to another close or to another timing of the news (../check-judge.ts, pinned conventions).
 */

import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import { DATE_RE, resolveDate } from './dates.ts';

const DAY = `((?:election|decision|referendum|vote)[- ]day|pre-(?:election|decision|referendum|vote)|${DATE_RE})`;
/** The event's own day, or the close before its news ("its pre-election close": the close the news came after). */
const EVENT_DAY = /^(?:(?:election|decision|referendum|vote)[- ]day|pre-)/i;
/** Not a base: "its record close", "its highest close", "its Nov. 25 peak close" are the extremes of distances. */
const CLOSE_BASE = new RegExp(
  `\\b(?:from|above|below|over|since|versus|compared\\s+with)\\s+(?:(?:its|their|the)\\s+)?(?:${DAY}(?:['’]s)?\\s+(?:closing\\s+level|close|level)|close\\s+(?:on|of)\\s+${DAY})\\b`,
  'i',
);

/** Another number of the sentence: a per cent, points, an amount. */
const QUANTITY =
  /[$€£]?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b|percentage\b|points?\b|pts?\b|bn\b|billion\b|million\b)/i;

/**
 * The window from the close the sentence names (a "since" window from another day becomes a dated window from
 * that day), or null when the sentence names no close as the base.
 * @example closeBase("up 3% from Tuesday's close", { start: 3, end: 5 }, { kind: 'since', event: '2024-11-05', to: '2024-12-18' })
 * // { kind: 'dates', from: '2024-12-17', to: '2024-12-18' }
 */
export function closeBase(
  text: string,
  at: { start: number; end: number },
  w: ClaimWindow,
): ClaimWindow | null {
  // The number's own words: after it up to the next number, else before it from the last one ("fell 2.9% on
  // the day but remains 2.7% above its Election Day close": the close is 2.7%'s base, not 2.9%'s).
  const after = text.slice(at.end);
  const before = text.slice(0, at.start);
  const next = after.search(QUANTITY);
  const last = [...before.matchAll(new RegExp(QUANTITY, 'g'))].pop();
  const m =
    CLOSE_BASE.exec(next < 0 ? after : after.slice(0, next)) ??
    CLOSE_BASE.exec(last ? before.slice(last.index + last[0].length) : before);
  if (!m) return null;
  const said = m[1] ?? m[2];
  // "ended Monday 7.7% above its Nov 5 level": a day's window with an earlier close as its base runs from it.
  if (w.kind === 'dates') {
    const from = EVENT_DAY.test(said) ? undefined : resolveDate(said, { to: w.to });
    return from && from < w.from ? { kind: 'dates', from, to: w.to } : w;
  }
  // "ended November 9.7% above its Nov. 4 close": from that close to the month's end (or the article's day).
  if (w.kind === 'month' || w.kind === 'month-to-date') {
    const last = fromDay(monthEnd(toDay(`${w.month}-01`)));
    const from = EVENT_DAY.test(said) ? null : resolveDate(said, { to: last });
    const to = w.kind === 'month-to-date' && w.to ? w.to : last;
    return from && from.slice(0, 7) <= w.month ? { kind: 'dates', from, to } : null;
  }
  if (w.kind !== 'since' || !w.to) return null;
  const day = EVENT_DAY.test(said) ? w.event : resolveDate(said, { event: w.event, to: w.to });
  // The event's own day: the window since it, from its close (the news after it).
  if (day === w.event) return w;
  return day && day < w.to ? { kind: 'dates', from: day, to: w.to } : null;
}
