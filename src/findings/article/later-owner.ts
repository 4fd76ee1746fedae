/**
 * A move whose owner the sentence names after it, in the record it sets: "Tuesday's 1.8% drop was the index's
 * worst day since Oct. 10", "The 1.8% slide marked its …" (a pronoun: the previous sentence's subject), and
 * "Wednesday's 4.4% plunge was the Russell 2000's worst Fed-day drop since 2001" (the subject named there).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { isMeasurable } from './bound-subject.ts';
import { DATE_RE, WEEKDAY_RE } from './dates.ts';
import type { SubjectHit } from './subjects.ts';

/** The move nouns whose owner a later word names: "Friday's 0.4% gain … lifted the index". */
const MOVES =
  'gain|rise|advance|jump|rally|surge|climb|loss|fall|drop|dip|decline|slide|slip|slump|tumble|plunge|retreat|pullback|rebound|bounce|recovery|selloff|sell-off|move';

/** A move noun after the number, then "was", "marked" … before the owner's possessive. */
const MOVE_THEN = String.raw`^\s+(?:[\w-]+\s+)?(?:${MOVES})s?\b[^,;]{0,40}?\b(?:was|is|marked|made|became)\s+`;
/** "% drop was the index's worst day", "% slide marked its …": a pronoun's record. */
const OWNED_LATER = new RegExp(
  String.raw`${MOVE_THEN}(?:its|their|the\s+(?:(?:small-cap\s+)?index|gauge|benchmark)['’]s)\s`,
  'i',
);
/**
 * "Friday's 0.4% gain, in a holiday-shortened session, lifted the index to a record": the move's owner is what
 * it moved (a pronoun or "the index": the previous sentence's subject; else the subject named there).
 */
const MOVED = String.raw`^\s+(?:[\w-]+\s+)?(?:${MOVES})s?\b[^;]{0,60}?\b(?:lifted|pushed|sent|took|carried|brought|left|put|drove|dragged|knocked|pulled|propelled)\s+`;
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

/** A sentence opening on a day's move, up to its number: "Friday's ", "Nov. 9's ". */
const DAY_MOVE = new RegExp(`^\\s*(?:${WEEKDAY_RE}|${DATE_RE})['’]s\\s+$`, 'i');
/** The move's noun after its number ("0.9% rebound"), not one of what it names ("2% drop in oil prices"). */
const DAY_NOUN = new RegExp(
  String.raw`^\s*(?:%|per\s?cent|percent)?\s*(?:${MOVES})\b(?!\s+(?:in|of|for|among|across)\s)`,
  'i',
);

/**
 * The owner of a day's move that opens a sentence naming no one ("Friday's 0.9% rebound did little to change
 * the picture"): the one the article spoke of last; else undefined.
 * @example dayMoveOwner("Friday's 0.9% rebound did little …", q, [], rut) // rut
 */
export function dayMoveOwner(
  t: string,
  q: TextSpan,
  subjects: readonly SubjectHit[],
  previous: ClaimSubject | undefined,
): ClaimSubject | undefined {
  if (!previous || subjects.length || !DAY_MOVE.test(t.slice(0, q.start))) return undefined;
  return DAY_NOUN.test(t.slice(q.end)) ? previous : undefined;
}
