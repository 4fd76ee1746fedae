/**
 * What the article-reader tests share (test/findings/article/*.test.ts): the ETF registry the reader names
 * funds from (data/etf-registry.csv, as the CLI reads it), and `one`/`claims`, which read a single sentence
 * with `readArticle` and assert it is one sentence (and, for `claims`, that it reads as claims).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readArticle } from '../../src/findings/article/read.ts';
import type { ReadClaim, ReadOptions, ReadSentence } from '../../src/findings/claim-read.ts';
import { ETF_REGISTRY_FILE, parseEtfRegistry } from '../../src/store/etf-registry.ts';

/** An article as pasted, from test/fixtures/articles/raw/ (real copy; the rounds' tests read whole articles). */
export const rawArticle = (name: string): string =>
  readFileSync(new URL(`../fixtures/articles/raw/${name}`, import.meta.url), 'utf8');
/** The ETF registry, parsed. */
export const funds = parseEtfRegistry(readFileSync(ETF_REGISTRY_FILE, 'utf8'), { file: ETF_REGISTRY_FILE });

/**
 * `one(text)`: the one sentence `text` reads as; `claims(text)`: its claims' first readings. Both take
 * `opts` unless given other options.
 * @example const { claims } = sentenceReader({ event: '2016-11-08', funds }); claims('…')[0].metric
 */
export function sentenceReader(opts: ReadOptions): {
  one: (text: string, o?: ReadOptions) => ReadSentence;
  claims: (text: string, o?: ReadOptions) => ReadClaim[];
} {
  function one(text: string, o: ReadOptions = opts): ReadSentence {
    const r = readArticle(text, o);
    assert.equal(r.length, 1, `one sentence: ${text}`);
    return r[0];
  }
  function claims(text: string, o: ReadOptions = opts): ReadClaim[] {
    const s = one(text, o);
    assert.equal(s.status, 'claims', `${text}: ${s.reason}`);
    return s.claims.map((c) => c.readings[0]);
  }
  return { one, claims };
}

/** Asserts `a` is within `tol` of the reference `b`, naming both. */
export const near = (a: number | undefined, b: number, tol = 1e-6): void =>
  assert.ok(Math.abs((a ?? Number.NaN) - b) < tol, `${a} ≠ ${b}`);

/** The simple return from close `a` to close `b`, in percent (a hand calculation's reference). */
export const pctOf = (a: number, b: number): number => (b / a - 1) * 100;

/** Every claim's first reading, over a whole article (any number of sentences). */
export const firsts = (text: string, ro: ReadOptions): ReadClaim[] =>
  readArticle(text, ro).flatMap((s) => s.claims.map((c) => c.readings[0]));
