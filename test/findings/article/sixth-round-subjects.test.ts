import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Shared subjects (sixth round, test/fixtures/articles/README.md): a list of subjects sharing a verb makes
// one claim per subject; readings by hand. The article is dated Tuesday, Nov. 15, 2016.
const opts: ReadOptions = { event: '2016-11-08', to: '2016-11-15', funds };
const { one, claims } = sentenceReader(opts);

describe('a list of subjects sharing a verb makes one claim per subject', () => {
  const subjects = (t: string) =>
    one(t).claims.map((c) => [c.readings.map((r) => r.subjects), c.readings[0].stated]);
  it('"Small caps and large caps both rose 3%": small caps (two readings), then large caps (two readings)', () => {
    assert.deepEqual(subjects('Small caps and large caps both rose 3% last week.'), [
      [[['^RUT'], ['Lo 30']], 3],
      [[['^GSPC'], ['Hi 30']], 3],
    ]);
  });
  it('"The Russell 2000 and the S&P 500 each gained about 1% on Monday and 3% for the week": four claims', () => {
    const cs = claims('The Russell 2000 and the S&P 500 each gained about 1% on Monday and 3% for the week.');
    assert.deepEqual(
      cs.map((c) => [c.subjects[0], c.stated, c.comparator.kind]),
      [
        ['^RUT', 1, 'approx'],
        ['^GSPC', 1, 'approx'],
        ['^RUT', 3, 'eq'],
        ['^GSPC', 3, 'eq'],
      ],
    );
  });
  it('flows too: "Both IWM and IJR took in more than $1bn last week"', () => {
    assert.deepEqual(
      claims('Both IWM and IJR took in more than $1bn last week.').map((c) => [c.metric, c.subjects[0]]),
      [
        ['flow', 'IWM'],
        ['flow', 'IJR'],
      ],
    );
  });
  it('as many numbers as subjects and no "both"/"each" pair in order, as "respectively" does', () => {
    assert.deepEqual(
      claims('The Russell 2000 and the S&P 500 rose 3.1% and 1.1% on Monday.').map((c) => [
        c.subjects[0],
        c.stated,
      ]),
      [
        ['^RUT', 3.1],
        ['^GSPC', 1.1],
      ],
    );
  });
  it('a list after the verb is its object, not its subject: "Small caps outperformed large caps and mid caps"', () => {
    const cs = one('Small caps outperformed large caps and mid caps by 3 points.').claims;
    assert.equal(cs.length, 1);
  });
  it('an elided noun: "Small and mid caps both rose 3%" is small caps (two readings) and mid caps', () => {
    const cs = one('Small and mid caps both rose 3% on Friday.').claims;
    assert.deepEqual(
      cs.map((c) => c.readings.map((r) => r.subjects[0])),
      [['^RUT', 'Lo 30'], ['^SP400']],
    );
  });
  it('"…, as did large caps" and "as did IWM and SPY": the same numbers, their subjects too', () => {
    assert.deepEqual(
      claims('The Russell 2000 rose 1% on Monday, as did IWM and SPY.').map((c) => [c.subjects[0], c.stated]),
      [
        ['^RUT', 1],
        ['IWM', 1],
        ['SPY', 1],
      ],
    );
    assert.deepEqual(
      claims('The Russell 2000 rose 1% on Monday, and so did the S&P 500.').map((c) => c.subjects[0]),
      ['^RUT', '^GSPC'],
    );
  });
  it('an amount for a list of fund groups is their total unless "each" or "both" says otherwise', () => {
    const s = one('Small- and mid-cap funds took in $2bn last week.');
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /an amount \("\$2bn"\) for several fund groups together/);
    assert.deepEqual(
      claims('Small- and mid-cap funds each took in $2bn last week.').map((c) => [c.metric, c.subjects[0]]),
      [
        ['flow', 'US small cap'],
        ['flow', 'US mid cap'],
      ],
    );
  });
  it('"$1bn and $2bn" is two amounts (a range needs "between"), paired by "respectively" with funds', () => {
    assert.deepEqual(
      claims('IWM and IJR took in $1bn and $2bn, respectively, last week.').map((c) => [
        c.subjects[0],
        c.stated,
      ]),
      [
        ['IWM', 1e9],
        ['IJR', 2e9],
      ],
    );
  });
  it('a gapped clause keeps its own subject: "IWM rose 2% and SPY 1%"', () => {
    assert.deepEqual(
      claims('IWM rose 2% and SPY 1% on Monday.').map((c) => c.subjects[0]),
      ['IWM', 'SPY'],
    );
  });
});
