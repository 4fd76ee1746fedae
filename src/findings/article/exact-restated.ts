/**
 * A number a sentence before stated, said again exactly: "EDIT: ok fine, 5.84% to be exact." after "… best day
 * since 2022 (+5.8%)", "Two point zero four percent, if you want to be precise." after "about two percent below
 * its all-time high", "To be precise, 5.84%." Read alone, it has no subject; it is the claim it restates (the
 * last one whose stated number it rounds to or whose "about" covers it), over that claim's period, with the
 * number now stated (the sign the claim's).
 */
import type { ReadClaim, ReadOptions, ReadSentence } from '../claim-read.ts';
import { normalise } from './clauses.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { NO_SUBJECT } from './restated-read.ts';
import type { Piece } from './split.ts';

/** The words that say the number is the one before, exactly. */
const EXACT =
  /\b(?:to\s+be\s+(?:exact|precise)|if\s+you\s+want\s+(?:to\s+be\s+)?(?:exact|precise|precision)|precisely|exactly)\b/i;
/** What may stand before the number: a label and a concession ("EDIT: ok fine, "), "To be precise, ". */
const BEFORE =
  /^\s*(?:[A-Z]{2,12}(?:\s+\d)?\s*:\s*)?(?:(?:ok(?:ay)?|fine|well|sorry|so)[\s,!]*){0,3}(?:to\s+be\s+(?:exact|precise),?\s*)?$/i;

/** Whether quantity `q` is what reading `r` stated: within its "about", or the stated number rounded. */
function restates(r: ReadClaim, q: Quantity): boolean {
  if (r.unit !== q.unit || r.metric === 'record') return false;
  const v = Math.abs(q.value);
  const { kind, lo, hi } = r.comparator;
  if (kind === 'approx' && lo !== undefined && hi !== undefined)
    return Math.min(Math.abs(lo), Math.abs(hi)) <= v && v <= Math.max(Math.abs(lo), Math.abs(hi));
  return Math.abs(v - Math.abs(r.stated)) <= r.precision.halfUnit + 1e-9;
}

/**
 * Sentence `s` (piece `piece`, the article's `index`th) read as the claim it restates exactly, among those of
 * the last three sentences with claims (`said`, in the article's order), when alone it names no subject; else `s`.
 * @example exactRestated(read('EDIT: ok fine, 5.84% to be exact.'), piece, 3, o, said) // ^RUT's 5.84% on Nov. 6
 */
export function exactRestated(
  s: ReadSentence,
  piece: Piece,
  index: number,
  o: ReadOptions,
  said: readonly ReadSentence[],
): ReadSentence {
  if (s.status === 'claims' || !NO_SUBJECT.test(s.reason ?? '') || !EXACT.test(piece.text)) return s;
  const t = normalise(piece.text);
  const qs = findQuantities(t);
  if (qs.length !== 1 || !BEFORE.test(t.slice(0, qs[0].start))) return s;
  const q = qs[0];
  const prev = said
    .slice(-3)
    .reverse()
    .find((x) => x.claims.some((c) => restates(c.readings[0], q)));
  const claim = prev?.claims.findLast((c) => restates(c.readings[0], q));
  if (!prev || !claim) return s;
  const id = `${o.idPrefix ?? 's'}${index + 1}-1`;
  const span = { start: piece.start + q.start, end: piece.start + q.end };
  const readings = claim.readings.map((r) => {
    const { record: _, ...rest } = r; // (the record was the claim's, checked there)
    const stated = Math.sign(r.stated || 1) * Math.abs(q.value);
    return {
      ...rest,
      id: r.id.replace(claim.id, id),
      text: piece.text,
      stated,
      tolerance: q.halfUnit,
      comparator: { kind: 'eq' as const },
      precision: { written: q.written, decimals: q.decimals, halfUnit: q.halfUnit },
      span,
      numberSpans: [span],
    };
  });
  const head = prev.text.length > 60 ? `${prev.text.slice(0, 60)}…` : prev.text;
  const why = `restates the number of sentence ${prev.index + 1} ("${head}") exactly`;
  return { ...s, status: 'claims', claims: [{ ...claim, id, readings }], reason: why };
}
