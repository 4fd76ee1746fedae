/**
 * A gap stated after two returns of different subjects, with no subject of its own: "…, a gap of 7.5 points",
 * "That left the gap between the two at 2.5 points", "That 8.5 percentage point gap is …" (moved out of
 * ./position-claim.ts, which reads positions and leads that name their two sides).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import type { EarlierSpread } from './article-context.ts';
import type { Quantity } from './numbers.ts';

/**
 * "…, a gap of 7.5 points", "a difference of 3 points", "That left the gap between the two at 2.5 points", "The gap
 * between the two indexes, 2.5 points, …", "The Russell 2000's outperformance of 5.1 points": two returns' gap.
 */
const GAP =
  /(?:\b(?:a|an|the)\s+(?:gap|difference|spread|margin|outperformance|lead|edge|advantage)\s+of|['’]s?\s+(?:outperformance|lead|edge|advantage)\s+of|the\s+(?:gap|difference|spread|margin)\s+(?:is|was|now\s+stands\s+at|stands\s+at|stood\s+at|is\s+now|(?:has\s+|had\s+)?(?:widened|narrowed|grown|shrunk)\s+to)|the\s+(?:gap|difference|spread|margin)\s+between\s+(?:the\s+two(?:\s+(?:indexes|indices|gauges|benchmarks|groups|funds|etfs))?|them|the\s+pair)(?:(?:\s+(?:at|to|of|was|is|has|had|now|stood|stands|widened|narrowed|grown|shrunk)){1,3}|\s*,(?:\s+(?:at|now))?))\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|~\s*)?$/i;

/** "That 8.5 percentage point gap is …", "That's nearly 7 pts of outperformance": the gap named after its number. */
const NAMED_BEFORE =
  /\b(?:that|this|the|a|(?:that|it|this)(?:['’]s|\s+is|\s+was))\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?$/i;
const NAMED_AFTER =
  /^[- ]?(?:percentage[- ]points?|points?|pp)?[- ]?(?:gap|spread|difference|margin)\b|^\s*(?:percentage\s+points?|points?|pts?|pp)?\s+of\s+outperformance\b/i;

/**
 * The spread a gap states after two returns of different subjects: the higher stated return's subject minus
 * the lower's ("… surged 18.3% and the S&P 500 rose 10.8%, a gap of 7.5 points": ^RUT − ^GSPC = 7.5), or null.
 * "The gap between the two indexes" takes the last two indexes' returns (`indexes`, each index's last).
 * @example gapClaim(t, q, seg, [rut183, spx108]) // { subject: ^RUT, target: ^GSPC }
 */
export function gapClaim(
  t: string,
  q: Quantity,
  seg: TextSpan,
  earlier: readonly (EarlierSpread & { subjects: string[]; stated: number })[],
  indexes: readonly (EarlierSpread & { subjects: string[]; stated: number })[] = [],
): { subject: ClaimSubject; target: ClaimSubject; window?: ClaimWindow } | null {
  // ", at 8 percentage points," after "The gap between the two indices": the clause before names it.
  // ", now about 7.5 points," likewise.
  const head = t.slice(
    /^[\s,]*(?:at|now)\s+(?:(?:about|some|nearly|almost|roughly|more\s+than)\s+)?$/i.test(
      t.slice(seg.start, q.start),
    )
      ? 0
      : seg.start,
    q.start,
  );
  const named = NAMED_BEFORE.test(head) && NAMED_AFTER.test(t.slice(q.end));
  if (q.unit !== 'pp' || !(named || GAP.test(head))) return null;
  // "the gap between the two indexes": the last two indexes' returns, not a fund's stated after them.
  const two = /\btwo\s+(?:indexes|indices|gauges|benchmarks)\b/i.test(head)
    ? indexes.filter((c, i) => !indexes.slice(i + 1).some((d) => d.subjects[0] === c.subjects[0]))
    : [];
  const returns = (two.length >= 2 ? two : earlier).filter((c) => c.metric === 'return');
  const [a, b] = returns.slice(-2);
  if (!a || !b || a.subjects[0] === b.subjects[0]) return null;
  const [hi, lo] = a.stated >= b.stated ? [a, b] : [b, a];
  // Two returns over one period ("… over the same period. The gap between the two …"): that period too.
  const one = JSON.stringify(a.window) === JSON.stringify(b.window) ? { window: a.window } : {};
  return { subject: hi.parsedSubjects[0], target: lo.parsedSubjects[0], ...one };
}
