/**
 * Reading a whole article: split it into sentences (./split.ts), read each (./read-sentence.ts) carrying
 * the last window and subject from sentence to sentence ("over the same period", "it"), and return every
 * sentence with its status and claims. Nothing is checked here: the checker takes the claims.
 */
import type { ReadOptions, ReadSentence } from '../claim-read.ts';
import { type ArticleContext, readSentence } from './read-sentence.ts';
import { splitSentences } from './split.ts';

/**
 * Reads an article into sentences and claims.
 * @example readArticle('The Russell 2000 has returned 7.2 per cent since the election.', { event: '2016-11-08', to: '2016-11-15' })
 * // [{ status: 'claims', claims: [{ readings: [{ metric: 'return', subjects: ['^RUT'], stated: 7.2, … }] }] }]
 */
export function readArticle(text: string, options: ReadOptions = {}): ReadSentence[] {
  const ctx: ArticleContext = {};
  return splitSentences(text).map((piece, i) => readSentence(piece, i, options, ctx));
}
