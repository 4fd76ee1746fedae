/**
 * A sentence read as the statement written around its own words: a short answer with its question
 * (./question-answer.ts), a "by the numbers" line as the label it makes (./number-first.ts). The statement's
 * character at k + shift is the sentence's at k, so every number keeps its place in the article; the reading
 * replaces the sentence's only when it makes claims with a subject.
 */
import type { ClaimReadings, ReadOptions, ReadSentence } from '../claim-read.ts';
import type { ArticleContext } from './article-context.ts';
import type { Piece } from './split.ts';

/**
 * A step of reading a sentence that may read it as a statement its words make instead (./number-first.ts,
 * ./growth-of.ts): sentence `s`, piece `piece`, the article's `index`th, read with `o` and the context `c.before`.
 */
export type RestateStep = (
  s: ReadSentence,
  piece: Piece,
  index: number,
  o: ReadOptions,
  c: { ctx: ArticleContext; before: ArticleContext },
) => ReadSentence;

/** A reading with no subject, or nothing to measure its number against. */
export const NO_SUBJECT =
  /\bno subject for\b|\bwith nothing it is measured against\b|\bwith nothing capgap can name\b/;

/**
 * Sentence `s` (piece `piece`) read as statement `st` (`read` reads a piece with a context): the statement's
 * reading, its claims those `keep` keeps, when it makes any with a subject; else `s`. `c.ctx` then becomes the
 * context the statement left, read from `c.before` (the context before the sentence was read).
 */
export function readRestated(
  s: ReadSentence,
  piece: Piece,
  st: { text: string; shift: number },
  read: (p: Piece, c: ArticleContext) => ReadSentence,
  c: { ctx: ArticleContext; before: ArticleContext },
  keep: (claim: ClaimReadings) => boolean = () => true,
): ReadSentence {
  const start = piece.start - st.shift;
  const trial: ArticleContext = { ...c.before };
  const r = read({ ...piece, text: st.text, start, end: start + st.text.length }, trial);
  const claims = r.claims.filter(keep);
  if (r.status !== 'claims' || !claims.length || NO_SUBJECT.test(r.reason ?? '')) return s;
  for (const k of Object.keys(c.ctx)) delete (c.ctx as Record<string, unknown>)[k];
  Object.assign(c.ctx, trial);
  return { ...r, claims, text: s.text, span: s.span, form: s.form };
}
