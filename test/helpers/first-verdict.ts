/**
 * The verdict of the first reading of the first claim a one-sentence article reads as (checked as of `to`),
 * for the record-claim tests; fails naming the sentence when it reads as no claim.
 */
import assert from 'node:assert/strict';
import { prepareArticle, readOptionsOf } from '../../src/findings/article/prepare.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import type { ClaimVerdict } from '../../src/findings/check.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import type { ReadOptions } from '../../src/findings/claim-read.ts';
import type { Evaluator } from '../../src/findings/evaluator.ts';
import { funds, near } from './article-reader.ts';

/** @example await firstVerdict(ev, 'The Russell 2000 …', '2016-11-08', '2016-11-15') */
export async function firstVerdict(
  ev: Evaluator,
  text: string,
  event: string,
  to: string,
): Promise<ClaimVerdict> {
  const res = await checkArticle(readArticle(text, { event, to }), ev, { asOf: to });
  const c = res.sentences[0]?.claims[0];
  assert.ok(c, `no claim read from ${JSON.stringify(text)}: ${res.sentences[0]?.reason}`);
  return c.readings[0];
}

/**
 * The first reading of every claim `text` reads as, checked as of `ro.to`, in the article's order (sentences
 * with no claim give none).
 * @example const [r] = await checkedReadings(ev, 'The S&P 500 rose 2.2% on Wednesday.', o); r.verdict
 */
export async function checkedReadings(ev: Evaluator, text: string, ro: ReadOptions): Promise<ClaimVerdict[]> {
  const res = await checkArticle(readArticle(text, ro), ev, { asOf: ro.to });
  return res.sentences.flatMap((s) => s.claims.map((c) => c.readings[0]));
}

/**
 * The verdict line of the first reading of every claim `text` reads as, checked as of `ro.to` (what `capgap
 * check` prints for it).
 * @example const [line] = await checkedLines(ev, 'The S&P 500 crossed 6,000 on Monday.', o); // 'close of ^GSPC … supported, 6,001.35 points'
 */
export async function checkedLines(ev: Evaluator, text: string, ro: ReadOptions): Promise<string[]> {
  return (await checkedReadings(ev, text, ro)).map((r) => r.line ?? '');
}

/**
 * The first reading of every claim an article as pasted reads as, prepared and read as the CLI reads it (its own
 * date, event and morning: `readOptionsOf`), with the registry's funds.
 * @example const rs = await checkedPasted(ev, readFileSync('raw/wire-2025-04-09-tariff-pause.txt', 'utf8'))
 */
export async function checkedPasted(ev: Evaluator, text: string): Promise<ClaimVerdict[]> {
  const p = prepareArticle(text);
  return checkedReadings(ev, p.text, { ...readOptionsOf(p), funds });
}

/**
 * Asserts the verdicts, then each computed value against its hand-computed reference, in order (the first
 * `want.length` readings).
 * @example agree(rs, ['supported', 'supported'], [pctOf(a, b), pctOf(c, d)])
 */
export function agree(
  rs: readonly ClaimVerdict[],
  verdicts: readonly string[],
  want: readonly number[],
): void {
  assert.deepEqual(
    rs.map((r) => r.verdict),
    verdicts,
  );
  for (const [i, v] of want.entries()) near(rs[i].computed?.value, v, 1e-6);
}
