/**
 * A number a relative clause gives its own subject: "well ahead of the 15.3% it gained in the month of the
 * 2016 election", "the 4% they lost on Friday". The pronoun is the sentence's first subject (else the one
 * the article last spoke of), so the number is that subject's return, not a comparison's other side.
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import type { SubjectHit } from './subjects.ts';

const OWN =
  /^\s+(?:that\s+|which\s+)?(?:it|they|the\s+index|the\s+gauge)\s+(?:had\s+|has\s+)?(?:(gained|rose|risen|returned|climbed|added|jumped|rallied|advanced|posted|made|earned|delivered)|(lost|fell|fallen|dropped|shed|slid|gave\s+up))\b/i;

/**
 * The return "the N% it gained" states, or undefined.
 * @example pronounReturn('The Russell 2000 is up 18.5%, ahead of the 15.3% it gained in 2016', q, hits) // { metric: 'return', subjects: [^RUT], sign: 1 }
 */
export function pronounReturn(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
  previous: ClaimSubject | undefined,
): QuantityClaim | undefined {
  if (q.unit !== 'percent') return undefined;
  const m = OWN.exec(t.slice(q.end));
  if (!m) return undefined;
  const first = subjects.find((h) => h.end <= q.start && isMeasurable(h.subject))?.subject as
    | ClaimSubject
    | undefined;
  const subject = first ?? previous;
  if (!subject) return undefined;
  const down = !!m[2];
  return {
    metric: 'return',
    subjects: [subject],
    sign: down || q.negative ? -1 : 1,
    signSource: down ? 'verb' : q.negative ? 'number' : 'verb',
  };
}
