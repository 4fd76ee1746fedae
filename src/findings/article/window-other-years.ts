/**
 * Earlier elections named by their year alone in a sentence about the stretch after a vote, beside the rules of
 * ./window-elided.ts: "The best month after an election came in 2016, when the Russell 2000 rose 16%" (the month
 * after 2016's vote, not the calendar year), and a possessive year before a number, "rose 8.6% in the week after
 * the vote, second only to 2016's 10.2%" (the week after 2016's vote, not the article's); and a list of elections
 * whose numbers are listed beside it, "16% and 14.5% after the 2016 and 2020 elections" (one hit each). In place,
 * or new hits.
 */
import type { ReadOptions } from '../claim-read.ts';
import { phraseWindow } from '../event-tally.ts';
import { otherElection } from './election-years.ts';
import { sessionsOf } from './same-period.ts';
import { afterEach, CARD, count } from './streak-words.ts';
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

/** "in the month after the 2016 and 2020 elections", "after the 1992, 1996 and 2000 votes": a list of elections. */
const LISTED = new RegExp(
  `\\b(?:(?:in|over|during)\\s+the\\s+(?:${CARD}[- ])?(day|session|week|month|year)s?\\s+)?(?:after|following)\\s+the\\s+((?:(?:19|20)\\d\\d,?\\s+)+and\\s+(?:19|20)\\d\\d)\\s+(?:(?:us|u\\.s\\.|presidential)\\s+)*(?:elections|votes)\\b`,
  'gi',
);

/**
 * "in each of the last three elections, gaining 16%, 14.5% and 6% respectively": the last N votes through the
 * article's, oldest first (group 1 their count).
 */
const EACH_LAST = new RegExp(
  `\\b(?:in|after|following)\\s+(?:each|all)\\s+of\\s+the\\s+(?:last|past)\\s+${CARD}\\s+(?:(?:us|u\\.s\\.|presidential)\\s+)?(?:elections|votes)\\b(?=(?:[^.;]|\\.(?=\\d))*\\brespectively\\b)`,
  'gi',
);

/**
 * "rose 16% and 14.5% in the month after the 2016 and 2020 elections", "up 6%, compared with gains of 16% and 14.5%
 * after the 2016 and 2020 elections", "in each of the last three elections, gaining 16%, 14.5% and 6%
 * respectively": one hit per election listed, in order (`respective`), each that vote's window (the period the
 * words name, else the shape of the sentence's stretch after the article's vote, else as many sessions as it has
 * run); ./respectively.ts gives them to the numbers listed before (or before "respectively"). In place.
 */
export function listedElections(text: string, hits: WindowHit[], o: ReadOptions): void {
  const event0 = o.event;
  if (event0?.slice(5, 7) !== '11') return;
  const y0 = Number(event0.slice(0, 4));
  const found = [
    ...[...text.matchAll(LISTED)].map((m) => ({ m, years: m[3].match(/(?:19|20)\d\d/g) ?? [], period: m })),
    ...[...text.matchAll(EACH_LAST)].map((m) => {
      const k = count(m[1]);
      return {
        m,
        years: k >= 2 && k <= 12 ? [...Array(k)].map((_, i) => String(y0 - 4 * (k - 1 - i))) : [],
        period: null,
      };
    }),
  ];
  for (const { m, years, period } of found) {
    const [start, end] = [m.index, m.index + m[0].length];
    const own = hits
      .filter((x) => x.end <= start)
      .sort((a, b) => b.end - a.end)
      .map((x) => ownWindow(x.window, event0))
      .find(Boolean);
    const n = o.to ? sessionsOf({ kind: 'since', event: event0, to: o.to }) : undefined;
    const windows = years.map((y) => {
      const event = y === event0.slice(0, 4) ? event0 : otherElection(`${y} election`, event0);
      if (!event) return undefined;
      if (period?.[2]) return phraseWindow({ date: event }, afterEach(period[1], period[2]));
      if (own?.kind === 'week' && !own.weekEnd) return { kind: 'week', event } as const;
      if (event === event0 && own) return own;
      return (
        (own && movedTo(own, event, o)) ??
        (n ? ({ kind: 'sessions', event, sessions: n } as const) : undefined)
      );
    });
    // As many numbers in the sentence as elections in the list ("16% in the month after the 2016 and 2020
    // elections combined" is no list of legs).
    // (or after it: "trailed in the month after the 2000 and 2008 elections, falling 8.9% and 19.5%")
    const leg = /\d\s*(?:%|per\s?cent|percent|points?|pp)/gi;
    const before = period ? (text.slice(0, start).match(leg)?.length ?? 0) : 0;
    const legs = Math.max(before, text.slice(end).match(leg)?.length ?? 0);
    if (!windows.length || windows.some((w) => !w) || legs < windows.length) continue;
    // The phrase's own hit (the last election's, or none) gives way to one per election.
    for (let i = hits.length - 1; i >= 0; i--)
      if (hits[i].start < end && hits[i].end > start) hits.splice(i, 1);
    windows.forEach((window, respective) => {
      hits.push({ start, end, window, respective });
    });
  }
}
