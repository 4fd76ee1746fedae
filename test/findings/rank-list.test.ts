// Rank claims about a list of sectors (src/findings/check-rank-list.ts, docs/report.md "Sector and regional
// claims"): every sector named gets its own rank and verdict, each within the top (or bottom) N named.
// Reference: test/findings/reference/sector_ranks.py 2016-11-08 2016-11-15 (yfinance adjusted closes of the
// Select Sector SPDRs, independent of capgap): 1. XLF +10.96%, 2. XLI +5.72%, 3. XLE +3.61%, 4. XLV +3.07%,
// … 8. XLRE −2.38%, 9. XLP −3.68%, 10. XLU −4.94% (the same figures as test/fixtures/articles/README.md's awk).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { rankList } from '../../src/findings/check-rank-list.ts';
import type { ReadClaim } from '../../src/findings/claim-read.ts';
import { SECTOR_ETFS } from '../../src/findings/claim-sectors.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';

const ARGS = { event: '2016-11-08', to: '2016-11-15' };

function listOf(text: string): string[] {
  const c = readArticle(text, ARGS)[0].claims[0]?.readings[0] as ReadClaim;
  assert.ok(c, `no claim in ${text}`);
  return rankList(c);
}

describe('the sectors of a rank list (the reader reads the last one)', () => {
  it('"Financials and industrials led the rally": both', () =>
    assert.deepEqual(listOf('Financials and industrials led the rally.'), [
      'sector:Financials',
      'sector:Industrials',
    ]));
  it('"Banks, energy and industrials led gains": three, a bare everyday word ("energy") counts in a list', () =>
    assert.deepEqual(listOf('Banks, energy and industrials led gains.'), [
      'sector:Banks',
      'sector:Energy',
      'sector:Industrials',
    ]));
  it('"Shares of financials and industrials led the market": the list starts at "financials"', () =>
    assert.deepEqual(listOf('Shares of financials and industrials led the market.'), [
      'sector:Financials',
      'sector:Industrials',
    ]));
  it('a sector named alone, or a list broken by other words, stays one', () => {
    assert.deepEqual(listOf('Industrials led the rally.'), ['sector:Industrials']);
    assert.deepEqual(listOf('Financials rose while industrials led the rally.'), ['sector:Industrials']);
  });
});

describe('rank lists on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();

  async function claims(text: string) {
    const res = await checkArticle(readArticle(text, ARGS), data.ev, { asOf: ARGS.to });
    return res.sentences[0].claims;
  }

  it('"Financials and industrials led the rally": Financials 1st, Industrials 2nd, each supported in the top 2', async () => {
    const cs = await claims('Financials and industrials led the rally.');
    assert.equal(cs.length, 2);
    assert.deepEqual(
      cs.map((c) => [c.readings[0].claim?.subjects[0], c.readings[0].computed?.value, c.verdict]),
      [
        ['sector:Financials', 1, 'supported'],
        ['sector:Industrials', 2, 'supported'],
      ],
    );
    assert.match(
      cs[1].readings[0].line ?? '',
      /rank of Industrials among sectors since 2016-11-08 through 2016-11-15 top 2 \(with Financials\): supported, 2nd \[Financials led \(\+10\.96%\); Industrials ranked 2nd of 10 \(\+5\.72%\)/,
    );
    // The ten funds' datasets share a source and a vintage: named once (src/findings/verdict-modes.ts).
    assert.match(
      cs[1].readings[0].line ?? '',
      /\[data: 2016-11-08 → 2016-11-15, yfinance\/(XL[A-Z]+, ){9}XL[A-Z]+ through \d{4}-\d{2}-\d{2}\]$/,
    );
  });

  it('the line and the JSON show the whole order, as sector_ranks.py prints it', async () => {
    // sector_ranks.py 2016-11-08 2016-11-15, every fund (the header lists them).
    const want = [
      ['XLF', 10.96],
      ['XLI', 5.72],
      ['XLE', 3.61],
      ['XLV', 3.07],
      ['XLB', 2.54],
      ['XLY', 1.55],
      ['XLK', -1.56],
      ['XLRE', -2.38],
      ['XLP', -3.68],
      ['XLU', -4.94],
    ] as const;
    const [c] = await claims('Industrials led the rally.');
    const got = c.readings[0].computed?.ranking ?? [];
    assert.deepEqual(
      got.map((r) => [r.place, SECTOR_ETFS[r.name], Math.round(r.value * 1e4) / 100]),
      want.map(([t, v], i) => [i + 1, t, v]),
    );
    const order = got.map(
      (r) => `${r.place}. ${r.name} ${r.value >= 0 ? '+' : ''}${(r.value * 100).toFixed(2)}%`,
    );
    assert.ok(c.readings[0].line?.includes(`the order: ${order.join(', ')};`), c.readings[0].line);
    assert.match(c.readings[0].line ?? '', /the order: 1\. Financials \+10\.96%, 2\. Industrials \+5\.72%, /);
    // From the bottom the order reverses, and the last sector is said to fall only when it fell.
    const [u] = await claims('Utilities led the declines.');
    assert.match(
      u.readings[0].line ?? '',
      /Utilities fell most \(-4\.94%\); the order from the bottom: 1\. Utilities -4\.94%, 2\. Consumer Staples -3\.68%/,
    );
  });

  it('"Banks, energy and industrials led gains": banks (as Financials) 1st, Industrials 2nd, Energy 3rd: all in the top 3', async () => {
    const cs = await claims('Banks, energy and industrials led gains.');
    assert.deepEqual(
      cs.map((c) => [c.readings[0].computed?.value, c.verdict]),
      [
        [1, 'supported'],
        [3, 'supported'],
        [2, 'supported'],
      ],
    );
  });

  it('"Utilities and real estate led the declines": Utilities 1st from the bottom, Real Estate 3rd (XLP is 2nd): not supported', async () => {
    const cs = await claims('Utilities and real estate led the declines.');
    assert.deepEqual(
      cs.map((c) => [c.readings[0].claim?.subjects[0], c.readings[0].computed?.value, c.verdict]),
      [
        ['sector:Utilities', 1, 'supported'],
        ['sector:Real Estate', 3, 'not supported'],
      ],
    );
    assert.match(cs[1].readings[0].line ?? '', /bottom 2 \(with Utilities\): not supported: 3rd/);
  });
});
