import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { funds } from '../../helpers/article-reader.ts';

// Sixty-third round. Each reading was written by hand before the reader ran.
const o = { to: '2024-11-15', event: '2024-11-05', funds };

describe("the sixty-third round: the last round's second reading", () => {
  it('"The VIX rose 2 points to 18" is a volatility index\'s move, not a return with no subject (was: "no subject for "2 points"")', () => {
    for (const [text, words] of [
      ['The VIX rose 2 points to 18.', 'VIX'],
      ["Wall Street's fear gauge jumped 3 points to 21 on Friday.", 'fear gauge'],
      ['The Russell 2000 volatility index rose 3 points to 25.', 'volatility index'],
    ]) {
      const [s] = readArticle(text, o);
      assert.equal(s.status, 'not a quantitative claim', text);
      assert.match(s.reason ?? '', new RegExp(`not a return \\(${words}\\)`), text);
    }
  });
  it('a volatility index beside a return leaves the return read: "With the VIX at 15, the Russell 2000 rose 2% on Nov. 14"', () => {
    const [s] = readArticle('With the VIX at 15, the Russell 2000 rose 2% on Nov. 14.', o);
    const r = s.claims[0]?.readings[0];
    assert.deepEqual([s.status, r?.subjects, r?.stated], ['claims', ['^RUT'], 2]);
  });
});
