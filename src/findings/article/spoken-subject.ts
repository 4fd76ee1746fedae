/**
 * Whose claim a sentence with no number of its own makes (./sign-claim.ts "The index is now up for the year",
 * ./untopped-record.ts "It has yet to top its November 2021 record"): the subjects named before its words,
 * else, after "it", "they" or "the index", the one the article last spoke of.
 */
import type { ClaimSubject } from '../claim-read.ts';
import { measurableBefore } from './bound-subject.ts';
import type { SubjectHit } from './subjects.ts';

/** "it", "they", "the index" (an auxiliary after it: "It has yet to …") right before the claim's words. */
const ANAPHOR =
  /(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:it|they|the\s+(?:index|gauge|benchmark|fund))\s+(?:(?:has|have|had|is|are|was|were|still)\s+)?$/i;

/**
 * The subjects of a numberless claim whose words start at `at` of `t`; none when it names no one capgap has
 * ("Stocks ended higher").
 * @example spokenSubjects('It has yet to top …', 7, [], rut) // [rut]
 */
export function spokenSubjects(
  t: string,
  at: number,
  hits: readonly SubjectHit[],
  spoken: ClaimSubject | undefined,
): ClaimSubject[] {
  const named = measurableBefore(hits, at);
  return named.length ? named : ANAPHOR.test(t.slice(0, at)) && spoken ? [spoken] : [];
}
