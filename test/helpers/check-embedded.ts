/**
 * An article's first sentence checked on the embedded data (data/*.parquet, shipped with the project), as
 * `capgap check --text` checks it: the article-reader tests that assert verdicts against hand calculations.
 */
import assert from 'node:assert/strict';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import type { ReadOptions } from '../../src/findings/claim-read.ts';
import { makeEvaluator } from '../../src/findings/evaluate.ts';
import { storeClaimData } from '../../src/queries/claims-data.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

/**
 * The first sentence of `text` checked on the embedded data, with `opts.to` as the article's date.
 * @example (await checkOnEmbedded('The S&P 500 rose 2.2% on Wednesday.', o))?.claims[0].readings[0].line
 */
export async function checkOnEmbedded(text: string, opts: ReadOptions) {
  assert.ok(hasEmbedded, 'the embedded data (data/*.parquet) are shipped with the project');
  const store = await embeddedStore();
  try {
    const ev = makeEvaluator(storeClaimData(store));
    return (await checkArticle(readArticle(text, opts), ev, { asOf: opts.to })).sentences[0];
  } finally {
    store.close();
  }
}
