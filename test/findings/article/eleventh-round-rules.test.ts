import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyNames } from '../../../src/findings/article/company-names.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Eleventh round: phrasings the outside corpus still misread. Each rule is tested on sentences written for
// this file, the reading by hand. The 2016 election was on Tuesday, Nov. 8 (results after the close).
const o: ReadOptions = { event: '2016-11-08', to: '2016-11-15', funds };
const { claims, one } = sentenceReader(o);

describe('a company named Global, International or World is no region', () => {
  it('"S&P Global shares rose 3%" is no claim, and says "S&P Global" is a company', () => {
    const s = one('S&P Global shares rose 3% this week.');
    assert.equal(s.status, 'not a quantitative claim');
    assert.match(s.reason ?? '', /"S&P Global" is a company/);
  });
  it('"Marriott International shares" likewise; "Global stocks" stays a region', () => {
    assert.equal(one('Marriott International shares rose 3% this week.').status, 'not a quantitative claim');
    assert.deepEqual(claims('Global stocks rose 3% this week.')[0].subjects, ['developed:market']);
  });
  it('companyNames skips a title-case headline ("Beat Global Stocks") and sentence-start words', () => {
    assert.deepEqual(companyNames('Small Caps Beat Global Stocks'), []);
    assert.deepEqual(
      companyNames('The Marriott International shares fell.').map((c) => c.name),
      ['Marriott International'],
    );
  });
});
