import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Windows and clauses the pasted articles called for.
// The fourth round: whole articles as pasted
// (test/fixtures/articles/README.md, "Fourth round"). Each rule is general (a class of input), asserted
// against a hand-written expectation.

describe('windows and clauses the pasted articles called for', () => {
  const { claims } = sentenceReader({ event: '2016-11-08', to: '2016-11-10', funds });
  it('"this week" mid-week is the week so far; on the week’s last session it is the week', () => {
    assert.deepEqual(claims('The Russell 2000 rose 7.6% this week.')[0].window, {
      kind: 'dates',
      from: '2016-11-04',
      to: '2016-11-10',
    });
    assert.deepEqual(
      claims('The S&P 500 gained 3.1% week to date.', { event: '2016-11-08', to: '2016-12-09', funds })[0]
        .window,
      {
        kind: 'week',
        weekEnd: '2016-12-09',
      },
    );
  });

  it('wire-style days and abbreviations: today, yesterday, a bare weekday, YTD/MTD/WTD, the past month', () => {
    // Article dated Thursday 2016-11-10: today 11-09 → 11-10 close to close, yesterday 11-08 → 11-09.
    const w = (t: string) => claims(t)[0].window;
    const thursday = { kind: 'dates', from: '2016-11-09', to: '2016-11-10' };
    assert.deepEqual(w('The Russell 2000 rose 1.6% today.'), thursday);
    assert.deepEqual(w('The Russell 2000 rose 3.1% yesterday.'), {
      kind: 'dates',
      from: '2016-11-08',
      to: '2016-11-09',
    });
    assert.deepEqual(w('The Russell 2000 climbed 1.6 percent Thursday to 1,251.'), thursday);
    assert.deepEqual(w("The Russell 2000 rose 1.6% in Thursday's session."), thursday);
    assert.deepEqual(w('The Russell 2000 gained 1.6% on the session.'), thursday);
    assert.deepEqual(w('The Russell 2000 is up 10.2% YTD.'), {
      kind: 'dates',
      from: '2015-12-31',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 5.1% MTD.'), {
      kind: 'month-to-date',
      month: '2016-11',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 7.6% WTD.'), {
      kind: 'dates',
      from: '2016-11-04',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 has gained 5.1% in the past month.'), {
      kind: 'dates',
      from: '2016-10-10',
      to: '2016-11-10',
    });
    assert.deepEqual(w('The Russell 2000 is up 17% over the past year.'), {
      kind: 'dates',
      from: '2015-11-10',
      to: '2016-11-10',
    });
    // The other rules keep their phrases: "last Tuesday" is the week before's, "since Wednesday" a since window.
    assert.deepEqual(w('The Russell 2000 rose 0.5% last Tuesday.'), {
      kind: 'dates',
      from: '2016-11-07',
      to: '2016-11-08',
    });
    assert.equal(w('The Russell 2000 has risen 4.7% since Tuesday.').kind, 'since');
  });

  it('quarters: running to the article’s date, complete, or of a named year; a quarter point is not one', () => {
    const o = { event: '2016-11-08', to: '2016-12-09', funds };
    const w = (t: string) => claims(t, o)[0].window;
    assert.deepEqual(w('IWM is up 11.4% in Q4 so far.'), {
      kind: 'dates',
      from: '2016-09-30',
      to: '2016-12-09',
    });
    assert.deepEqual(w('IWM rose 8.7% in the third quarter.'), {
      kind: 'dates',
      from: '2016-06-30',
      to: '2016-09-30',
    });
    assert.deepEqual(w('IWM fell 12% in the fourth quarter of 2008.'), {
      kind: 'dates',
      from: '2008-09-30',
      to: '2008-12-31',
    });
    assert.notEqual(
      w('The Fed raised rates by a quarter-point and IWM fell 1% since the election.').kind,
      'dates',
    );
  });

  it('"since the election on Nov. 8" is since that date; "and" a subject with its own verb is a new clause', () => {
    assert.deepEqual(claims('Since the election on Nov. 9 the Russell 2000 has gained 1.6%.')[0].window, {
      kind: 'since',
      event: '2016-11-09',
      to: '2016-11-10',
    });
    const two = claims('IWM took in $1.1B this week and European equity funds attracted €1.2bn.');
    assert.deepEqual(
      two.map((c) => [c.subjects, c.stated, c.currency ?? 'USD']),
      [
        [['IWM'], 1.1e9, 'USD'],
        [['European equity'], 1.2e9, 'EUR'],
      ],
    );
  });
});
