/**
 * "The Russell 2000 fell 3.8% on Friday and a further 2.6% on Monday, while the S&P 500 lost 3.6% and
 * 1.8%": a list of numbers with no window of their own, after as many numbers each followed by its own
 * window, takes those windows in order (the first number Friday's, the second Monday's), as "respectively"
 * pairs subjects (./respectively.ts). So does a list of days beside a list of as many numbers: "lost 5.3%
 * and 5.0% on Thursday and Friday", "On Thursday and Friday, it lost 5.3% and 5.0%, respectively", and "lost
 * 5.7% and 3.7% over the same two days" after two days told one by one.
 */
import type { ClaimWindow } from '../claim.ts';
import type { Quantity } from './numbers.ts';
import { isOneDay } from './pick-window.ts';
import type { WindowHit } from './windows.ts';

/** Between a number and the window phrase that is its own: a space, or a few words ("in the session"). */
const OWN = /^[\s,]*(?:[a-z]+\s+){0,2}$/i;
/** "1.8% and 1.3%", "0.8% and then rose 0.4%", "0.8% but recovered 0.4%": one list, a verb between at most. */
const JOINED = /^[\s,]*(?:(?:and|but)\s+)?(?:then\s+)?(?:[a-z]+(?:\s+back)?\s+)?$/i;

/**
 * The number before it whose window each number of a window-less list takes, by position (the window that
 * number took in the end: "on Thursday" after the day told is the next Thursday, ./next-day.ts).
 * @example parallelWindows(t, qs, hits).get(qs[2]) // qs[0], the number with Friday's window
 */
export function parallelWindows(
  t: string,
  quantities: readonly Quantity[],
  windows: readonly WindowHit[],
): Map<Quantity, Quantity> {
  const out = new Map<Quantity, Quantity>();
  const named = windows.filter((h) => h.window && !h.fallback && !h.same && !h.endOnly);
  // Each number's own window: a phrase right after it.
  const ownOf = (q: Quantity) => named.find((h) => h.start >= q.end && OWN.test(t.slice(q.end, h.start)));
  for (let i = 1; i < quantities.length; i++) {
    // The list: numbers of one unit joined by "," and "and" alone, with no window phrase after its last
    // number in the rest of the sentence.
    let j = i;
    const list = [quantities[i - 1]];
    while (j < quantities.length && quantities[j].unit === list[0].unit) {
      if (!JOINED.test(t.slice(list[list.length - 1].end, quantities[j].start))) break;
      list.push(quantities[j++]);
    }
    if (list.length < 2) continue;
    const last = list[list.length - 1];
    if (named.some((h) => h.start >= list[0].start) || quantities.some((q) => q.start > last.end)) break;
    // The numbers before the list, each with its own window, as many as the list holds.
    const before = quantities.filter((q) => q.end <= list[0].start && q.unit === list[0].unit);
    const models = before.slice(-list.length);
    const owns = models.map(ownOf);
    if (before.length < list.length || owns.some((h) => !h)) break;
    const ws = owns.map((h) => JSON.stringify(h?.window));
    if (new Set(ws).size !== ws.length) break;
    for (const [k, q] of list.entries()) out.set(q, models[k]);
    break;
  }
  return out;
}

/** Between two days of a list: "Thursday and Friday", "Nov. 9, Nov. 10 and Nov. 11". */
const DAYS_JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:on\s+)?$/i;

/**
 * Each number of a list ("5.3% and 5.0%") with the day of a list of as many days ("on Thursday and Friday"), in
 * order, when the sentence names no other window.
 * @example pairedDays(t, qs, hits).get(qs[1]) // Friday's window
 */
export function pairedDays(
  t: string,
  quantities: readonly Quantity[],
  windows: readonly WindowHit[],
  recent: readonly ClaimWindow[] = [],
): Map<Quantity, ClaimWindow> {
  const out = new Map<Quantity, ClaimWindow>();
  // "The Russell 2000 lost 5.7% and 3.7% over the same two days" after "fell 5.3% on Wednesday and 5.0% on
  // Thursday": each of the days told, in order.
  const same = windows.find((h) => h.same && h.sessions === quantities.length && quantities.length > 1);
  const told = same && !windows.some((h) => h.window) ? daysTold(recent, quantities.length) : [];
  if (told.length) {
    const list = quantities.filter((q) => q.unit === quantities[0]?.unit);
    if (
      list.length !== told.length ||
      list.some((q, i) => i > 0 && !JOINED.test(t.slice(list[i - 1].end, q.start)))
    )
      return out;
    for (const [i, q] of list.entries()) out.set(q, told[i]);
    return out;
  }
  const days = windows.filter((h) => h.window && !h.fallback && isOneDay(h.window));
  if (days.length < 2 || days.length !== windows.filter((h) => h.window).length) return out;
  if (days.some((h, i) => i > 0 && !DAYS_JOINED.test(t.slice(days[i - 1].end, h.start)))) return out;
  const list = quantities.filter((q) => q.unit === quantities[0]?.unit);
  if (list.length !== days.length || list.length !== quantities.length) return out;
  if (list.some((q, i) => i > 0 && !JOINED.test(t.slice(list[i - 1].end, q.start)))) return out;
  for (const [i, q] of list.entries()) out.set(q, days[i].window as ClaimWindow);
  return out;
}

/**
 * The windows the numbers of a sentence's lists take: `windowOf(q)` a number's day in a list of days, else the
 * window its model number took, as `took(q, w)` told (read in order).
 * @example const lists = listWindows(t, qs, hits); lists.took(qs[0], friday); lists.windowOf(qs[2]) // [friday, false]
 */
export function listWindows(
  t: string,
  quantities: readonly Quantity[],
  windows: readonly WindowHit[],
  recent?: readonly ClaimWindow[],
) {
  const parallel = parallelWindows(t, quantities, windows);
  const days = pairedDays(t, quantities, windows, recent);
  const took = new Map<Quantity, ClaimWindow>();
  return {
    /** The window, and whether a list of days gave it (over the number's own reading of them). */
    windowOf: (q: Quantity): [ClaimWindow | undefined, boolean] => {
      const model = parallel.get(q);
      return [days.get(q) ?? (model && took.get(model)), days.has(q)];
    },
    took: (q: Quantity, w: ClaimWindow) => took.set(q, w),
  };
}

/**
 * The last `n` single days the article told of (`recent`, the latest last), in order, when they are `n` sessions in
 * a row; else none.
 */
function daysTold(recent: readonly ClaimWindow[], n: number): ClaimWindow[] {
  const days: ClaimWindow[] = [];
  for (const w of [...recent].reverse()) {
    if (w.kind !== 'dates' || !isOneDay(w) || days.some((d) => d.kind === 'dates' && d.to === w.to)) continue;
    days.unshift(w);
    if (days.length === n) break;
  }
  const ends = days.map((d) => (d.kind === 'dates' ? d.to : ''));
  const inRow = days.every((d, i) => i === 0 || (d.kind === 'dates' && d.from === ends[i - 1]));
  return days.length === n && inRow && [...ends].sort().join() === ends.join() ? days : [];
}
