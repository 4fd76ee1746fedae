/**
 * A part of a move a sentence opened with: "Of the Russell 2000's 9% gain since the election, about 6 points
 * came on Wednesday" ("Of that 9% gain, …": the sentence before's subject's) is the index's return on Wednesday
 * (about 6%), not a move of 6 index points. The part is read as the day's (or the period's) own return; for the
 * first session after the base it is the part of the whole exactly, for a later one it is the share of the base
 * close the period added, which differs from the period's return by the whole's compounding (docs/report.md,
 * "Twenty-seventh round").
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import type { SubjectHit } from './subjects.ts';
import { NOUN_SIGNS } from './verbs.ts';

/** "Of the Russell 2000's 9% gain …,", "Of that 10.6% gain,": the opener, up to the move's noun. */
const OPENER = new RegExp(
  String.raw`^\s*(?:of|out\s+of)\s+(?:(that|this|its|their)|(?:the\s+)?[^,;]{2,60}?['’]s?)\s+${HEDGE}[\d.]+\s*(?:%|percent|per\s+cent|-percent|-per-cent)\s+(gain|rise|rally|advance|climb|jump|surge|increase|decline|drop|fall|loss|slide|slump|selloff|sell-off)\b`,
  'i',
);

/** The part's verb right after it: "about 6 points came on Wednesday", "4 points of it arrived". */
const CAME =
  /^\s*(?:of\s+(?:it|that|them|which)\s+)?(?:came|arrived|was\s+(?:made|added|booked)|were\s+(?:made|added|booked))\b/i;

/**
 * The return a part of an opened move claims, or undefined when `q` is none.
 * @example partOfMove('Of the Russell 2000's 9% gain, about 6 points came on Wednesday.', q, seg, hits) // { metric: 'return', subjects: [^RUT], sign: 1 }
 */
export function partOfMove(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  previous?: ClaimSubject,
): QuantityClaim | undefined {
  if (q.unit !== 'pp' && q.unit !== 'points' && q.unit !== 'percent') return undefined;
  const open = OPENER.exec(t);
  if (!open || q.start < open[0].length || !CAME.test(t.slice(q.end, seg.end))) return undefined;
  // "Of that 10.6% gain": the move the sentence before stated, its subject's.
  const subject = open[1] ? previous : subjects.find((h) => h.end <= open[0].length)?.subject;
  if (!subject || !isMeasurable(subject)) return undefined;
  const sign = NOUN_SIGNS[open[2].toLowerCase()] ?? 1;
  return { metric: 'return', subjects: [subject], sign, signSource: 'verb', unit: 'percent' };
}
