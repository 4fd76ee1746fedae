/**
 * A number's sign and where it came from: a noun before it ("a loss of"), a comparative after it ("lower"),
 * the relative verb, "more/less than", the clause's verb or a noun after it; else the number's own minus; else
 * the verb a comparison elides ("has lost 3.9%, against 2.1% for the S&P 500": a loss too).
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { GIVE_BACK_VERB, GIVEN_PART } from './after-move.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import { AGAINST, COMPARATIVE_AFTER, NOUN_BEFORE } from './quantity-words.ts';
import { opposite } from './readings.ts';
import type { SubjectHit } from './subjects.ts';
import { NOUN_QUALIFIER, NOUN_SIGNS, type VerbHit } from './verbs.ts';

/** What the clause says around the number (./quantity-claim.ts). */
export interface SignWords {
  nounSign?: number;
  relative?: VerbHit;
  more?: { sign: 1 | -1; byVerb: boolean } | null;
  verb?: VerbHit;
  noun?: RegExpExecArray | null;
  elided?: VerbHit;
}

/**
 * The sign of the number `q` whose clause goes on with `rest`.
 * @example claimSign(' lower', q, {}) // { sign: -1, signSource: 'verb' }
 */
export function claimSign(
  rest: string,
  q: Quantity,
  w: SignWords,
): Pick<QuantityClaim, 'sign' | 'signSource'> {
  const after = COMPARATIVE_AFTER.exec(rest);
  const { relative, more, verb, noun, elided } = w;
  const verbSign =
    w.nounSign ??
    (after ? (/lower|weaker|below|under|beneath/i.test(after[1]) ? -1 : 1) : undefined) ??
    (relative
      ? relative.sign
      : more
        ? ((more.byVerb && verb?.sign === -1 ? -more.sign : more.sign) as 1 | -1)
        : (verb?.sign ?? (noun ? NOUN_SIGNS[noun[1].toLowerCase()] : undefined)));
  if (
    verbSign === -1 ||
    (verbSign === undefined && !q.negative && elided?.kind === 'move' && elided.sign < 0)
  )
    return { sign: -1, signSource: 'verb' };
  if (q.negative) return { sign: -1, signSource: 'number' };
  return { sign: 1, signSource: verbSign === 1 ? 'verb' : 'none' };
}

/**
 * Whether the words before a number open a second leg ("…, against 2.1% for the S&P 500", "…, more than the
 * S&P 500's 5.3%", after the clause's last comma) and the verb it elides (`verb`, when no verb of its own
 * follows the leg's start at `at` + its offset).
 * @example elidedLeg(', against ', 40, verbs, lost) // { against: true, elided: lost }
 */
export function elidedLeg(
  head: string,
  at: number,
  verbs: readonly VerbHit[],
  verb: VerbHit | undefined,
): { against: boolean; elided?: VerbHit } {
  const comma = head.lastIndexOf(',');
  const from = AGAINST.test(head) ? 0 : comma >= 0 && AGAINST.test(head.slice(comma)) ? comma : -1;
  if (from < 0) return { against: false };
  return { against: true, ...(verb && !verbs.some((v) => v.start >= at + from) ? { elided: verb } : {}) };
}

/**
 * The side a comparison verb before position `at` set its subject against, for a second leg with no subject of
 * its own: "The Russell 2000 outpaced the S&P 500, rising 11% against 3.4%" (the S&P 500), "Small caps outpaced
 * their larger peers, rising 11% against 3.4%" (the other end of the size spectrum); undefined with none, or
 * when a clause of its own comes between ("beat the S&P 500 …, and it rose 8.6% …, against 10.2% in 2016": its).
 * @example comparedSide(31, hits, verbs) // { kind: 'security', id: '^GSPC' }
 */
export function comparedSide(
  at: number,
  subjects: readonly SubjectHit[],
  verbs: readonly VerbHit[],
  t = '',
): ClaimSubject | undefined {
  const v = verbs.filter((x) => x.kind === 'relative' && x.end <= at).pop();
  const of = v && subjects.find((h) => h.start >= v.end && h.end <= at);
  if (!v || !of || /[,;]\s*(?:and|but|while)?\s*(?:it|they)\s/i.test(t.slice(v.end, at))) return undefined;
  if (of.subject.kind !== 'opposite') return of.subject as ClaimSubject;
  const by = subjects.filter((h) => h.end <= v.start && h.subject.kind !== 'opposite').pop();
  return (by && opposite(by.subject as ClaimSubject)) ?? undefined;
}

/**
 * The sign a noun gives number `q` of clause `seg`: the one before it ("a gain of 5%", "a drop of 2%"), else a
 * period's possessive's (`possessedSign`); undefined when neither does.
 * @example nounSignOf('a drop of 2%', { start: 0, end: 11 }, q, null) // -1
 */
export function nounSignOf(
  t: string,
  seg: TextSpan,
  q: Quantity,
  noun: RegExpExecArray | null,
): 1 | -1 | undefined {
  const before = NOUN_BEFORE.exec(t.slice(seg.start, q.start)) ?? NOUN_HEAD.exec(t.slice(seg.start, q.start));
  return before ? NOUN_SIGNS[(before[1] ?? before[2]).toLowerCase()] : possessedSign(t, q, noun);
}

/**
 * A clause whose head is a move noun, then "is", "was" or a label's colon before the number: "The S&P 500's
 * loss since the vote: 1.2%", "The typical drop for the S&P 500 in the week after the vote is 1.2%".
 */
const NOUN_HEAD = new RegExp(
  String.raw`^\s*(?:[\w&.' -]{0,40}?['’]s?\s+|(?:the|its|their|this|that)\s+)(?:${NOUN_QUALIFIER}\s+)?(gain|rise|advance|increase|jump|rally|return|loss|fall|drop|decline|slide)(?:es|s)?\b(?:\s+(?:for|in|of|since|after|over|during|following|on|through|this|last|so)\b(?:(?!\b(?:means?|meant|leaves?|left|leaving|puts?|put|makes?|made|it|they|which|that|who)\b)[^,;:]){0,60}?)?\s*(?:\s(?:is|was|were|are|has\s+been|came\s+to|stood\s+at|amounted\s+to|totall?ed)|:)\s+${HEDGE}$`,
  'i',
);

/** A possessive right before a number ("the prior week's +8.6%", "Wednesday's 5.8% jump"), as a pattern's source. */
export const POSSESSIVE = String.raw`['’]s\s+[+-]?`;

/** A move given back or erased before its number: "erasing much of its 4.2% gain", "giving back a 3% rise". */
const GIVEN_BACK = new RegExp(`\\b${GIVE_BACK_VERB}\\s+${GIVEN_PART}[+-]?$`, 'i');

/**
 * The sign of a number a period's possessive holds ("giving back half of the prior week's +8.6%", "erasing
 * the previous session's 2% gain"), or a move given back ("erasing much of its 4.2% gain"): its noun's, else its
 * own written sign, never the clause's verb (that verb acts on the earlier move, it does not sign it);
 * undefined for other numbers.
 * @example possessedSign("erasing half of the prior week's 8.6% gain", q, noun) // 1
 */
export function possessedSign(t: string, q: Quantity, noun: RegExpExecArray | null): 1 | -1 | undefined {
  const before = t.slice(0, q.start);
  if (!new RegExp(`${POSSESSIVE}$`).test(before) && !GIVEN_BACK.test(before)) return undefined;
  if (noun) return NOUN_SIGNS[noun[1].toLowerCase()];
  return q.negative ? -1 : /\+\s*$/.test(t.slice(0, q.start)) || t[q.start] === '+' ? 1 : undefined;
}
