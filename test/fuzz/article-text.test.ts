/**
 * A seeded fuzz of the article reader (synthetic text only, no market data): the raw articles of
 * test/fixtures/articles/raw/ cut, shuffled, digit-mutated and spliced with phrases the reader has rules for,
 * read in every format. Nothing may throw, and no sentence may be one the reader failed on inside ("capgap
 * failed to read this sentence", read.ts's safety net, which would otherwise hide such a failure).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { prepareArticle } from '../../src/findings/article/prepare.ts';
import { readArticle } from '../../src/findings/article/read.ts';

const RAW = new URL('../fixtures/articles/raw/', import.meta.url).pathname;
const ARTICLES = readdirSync(RAW)
  .sort()
  .map((f) => readFileSync(`${RAW}${f}`, 'utf8'));
const SPLICE = [
  'Relative to large caps, ',
  ' near their weakest level in two decades',
  ' this year through Election Day',
  " Of the Russell 2000's 9% gain, about 6 points came on Wednesday.",
  ' At its Nov. 25 peak,',
  ' ended the month at 1,819.82, a record close',
  ' since its 2000 launch',
  ' In the prior week',
  ' from the close on Election Day through Friday',
  ' S&P MidCap 500',
  ' November 0021',
  'Data through Dec. 31, 2024.',
  '<p>',
  '</td>',
  '\t',
  '\n\n',
  '"',
  '½',
  '↓',
  '99999999%',
  'Nov. 31',
];

/** A linear congruential generator: the same runs on every machine. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function mutate(t: string, rnd: () => number): string {
  let out = t;
  for (let j = 0, n = 1 + Math.floor(rnd() * 5); j < n; j++) {
    const at = Math.floor(rnd() * out.length);
    const r = rnd();
    if (r < 0.45) out = out.slice(0, at) + SPLICE[Math.floor(rnd() * SPLICE.length)] + out.slice(at);
    else if (r < 0.65) out = out.slice(0, at) + out.slice(at + Math.floor(rnd() * 60));
    else if (r < 0.9) out = out.replace(/\d/g, (d) => (rnd() < 0.08 ? String(Math.floor(rnd() * 10)) : d));
    else out = out.slice(at) + out.slice(0, at);
  }
  return out;
}

describe('the article reader on mutated articles (seeded, synthetic text)', () => {
  for (const seed of [7, 11]) {
    it(`seed ${seed}: 150 mutated articles read without a throw or an internal failure`, () => {
      const rnd = lcg(seed);
      const failed: string[] = [];
      for (let k = 0; k < 150; k++) {
        const text = mutate(ARTICLES[Math.floor(rnd() * ARTICLES.length)], rnd);
        const format = (['text', 'html', 'markdown', undefined] as const)[k % 4];
        const p = prepareArticle(text, { format });
        for (const s of readArticle(p.text, { event: p.event, to: p.to }))
          if (/^capgap failed/.test(s.reason ?? '')) failed.push(`${s.reason}: ${s.text.slice(0, 120)}`);
      }
      assert.deepEqual(failed, []);
    });
  }
});
