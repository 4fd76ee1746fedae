/**
 * A move whose owner the sentence names after it, in the record it sets: "Tuesday's 1.8% drop was the index's
 * worst day since Oct. 10", "The 1.8% slide marked its …" (a pronoun: the previous sentence's subject), and
 * "Wednesday's 4.4% plunge was the Russell 2000's worst Fed-day drop since 2001" (the subject named there).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import type { SubjectHit } from './subjects.ts';

/** A move noun after the number, then "was", "marked" … before the owner's possessive. */
const MOVE_THEN = String.raw`^\s+(?:[\w-]+\s+)?(?:gain|rise|advance|jump|rally|surge|climb|loss|fall|drop|decline|slide|slump|tumble|plunge|retreat|selloff|sell-off|move)s?\b[^,;]{0,40}?\b(?:was|is|marked|made|became)\s+`;
/** "% drop was the index's worst day", "% slide marked its …": a pronoun's record. */
const OWNED_LATER = new RegExp(
  String.raw`${MOVE_THEN}(?:its|their|the\s+(?:(?:small-cap\s+)?index|gauge|benchmark)['’]s)\s`,
  'i',
);
/** "% plunge was the Russell 2000's …": up to a subject named, whose possessive follows. */
const NAMED_LATER = new RegExp(String.raw`${MOVE_THEN}(?:the\s+)?$`, 'i');

/**
 * The owner a later record names for the move at `q` (its clause `seg`), or undefined.
 * @example laterOwner("Wednesday's 4.4% plunge was the Russell 2000's worst …", q, seg, hits, undefined) // ^RUT
 */
export function laterOwner(
  t: string,
  q: TextSpan,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  previous: ClaimSubject | undefined,
): ClaimSubject | undefined {
  if (OWNED_LATER.test(t.slice(q.end, seg.end))) return previous;
  const named = subjects.find(
    (h) =>
      h.start >= q.end &&
      h.end <= seg.end &&
      NAMED_LATER.test(t.slice(q.end, h.start)) &&
      /^['’]s\s/.test(t.slice(h.end)),
  );
  return named && isMeasurable(named.subject) ? named.subject : undefined;
}
