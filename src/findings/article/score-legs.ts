/**
 * A comparison's score: "Small caps beat large caps 11.0% to 5.7% in November", "IWM beat IJR in November by
 * 0.9 points, 11.0% to 10.1%". Two per cents joined by "to" after a verb that compares are the two sides'
 * returns: the first the subject's, the second the target's (not a range, not a lead of 11 points).
 */
import type { ClaimSubject } from '../claim-read.ts';
import type { Quantity } from './numbers.ts';
import type { QuantityClaim } from './quantity-types.ts';
import type { SubjectHit } from './subjects.ts';

const PCT = String.raw`[-+\u2212]?\d[\d.,]*\s?(?:%|per\s?cent|percent)`;
const COMPARES =
  /\b(?:beat|beats|beating|outpaced|outpacing|outperformed|outperforming|trailed|trailing|lagged|lagging|topped|topping|edged\s+out)\b/i;
const FIRST = new RegExp(String.raw`^\s+to\s+${PCT}`, 'i');
const SECOND = /\d\s?(?:%|per\s?cent|percent)\s+to\s+$/i;

/**
 * The return a score's leg `q` states (of the subject named before the verb first, of the one named after it
 * second; `hits`: the sentence's subjects), or undefined when `q` is no leg of one.
 * @example scoreLeg('Small caps beat large caps 11.0% to 5.7%', q11, hits) // { metric: 'return', subjects: [small caps], … }
 */
export function scoreLeg(t: string, q: Quantity, hits: readonly SubjectHit[]): QuantityClaim | undefined {
  const verb = q.unit === 'percent' ? COMPARES.exec(t.slice(0, q.start)) : null;
  if (!verb) return undefined;
  const end = verb.index + verb[0].length;
  const first = FIRST.test(t.slice(q.end));
  const side = first
    ? hits.filter((h) => h.end <= verb.index).pop()
    : SECOND.test(t.slice(0, q.start))
      ? hits.find((h) => h.start >= end && h.end <= q.start)
      : undefined;
  if (!side || side.subject.kind === 'opposite') return undefined;
  const sign = q.negative
    ? { sign: -1 as const, signSource: 'number' as const }
    : { sign: 1 as const, signSource: 'none' as const };
  return { metric: 'return', subjects: [side.subject as ClaimSubject], ...sign };
}

/** Whether the range at `at` in `t` is a score's two legs ("beat large caps 11.0% to 5.7%"), not one range. */
export function scoreBefore(t: string, at: number): boolean {
  const head = t.slice(Math.max(0, at - 80), at);
  return (
    COMPARES.test(head) &&
    !/[,;.]/.test(head.slice(head.search(COMPARES))) &&
    !/\bby\s+(?:\w+\s+)?$/i.test(head)
  );
}
