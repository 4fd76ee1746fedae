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
  it('"0.4% in the session and 10.2% for the week", "10.2% in the week and 11% in the month" (Friday Nov. 11)', () => {
    const fri = { ...opts, to: '2016-11-11' };
    assert.deepEqual(
      windows('The Russell 2000 gained 0.4% in the latest session and 10.2% for the week.', fri),
      [
        [0.4, day('2016-11-10', '2016-11-11')],
        [10.2, { kind: 'week', weekEnd: '2016-11-11' }],
      ],
    );
    assert.deepEqual(windows('The Russell 2000 rose 10.2% in the week and 11% in the month.', fri), [
      [10.2, { kind: 'week', weekEnd: '2016-11-11' }],
      [11, { kind: 'month-to-date', month: '2016-11', to: '2016-11-11' }],
    ]);
  });
  it('"bringing its weekly gain to 10.2%" is the week’s running total, not a level', () => {
    assert.deepEqual(
      windows('The Russell 2000 added 0.4% Friday, bringing its weekly gain to 10.2%.', {
        ...opts,
        to: '2016-11-11',
      }),
      [
        [0.4, day('2016-11-10', '2016-11-11')],
        [10.2, { kind: 'week', weekEnd: '2016-11-11' }],
      ],
    );
    assert.equal(one('The 10-year yield rose to 2.15%.').status, 'not a quantitative claim');
  });
  it('"was off 0.3% on the day and 0.1% for the week": down, the day, then the week so far (Tuesday)', () => {
    assert.deepEqual(windows('The S&P 500 was off 0.3% on the day and 0.1% for the week.'), [
      [-0.3, day('2016-11-14', '2016-11-15')],
      [-0.1, day('2016-11-11', '2016-11-15')],
    ]);
  });
  it('a distance from a high or a low is a distance claim, not a change over a period', () => {
    // Read as distances since the fifteenth round (src/findings/article/distance-claim.ts).
    const [off] = claims('The Russell 2000 is 5% off its high.');
    assert.deepEqual([off.metric, off.stated, off.extreme?.side], ['distance', -5, 'high']);
    const [up] = claims('Small caps are up 30% from their February low.');
    assert.deepEqual([up.metric, up.stated, up.extreme?.side], ['distance', 30, 'low']);
    assert.deepEqual([up.extreme?.from, up.extreme?.to], ['2016-02-01', '2016-02-29']);
    assert.equal(claims('The Russell 2000 is 0.4% below its pre-election level.')[0].stated, -0.4);
  });
  it('alone in its sentence, "over the week" keeps the stretch just discussed (since the event)', () => {
    const [c] = claims('The FTSE 250 trailed the FTSE 100 by some 9 percentage points over the week.');
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' });
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
