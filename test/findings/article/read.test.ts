import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// The claim forms of the former one-line grammar (test/findings/claim-grammar.test.ts, removed with it),
// read by readArticle. Changed on purpose: "small caps" now gives readings (the Russell 2000, the smallest
// 30%) instead of 'ambiguous'; "the smallest 15%" is a stock-built group, no longer refused; sentences
// with no subject capgap measures are 'not a quantitative claim' rather than 'ambiguous'.
const opts: ReadOptions = { event: '2016-11-08', funds };

const { one, claims } = sentenceReader(opts);

describe('readArticle reads the claim forms', () => {
  it('reads "index X returned Y% since EVENT, through DATE" with the stated number and its precision', () => {
    const [c] = claims('The Russell 2000 has returned 8.95% since the election, through Nov. 15, 2016.');
    assert.equal(c.metric, 'return');
    assert.deepEqual(c.subjects, ['^RUT']);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' });
    assert.equal(c.stated, 8.95);
    assert.equal(c.unit, 'percent');
    assert.equal(c.tolerance, 0.005); // half a unit of the last written digit (8.95 → ±0.005)
    assert.deepEqual(c.comparator, { kind: 'eq', lo: 8.945, hi: 8.955 });
    assert.deepEqual(c.precision, { written: '8.95', decimals: 2, halfUnit: 0.005 });
  });

  it("reads capgap's own article sentence back, comparison included, as two claims on one window", () => {
    const cs = claims(
      'The Russell 2000 has returned 9.0% since the election (through Nov. 15, 2016), against 1.9% for the S&P 500.',
    );
    assert.deepEqual(
      cs.map((c) => [c.subjects[0], c.stated]),
      [
        ['^RUT', 9],
        ['^GSPC', 1.9],
      ],
    );
    assert.deepEqual(cs[1].window, cs[0].window);
    assert.equal(cs[1].windowSource, 'carried');
  });

  it('words a fall as a negative stated value, its sign from the verb', () => {
    const [c] = claims('XLU fell 2.3% over the first five sessions after Nov. 8, 2016');
    assert.equal(c.stated, -2.3);
    assert.equal(c.signSource, 'verb');
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 5 });
  });

  it('reads "the smallest N% beat the largest N% by Y" in a month and since an event', () => {
    const [m] = claims(
      'The smallest 10% of stocks beat the largest 10% by 6.3 percentage points in November 2016',
    );
    assert.equal(m.metric, 'spread');
    assert.deepEqual(m.subjects, ['Lo 10', 'Hi 10']);
    assert.deepEqual(m.window, { kind: 'month', month: '2016-11' });
    assert.equal(m.unit, 'pp');
    const [d] = claims(
      'the smallest 30% trailed the largest 30% by 1.5% since the election through 2016-11-11',
    );
    assert.deepEqual(d.subjects, ['Lo 30', 'Hi 30']);
    assert.deepEqual(d.window, { kind: 'since', event: '2016-11-08', to: '2016-11-11' });
    assert.equal(d.stated, -1.5);
  });

  it('reads "group beat/trailed the market|the S&P 500 by Y over K days" with the event from options', () => {
    const [c] = claims('The smallest decile beat the market by 6.2% over the first three days');
    assert.equal(c.metric, 'excess-return');
    assert.deepEqual(c.subjects, ['Lo 10']);
    assert.equal(c.target, 'market');
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
    const [s] = claims('The largest 20% trailed the S&P 500 by 0.5 pp over 3 days after the election');
    assert.deepEqual(s.subjects, ['Hi 20', '^GSPC']);
    assert.equal(s.stated, -0.5);
    assert.equal(s.conventions.market, '^GSPC');
  });

  it('reads category flows, outflows as negative, with the currency', () => {
    const [c] = claims('Small-cap ETFs took in inflows of $1.2 billion in the week after the election');
    assert.deepEqual([c.metric, c.subjects, c.stated, c.currency], ['flow', ['US small cap'], 1.2e9, 'USD']);
    assert.deepEqual(c.window, { kind: 'week', event: '2016-11-08' });
    const [o] = claims('Large-cap funds saw outflows of $350 million in the week ended Nov. 11, 2016');
    assert.equal(o.stated, -3.5e8);
    assert.deepEqual(o.window, { kind: 'week', weekEnd: '2016-11-11' });
  });

  it("takes conventions the sentence states as the claim's own (weighting, breakpoints, return type)", () => {
    const [c] = claims(
      'In November 2016, the smallest 10% of stocks by NYSE breakpoints (equal-weighted) beat the largest 10% by 2.5 percentage points.',
    );
    assert.deepEqual(c.conventions, { weighting: 'equal', breakpoints: 'nyse' });
    const [r] = claims('On a price return basis, IWM rose 4.7% in the two sessions after the election.');
    assert.equal(r.conventions.returnType, 'price');
  });

  it('gives each number its offsets in the article', () => {
    const text = 'Headline here\n\nThe S&P 500 rose 1.6 per cent since the election.';
    const [s] = readArticle(text, { ...opts, to: '2016-11-15' }).slice(1);
    const c = s.claims[0].readings[0];
    assert.equal(text.slice(c.span.start, c.span.end), '1.6 per cent');
  });
});

describe('readArticle gives readings or reasons instead of guessing', () => {
  it('"small caps" reads as the Russell 2000 or the smallest 30%, and says why', () => {
    const s = one('Small caps beat the market by 6% over three days');
    assert.deepEqual(
      s.claims[0].readings.map((r) => r.subjects),
      [['^RUT'], ['Lo 30']],
    );
    assert.match(s.claims[0].why ?? '', /no stated cut-off/);
  });
  it('a named event without an event date is unreadable and says what is missing', () => {
    const s = one('The Russell 2000 has returned 9% since the election', {});
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /no --event DATE/);
  });
  it('a size group of any whole percent is a group ("the smallest 15%")', () => {
    const [c] = claims('The smallest 15% beat the largest 15% by 3% in November 2016');
    assert.deepEqual(c.subjects, ['Lo 15', 'Hi 15']);
  });
  it('no subject capgap measures, or no number: not a quantitative claim', () => {
    assert.equal(one('Widgets rallied 4% since the election').status, 'not a quantitative claim');
    assert.equal(one('Stocks did well after the vote').status, 'not a quantitative claim');
  });
});

describe('readArticle carries "over the same period"', () => {
  it('to the window of an earlier clause of the same sentence before the previous sentence', () => {
    const r = readArticle(
      "The Russell 2000 has returned 7.2 per cent since Trump's election. The smallest third of US stocks have outperformed the market average return by more than 3 per cent in the three days following the election, while the largest fifth have trailed the wider stock universe by 4 per cent over the same period.",
      { ...opts, to: '2016-11-14' },
    );
    const [small, large] = r[1].claims.map((c) => c.readings[0]);
    assert.deepEqual(small.window, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
    assert.deepEqual(large.window, small.window);
    assert.equal(large.stated, -4); // "trailed … by 4 per cent"
  });
});

describe('a missing event is said once for a sentence', () => {
  it('two numbers "since the election" with no --event: one reason, not one per number', () => {
    const [s] = readArticle(
      'The Russell 2000 has gained 10.2 per cent since the election, while the S&P 500 is up about 2 per cent over the same period.',
      { funds },
    );
    assert.equal(
      s.reason,
      'names an event ("the election") but no --event DATE was given, and the article has no date to infer it from',
    );
  });
});

describe('a pronoun refers to the subject a sentence without a number named', () => {
  it('"Small caps are a play on X. They beat large caps by 8 points": they = small caps, not the funds before', () => {
    const text =
      'Investors poured $6.5bn into US small-cap ETFs last week. ' +
      '"Small caps are the purest play on a domestic story," said one strategist. ' +
      '"They have outperformed large caps by eight percentage points in four sessions."';
    const r = readArticle(text, { ...opts, to: '2016-11-14' });
    assert.equal(r.length, 3);
    assert.equal(r[1].status, 'not a quantitative claim');
    const [c] = r[2].claims.map((x) => x.readings[0]);
    // By hand: small caps vs large caps, 8 pp, four sessions after the event; not a flow of the funds.
    assert.equal(c.metric, 'spread');
    assert.deepEqual(c.subjects, ['^RUT', '^GSPC']);
    assert.equal(c.stated, 8);
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 4 });
  });
});

describe('wrap phrasings: an elided subject, "Over the week,"', () => {
  it('"X has risen for 11 sessions, its longest streak since 2003, and is up 12.9% since …": X is up 12.9%', () => {
    const [c] = claims(
      'The Russell 2000 has now risen for 11 sessions in a row, its longest winning streak since 2003, and is up 12.9% since the election.',
      { ...opts, to: '2016-11-20' },
    );
    assert.deepEqual([c.metric, c.subjects, c.stated], ['return', ['^RUT'], 12.9]);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-20' });
  });
  it('"and investors piled in 5%" has a subject of its own: not carried', () => {
    const s = one('The Russell 2000 rose 3%, and ten-year yields climbed by 5%.', {
      ...opts,
      to: '2016-11-20',
    });
    assert.deepEqual(
      s.claims.map((c) => c.readings[0].subjects),
      [['^RUT']],
    );
  });
  it('"Over the week, the S&P 500 gained 0.8%" in an article of Sunday Nov. 20 is the week ended Friday Nov. 18', () => {
    const [c] = claims('Over the week, the S&P 500 gained 0.8%.', { ...opts, to: '2016-11-20' });
    assert.deepEqual(c.window, { kind: 'week', weekEnd: '2016-11-18' });
  });
});

describe('"respectively" pairs the listed numbers with the listed subjects, in order', () => {
  it('"The Russell 2000 and the S&P 500 rose 3.1% and 1.1%, respectively": ^RUT 3.1, ^GSPC 1.1', () => {
    const cs = claims(
      'The Russell 2000 and the S&P 500 rose 3.1% and 1.1%, respectively, on the day after the election.',
    );
    assert.deepEqual(
      cs.map((c) => [c.subjects, c.stated]),
      [
        [['^RUT'], 3.1],
        [['^GSPC'], 1.1],
      ],
    );
  });
  it('three subjects and two numbers do not pair: the clause reading stands', () => {
    const cs = claims(
      'The Russell 2000, the Dow and the S&P 500 rose 3.1% and 1.1%, respectively, since the election.',
      {
        ...opts,
        to: '2016-11-15',
      },
    );
    assert.deepEqual(
      cs.map((c) => c.subjects),
      [['^GSPC'], ['^GSPC']],
    );
  });
});
