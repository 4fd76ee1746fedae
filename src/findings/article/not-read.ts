/**
 * Pieces of an article that are not read for claims: page furniture (./boilerplate.ts: bylines,
 * timestamps, credits, links, captions, disclaimers), headlines (their numbers are checked where the body
 * states them) and "sentences" longer than MAX_SENTENCE characters (a table or a paste without full stops:
 * reading time grows faster than length, and a newsroom sentence is under 500 characters).
 */
import type { ReadSentence } from '../claim-read.ts';
import { boilerplateReason } from './boilerplate.ts';
import type { Piece } from './split.ts';

/** The longest sentence read, in characters. */
export const MAX_SENTENCE = 2_000;

/**
 * The status and reason of a piece that is not read, or null when it is read.
 * @example notRead({ text: 'Small caps soar', form: 'headline', start: 0, end: 15 }) // { status: 'not a quantitative claim', … }
 */
export function notRead(piece: Piece): Pick<ReadSentence, 'form' | 'status' | 'reason'> | null {
  const furniture = boilerplateReason(piece.text);
  if (furniture) return { form: piece.form, status: 'not a quantitative claim', reason: furniture };
  if (piece.form === 'headline')
    return {
      form: 'headline',
      status: 'not a quantitative claim',
      reason: 'a headline: its numbers are checked where the body states them',
    };
  if (piece.text.length > MAX_SENTENCE)
    return {
      form: piece.form,
      status: 'unreadable',
      reason: `a sentence of ${piece.text.length.toLocaleString('en-US')} characters (more than ${MAX_SENTENCE.toLocaleString('en-US')}): not read; split it into sentences`,
    };
  return null;
}
