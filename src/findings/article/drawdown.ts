/**
 * A fall from a high told noun first: "The index's drawdown from that peak reached 28% at its April 8 low",
 * "its decline from the November record stood at 10%", "a drop from its Nov. 25 high of 8%". The number is a
 * distance below the high the words name (./distance-claim.ts reads the reference: a day, a month, a year,
 * else every close held, as "its peak"; "that peak" is read as "its peak"), as of the claim's day. A
 * peak-to-trough or maximum drawdown (the worst fall inside a stretch) is not one: it is not read here. And
 * the distances a sentence leaves partly unsaid: the same reference again, a high "post-election", "the same
 * low" a sentence before named (`sameExtreme`, moved from ./distance-claim.ts), and the stretch from a dated
 * reference a later "over the same period" means (`distanceStretch`).
 */

import type { ClaimWindow, Extreme } from '../claim.ts';
import type { ClaimReadings } from '../claim-read.ts';
import { nextSession } from './dates.ts';
import { distanceOf } from './distance-claim.ts';
import { HEDGE } from './hedges.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-claim.ts';
import { POST_EVENT } from './record-words.ts';
import { findVerbs } from './verbs.ts';

/** "drawdown from that peak reached", "decline from its November record stood at", "drop from the high of". */
const DRAWDOWN = new RegExp(
  String.raw`\b(?:drawdown|decline|fall|drop|slide|loss|retreat|pullback|slump)\s+from\s+((?:its|their|that|the|this)\s+(?:[\w.,'-]+\s+){0,4}?(?:high|peak|top|record)s?(?:\s+(?:close|closing\s+high|level))?)\s+(?:(?:has|had)\s+)?(?:reached|was|is|stood\s+at|stands\s+at|hit|of|came\s+to|amounted\s+to|totall?ed|widened\s+to|deepened\s+to)\s+${HEDGE}$`,
  'i',
);

/**
 * The distance a fall from a high states, when the words before the number `head` name one; else undefined.
 * @example drawdownClaim("The index's drawdown from that peak reached ", qc, '2025-04-08')?.extreme // { side: 'high', words: 'its peak' }
 */
export function drawdownClaim(head: string, qc: QuantityClaim, ref?: string): QuantityClaim | undefined {
  if (qc.metric !== 'return') return undefined;
  const m = DRAWDOWN.exec(head);
  if (!m) return undefined;
  const d = distanceOf(` below ${m[1].replace(/^that\b/i, 'its')}`, ref);
  if (!d) return undefined;
  return { ...qc, metric: 'distance', sign: -1, signSource: 'verb', extreme: d.extreme };
}

/** An appositive that names the move a distance made: ", a rally of about 130%", ", a drop of 28%". */
const APPOSITE_MOVE = new RegExp(
  String.raw`,\s+(?:a|an)\s+(?:rally|gain|rise|advance|rebound|recovery|climb|surge|jump|run-?up|drop|fall|decline|slide|loss|slump|retreat)\s+of\s+${HEDGE}$`,
  'i',
);

/**
 * The distance an appositive restates ("has more than doubled since its March 18, 2020 low, a rally of about
 * 130%"): the earlier distance's reference, day and subject, with the number's own size; else undefined.
 * @example appositeDistance(t, q, qc, prior) // { metric: 'distance', extreme: prior.extreme, … }
 */
export function appositeDistance(
  t: string,
  q: { start: number },
  qc: QuantityClaim,
  prior: { metric: string; extreme?: QuantityClaim['extreme'] } | undefined,
): QuantityClaim | undefined {
  if (qc.metric !== 'return' || prior?.metric !== 'distance' || !prior.extreme) return undefined;
  if (!APPOSITE_MOVE.test(t.slice(Math.max(0, q.start - 60), q.start))) return undefined;
  const sign = (prior.extreme.side === 'low' ? 1 : -1) as 1 | -1;
  return { ...qc, metric: 'distance', sign, signSource: 'verb', extreme: prior.extreme };
}

/** A second subject's distance with its reference left out: "…; large caps are off roughly ", "…, large caps ". */
const ELIDED = new RegExp(
  String.raw`^[\s,;]*(?:and\s+|while\s+)?(?:the\s+)?[\w&.'’ -]{2,40}?\s+(?:(?:are|is|were|was|sit|sits|stand|stands)\s+(?:now\s+)?)?(?:(?:off|down|lower|below)\s+)?${HEDGE}$`,
  'i',
);

/**
 * The distance of a clause that leaves its reference out after a distance of the same sentence ("Small caps are
 * down nearly 39% from their Feb. 19 record high; large caps are off roughly 30%"): the same high or low, for
 * the clause's own subject (`clause`: its words up to the number; `after`: up to its end); else `qc` unchanged.
 * @example parallelDistance(' large caps are off roughly ', '.', qc, prior) // { metric: 'distance', extreme: prior.extreme, … }
 */
export function parallelDistance(
  clause: string,
  after: string,
  qc: QuantityClaim,
  prior: { metric: string; extreme?: QuantityClaim['extreme'] } | undefined,
): QuantityClaim {
  if (qc.metric !== 'return' || prior?.metric !== 'distance' || !prior.extreme) return qc;
  // (Not a clause that went up: "…; large caps rose 5%" is no distance below a high.)
  const rose = findVerbs(clause).some((v) => v.kind === 'move' && v.sign > 0);
  if (!ELIDED.test(clause) || !/^\s*[.;,)]?\s*$/.test(after) || rose) return qc;
  const sign = (prior.extreme.side === 'low' ? 1 : -1) as 1 | -1;
  return { ...qc, metric: 'distance', sign, signSource: 'verb', extreme: prior.extreme };
}

/** A high or a low after the news: "its post-election peak", "their post-vote low", "the post-referendum high". */
const AFTER_NEWS = new RegExp(`\\b${POST_EVENT}\\b`, 'i');

/**
 * A distance from a high or low the words put after the event ("3% below its post-election peak"), with no day
 * of its own: the extreme of the closes from the session after `event`; else `qc` unchanged.
 * @example afterEvent(qc, '2024-11-05').extreme // { side: 'high', words: 'its post-election peak', from: '2024-11-06' }
 */
export function afterEvent(qc: QuantityClaim, event: string | undefined): QuantityClaim {
  const x = qc.extreme;
  if (qc.metric !== 'distance' || !x || !event || x.from || x.lookback || !AFTER_NEWS.test(x.words))
    return qc;
  return { ...qc, extreme: { ...x, from: nextSession(event) } };
}

/** "the same low", "that trough", "this peak": a high or low a sentence before named. */
const SAME = /^(?:(?:the|that|this)\s+same|that|this)\s+(?:high|peak|top|low|trough|bottom)\b/i;

/**
 * Gives the distances of `claims` measured from "the same low" ("Large caps have done a little less well,
 * regaining about 8.7 per cent from the same low") the last high or low measured from before (`last`), in place;
 * returns the last one the sentence measures from, for the sentences after it.
 * @example sameExtreme(claims, { side: 'low', from: '2016-06-27', to: '2016-06-27', words: 'its June 27 trough' })
 */
export function sameExtreme(
  claims: readonly ClaimReadings[],
  last: Extreme | undefined,
): Extreme | undefined {
  let out = last;
  for (const c of claims)
    for (const r of c.readings) {
      if (r.metric !== 'distance' || !r.extreme) continue;
      if (last && SAME.test(r.extreme.words) && last.side === r.extreme.side)
        r.extreme = { ...last, words: r.extreme.words };
      out = r.extreme;
    }
  return out;
}

/**
 * The stretch from a dated close a distance was measured from ("has gained 18.2% since its Oct. 11 low"), kept
 * in `carry` for a later "over the same period"; returned (the clause after it carries it) when a move follows
 * it in its sentence ("…, while the S&P 500 is up 10.6% over the same stretch"), else undefined.
 * @example distanceStretch(carry, { side: 'low', from: '2024-10-11', to: '2024-10-11' }, q, qs, '2024-11-06') // { kind: 'dates', from: '2024-10-11', to: '2024-11-06' } when a move follows
 */
export function distanceStretch(
  carry: { stretch?: ClaimWindow },
  x: Extreme | undefined,
  q: Quantity,
  quantities: readonly Quantity[],
  to: string | undefined,
): ClaimWindow | undefined {
  if (!x?.from || x.from !== x.to || !to) return undefined;
  carry.stretch = { kind: 'dates', from: x.from, to };
  return quantities.some((y) => y.start > q.end && y.unit !== 'level') ? carry.stretch : undefined;
}
