/**
 * The claims of a sentence with no number, no record and no sector rank (./read-sentence.ts), tried in
 * order: a note's measure counted ("It was positive after 10 of them"), a rank among the note's elections
 * ("The best gain came in 2002."), gains given back ("have now given back all of their gains"), the spread
 * just stated under the other weighting ("Equal-weighted, the gap was even larger."), a count of sectors
 * ("Nine of the 11 sectors rose on Wednesday", "Only energy rose": ./breadth-claim.ts), a side over a
 * period ("is now up for the year": ./sign-claim.ts), a record not bettered (./untopped-record.ts), and which
 * side of a comparison won ("The Russell 2000 beat the S&P 500 since the election": ./relative-sign.ts).
 */
import type { ClaimReadings, ClaimSubject, ReadOptions } from '../claim-read.ts';
import { breadthClaims } from './breadth-claim.ts';
import { evenMore } from './even-more.ts';
import { givenBack } from './given-back.ts';
import { noteMeasure } from './measure-define.ts';
import { type ArticleContext, isOneDay } from './pick-window.ts';
import { relativeSigns } from './relative-sign.ts';
import { scopeRank } from './scope-rank.ts';
import { signClaim } from './sign-claim.ts';
import type { Piece } from './split.ts';
import type { SubjectHit } from './subjects.ts';
import { untoppedRecord } from './untopped-record.ts';
import { findWindows } from './windows.ts';

/**
 * The first of those readings that a sentence with no number makes, or none.
 * @example numberlessClaims({ piece, t, prefix: 's3', subjects, form: 'sentence' }, o, ctx) // [breadth 9 of 11]
 */
export function numberlessClaims(
  s: { piece: Piece; t: string; prefix: string; subjects: readonly SubjectHit[]; form: string },
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings[] {
  const { piece, t, prefix, subjects } = s;
  const id = `${prefix}-1`;
  const sentence = s.form === 'sentence';
  const one =
    noteMeasure({ text: piece.text, start: piece.start, claims: [] }, t, ctx, o, id) ??
    scopeRank(piece, t, id, subjects, o, ctx) ??
    (sentence ? givenBack(piece, t, id, subjects, o, ctx) : undefined) ??
    (sentence ? evenMore(piece, t, id, ctx) : undefined);
  const counted = /\bsectors?\b|\bonly\s/i.test(t) && !one;
  const breadth = counted
    ? breadthClaims(piece, t, (k) => `${prefix}-${k + 1}`, findWindows(t, o), ctx, o)
    : [];
  if (breadth.length) return breadth;
  // "is now up for the year"; "has yet to top its November 2021 record" (./untopped-record.ts).
  const side =
    one ?? signClaim(piece, t, id, subjects, o, ctx) ?? untoppedRecord(piece, t, id, subjects, o, ctx);
  // "The Russell 2000 beat the S&P 500 since the election": which side won; the subject named first is "they"
  // in the next sentence, as in one with no claim (./sentence-status.ts `noNumberSentence`).
  const won = side ? [] : relativeSigns(piece, t, prefix, [], false, subjects, o, ctx).slice(0, 1);
  const named = subjects.filter((h) => h.subject.kind !== 'opposite').sort((a, b) => a.start - b.start)[0];
  if (won.length && named) ctx.subject = named.subject as ClaimSubject;
  if (won.length) return won;
  // "The Russell 2000 is back below its Election Day close. The index is now …": the subject for "it";
  // "… closed higher on Wednesday. It rose 2%.": the period, as a sentence with no claim would give it.
  const only = side?.readings[0]?.parsedSubjects;
  if (only?.length === 1) ctx.subject = only[0];
  const w = side && !one ? side.readings[0].window : undefined;
  if (w) [ctx.window, ctx.day] = [w, isOneDay(w) ? w : ctx.day];
  return side ? [side] : [];
}

/**
 * The numberless claims a sentence makes beside its numbers: a gain given back ("…, giving back more than half
 * of its post-election surge, …") and a record not bettered ("The Russell 2000, which has yet to top its
 * November 2021 record, rose 1.5% on Monday"); the latter not where a distance already names the record
 * ("has still not topped its November 2021 record, sitting about 0.3% below it").
 * @example besideNumbers(piece, t, 's3', out, subjects, o, ctx) // [untopped record of ^RUT]
 */
export function besideNumbers(
  piece: Piece,
  t: string,
  prefix: string,
  out: readonly ClaimReadings[],
  subjects: readonly SubjectHit[],
  o: ReadOptions,
  ctx: ArticleContext,
): ClaimReadings[] {
  const found: ClaimReadings[] = [];
  const gave = givenBack(piece, t, `${prefix}-${out.length + 1}`, subjects, o, ctx);
  if (gave) found.push(gave);
  // "…, outpacing the S&P 500", "…, less than the S&P 500": which side won, no gap stated.
  found.push(...relativeSigns(piece, t, prefix, [...out, ...found], true, subjects, o, ctx));
  if (out.some((c) => c.readings.some((r) => r.metric === 'distance'))) return found;
  const top = untoppedRecord(piece, t, `${prefix}-${out.length + found.length + 1}`, subjects, o, ctx);
  return top ? [...found, top] : found;
}
