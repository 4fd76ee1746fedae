/**
 * A record's words that name a reference, not a claim: "record close" in "has fallen 8.9% since its Nov. 25
 * record close" (a distance's high) or in "Since its Nov. 25 record close, the index has fallen 8.9%" (a
 * window's base) is no claim that a close was a record; "its Nov. 25 record close of 2,442.03" is one.
 */
import type { TextSpan } from '../claim-read.ts';
import { distanceOf } from './distance-claim.ts';
import { REFERENCE_AT } from './distance-words.ts';

/** A level that follows a record's words ("record close of 2,442.03"): the record is that close's claim. */
const LEVEL_AFTER = /^\s+(?:of|at)\s+[$£€]?\d/;

/**
 * Whether a level record's words (`r`, "record close") name a reference, not a claim: inside a distance's
 * reference ("has fallen 8.9% since its Nov. 25 record close") or a window's base set before the clause
 * ("Since its Nov. 25 record close, the index has fallen 8.9%"), with no level of its own after them; a
 * place ("the third-highest close", given `spans`: the distances' references) only inside a distance's.
 * @example isReferenceRecord('Since its Nov. 25 record close, it has fallen 8.9%.', { start: 18, end: 30 }) // true
 */
export function isReferenceRecord(t: string, r: TextSpan, spans?: readonly TextSpan[]): boolean {
  if (spans) return spans.some((d) => r.start >= d.start && r.end <= d.end);
  if (LEVEL_AFTER.test(t.slice(r.end))) return false;
  for (const m of t.matchAll(REFERENCE_AT)) {
    const d = m.index <= r.start ? distanceOf(` ${t.slice(m.index)}`) : null;
    if (d && r.end <= m.index + d.length - 1) return true;
  }
  return false;
}
