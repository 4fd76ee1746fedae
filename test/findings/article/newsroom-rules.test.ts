import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapped } from '../../../src/findings/article/clauses.ts';
import { previousSession } from '../../../src/findings/article/dates.ts';
import { findQuantities } from '../../../src/findings/article/numbers.ts';
import { findRecords } from '../../../src/findings/article/records.ts';
import { otherElection } from '../../../src/findings/article/windows.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { spreadHistory } from '../../../src/findings/record-history.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// The rules added for the newsroom styles of the second corpus round (test/fixtures/articles/README.md):
// each one on sentences that are not in the corpus, with the expected reading written by hand.
const opts: ReadOptions = { event: '2016-11-08', to: '2016-11-30', funds };

const { one, claims } = sentenceReader(opts);

describe('numbers as newsrooms write them', () => {
  it('reads basis points as pp without binary noise (330bp is 3.3, not 3.3000000000000003)', () => {
    assert.deepEqual(
      findQuantities('by 330 basis points, or 15 bps').map((q) => [q.value, q.unit, q.halfUnit]),
      // Basis points ending in 0 are read to the nearest ten (thirty-eighth round): 330bp ± 5bp, 15bp ± 0.5bp.
      [
        [3.3, 'pp', 0.05],
        [0.15, 'pp', 0.005],
      ],
    );
  });
  it('reads money with the currency in words: "6.5bn dollars", "250 billion pounds"', () => {
    const q = findQuantities('drew 6.5bn dollars and 250 billion pounds');
    assert.deepEqual(
      q.map((x) => [x.value, x.currency]),
      [
        [6.5e9, 'USD'],
        [2.5e11, 'GBP'],
      ],
    );
  });
  it('reads ranges of money as one number; "from $2bn to $3bn" stays two', () => {
    for (const t of ['between $9bn and $10bn', '$9bn-$10bn', '$9-10bn', '$9bn to $10bn']) {
      const q = findQuantities(t);
      assert.deepEqual([q.length, q[0].value, q[0].high], [1, 9e9, 10e9], t);
    }
    assert.equal(findQuantities('rose from $2bn to $3bn').length, 2);
  });
  it('reads multiples in words and "flat" (0 within a quarter point)', () => {
    const v = (t: string) => findQuantities(t).map((q) => [q.value, q.halfUnit]);
    assert.deepEqual(v('inflows nearly doubled'), [[100, 0.5]]);
    assert.deepEqual(v('its stake halved'), [[-50, 0.5]]);
    assert.deepEqual(v('the index was flat'), [[0, 0.25]]);
    assert.deepEqual(v('shares ended little changed'), [[0, 0.25]]);
    assert.deepEqual(v('a flat screen'), []);
  });
});

describe('records', () => {
  it('reads "the most since 2014" and "the widest gap in eight years" (since the article year − 8)', () => {
    assert.deepEqual(
      findRecords('took in $6.5bn, the most since 2014').map((h) => [h.record.kind, h.record.sinceYear]),
      [['biggest-since', 2014]],
    );
    const [w] = findRecords('the widest gap in eight years', 2016);
    assert.deepEqual([w.record.kind, w.record.sinceYear], ['widest-since', 2008]);
    assert.deepEqual(findRecords('the widest gap in eight years'), [], 'no article year, no record');
  });
  it('keeps a run of several days as a stretch ("best three-day run since 2011"), a record high as a level', () => {
    const [r] = findRecords('its best three-day run since 2011');
    assert.deepEqual([r.record.stretch, r.record.period], [3, 'day']);
    assert.equal(findRecords('its best day since 2011')[0].record.stretch, undefined);
    assert.equal(findRecords('closed at a record high')[0].record.level, true);
  });
  it('puts a week’s record on the claim over the week, not the first claim of the clause', () => {
    const s = one(
      'The Russell 2000 is up 7.3 percent since Election Day and gained 10.2 percent for the week, its best week since 2011.',
      {
        ...opts,
        to: '2016-11-11',
      },
    );
    assert.deepEqual(
      s.claims.map((c) => c.readings[0].record?.kind),
      [undefined, 'biggest-since'],
    );
  });
  it('ranks a spread of two price histories as the difference of their period returns (hand calculation)', () => {
    const h = (vals: number[]) => ({
      ends: ['2016-09-30', '2016-10-31', '2016-11-30'],
      values: Float64Array.from(vals),
      at: 2,
      provisional: false,
      from: '2016-09-30',
      to: '2016-11-30',
      description: 'x',
      datasets: [],
    });
    const s = spreadHistory(h([0.01, -0.05, 0.11]), h([0.02, -0.02, 0.034]));
    assert.ok(!('cannot' in s));
    assert.deepEqual(
      Array.from(s.values, (v) => Math.round(v * 1e4) / 1e4),
      [-0.01, -0.03, 0.076],
    );
  });
});

describe('subjects, clauses and claims', () => {
  it('reads "the small-cap index" as the Russell 2000 only, and "Standard & Poor’s 500" as the S&P 500', () => {
    assert.deepEqual(claims('The small-cap index rose 2% on Friday.')[0].subjects, ['^RUT']);
    assert.deepEqual(claims("The Standard & Poor's 500 index rose 1.2% on Friday.")[0].subjects, ['^GSPC']);
    assert.equal(
      one('Small caps rose 2% on Friday.').claims[0].readings.length,
      2,
      'the class keeps its readings',
    );
  });
  it('gives a gapped clause its own subject: "IWM returned 11.1% and SPY 3.7%"', () => {
    assert.deepEqual(
      claims('For the month, IWM returned 11.1% and SPY 3.7%.').map((c) => [c.subjects[0], c.stated]),
      [
        ['IWM', 11.1],
        ['SPY', 3.7],
      ],
    );
    const t = 'A rose 1% and B 2%';
    assert.deepEqual(gapped(t, [{ start: 0, end: t.length }], [{ start: 14, end: 15 }]), [
      { start: 0, end: 9 },
      { start: 9, end: t.length },
    ]);
  });
  it('says why outlooks, expense ratios, assets and prices are not claims', () => {
    const nq = (t: string) => {
      const s = one(t);
      assert.equal(s.status, 'not a quantitative claim', `${t}: ${s.reason}`);
      return s.reason ?? '';
    };
    assert.match(nq('We see the Russell 2000 rising a further 5% by year-end.'), /a forecast/);
    assert.match(
      nq('IWM has $38 billion in assets and an expense ratio of 0.19%.'),
      /not a flow \(in assets\)/,
    );
    assert.match(
      nq('Crude fell to $43.41 a barrel.'),
      /a level of Crude, not the close of an index or a fund/,
    );
    assert.match(nq('The Bank of England offered 250 billion pounds of funds.'), /no fund|no subject/);
  });
  it('reads contribution claims as unreadable with the reason, never as the sector’s return', () => {
    for (const t of [
      "Industrials accounted for a third of the Russell 2000's gain since the election.",
      'Financials contributed 2 points of the small-cap outperformance.',
      'Banks were responsible for about 40% of the small-cap rally.',
    ]) {
      const s = one(t);
      assert.equal(s.status, 'unreadable', t);
      assert.match(s.reason ?? '', /a sector's contribution .* needs the stock panel/, t);
    }
  });
  it('reads a percentage change of flows as unreadable, with the reason', () => {
    const s = one('Inflows into small-cap ETFs nearly doubled from the prior week.');
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /not their growth/);
  });
});

describe('windows', () => {
  it('reads "for the month" as the month to date and "in 2016" as the year (to date in 2016)', () => {
    assert.deepEqual(claims('For the month, IWM returned 11.1%.')[0].window, {
      kind: 'month-to-date',
      month: '2016-11',
      to: '2016-11-30',
    });
    assert.deepEqual(claims('The Russell 2000 rose 16% in 2016.')[0].window, {
      kind: 'dates',
      from: '2015-12-31',
      to: '2016-11-30',
    });
    assert.deepEqual(claims('The Russell 2000 fell 6% in 2015.')[0].window, {
      kind: 'dates',
      from: '2014-12-31',
      to: '2015-12-31',
    });
  });
  it('reads an AP wrap’s "N points, or X percent" as the session ending --to, unless a window is named', () => {
    const o = { ...opts, to: '2016-11-11' };
    assert.deepEqual(
      claims('The Russell 2000 climbed 30.77 points, or 2.5 percent, to 1,282.38.', o)[0].window,
      {
        kind: 'dates',
        from: '2016-11-10',
        to: '2016-11-11',
      },
    );
    assert.equal(
      claims('The Russell 2000 has climbed 87.24 points, or 7.3 percent, since the election.', o)[0].window
        .kind,
      'since',
    );
  });
  it('counts NYSE sessions, not weekdays (the NYSE calendar: Thanksgiving 2016-11-24 was closed)', () => {
    assert.equal(previousSession('2016-11-25'), '2016-11-23');
    assert.equal(previousSession('2016-11-28'), '2016-11-25');
    assert.deepEqual(claims('Over the past five sessions, the Russell 2000 has slipped 0.9%.')[0].window, {
      kind: 'dates',
      from: '2016-11-22',
      to: '2016-11-30',
    });
  });
  it('dates "the 2020 election" in an article about 2024 (the Tuesday after the first Monday of November)', () => {
    assert.equal(otherElection('the 2020 election', '2024-11-05'), '2020-11-03');
    assert.equal(otherElection('the 2018 midterms', '2024-11-05'), '2018-11-06');
    assert.equal(otherElection('the 2024 election', '2024-11-05'), null);
    assert.equal(otherElection('the Brexit vote', '2024-11-05'), null);
  });
});
