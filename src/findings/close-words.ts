/**
 * Claims about closes in words: a level ("close of ^RUT on 2024-11-25") and a distance from a high or a low
 * ("distance of ^RUT from its highest close of 2021-11-01 to 2021-11-30, as of 2024-12-06").
 */
import { toDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';

/**
 * The side of a level that is a window's highest or lowest close ("its record close of 2,442.74 set in
 * November 2021"), else undefined: a window of a day or two ("closed at a record 2,442.03") is that day's close.
 * @example windowExtreme({ metric: 'level', extreme: { side: 'high' }, window: { kind: 'month', month: '2021-11' } … }) // 'high'
 */
export function windowExtreme(claim: Claim): 'high' | 'low' | undefined {
  const side = claim.extreme?.side;
  if (side !== 'high' && side !== 'low') return undefined;
  const w = claim.window;
  if (everExtreme(claim)) return side;
  return w.kind === 'dates' && w.to && toDay(w.to) - toDay(w.from) <= 4 ? undefined : side;
}

/**
 * Whether a level is the highest (lowest) close held up to its window's end: "its all-time closing high of
 * 2,442.74", "its record close of 2,442.74" (the extreme's words say all-time, or the record one owns, and name no
 * stretch of their own; a day's "closed at a record 2,442.03", "hit a record close of", is that day's close).
 * @example everExtreme({ metric: 'level', extreme: { side: 'high', words: 'all-time closing high of' } … }) // true
 */
export function everExtreme(claim: Claim): boolean {
  const x = claim.extreme;
  return (
    claim.metric === 'level' &&
    !!x &&
    !x.from &&
    !x.lookback &&
    /\ball[- ]time\b|^(?:its|their|the)\s+record\b/i.test(x.words ?? '')
  );
}

/**
 * The claim in words when it is about a close (a level, a distance), else undefined.
 * @example closeWords({ metric: 'level', window: { kind: 'dates', from: '2024-11-22', to: '2024-11-25' } … }, '^RUT', '…') // 'close of ^RUT on 2024-11-25'
 */
export function closeWords(claim: Claim, subj: string, when: string): string | undefined {
  const w = claim.window;
  const to = (w.kind === 'since' || w.kind === 'dates') && w.to ? w.to : undefined;
  if (claim.metric === 'level') {
    // "its record close of 2,442.74 set in November 2021": the window's highest close.
    const side = windowExtreme(claim);
    const ranked = `${side === 'high' ? 'highest' : 'lowest'} close of ${subj}`;
    if (side && everExtreme(claim) && to) return `${ranked} on record, as of ${to}`; // "its all-time closing high"
    if (side) return `${ranked} ${w.kind === 'month' ? `in ${w.month}` : when}`;
    if (to) return `${claim.at === 'open' ? 'open' : 'close'} of ${subj} on ${to}`;
    if (w.kind === 'month') return `close of ${subj} at the end of ${w.month}`;
    if (w.kind === 'week' && w.weekEnd) return `close of ${subj} at the end of the week ended ${w.weekEnd}`;
    return `close of ${subj} at the end of the period ${when}`;
  }
  const x = claim.extreme;
  if (claim.metric !== 'distance' || !x) return undefined;
  const at0 = to ? `as of ${to}` : `at the end of the period ${when}`;
  if (x.side === 'average') return `distance of ${subj} from its ${x.sessions}-day moving average, ${at0}`;
  const range =
    x.from && x.from === x.to
      ? ` on ${x.from}`
      : x.from
        ? ` of ${x.from} to ${x.to ?? 'then'}`
        : x.lookback
          ? ` of the ${x.lookback} days before`
          : ' on record';
  const at = to ? `as of ${to}` : `at the end of the period ${when}`;
  // "would need to rise 2.1% to regain its record": the move from the close back to the reference.
  const noun = claim.conventions?.distanceBase === 'close' ? 'move back' : 'distance';
  // "has yet to top its November 2021 record": every close since, its highest (../evaluate-distance.ts).
  const who = claim.at === 'peak' && x.to ? `${subj}'s highest close after ${x.to}` : subj;
  return `${noun} of ${who} ${noun === 'distance' ? 'from' : 'to'} its ${x.side === 'high' ? 'highest' : 'lowest'} close${range}, ${at}`;
}
