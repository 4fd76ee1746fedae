/**
 * The claim one number makes, by its kind: a close (./level-claim.ts), a multiple of another return
 * (./ratio-claim.ts), a move in index points (./points-claim.ts), else a return, a difference or a flow
 * (./quantity-claim.ts), or a distance from a high or a low (./distance-claim.ts). A close or a multiple in a forecast, a hedge or a prospect is no claim, as
 * any other number.
 */
import type { ClaimSubject, TextSpan } from '../claim-read.ts';
import { asDistance } from './distance-claim.ts';
import { drawdownClaim } from './drawdown.ts';
import { levelClaim, withLevels } from './level-claim.ts';
import { notAClaim } from './not-a-claim.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { isMove, pointsClaim } from './points-claim.ts';
import { type Carry, type QuantityClaim, quantityClaim } from './quantity-claim.ts';
import { ratioClaim, withRatios } from './ratio-claim.ts';
import { partOfMove } from './share-of-move.ts';
import type { SubjectHit } from './subjects.ts';
import type { VerbHit } from './verbs.ts';

/** A level still to come: "on track to end the year at", "needs to close above", "set to open at". */
const PROSPECT =
  /\b(?:on\s+(?:track|course|pace)|set|poised|expected|forecast|projected|likely|needs?|has|have)\s+to\b/i;

/**
 * Every number of a sentence, in order: per cents, differences, amounts (./numbers.ts), closes, multiples.
 * @example findNumbers('The Russell 2000 rose 1.5% to 2,442.03.') // [1.5 percent, 2442.03 level]
 */
export function findNumbers(t: string): Quantity[] {
  return withRatios(t, withLevels(t, findQuantities(t)));
}

/**
 * The claim quantity `q` makes in clause `seg`, or why it makes none.
 * @example claimOf(t, q, seg, subjects, verbs, carry, previous, '2024-11-25') // { metric: 'level', subjects: [^RUT], … }
 */
export function claimOf(
  t: string,
  q: Quantity,
  seg: TextSpan,
  subjects: readonly SubjectHit[],
  verbs: readonly VerbHit[],
  carry: Carry,
  previous: ClaimSubject | undefined,
  ref: string | undefined,
): QuantityClaim | string {
  const verb = verbs.filter((v) => v.end <= q.start && v.start >= seg.start).pop();
  // "Of the Russell 2000's 9% gain, about 6 points came on Wednesday": Wednesday's return.
  const part = partOfMove(t, q, seg, subjects, previous);
  if (part) return part;
  if (q.unit !== 'level' && q.unit !== 'ratio' && q.unit !== 'points') {
    const qc = quantityClaim(t, q, seg, subjects, verbs, carry, previous);
    // "The Russell 2000 gained 18.5 points on the day": points of one index against nothing are its move.
    const move = typeof qc === 'string' && qc.startsWith('a point difference') && isMove(t, q, seg, verb);
    // "The index's drawdown from that peak reached 28%": a distance below the high, told noun first.
    const drawdown = typeof qc === 'string' ? undefined : drawdownClaim(t.slice(seg.start, q.start), qc, ref);
    if (!move) return drawdown ?? asDistance(t, q, seg, qc, ref);
  }
  // "Could rise twice as much … next year", "on track to end the year at 6,000": a forecast.
  const not = notAClaim(t, q, seg, verb) ?? PROSPECT.exec(t.slice(seg.start, q.start))?.[0];
  // notAClaim's "a level, not a change" is for per cents ("climbed to 24 per cent"); this is a close or a move.
  if (not && !not.startsWith('a level, not a change'))
    return /^(?:a|not)\s/.test(not) ? not : `a forecast ("${not}"): not checkable against past data`;
  const clause = { t, seg, subjects, carry, previous };
  if (q.unit === 'ratio') return ratioClaim(clause, q);
  if (q.unit === 'level') return levelClaim(clause, q, verb);
  return pointsClaim(clause, q, verb);
}
