import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities } from '../../../src/findings/article/numbers.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { findRecords } from '../../../src/findings/article/records.ts';
import type { ClaimVerdict } from '../../../src/findings/check.ts';
import type { ReadClaim, ReadOptions } from '../../../src/findings/claim-read.ts';
import { rankWithin } from '../../../src/findings/record-judge.ts';
import { applyModes, dataNote } from '../../../src/findings/verdict-modes.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// The rules added for the third corpus round (live blog, fund selector, rate-decision day, year-end review;
// test/fixtures/articles/README.md): each on sentences that are not in the corpus, the reading by hand.
const opts: ReadOptions = { event: '2016-11-08', to: '2016-12-14', funds };
const { one, claims } = sentenceReader(opts);

describe('conditionals, negations, intraday figures and quotes', () => {
  it('a conditional with a modal main clause is a forecast, not a claim of fact', () => {
    for (const t of [
      'If the rally holds, the S&P 500 will end the month 4% higher.',
      'Unless yields fall, small caps could lose 3% by Friday.',
      'Were the Fed to pause, the Russell 2000 might gain 2%.',
    ]) {
      const s = one(t);
      assert.equal(s.status, 'not a quantitative claim', t);
      assert.match(s.reason ?? '', /^a conditional/);
    }
  });
  it('"would have" is a past counterfactual: still a claim', () => {
    const [c] = claims('If you had bought IWM on Nov. 8, you would have made 11% since the election.');
    assert.equal(c.stated, 11);
  });
  it('a negated verb marks the claim negated; "no more than" is a bound, not a negation', () => {
    assert.equal(claims('The S&P 500 has not risen 4% since the election.')[0].negated, true);
    assert.equal(claims('The Russell 2000 failed to gain 3% this month.')[0].negated, true);
    const bound = claims('The S&P 500 has risen no more than 4% since the election.')[0];
    assert.equal(bound.negated, undefined);
  });
  it('a negation with no number says so', () => {
    const s = one('Small caps have not outperformed large caps since the election.');
    assert.equal(s.status, 'not a quantitative claim');
    assert.equal(s.reason, 'a negation with no number ("not outperformed"): capgap checks stated numbers');
  });
  it('an intraday time before the close makes an intraday claim; 4 p.m. or later is the close', () => {
    assert.equal(claims('In early trading the S&P 500 was up 0.4%.')[0].intraday, 'In early trading');
    assert.equal(claims('At 2:05 p.m., the Russell 2000 was 1% lower.')[0].intraday, 'At 2:05 p.m.');
    assert.equal(claims('As of 4:02 p.m., the Russell 2000 was 1% lower.')[0].intraday, undefined);
  });
  it('a ratio is a claim (sixteenth round); an extreme over single sessions is unreadable, saying why', () => {
    assert.equal(one('Small caps gained twice as much as large caps.').claims[0].readings[0].metric, 'ratio');
    const s = one('The S&P 500 has not risen more than 1% on any day since the election.');
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /single sessions/);
  });
  it('a claim inside a quotation is read and attributed', () => {
    const s = one('"The Russell 2000 is up 13% since the election," said Ann Lee of an invented bank.');
    assert.equal(s.attribution, 'Ann Lee');
    assert.equal(s.claims[0].readings[0].stated, 13);
  });
});

describe('numbers, windows and ranks of the third round', () => {
  it('"half a point" is 0.5 pp and "a quarter point" 0.25 pp, written to the nearest quarter point', () => {
    assert.deepEqual(
      findQuantities('by half a point, then by a quarter point').map((q) => [q.value, q.unit, q.halfUnit]),
      [
        [0.5, 'pp', 0.125],
        [0.25, 'pp', 0.125],
      ],
    );
  });
  it('"by two points" is a difference; "at one point" stays an idiom', () => {
    assert.deepEqual(
      findQuantities('beat it by more than two points; at one point it fell').map((q) => [q.value, q.unit]),
      [[2, 'pp']],
    );
  });
  it('a currency is not a return ("Sterling climbed more than 1%")', () => {
    assert.match(
      one('Sterling climbed more than 1% against the dollar.').reason ?? '',
      /not a return \(Sterling\)/,
    );
  });
  it('"returned nearly a third" is about 33.3%', () => {
    const [c] = claims('IWM returned nearly a third in 2016.', { ...opts, to: '2016-12-30' });
    assert.equal(c.comparator.kind, 'approx');
    assert.ok(Math.abs(c.stated - 100 / 3) < 1e-9);
  });
  it('fees and policy rates are not returns, nor a verbless clause after a fee', () => {
    const s = one('IJR charges 0.07%, and VB 0.06%.');
    assert.equal(s.status, 'not a quantitative claim');
    assert.equal(one('The ECB cut its deposit rate by 10 basis points.').status, 'not a quantitative claim');
  });
  it('windows: "last Tuesday", "since the start of the month", "the first week of December", "through June"', () => {
    // 2016-12-14 is a Wednesday: last Tuesday is 12-13 (its session from the 12-12 close).
    assert.deepEqual(claims('The S&P 500 rose 0.7% last Tuesday.')[0].window, {
      kind: 'dates',
      from: '2016-12-12',
      to: '2016-12-13',
    });
    assert.deepEqual(claims('IWM is up 2% since the start of the month.')[0].window, {
      kind: 'month-to-date',
      month: '2016-12',
      to: '2016-12-14',
    });
    // December 2016 began on a Thursday: its first Friday is the 2nd.
    assert.deepEqual(claims('IWM fell 2% in the first week of December.')[0].window, {
      kind: 'week',
      weekEnd: '2016-12-02',
    });
    assert.deepEqual(claims('IWM was up 2% through June.')[0].window, {
      kind: 'dates',
      from: '2015-12-31',
      to: '2016-06-30',
    });
  });
  it('"from the Nov. 8 close to the Nov. 15 close" is close to close', () => {
    assert.deepEqual(claims('IWM rose 9% from the Nov. 8 close to the Nov. 15 close.')[0].window, {
      kind: 'dates',
      from: '2016-11-08',
      to: '2016-11-15',
    });
  });
  it('a table caption gives its window to the rows of its block that name none, not past a blank line', () => {
    const text = 'Table 2: Returns in November 2016\nRussell 2000    +11.0%\n\nThe S&P 500 gained 1.9%.';
    const [, row, after] = readArticle(text, opts);
    assert.deepEqual(row.claims[0].readings[0].window, { kind: 'month', month: '2016-11' });
    assert.equal(after.claims[0].readings[0].windowSource, 'default');
  });
  it('"on the day" in an article dated the event day is the day, not an empty "since" window', () => {
    const o = { ...opts, event: '2016-12-14', to: '2016-12-14' };
    assert.deepEqual(claims('The Russell 2000 fell 1.3% on the day.', o)[0].window, {
      kind: 'dates',
      from: '2016-12-13',
      to: '2016-12-14',
    });
    assert.deepEqual(claims('The Russell 2000 fell 1.3%.', o)[0].window, {
      kind: 'dates',
      from: '2016-12-13',
      to: '2016-12-14',
    });
  });
  it('"its third-best week of the year" ranks within the year; "since the election" from the event', () => {
    const [a] = findRecords('its third-best week of the year', 2016, '2016-11-08');
    assert.deepEqual(
      [a.record.kind, a.record.rank, a.record.from, a.record.period],
      ['rank', 3, '2016-01-01', 'week'],
    );
    const [b] = findRecords('its 2nd-worst day since the election', 2016, '2016-11-08');
    assert.deepEqual([b.record.rank, b.record.from, b.record.direction], [2, '2016-11-08', 'loss']);
  });
  it('rankWithin counts only the periods from the start (hand count: 3 weeks from 2016-01-08, 2nd best)', () => {
    const ends = ['2015-12-31', '2016-01-08', '2016-01-15', '2016-01-22'];
    const values = [0.09, 0.01, 0.03, 0.02];
    const r = { kind: 'rank' as const, rank: 2, from: '2016-01-01', words: 'second-best week of the year' };
    assert.deepEqual(rankWithin(r, ends, values, 3, 'weeks'), {
      holds: true,
      says: '2nd best of 3 weeks since 2016-01-01',
      within: { from: '2016-01-01', rank: 2, of: 3 },
    });
  });
});

describe('verdicts of negated and intraday claims', () => {
  const claim = {
    metric: 'return',
    subjects: ['^RUT'],
    window: { kind: 'dates', from: '2016-12-13', to: '2016-12-14' },
    stated: -1,
    unit: 'percent',
  } as unknown as ReadClaim;
  const computed = {
    value: -1.27,
    from: '2016-12-13',
    to: '2016-12-14',
    description: '',
    provenance: { datasets: [{ name: 'yfinance/^RUT', vintage: 'through 2026-02-23' }] },
    conventions: {},
    differs: '',
  } as unknown as NonNullable<ClaimVerdict['computed']>;
  const plain = (verdict: ClaimVerdict['verdict']): ClaimVerdict => ({
    id: 's1-1',
    claim: { ...claim, negated: true } as ReadClaim,
    verdict,
    computed,
    matches: verdict === 'supported under another convention' ? [computed] : [],
  });
  it('a negated claim flips supported and not supported; another convention alone leaves it supported', () => {
    assert.equal(applyModes(plain('supported')).verdict, 'not supported');
    assert.equal(applyModes(plain('not supported')).verdict, 'supported');
    assert.equal(applyModes(plain('supported under another convention')).verdict, 'supported');
    assert.equal(applyModes(plain('cannot check')).verdict, 'cannot check');
  });
  it('an intraday claim cannot be checked, and the reason gives the close', () => {
    const v = applyModes({ ...plain('supported'), claim: { ...claim, intraday: 'at midday' } as ReadClaim });
    assert.equal(v.verdict, 'cannot check');
    assert.match(v.reason ?? '', /intraday figure \("at midday"\).*-1.27%/);
  });
  it('the data note names the dates and the datasets with their vintages', () => {
    assert.equal(dataNote(computed), 'data: 2016-12-13 → 2016-12-14, yfinance/^RUT through 2026-02-23');
  });
});
