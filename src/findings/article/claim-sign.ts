/**
 * A number's sign and where it came from: a noun before it ("a loss of"), a comparative after it ("lower"),
 * the relative verb, "more/less than", the clause's verb or a noun after it; else the number's own minus; else
 * the verb a comparison elides ("has lost 3.9%, against 2.1% for the S&P 500": a loss too).
 */
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import { AGAINST, COMPARATIVE_AFTER } from './quantity-words.ts';
import { NOUN_SIGNS, type VerbHit } from './verbs.ts';

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
