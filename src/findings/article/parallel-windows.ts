/**
 * "The Russell 2000 fell 3.8% on Friday and a further 2.6% on Monday, while the S&P 500 lost 3.6% and
 * 1.8%": a list of numbers with no window of their own, after as many numbers each followed by its own
 * window, takes those windows in order (the first number Friday's, the second Monday's), as "respectively"
 * pairs subjects (./respectively.ts).
 */
import type { Quantity } from './numbers.ts';
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
    const owns = before.slice(-list.length).map(ownOf);
    if (before.length < list.length || owns.some((h) => !h)) break;
    const ws = owns.map((h) => JSON.stringify(h?.window));
    if (new Set(ws).size !== ws.length) break;
    for (const [k, q] of list.entries()) out.set(q, before.slice(-list.length)[k]);
    break;
  }
  return out;
}
