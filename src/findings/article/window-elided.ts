/**
 * An elided clause that names only another election's year: "After the 2016 election, the Russell 2000
 * gained 15% in a month; after 2020, 18%": the same window as the clause before (a month after its
 * event), after that year's election (./windows.ts adds these hits after the rules ran).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions } from '../claim-read.ts';
import { yearEndAfter } from '../event-windows.ts';
import { monthsBefore } from './dates.ts';
import { soleWin } from './event-days.ts';
import { sessionsOf } from './same-period.ts';
import { agoElection, laterElection, otherElection, type WindowHit } from './windows.ts';

/**
 * ", after 2020,", "; following 2012,", "; in 2020, by 6 points": a year alone, set off before the number it
 * dates; "; this time, by about 4": the article's own event.
 */
const AFTER_YEAR =
  /[,;]\s*(?:and\s+|but\s+|while\s+)?(?:(?:after|following|in)\s+((?:19|20)\d\d)|this\s+time)\s*,/gi;

/**
 * The window hits of the elided clauses of `text`, each the window of the hit before it moved to the
 * election of its year (a month or a year after it, as before), or none.
 * @example elidedEvents('After the 2016 election, … in a month; after 2020, 18%', hits, o) // [{ window: { kind: 'since', event: '2020-11-03', to: '2020-12-03' } }]
 */
export function elidedEvents(text: string, hits: readonly WindowHit[], o: ReadOptions): WindowHit[] {
  const out: WindowHit[] = [];
  for (const m of text.matchAll(AFTER_YEAR)) {
    const start = m.index + m[0].indexOf(m[0].trim().replace(/^[,;]\s*/, ''));
    const end = m.index + m[0].length - 1;
    // "; in 2020, by 6 points" after a window after the 2016 vote: that election, not the calendar year 2020.
    const taken = hits.filter((h) => start < h.end && end > h.start);
    const year = taken.length === 1 && /^in\s+(?:19|20)\d\d$/i.test(text.slice(taken[0].start, taken[0].end));
    if (taken.length && !year) continue;
    const w = windowBefore([...hits, ...out], start);
    if (w?.kind !== 'since' || !w.to || w.event === o.event) continue;
    const event = m[1] ? otherElection(`${m[1]} election`, o.event) : (o.event ?? null);
    const window = movedTo(w, event, o);
    if (window && year) taken[0].window = window;
    else if (window) out.push({ start, end, window });
  }
  return out;
}

/** The window of the phrase nearest before `start` (the rules add hits in their own order, not the text's). */
function windowBefore(hits: readonly WindowHit[], start: number): ClaimWindow | undefined {
  return hits
    .filter((h) => h.end <= start && h.window)
    .sort((a, b) => a.end - b.end)
    .pop()?.window;
}

/**
 * "rose 16% in the month after the 2016 vote and 14.5% after the 2020 vote": an "after" phrase naming another
 * election, with no window of its own, takes the shape of the window before it (a month after its election),
 * moved to its own election. In place.
 */
export function elidedShapes(hits: WindowHit[], o: ReadOptions): void {
  for (const h of hits) {
    if (h.part !== 'after' || !h.otherDate || h.window) continue;
    const w = windowBefore(hits, h.start);
    // ("6.0% in the month after the vote, compared with 16.0% after the 2016 election": the article's own month,
    // moved; a stretch to the article's date has no shape to move.)
    const other = w && (w.kind === 'sessions' || (w.kind === 'since' && w.to));
    // ("$10.2 billion in the week through Nov. 13, eclipsing the previous record of $6.5 billion set after the
    // 2016 election": the week after that election.)
    const week = w?.kind === 'week' ? ({ kind: 'week', event: h.otherDate } as const) : null;
    const window = other ? movedTo(w, h.otherDate, o) : week;
    if (window) [h.window, h.part] = [window, undefined];
  }
}

/**
 * Window `w` moved to another event: the same sessions after it, the same months (one or twelve) after it, or
 * to its year's end ("from the election to year-end": that election's Dec. 31), cut at the article's date; null
 * for other windows.
 */
export function movedTo(w: ClaimWindow, event: string | null, o: ReadOptions): ClaimWindow | null {
  if (!event) return null;
  if (w.kind === 'sessions') return { ...w, event };
  if (w.kind !== 'since' || !w.to) return null;
  const months = [1, 12].find((n) => monthsBefore(w.event, -n) === w.to);
  const to = months ? monthsBefore(event, -months) : yearEndAfter(w, event)?.to;
  if (!to) return null;
  return { kind: 'since', event, to: o.to && o.to < to ? o.to : to };
}

/** "rose 14.2% (2016), 16.1% (2020) and 7.7% (2024)": an election's year in brackets after a number. */
const YEAR_LABEL = /(?<=\d\s*(?:%|per\s*cent|percent|pp|ppt|points?|bps?)?\s*)\(\s*((?:19|20)\d\d)\s*\)/gi;

/**
 * In a sentence on several elections ("In the 20 trading days after each of the last three elections, the
 * Russell 2000 rose 14.2% (2016), 16.1% (2020) and 7.7% (2024)"), each bracketed year after a number is the
 * sentence's window after the article's election moved to that year's; none elsewhere.
 * @example labelledEvents(text, hits, { event: '2024-11-05' }) // [{ window: { kind: 'sessions', event: '2016-11-08', sessions: 20 } }, …]
 */
export function labelledEvents(text: string, hits: readonly WindowHit[], o: ReadOptions): WindowHit[] {
  if (!o.event || !/\belections\b/i.test(text)) return [];
  const own = hits.find((h) => h.window && 'event' in h.window && h.window.event === o.event)?.window;
  if (!own) return [];
  const out: WindowHit[] = [];
  for (const m of text.matchAll(YEAR_LABEL)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    const same = o.event.startsWith(m[1]);
    const window = same ? own : movedTo(own, otherElection(`${m[1]} election`, o.event), o);
    if (window) out.push({ start, end, window });
  }
  return out;
}

/** The election of a whole calendar year's window ("In 2016") two or four years before an election's, if any. */
export function yearElection(w: ClaimWindow | undefined, event?: string): string | undefined {
  if (w?.kind !== 'dates' || !w.from.endsWith('-12-31') || !w.to.endsWith('-12-31') || !event)
    return undefined;
  const [y, e] = [Number(w.to.slice(0, 4)), Number(event.slice(0, 4))];
  if (event.slice(5, 7) !== '11' || y >= e || (e - y) % 2 || Number(w.from.slice(0, 4)) !== y - 1)
    return undefined;
  return otherElection(`${y} election`, event) ?? undefined;
}

/**
 * "In 2016 the Russell 2000 gained 11.8% over the same stretch": a year's window beside a same-period phrase
 * names that year's election (`otherDate`, ./same-period.ts `sameStretchAfter`); so do "In 2016, …",
 * "Eight years ago, …" and "Four years later, …" opening the sentence, and a victory of a one-time winner ("Joe
 * Biden's victory"), for its same-period phrases.
 */
export function sameAfterOther(hits: WindowHit[], text: string, o: ReadOptions): void {
  for (const h of hits) h.otherDate ??= yearElection(h.window, o.event);
  const election = o.event?.slice(5, 7) === '11';
  const other =
    hits.find((h) => h.otherDate)?.otherDate ??
    (election &&
      (agoElection('election', text, o.event) ??
        laterElection('election', text, o.spokenEvent) ?? // "Four years later, …"
        sinceWhen(text, o.event) ?? // "its best post-election run since 2016, when it rallied 10.2% over the same stretch"
        soleWin(text, o.event))); // a one-time winner's victory
  if (other) for (const h of hits) if (h.same) h.otherDate ??= other;
}

/** "since 2016, when": a record's year, whose clause after it tells that year's stretch. */
const sinceWhen = (text: string, event?: string) =>
  otherElection(`${/\bsince\s+((?:19|20)\d\d),\s+when\b/i.exec(text)?.[1] ?? ''} election`, event);

/**
 * Window `w` when it is one after `event`: its own, or a stretch of dates from the event's close ("gained 6.0% from
 * Nov. 5 to Dec. 5, after 14.5% in 2020") as one since it.
 */
export function ownWindow(w: ClaimWindow | undefined, event: string): ClaimWindow | undefined {
  if (w?.kind === 'dates' && w.from === event) return { kind: 'since', event, to: w.to };
  return w && 'event' in w && w.event === event ? w : undefined;
}

/** A stretch after the article's own election named in the sentence: "post-election", "since the vote". */
const POST_EVENT = /\bpost-?(?:election|vote)\b|\b(?:since|after)\s+(?:the\s+)?(?:election|vote)\b/i;
/** A comparison's leg up to its year: "compares with 13% in", "versus 9.2% in", "and 14% in", "after 14.5% in". */
const COMPARED_YEAR =
  /\b(?:compar\w*\s+(?:with|to)|versus|vs\.?|against|than|after(?=\s+\d))\s+(?:[^;.]|\.(?=\d))*?\d\s*(?:%|per\s?cent|percent|points?)\s+$/i;

/**
 * "The Russell 2000's post-election gain of 8% compares with 13% in 2016 and 14% in 2020": a year of another
 * election, on a number set against the stretch after the article's own, is as many sessions after that
 * year's election (./same-period.ts `sessionsOf`), not the calendar year; "6.0% in the month after the vote,
 * against 16.0% in 2016" (a month, the week after, a span to year-end): that shape after that election. In place.
 */
export function postEventYears(text: string, hits: WindowHit[], o: ReadOptions): void {
  const event0 = o.event;
  if (!event0 || !o.to || !POST_EVENT.test(text)) return;
  const n = sessionsOf({ kind: 'since', event: event0, to: o.to });
  if (!n) return;
  let moved = false;
  for (const h of hits) {
    const y = /^in\s+((?:19|20)\d\d)$/i.exec(text.slice(h.start, h.end))?.[1];
    const event: string | null =
      y && COMPARED_YEAR.test(text.slice(0, h.start)) ? otherElection(`${y} election`, o.event) : null;
    if (!event || event === o.event) continue;
    // "6.0% in the month after the vote, against 16.0% in 2016": the shape of the article's window nearest before.
    const own = hits
      .filter((x) => x.end <= h.start)
      .sort((a, b) => b.end - a.end)
      .map((x) => ownWindow(x.window, event0))
      .find(Boolean);
    const week = own?.kind === 'week' && !own.weekEnd ? ({ kind: 'week', event } as const) : null;
    h.window = (own && movedTo(own, event, o)) ?? week ?? { kind: 'sessions', event, sessions: n };
    moved = true;
  }
  // The stretch they are set against is the article's own, to its date.
  const own = hits.find((h) => h.part === 'after' && !h.window && !h.otherDate);
  if (moved && own) [own.window, own.part] = [{ kind: 'since', event: event0, to: o.to }, undefined];
}
