/**
 * A comparison's metric, from what the subject is compared with: the market or the stock universe →
 * excess-return; "the opposite end" → the spread with the subject's opposite group; a named size group,
 * sector or region → a spread against a group ('opposite-group' when it is the subject's opposite); an
 * index or fund → a spread against a security.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { opposite } from './readings.ts';
import type { SubjectHit } from './subjects.ts';

/**
 * The claim "subject beat/trailed tgt by q" makes, or the reason it names no group.
 * @example comparisonClaim(rut, { kind: 'market' }, { sign: 1, signSource: 'verb' }, 'small caps') // { metric: 'excess-return', target: 'market', … }
 */
export function comparisonClaim(
  subject: ClaimSubject,
  tgt: SubjectHit['subject'],
  base: Pick<QuantityClaim, 'sign' | 'signSource' | 'verb'>,
  measuredWords: string,
): QuantityClaim | string {
  if (tgt.kind === 'opposite') {
    const o = opposite(subject);
    if (!o) return `"the opposite end" of ${JSON.stringify(measuredWords)} names no group`;
    return {
      metric: 'spread',
      subjects: [subject, o],
      target: 'opposite-group',
      ...base,
    };
  }
  if (tgt.kind === 'market' || tgt.kind === 'universe')
    return {
      metric: 'excess-return',
      subjects: [subject],
      target: tgt.kind,
      ...base,
    };
  const group = ['size-group', 'size-class', 'sector', 'region'].includes(tgt.kind);
  return {
    metric: 'spread',
    subjects: [subject, tgt],
    target: group
      ? JSON.stringify(opposite(subject)) === JSON.stringify(tgt)
        ? 'opposite-group'
        : 'group'
      : 'security',
    ...base,
  };
}

/** "… against 1.8% for the S&P 500", "versus a 2% gain in IWM": a comparison naming its side after a number. */
const AGAINST_FOR =
  /\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?[-+−]?\d[\d.,]*\s*(?:%|per\s*cent|percent)(?:\s+(?:gain|rise|return|advance|loss|fall|drop|decline))?\s+(?:for|in|by|on)\s+$/i;

/**
 * The target of a comparison with none in its clause, named later in the sentence by "against N% for X"
 * ("outperformed by 5.5 points, rising 7.3% against 1.8% for the S&P 500"): X, if it is not the subject.
 * @example laterTarget(t, q, hits, rut)?.subject // { kind: 'security', id: '^GSPC' }
 */
export function laterTarget(
  t: string,
  q: TextSpan,
  subjects: readonly SubjectHit[],
  measured: SubjectHit | undefined,
): SubjectHit | undefined {
  return subjects.find(
    (h) =>
      h.start >= q.end &&
      h !== measured &&
      JSON.stringify(h.subject) !== JSON.stringify(measured?.subject) &&
      AGAINST_FOR.test(t.slice(q.end, h.start)),
  );
}
