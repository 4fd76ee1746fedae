import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../src/findings/article/read.ts';
import {
  excessReturnFinding,
  flowFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
} from '../../src/findings/build.ts';
import { articleDate, pct, pp, roundHalfAway, signedPct, usd } from '../../src/findings/format.ts';
import { markerText, recordPhrase, sentenceFor, writeSentences } from '../../src/findings/sentences.ts';

const event: ReportEvent = {
  date: '2016-11-08',
  name: '2016 US presidential election',
  short: 'the election',
  t0Date: '2016-11-09',
  baseDate: '2016-11-08',
};
const RUT = [{ name: 'yahoo/^RUT', vintage: '2022-11-18' }];

describe('format', () => {
  it('rounds half away from zero and prints small numbers with two decimals', () => {
    assert.equal(roundHalfAway(2.25, 1), 2.3);
    assert.equal(roundHalfAway(-2.25, 1), -2.3);
    assert.equal(roundHalfAway(1.005, 2), 1.01);
    assert.equal(pct(0.0723), '7.2%');
    assert.equal(pct(0.0004), '0.04%');
    assert.equal(signedPct(-0.012), '\u22121.2%');
    assert.equal(pp(0.0633), '6.3 percentage points');
    assert.equal(pp(0.01), '1.0 percentage point');
    assert.equal(usd(1.234e9), '$1.23 billion');
    assert.equal(usd(-3.5e8), '$350 million');
    assert.equal(articleDate('2016-11-09'), 'Nov. 9, 2016');
    assert.equal(articleDate('2016-03-01'), 'March 1, 2016');
    assert.equal(articleDate('2010-04'), 'April 2010');
  });
  it('marks footnote ranges compactly', () => {
    assert.equal(markerText([1, 2, 3, 5]), '1\u20133,5');
    assert.equal(markerText([4, 6, 7]), '4,6,7');
  });
});

describe('sentenceFor', () => {
  it('writes a return since the event against another index (^RUT.csv, ^GSPC.csv closes)', () => {
    const f = returnFinding({
      id: '^RUT',
      value: 1302.14001 / 1195.14001 - 1, // 8.953% → "9.0%"
      from: '2016-11-08',
      to: '2016-11-15',
      basis: 'price index',
      data: RUT,
      event,
      against: { id: '^GSPC', value: 2180.38989 / 2139.56006 - 1 }, // 1.908% → "1.9%"
    });
    assert.equal(
      sentenceFor(f),
      'The Russell 2000 has returned 9.0% since the election (through Nov. 15, 2016), against 1.9% for the S&P 500.',
    );
  });

  it('words losses and trailing, never printing a minus sign', () => {
    // IWM.csv, Dec 21 → Dec 22, 2016 raw closes: 135.32001 / 137.06 − 1 = −1.27%
    const f = returnFinding({
      id: 'IWM',
      value: 135.32001 / 137.06 - 1,
      from: '2016-12-21',
      to: '2016-12-22',
      days: 1,
      basis: 'price',
      data: [{ name: 'yahoo/IWM' }],
      event,
    });
    assert.equal(
      sentenceFor(f),
      'The iShares Russell 2000 ETF (IWM) lost 1.3% on the first trading day after the election.',
    );
    // French daily: Hi 10 1.0122 × 1.0008 × 0.9984 − 1 = 1.139%; market 1.01451 × 1.00331 × 1.00181 − 1 = 1.971%
    const hi = excessReturnFinding({
      portfolio: 'Hi 10',
      value: 1.0122 * 1.0008 * 0.9984 - 1,
      market: 1.01451 * 1.00331 * 1.00181 - 1,
      window: [0, 2],
      from: '2016-11-08',
      to: '2016-11-11',
      weighting: 'value',
      data: [{ name: 'french/Portfolios_Formed_on_ME' }],
      event,
    });
    assert.equal(
      sentenceFor(hi),
      'The largest 10% of stocks by NYSE breakpoints (value-weighted) trailed the market by 0.8 percentage points over the first three sessions after the election, returning 1.1% against 2.0% for the market.',
    );
  });

  it("writes a month's spread with its 'widest since' (French monthly VW, Nov 2016: 9.75 − 3.42)", () => {
    const f = spreadFinding({
      small: 'Lo 10',
      large: 'Hi 10',
      smallValue: 0.0975,
      largeValue: 0.0342,
      month: '2016-11',
      weighting: 'value',
      data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }],
      record: {
        rank: 110,
        of: 1085,
        among: 'months',
        historyStart: '1926-07',
        since: { period: '2010-04', value: 0.0983 },
      },
    });
    assert.equal(
      sentenceFor(f),
      'In November 2016, the smallest 10% of stocks by NYSE breakpoints (value-weighted) beat the largest 10% by 6.3 percentage points, the widest gap in favour of small caps since April 2010, returning 9.8% against 3.4% for the largest 10%.',
    );
  });

  it('says which way a record spread goes: a record shortfall of small caps is not a record gap (French monthly VW, June 2016: −0.31 against −0.11)', () => {
    // French monthly VW file (vintage 202602): June 2016 Lo 10 −0.31%, Hi 10 −0.11%; the record context is an
    // illustrative input.
    const f = spreadFinding({
      small: 'Lo 10',
      large: 'Hi 10',
      smallValue: -0.0031,
      largeValue: -0.0011,
      month: '2016-06',
      weighting: 'value',
      data: [{ name: 'french/Portfolios_Formed_on_ME', vintage: 'CRSP 202602' }],
      record: {
        rank: 2,
        of: 1085,
        among: 'months',
        historyStart: '1926-07',
        since: { period: '2016-04', value: -0.004 },
      },
    });
    assert.equal(
      sentenceFor(f),
      'In June 2016, the smallest 10% of stocks by NYSE breakpoints (value-weighted) trailed the largest 10% by 0.2 percentage points, the largest shortfall of small caps since April 2016, losing 0.3% against a loss of 0.1% for the largest 10%.',
    );
  });

  it('writes flows with records and outflows as "pulled" (numbers are illustrative inputs, not market data)', () => {
    const f = flowFinding({
      category: 'US small cap',
      value: -2.1e9,
      from: '2016-11-05',
      weekEnd: '2016-11-11',
      method: 'as reported',
      data: [{ name: 'user/flows' }],
      record: { rank: 1, of: 800, among: 'weeks', historyStart: '2000-05-26', since: null },
    });
    assert.equal(
      sentenceFor(f),
      'Investors pulled $2.1 billion from US small cap ETFs in the week ended Nov. 11, 2016, the largest weekly outflow since records began on May 26, 2000.',
    );
  });

  it('phrases ranks with ordinals and provisional periods as "on track"', () => {
    assert.equal(
      recordPhrase({ rank: 3, of: 25, among: 'US presidential elections', historyStart: '1928' }, 'gap'),
      'the 3rd largest of 25 US presidential elections since 1928',
    );
    assert.equal(
      recordPhrase(
        { rank: 1, of: 1, among: 'months', historyStart: '1926-07', since: null, provisional: true },
        'gap',
        'widest',
      ),
      'on track for the widest gap since records began in July 1926',
    );
  });
});

describe('writeSentences', () => {
  it('numbers footnotes once per distinct convention and links each sentence to its finding', () => {
    const a = returnFinding({
      id: '^RUT',
      value: 0.0895,
      from: '2016-11-08',
      to: '2016-11-15',
      basis: 'price index',
      data: RUT,
      event,
    });
    const b = returnFinding({
      id: '^RUT',
      value: 0.0472,
      from: '2016-11-08',
      to: '2016-11-10',
      days: 2,
      basis: 'price index',
      data: RUT,
      event,
    });
    const { sentences, footnotes } = writeSentences([a, b]);
    assert.deepEqual(
      sentences.map((s) => s.findings),
      [[a.id], [b.id]],
    );
    // Shared: return type, t0 rule. Different: the reproducing command (--to for a date, none for 2 days).
    assert.deepEqual(sentences[0].footnotes, [1, 2, 3]);
    assert.deepEqual(sentences[1].footnotes, [1, 2, 4]);
    assert.equal(footnotes.length, 4);
    assert.match(footnotes[1].text, /t0 = 2016-11-09, base = close of 2016-11-08/);
  });

  it('its sentences parse back into claims stating the same rounded numbers', () => {
    const f = returnFinding({
      id: '^RUT',
      value: 1302.14001 / 1195.14001 - 1,
      from: '2016-11-08',
      to: '2016-11-15',
      basis: 'price index',
      data: RUT,
      event,
      against: { id: '^GSPC', value: 2180.38989 / 2139.56006 - 1 },
    });
    const [r] = readArticle(sentenceFor(f), { event: '2016-11-08' });
    assert.equal(r.status, 'claims', r.reason);
    assert.deepEqual(
      r.claims.map((c) => [c.readings[0].subjects[0], c.readings[0].stated, c.readings[0].window]),
      [
        ['^RUT', 9, { kind: 'since', event: '2016-11-08', to: '2016-11-15' }],
        ['^GSPC', 1.9, { kind: 'since', event: '2016-11-08', to: '2016-11-15' }],
      ],
    );
  });
});
