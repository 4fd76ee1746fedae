/**
 * A difference between two sides named together, with no verb of outperforming: "The gap between the Russell
 * 2000 and the S&P 500, 7.5 percentage points, …", "the difference between small and large caps was 3 points",
 * "The Russell 2000 and the S&P 500 ended the year 8.9 percentage points apart", "Bottom decile vs top decile:
 * -2.9pp", "The decile spread was 6.3 points". Moved out of ./position-claim.ts, which reads positions and leads.
 *
 * A gap between two sides says how far apart they are, not which is ahead: unless its number carries a sign
 * ("−2.9 points") or a verb gives one, it is `unsigned` (the stated magnitude either way; the verdict prints
 * the signed value, so the reader sees who led).
 */
import type { ClaimSubject } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { gapWith } from './gap-claim.ts';
import type { Quantity } from './numbers.ts';
import type { SubjectHit } from './subjects.ts';

/**
 * "The gap between the Russell 2000 and …", "The performance gap between …", "between the best and worst, IWC
 * and VB" (or "— A and B —").
 */
const BETWEEN =
  /\bthe\s+(?:(?:performance|return|returns|size|valuation)\s+)?(?:gap|difference|spread|margin)\s+between\s+(?:(?:the\s+)?(?:U\.S\.|US|American|UK|British)\s+|[^,;()\d%]{3,40}?\s*(?:[,(]|\s-)\s*)?$/i;

/** " vs. ", " versus ", " relative to ": two sides set against each other. */
const VS = /^\s+(?:vs\.?|versus|relative\s+to)\s+(?:the\s+)?$/i;

/** After the number: "… 8.9 percentage points apart". */
const APART = /^\s*(?:percentage[- ])?(?:points?|pp|pts?)?\s+apart\b/i;

/** Between two sides of one gap: "A and B", "A, up 2%, and B". */
const AND = /^(?:,[^;]{0,40}?,)?\s+(?:and|&)\s+(?:the\s+)?$/i;

/**
 * The spread of the two named, in the order written, or null. Their own returns may come between, another
 * point difference may not. The side is unstated (`unsigned`) unless the number is written with a minus.
 * @example betweenClaim(t, q, hits) // { subject: ^RUT, target: ^GSPC, unsigned: true }
 */
export function betweenClaim(
  t: string,
  q: Quantity,
  subjects: readonly SubjectHit[],
): { subject: ClaimSubject; target: ClaimSubject; sign?: 1 | -1; unsigned?: true } | null {
  if (q.unit !== 'pp') return null;
  const side = q.negative ? { sign: -1 as const } : { unsigned: true as const };
  for (let i = 0; i + 1 < subjects.length; i++) {
    const [a, b] = [subjects[i], subjects[i + 1]];
    // "The decile spread was 6.3 points": the two ends one word names (./size-groups.ts).
    const oneWord =
      a.end === b.start &&
      /^(?:size[- ])?(?:decile|quintile|quartile|tercile)\s*$/i.test(t.slice(a.start, a.end));
    if (oneWord && b.end <= q.start)
      return { subject: a.subject as ClaimSubject, target: b.subject as ClaimSubject };
    // "Small caps vs. large caps since Tuesday's close: +3.9 points", "Bottom decile vs top decile: -2.9pp": signed.
    const [x, y] = [a.subject, b.subject] as [ClaimSubject, ClaimSubject];
    if (b.end <= q.start && VS.test(t.slice(a.end, b.start)) && /:\s*[-+−]?$/.test(t.slice(b.end, q.start)))
      if (isMeasurable(x) && isMeasurable(y)) return { subject: x, target: y, sign: q.negative ? -1 : 1 };
    if (b.end > q.start || !AND.test(t.slice(a.end, b.start))) continue;
    if (!isMeasurable(a.subject) || !isMeasurable(b.subject)) continue;
    if (/\b(?:points?|pp)\b/i.test(t.slice(a.end, q.start))) continue;
    // "The Russell 2000 and the S&P 500 ended last year 8.9 percentage points apart": the two before, no verb
    // of theirs with a number between.
    const apart = APART.test(t.slice(q.end)) && !/\d/.test(t.slice(b.end, q.start));
    if (!apart && !BETWEEN.test(t.slice(Math.max(0, a.start - 90), a.start))) continue;
    return { subject: x, target: y, ...side };
  }
  return gapWith(t, q, subjects); // "narrowing its gap with the S&P 500's 26% to 8 points"
}
