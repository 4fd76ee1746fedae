/**
 * A gap that names no target after two stated returns ("Since the election, R2K +4.2% vs SPX +2.5%: small caps
 * still ahead by ~170bp", "…, leaving the S&P 500 behind by 1.7 points"): the spread of those two legs.
 * Before, "a point difference with nothing it is measured against".
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { comparisonClaim } from './comparison-claim.ts';
import type { Quantity } from './numbers.ts';
import type { Carry, QuantityClaim } from './quantity-types.ts';
import { type SubjectHit, subjectKey } from './subjects.ts';

/** "…, leaving the S&P 500 behind by 1.7 points": the named leg is the lower one. */
const BEHIND_BY =
  /\b(?:behind|trailing|lagging|adrift)\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|~)?$/i;

function statedLegs(
  subject: ClaimSubject,
  hits: readonly SubjectHit[],
  q: TextSpan,
  carry: Carry,
): [ClaimSubject, ClaimSubject] | undefined {
  const legs = (carry.legs ?? []).filter(
    (x, i, a) => a.findIndex((y) => subjectKey(y) === subjectKey(x)) === i,
  );
  if (legs.length !== 2 || subjectKey(subject) === 'SMB') return undefined;
  const named = hits.filter((h) => h.end <= q.start && h.subject.kind !== 'opposite');
  const last = named.at(-1)?.subject as ClaimSubject | undefined;
  return last && subjectKey(last) === subjectKey(legs[1]) ? [legs[1], legs[0]] : [legs[0], legs[1]];
}

/**
 * The spread claim of a point gap `q` over the two legs stated before it, or undefined.
 * @example legsGap(t, q, subject, hits, { legs: [rut, spx] }, { sign: 1, signSource: 'verb' }) // { metric: 'spread', subjects: [rut, spx], … }
 */
export function legsGap(
  t: string,
  q: Quantity,
  subject: ClaimSubject,
  hits: readonly SubjectHit[],
  carry: Carry,
  base: Pick<QuantityClaim, 'sign' | 'signSource' | 'verb'>,
): QuantityClaim | string | undefined {
  const legs = q.unit === 'pp' ? statedLegs(subject, hits, q, carry) : undefined;
  if (!legs) return undefined;
  return comparisonClaim(
    legs[0],
    legs[1],
    { ...base, ...(BEHIND_BY.test(t.slice(0, q.start)) ? { sign: -1 } : {}) },
    '',
  );
}
