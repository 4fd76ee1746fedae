/**
 * Earlier elections named by their year alone in a sentence about the stretch after a vote, beside the rules of
 * ./window-elided.ts: "The best month after an election came in 2016, when the Russell 2000 rose 16%" (the month
 * after 2016's vote, not the calendar year), and a possessive year before a number, "rose 8.6% in the week after
 * the vote, second only to 2016's 10.2%" (the week after 2016's vote, not the article's). In place, or new hits.
 */
import type { ReadOptions } from '../claim-read.ts';
import { phraseWindow } from '../event-tally.ts';
import { otherElection } from './election-years.ts';
import { afterEach } from './streak-words.ts';
import { movedTo, ownWindow } from './window-elided.ts';
import type { WindowHit } from './windows.ts';

/** "month after an election", "week following the vote", "post-election month": the period after each vote. */
const PERIOD_AFTER =
  /\b(day|session|week|month|year)s?\s+(?:after|following)\s+(?:an?|the|any)\s+(?:(?:us|u\.s\.)\s+)?(?:presidential\s+)?(?:election|vote)\b|\bpost-?election\s+(day|session|week|month|year)\b/i;
/** "came in", "was in", "happened in": the year a period was. */
const CAME = /\b(?:came|was|happened|occurred|arrived)\s+$/i;

/**
 * "The best month after an election came in 2016, when …": the hit "in 2016" becomes the month after that year's
 * vote. In place.
 * @example cameInYear('The best month after an election came in 2016, when the Russell 2000 rose 16%', hits, o) // hits[0].window: since 2016-11-08 to 2016-12-08
 */
export function cameInYear(text: string, hits: WindowHit[], o: ReadOptions): void {
  const p = PERIOD_AFTER.exec(text);
  if (!p || !o.event || o.event.slice(5, 7) !== '11') return;
  for (const h of hits) {
    const y = /^in\s+((?:19|20)\d\d)$/i.exec(text.slice(h.start, h.end))?.[1];
    const event =
      y && h.start > p.index && CAME.test(text.slice(0, h.start)) && otherElection(`${y} election`, o.event);
    if (event) h.window = phraseWindow({ date: event }, afterEach(undefined, p[1] ?? p[2]));
  }
}

/**
 * A comparison's word before a possessive year and its number: "second only to 2016's 10.2%", "against 2020's
 * 14.5%", and a list's next ("…, and 2016's 16%", group 1).
 */
const POSSESSED =
  /(?:\b(?:to|than|against|versus|vs\.?|with|behind|beating|topping|after)|(,|\band|\bor))\s+((?:19|20)\d\d)['’]s\s+(?=[+\-−]?\d)/gi;

/**
 * The hits of possessive years set against the stretch after the article's vote ("…, second only to 2016's 10.2%"):
 * that stretch's shape after the year's vote, or none.
 */
export function possessedYears(text: string, hits: readonly WindowHit[], o: ReadOptions): WindowHit[] {
  const out: WindowHit[] = [];
  for (const m of o.event ? text.matchAll(POSSESSED) : []) {
    // "less than 2020's 14.5% and 2016's 16%": a list goes on only after a first.
    if (m[1] && !out.length) continue;
    const start = m.index + m[0].indexOf(m[2]);
    const end = start + m[2].length + 2;
    const own = hits
      .filter((x) => x.end <= start)
      .sort((a, b) => b.end - a.end)
      .map((x) => ownWindow(x.window, o.event!))
      .find(Boolean);
    const event = own && otherElection(`${m[2]} election`, o.event);
    if (!own || !event || event === o.event || hits.some((h) => start < h.end && end > h.start)) continue;
    const window =
      own.kind === 'week' && !own.weekEnd ? ({ kind: 'week', event } as const) : movedTo(own, event, o);
    if (window) out.push({ start, end, window });
  }
  return out;
}
