import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ClaimWindow } from '../../../src/findings/claim.ts';
import { DEFAULT_CONVENTIONS } from '../../../src/findings/claim.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import type { Resolved } from '../../../src/findings/evaluator.ts';
import { describeDifference } from '../../../src/findings/verdict-differs.ts';
import { statedWords } from '../../../src/findings/verdict-line.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// The rules of the sixth corpus round (test/fixtures/articles/README.md, "Sixth round"): each on sentences
// that are not in the corpus, the reading written by hand. The article is dated Tuesday, Nov. 15, 2016
// (NYSE sessions: Thu 10, Fri 11, Mon 14, Tue 15).
const opts: ReadOptions = { event: '2016-11-08', to: '2016-11-15', funds };
const { one, claims } = sentenceReader(opts);
const windows = (t: string, o: ReadOptions = opts): [number, ClaimWindow][] =>
  claims(t, o).map((c) => [c.stated, c.window]);
const day = (from: string, to: string): ClaimWindow => ({ kind: 'dates', from, to });

describe('parallel numbers each take the window written next to them', () => {
  it('"shed 3.6% on Friday and 1.8% on Monday": Friday’s session, then Monday’s', () => {
    assert.deepEqual(windows('The S&P 500 shed 3.6% on Friday and 1.8% on Monday.'), [
      [-3.6, day('2016-11-10', '2016-11-11')],
      [-1.8, day('2016-11-11', '2016-11-14')],
    ]);
  });
  it('"fell 2% on the day and 5% over the week": the article’s session, then its week so far', () => {
    assert.deepEqual(windows('The S&P 500 fell 2% on the day and 5% over the week.'), [
      [-2, day('2016-11-14', '2016-11-15')],
      // the week so far: from the close before Monday (Fri Nov. 11) to the article's date
      [-5, day('2016-11-11', '2016-11-15')],
    ]);
  });
  it('on the week’s last session "over the week" is the whole week ended that Friday', () => {
    assert.deepEqual(
      windows('The Russell 2000 gained 1% on the day and 10% over the week.', { ...opts, to: '2016-11-11' }),
      [
        [1, day('2016-11-10', '2016-11-11')],
        [10, { kind: 'week', weekEnd: '2016-11-11' }],
      ],
    );
  });
  it('a list in one clause: "down 1.2% on the day, 4% on the week and 9% since the election"', () => {
    const w = windows('The S&P 500 was down 1.2% on the day, 4% on the week and 9% since the election.');
    assert.deepEqual(w[0], [-1.2, day('2016-11-14', '2016-11-15')], 'not the week, the phrase after it');
    assert.deepEqual(w[2], [-9, { kind: 'since', event: '2016-11-08', to: '2016-11-15' }]);
  });
  it('"on the day" beside another window is the day the previous sentence spoke of', () => {
    const [, second] = readArticle(
      'The Russell 2000 rose 1.5% on Friday. The S&P 500 fell 0.1% on the day and 2% over the week.',
      opts,
    );
    assert.deepEqual(
      second.claims.map((c) => c.readings[0].window),
      [day('2016-11-10', '2016-11-11'), day('2016-11-11', '2016-11-15')],
    );
  });
  it('alone in its sentence, "over the week" keeps the stretch just discussed (since the event)', () => {
    const [c] = claims('The FTSE 250 trailed the FTSE 100 by some 9 percentage points over the week.');
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' });
  });
});

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

describe('the stated number as a reader says it', () => {
  it('"lost more than 5 percent" shows as "down more than 5%", not "more than -5%"', () => {
    const [c] = claims('The Russell 2000 lost more than 5 percent in the two sessions after the vote.');
    assert.equal(statedWords(c), 'down more than 5%');
    const [up] = claims('The Russell 2000 rose more than 1.5 percent on Tuesday.');
    assert.equal(statedWords(up), 'more than 1.5%');
  });
});

describe('a base shift is said of the period when the window has no event', () => {
  const own = { ...DEFAULT_CONVENTIONS, groups: 10 } as Resolved;
  it('"from the open of the period\'s first session" for a 1M column; "after the news" since an event', () => {
    const c = { ...own, base: 'open-t0' } as Resolved;
    assert.equal(
      describeDifference(own, c, 'return', { kind: 'dates', from: '2016-11-16', to: '2016-12-16' }),
      "from the open of the period's first session",
    );
    assert.equal(
      describeDifference(own, c, 'return', { kind: 'since', event: '2016-11-08', to: '2016-12-16' }),
      'from the open of the first session after the news',
    );
  });
});
