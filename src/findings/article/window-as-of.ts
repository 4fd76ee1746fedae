/**
 * A window as of a day other than the one its words gave: a present-tense distance or close is as of the
 * article's date ("is now down 9.5%"), a gap brought to a level is the gap since the event as of that day
 * ("narrowed to 3 points on Thursday", "has narrowed to 2.8 points"), a period "with one session left" ends a
 * session early, and "has since fallen 6.4%" runs from the day named before (`sinceThen`, for ./pick-window.ts).
 * Applied after ./pick-window.ts.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { ReadClaim, ReadOptions, TextSpan } from '../claim-read.ts';
import { nextSession, previousSession, sessionsBack } from './dates.ts';
import { GAP_NOW, GAP_TO } from './gap-words.ts';
import { lastSession } from './next-day.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { isOneDay } from './same-period.ts';
import type { WindowHit } from './windows.ts';

/**
 * Present-time words before a distance or a close: "is now", "now sits", "currently", "remains", "still sits";
 * a present perfect ("The rally has lifted the index 22% from its late-October low": to now).
 */
const NOW =
  /\b(?:(?:is|are|sits|stands|trades|remains)\s+now|now\s+(?:sits|stands|trades|is|are)|currently|remains|remain|(?:is|are)\s+still|still\s+(?:sits|stands|trades|is|are)|(?:has|have)\s+(?:now\s+|since\s+)?(?:lifted|pushed|taken|left|put|brought|sent|climbed|risen|rallied|gained|jumped|surged|fallen|dropped|slipped|lost|slumped|tumbled|bounced|rebounded|recovered))\b/i;

/**
 * A carried window gives way to the article's date when the clause speaks in the present ("The index is now
 * down 9.5% from its record close": as of the article's date, not the day the sentence before named).
 */
export function asOfNow(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  before: string,
  metric: string,
  o: ReadOptions,
): void {
  if (w.source !== 'carried' || (metric !== 'distance' && metric !== 'level') || !o.to || !NOW.test(before))
    return;
  [w.window, w.source] = [{ kind: 'dates', from: o.to, to: o.to }, 'sentence'];
}

/**
 * "The gap between the Russell 2000 and the S&P 500 narrowed to 3 points on Thursday": the gap since the
 * event as of that day, not the day's own spread (a window of one day becomes the event to it).
 */
export function gapAsOf(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  before: string,
  metric: string,
  o: ReadOptions,
): void {
  if (metric !== 'spread' || !o.event || !w.window || !GAP_TO.test(before)) return;
  // "has narrowed to 2.8 points" with no period of its own: the gap since the event as of the article's date.
  if (w.source !== 'sentence' && o.to && o.to > o.event && GAP_NOW.test(before)) {
    [w.window, w.source] = [{ kind: 'since', event: o.event, to: o.to }, 'sentence'];
    return;
  }
  // "has narrowed to 1.5 points since the start of December": that stretch is the narrowing's; the gap is
  // still the one since the event, as of the stretch's end.
  const w0 = w.window;
  const later = w0.kind === 'month-to-date' || (w0.kind === 'dates' && w0.from > o.event);
  const end = w0.kind === 'dates' ? w0.to : w0.kind === 'month-to-date' ? (w0.to ?? o.to) : undefined;
  if (GAP_NOW.test(before) && later && end && end > o.event) {
    w.window = { kind: 'since', event: o.event, to: end };
    return;
  }
  if (!isOneDay(w.window)) return;
  const to = w.window.kind === 'dates' ? w.window.to : undefined;
  if (to && to > o.event) w.window = { kind: 'since', event: o.event, to };
}

/**
 * "That left it", "This put the index", "That left American small caps": a sentence that goes on from the day
 * the one before spoke of.
 */
const THAT_LEFT =
  /^\s*(?:that|this|which)\s+(?:left|put|brought|took|lifted|pushed|dragged|sent|leaves|puts|brings|takes)\s+(?:it|them|the\s+(?:index|benchmark|gauge|group)|(?:[\w&.'’-]+\s+){0,3}?(?:small[- ]caps|large[- ]caps|mid[- ]caps|micro[- ]caps|stocks|shares|(?:russell|s&p)\s+\d{3,4}))\b/i;

/**
 * "On Nov. 25, the Russell 2000 closed at 2,442.03. That left it up 8% from Election Day": the stretch since
 * the event ends on that day, not on the article's date; after "…, but has since climbed 4.9%" (a stretch that
 * ends later than the last day told, `last`), on that stretch's last day.
 */
export function asOfThatDay(
  w: { window?: ClaimWindow; source: ReadClaim['windowSource'] },
  t: string,
  lastDay: ClaimWindow | undefined,
  last?: ClaimWindow,
): void {
  // A later stretch told ("…, but has since climbed 4.9%", "is up 1.5% since the vote"): as of its end.
  const lastTo = last?.kind === 'dates' || last?.kind === 'since' ? last.to : undefined;
  const dayTo = lastDay?.kind === 'dates' ? lastDay.to : undefined;
  const to = lastTo && dayTo && lastTo > dayTo ? lastTo : dayTo;
  if (w.window?.kind !== 'since' || !to || !THAT_LEFT.test(t)) return;
  // "…, down from a lead of 3.9 points at Monday's close": an end of its own before that day stays.
  if (to > w.window.event && !(w.window.to && w.window.to < to)) w.window = { ...w.window, to };
}

/** "with one session left", "with two trading days to go", "with a day remaining (in the month)". */
const LEFT =
  /\bwith\s+(a|one|two|three|four|\d)\s+(?:more\s+)?(?:full\s+)?(?:trading\s+)?(?:day|session)s?\s+(?:left|remaining|to\s+go)\b/i;

/**
 * "For the week, the Russell 2000 is up 2.4%, with one session left": the week (or month) to the session that
 * many before its last, not the whole period (an article of the period's last morning speaks of the close
 * before). Sessions are NYSE sessions (holidays skipped). An end after the article's date `to` is not taken:
 * the article cannot know those closes.
 */
export function sessionsLeft(w: { window?: ClaimWindow }, t: string, to: string | undefined): void {
  const m = LEFT.exec(t);
  const x = w.window;
  if (!m || !x) return;
  const n = m[1].toLowerCase() === 'a' ? 1 : (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
  const lastOn = (iso: string) => previousSession(nextSession(iso)); // the last session on or before `iso`
  const end = (last: string) => {
    const day = sessionsBack(lastOn(last), n);
    return to && day > to ? undefined : day;
  };
  if (x.kind === 'week' && x.weekEnd) {
    const e = end(x.weekEnd);
    if (e) w.window = { kind: 'dates', from: fromDay(toDay(x.weekEnd) - 7), to: e };
  } else if (x.kind === 'month' || x.kind === 'month-to-date') {
    const e = end(fromDay(monthEnd(toDay(`${x.month}-01`))));
    if (e) w.window = { kind: 'month-to-date', month: x.month, to: e };
  }
}

/**
 * "peaked on Nov. 25 …, but has since fallen 6.4%": from the last day the sentence named before the phrase
 * (else the end of the window the article last used) to the article's date; undefined when neither is a day.
 * @example sinceThen(hits, q, undefined, { to: '2024-12-18' }) // { kind: 'dates', from: '2024-11-25', to: '2024-12-18' }
 */
export function sinceThen(
  hits: readonly WindowHit[],
  at: TextSpan,
  previous: ClaimWindow | undefined,
  o: ReadOptions,
  fromThat = false,
): ClaimWindow | undefined {
  // "On the day after the cut, … Since then, …": from the last session of the first sessions after the news.
  const end = (w: ClaimWindow | undefined) => (w?.kind === 'week' ? w.weekEnd : w && lastSession(w));
  // The day named last ("peaked on Nov. 25"), else the last window named.
  const named = hits.filter((h) => h.window && !h.sinceThen && h.end <= at.start).map((h) => h.window!);
  const day = (w: ClaimWindow) => w.kind === 'dates' && previousSession(w.to) === w.from;
  const before = named.filter(day).pop() ?? named.pop();
  // "Its low came on April 8, 2025, …, a drop of about 28% from that peak": from the peak spoken of before
  // to the day this sentence names.
  const back = fromThat && before?.kind === 'dates' ? end(previous) : undefined;
  if (back && before?.kind === 'dates' && back < before.to)
    return { kind: 'dates', from: back, to: before.to };
  const from = end(before) ?? end(previous);
  return from && o.to && from < o.to ? { kind: 'dates', from, to: o.to } : undefined;
}

/**
 * A window ended by an end date the sentence gives alone (`endTo`): "since the election, through Nov. 15"; "By
 * Friday's close … for the two sessions since the decision" (the sessions that end that day); "By the end of
 * July it was up 5% from its June 23 close" (a stretch to the article's date ends there too); "up 5%
 * month-to-date as of Friday" (the month to that day).
 * @example endedBy({ kind: 'since', event: '2016-11-08', to: '2016-11-30' }, '2016-11-15', o).to // '2016-11-15'
 */
export function endedBy(window: ClaimWindow, endTo: string, o: ReadOptions): ClaimWindow {
  if (window.kind === 'since') return { ...window, to: endTo };
  if (window.kind === 'sessions' && !window.nextDay)
    return { kind: 'dates', from: sessionsBack(endTo, window.sessions), to: endTo };
  if (window.kind === 'dates' && window.to === o.to && window.from < endTo && endTo < window.to)
    return { ...window, to: endTo };
  if (
    window.kind === 'month-to-date' &&
    endTo.startsWith(window.month) &&
    endTo < (window.to ?? o.to ?? endTo)
  )
    return { ...window, to: endTo };
  return window;
}
