/**
 * A note's measure named by a pronoun in a later clause: "In 2016 the gap was 10.7 points, and in 2020 it was
 * 4.1 points." After a sentence or note defined its measure (./measure-define.ts), "it" (or "that") with a
 * year is the same two groups as the clause before, in that year (the measure's rules move the window).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ClaimSubject, TextSpan } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';

/** ", and in 2020 it was", "; in 2008, it stood at", "while in 2012 that was": the clause up to its number. */
const PRONOUN_YEAR = new RegExp(
  String.raw`^[\s,;]*(?:(?:and|but|while|whereas)\s+)?(?:(?:in|for|after)\s+(?:(?:the\s+)?(?:19|20)\d\d(?:\s+(?:election|vote))?|that\s+year)\s*,?\s+)(?:it|that|this)\s+(?:was|stood\s+at|came\s+(?:in\s+)?at|reached|ran\s+to)\s+${HEDGE}(?:minus\s+)?$`,
  'i',
);

/**
 * The groups of the last spread this sentence stated, when the clause of `q` points back at it by a pronoun
 * and a year, in a note that defined its measure; else null.
 * @example pronounGap(t, q, seg, out, ctx) // { subject: Lo 20, target: Hi 20, sign: 1, window }
 */
export function pronounGap(
  t: string,
  q: Quantity,
  seg: TextSpan,
  out: readonly ClaimReadings[],
  ctx: Pick<ArticleContext, 'measure'>,
): { subject: ClaimSubject; target: ClaimSubject; sign: 1 | -1; window: ClaimWindow } | null {
  const prev = out.at(-1)?.readings[0];
  if (!ctx.measure || q.unit !== 'pp' || !prev || prev.metric !== 'spread') return null;
  if (!PRONOUN_YEAR.test(t.slice(seg.start, q.start))) return null;
  const [subject, target] = prev.parsedSubjects;
  if (!subject || !target) return null;
  return { subject, target, sign: q.value < 0 ? -1 : 1, window: prev.window };
}
