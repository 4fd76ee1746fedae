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
/**
 * "Friday's 0.4% gain, in a holiday-shortened session, lifted the index to a record": the move's owner is what
 * it moved (a pronoun or "the index": the previous sentence's subject; else the subject named there).
 */
const MOVED = String.raw`^\s+(?:[\w-]+\s+)?(?:gain|rise|advance|jump|rally|surge|climb|loss|fall|drop|decline|slide|slump|tumble|plunge|retreat|rebound|selloff|sell-off|move)s?\b[^;]{0,60}?\b(?:lifted|pushed|sent|took|carried|brought|left|put|drove|dragged|knocked|pulled|propelled)\s+`;
const MOVED_IT = new RegExp(
  String.raw`${MOVED}(?:it|them|the\s+(?:small-cap\s+)?(?:index|gauge|benchmark))\b`,
  'i',
);
const MOVED_NAMED = new RegExp(String.raw`${MOVED}(?:the\s+)?$`, 'i');

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
  // (A move's object may sit past the clause's commas: "…, in a holiday-shortened session, lifted the index".)
  if (MOVED_IT.test(t.slice(q.end))) return previous;
  const moved = subjects.find((h) => h.start >= q.end && MOVED_NAMED.test(t.slice(q.end, h.start)));
  if (moved && isMeasurable(moved.subject)) return moved.subject;
  const named = subjects.find(
    (h) =>
      h.start >= q.end &&
      h.end <= seg.end &&
      NAMED_LATER.test(t.slice(q.end, h.start)) &&
      /^['’]s\s/.test(t.slice(h.end)),
  );
  return named && isMeasurable(named.subject) ? named.subject : undefined;
}
