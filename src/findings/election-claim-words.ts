/**
 * A claim over elections in words: an average ("average spread of Lo 10 vs Hi 10 over the same window after
 * each of the US presidential elections since 1992 (the last: since 2020-11-03 through 2020-12-03)") or a
 * tally ("tally of ^RUT vs ^GSPC in the month after each of the last 8 US presidential elections").
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';

/** "the last 8 US presidential elections", "the US midterm elections since 1990". */
function setWords(x: { events?: string; of?: number; sinceYear?: number }): string {
  const kind = x.events === 'midterms' ? 'midterm' : 'presidential';
  return `${x.of && !x.sinceYear ? `the last ${x.of}` : 'the'} US ${kind} elections${x.sinceYear ? ` since ${x.sinceYear}` : ''}`;
}

/**
 * The claim in words when it is an average or a tally over elections, else undefined.
 * @example eventClaimWords(claim, 'Lo 10 vs Hi 10', 'since 2020-11-03 through 2020-12-03') // 'average spread of Lo 10 vs Hi 10 over the same window after each of …'
 */
export function eventClaimWords(claim: Claim, subj: string, when: string): string | undefined {
  const avg = (claim as Partial<ReadClaim>).average;
  // "On average, … in the month after the vote": the same window after each election, the last one's named.
  if (avg)
    return `average ${claim.metric} of ${subj} over the same window after each of ${setWords(avg)} (the last: ${when})`;
  const tally = (claim as Partial<ReadClaim>).record?.tally;
  if (!tally?.events) return undefined;
  const a = tally.after;
  const after = a ? `in the ${a.n === 1 ? a.unit : `${a.n} ${a.unit}s`} after` : 'after';
  const to = claim.window.kind === 'dates' ? ` to ${claim.window.to}` : '';
  return `tally of ${subj} ${after} each of ${setWords(tally)}${to}`;
}
