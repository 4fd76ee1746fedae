/**
 * Moves in index points, as market wraps write them: "the S&P 500 rose 4.5 points, or 0.2 percent, to
 * 2,167.48", "the Russell 2000 gained 18.5 points on the day", "the Dow fell 300 points". A number of
 * "points" is an index's move (a `points` claim, ../evaluate-level.ts: the window's last close minus its
 * base close) when a per cent restates it (", or 0.2 percent"), when it is too large for a difference of
 * returns (20 or more), or when its clause measures one index or fund against nothing ("gained 18.5
 * points"; "beat the S&P 500 by 3 points" is a difference of returns). The window is the number's, read as
 * a return's ("N points, or X percent" alone: the session ending the article's date).
 */
import type { TextSpan } from '../claim-read.ts';
import { type Clause, clauseSubject } from './clause-subject.ts';
import { OTHER_MARKETS } from './level-claim.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import type { VerbHit } from './verbs.ts';

/** "points" as an index's unit ("18.5 points", "300 pts", "12 index points"), not "percentage points". */
export const INDEX_POINTS = /^(?:index\s+)?(?:points?|pts)$/i;

/** A comparison in the clause: points there are a difference of returns ("their lead over large caps by 2 points"). */
const COMPARED =
  /\b(?:lead|leads|led|gap|spread|margin|edge|advantage|ahead|behind|than|beat|beats|outperform\w*|underperform\w*|outpac\w*|trail\w*|lag\w*|premium|discount|relative|versus|vs\.?)\b/i;
/** "1,000 points below its record", "200 points off its high": a distance from a high or a low, in points. */
const FROM_EXTREME =
  /^\s+(?:below|above|under|off|from|short\s+of|away\s+from)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:record|high|peak|low|top|bottom)s?\b(?:\s+(?:high|low|close|level)s?\b)?/i;

/**
 * True when points of one index or fund with nothing measured against are its move: a move verb before
 * them, no comparison in the clause ("gained 18.5 points on the day").
 * @example isMove('The Russell 2000 gained 18.5 points on the day.', q, seg, gained) // true
 */
export function isMove(t: string, q: Quantity, seg: TextSpan, verb: VerbHit | undefined): boolean {
  return (
    INDEX_POINTS.test(q.unitWords) &&
    verb?.kind === 'move' &&
    verb.end <= q.start &&
    !COMPARED.test(t.slice(seg.start, seg.end))
  );
}

/** Moves in points of no index or fund: another market's (../level-claim.ts), a spread's, basis points. */
const OTHER = /\b(?:spreads?|basis)\b/i;

/**
 * The move in points quantity `q` claims in clause `seg`: the clause's index or fund, signed by its verb
 * ("fell 18.5 points": −18.5) or a trailing "lower"; or why there is none.
 * @example pointsClaim({ t: 'The S&P 500 rose 4.5 points, or 0.2 percent.', seg, subjects: hits, carry: {}, previous: undefined }, q, rose) // { metric: 'points', subjects: [^GSPC], sign: 1, … }
 */
export function pointsClaim(c: Clause, q: Quantity, verb: VerbHit | undefined): QuantityClaim | string {
  const { t, seg } = c;
  const words = JSON.stringify(t.slice(q.start, q.end));
  const extreme = FROM_EXTREME.exec(t.slice(q.end, seg.end));
  if (extreme)
    return `a distance in points (${JSON.stringify(t.slice(q.start, q.end) + extreme[0])}): capgap checks a distance from a high or a low in per cent`;
  const { named, subject } = clauseSubject(c, q);
  const head = t.slice(named[0]?.end ?? seg.start, q.start);
  const other = OTHER_MARKETS.exec(head) ?? OTHER.exec(head);
  if (other) return `a move of ${other[0]} in points, not of an index or a fund`;
  if (!subject) return `no subject for the move of ${words}`;
  const lower = /^\s+(lower|higher)\b(?!\s+than)/i.exec(t.slice(q.end, seg.end));
  const sign = lower ? (/lower/i.test(lower[1]) ? -1 : 1) : q.negative ? -1 : (verb?.sign ?? 1);
  const signSource = lower || verb ? 'verb' : q.negative ? 'number' : 'none';
  return { metric: 'points', subjects: [subject], sign, signSource, ...(verb ? { verb } : {}) };
}
