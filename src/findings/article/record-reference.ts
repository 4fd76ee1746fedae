/**
 * A record's words that name a reference, not a claim: "record close" in "has fallen 8.9% since its Nov. 25
 * record close" (a distance's high) or in "Since its Nov. 25 record close, the index has fallen 8.9%" (a
 * window's base) is no claim that a close was a record; "its Nov. 25 record close of 2,442.03" is one.
 */
import type { TextSpan } from '../claim-read.ts';
import { MONTH_RE, WEEKDAY_POSS } from './dates.ts';
import { distanceOf } from './distance-claim.ts';
import { REFERENCE, REFERENCE_AT } from './distance-words.ts';

/** A level that follows a record's words ("record close of 2,442.03"): the record is that close's claim. */
export const LEVEL_AFTER = /^\s+(?:of|at)\s+[$£€]?\d/;

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

/**
 * Whether a record's words (`r`) only name the reference a distance or a base is measured from ("3% below the
 * record high it hit on Nov. 25"): after "below", "from", "above" …, unless a day and a level frame them ("From its
 * Nov. 25 record close of 2,442.03, …" states that close a record; "within 2% of its record close of 2,442.74" is
 * the highest close's level, checked as a level).
 * @example namesReference('3% below the record high it hit on Nov. 25', { start: 15, end: 26 }) // true
 */
export function namesReference(t: string, r: TextSpan): boolean {
  return REFERENCE.test(t.slice(0, r.start)) && !datedLevel(t, r);
}

/** A day right before a record's words: "its Nov. 25 record close", "Monday's record close". */
const DATED_BEFORE = new RegExp(
  String.raw`(?:\b(?:its|their|the)\s+${MONTH_RE}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b${WEEKDAY_POSS})\s+$`,
  'i',
);

/** A dated record with its level after it ("its Nov. 25 record close of 2,442.03"): it states that close a record. */
function datedLevel(t: string, r: TextSpan): boolean {
  return LEVEL_AFTER.test(t.slice(r.end)) && DATED_BEFORE.test(t.slice(0, r.start));
}

/**
 * Whether a dated level record states its close ("its Nov. 25 record close of 2,442.03"): a claim, so the window
 * phrase around it ("From its Nov. 25 record close of 2,442.03, …") is still the sentence's base
 * (./read-sentence.ts).
 */
export function statedLevel(t: string, r: TextSpan & { record: { level?: boolean } }): boolean {
  return !!r.record.level && datedLevel(t, r);
}
