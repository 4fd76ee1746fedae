import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Ninth round, continued: page furniture of pasted articles, differences stated as positions or leads, an
// index named by its size, a record whose subject follows "for". Sentences written for this file (none is in
// the corpus), readings by hand. The Brexit vote was Thursday, June 23, 2016 (after the close); the article
// is dated Friday, July 1, 2016.
const opts: ReadOptions = { event: '2016-06-23', to: '2016-07-01', funds };
const { one, claims } = sentenceReader(opts);
const sinceVote = { kind: 'since', event: '2016-06-23', to: '2016-07-01' };

describe('sharing buttons, counts, live badges and ticker tapes are furniture, said as such', () => {
  it('"1.2K shares", "Share this article", "Copy link", "Tweet", "842", "12 comments"', () => {
    for (const t of ['1.2K shares', 'Share this article', 'Copy link', 'Tweet', '842', '12 comments'])
      assert.match(one(t).reason ?? '', /^sharing buttons or a count/, t);
  });
  it('"LIVE", "Pinned", "Sign up for our newsletter", "By the Markets desk"', () => {
    assert.equal(one('LIVE').reason, 'page furniture');
    assert.equal(one('Pinned').reason, 'page furniture');
    assert.match(one('Sign up for our ETF newsletter').reason ?? '', /^a sign-up prompt/);
    assert.equal(one('By the Markets desk').reason, 'a byline');
  });
  it('a ticker tape of three quotes makes no claim; a sentence with the same numbers does', () => {
    const tape = one(
      'DOW 17,949.37 -19.40 (-0.11%)   S&P 500 2,102.95 +3.62 (+0.19%)   RUT 1,157.55 +1.25 (+0.11%)',
    );
    assert.equal(tape.status, 'not a quantitative claim');
    assert.match(tape.reason ?? '', /^a ticker tape/);
    assert.deepEqual(
      claims('The Russell 2000 rose 0.11% on Friday to 1,157.55.').map((c) => c.stated),
      [0.11, 1157.55],
    );
  });
});

describe('a furniture line is a piece of its own: the line under it is the article again', () => {
  it('"Related: …", "Reporting by …", "REUTERS/Staff" over a body line: the body line is read (it was swallowed)', () => {
    for (const line of [
      'Related: Small caps jump 5% after the vote',
      'Reporting by Dana Whitcombe; Editing by Lee Hart',
      'Photo: Traders on the floor. REUTERS/Staff',
    ]) {
      const s = readArticle(`${line}\nThe Russell 2000 rose 2% since the vote.`, opts);
      const body = s.pop();
      assert.deepEqual(
        [body?.text, body?.claims.length],
        ['The Russell 2000 rose 2% since the vote.', 1],
        line,
      );
      assert.deepEqual(
        s.map((x) => [x.status, x.claims.length]),
        s.map(() => ['not a quantitative claim', 0]),
      );
    }
  });
  it('a credit under "Read more" keeps its own reason (not "a link to another story")', () => {
    const s = readArticle('Read more\nReporting by Dana Whitcombe; Editing by Lee Hart', opts);
    assert.equal(s[1].reason, 'a reporting and editing credit');
  });
});

describe('a difference stated as a position or a lead is a spread', () => {
  it('"leaves the FTSE 250 more than 10 percentage points behind the FTSE 100": FTSE 250 − FTSE 100 < −10', () => {
    const [c] = claims(
      'That leaves the FTSE 250 more than 10 percentage points behind the FTSE 100 since the vote.',
    );
    assert.deepEqual(
      [c.metric, c.subjects, c.comparator, c.stated, c.window],
      ['spread', ['^FTMC', '^FTSE'], { kind: 'lt', hi: -10, words: 'more than' }, -10, sinceVote],
    );
  });
  it('"a 5.7-percentage-point lead for IJR over IWM" and "IJR\'s 5.7-point lead over IWM": IJR − IWM = 5.7', () => {
    for (const t of [
      'That 5.7-percentage-point lead for IJR over IWM reflects the index rules.',
      "IJR's 5.7-point lead over IWM since the vote reflects the index rules.",
    ]) {
      const [c] = claims(t);
      assert.deepEqual([c.metric, c.subjects, c.stated], ['spread', ['IJR', 'IWM'], 5.7], t);
    }
  });
  it('"finished 2 points ahead of the S&P 500" is +2 against the S&P 500', () => {
    const [c] = claims('The Russell 2000 finished 2 points ahead of the S&P 500 since the vote.');
    assert.deepEqual([c.subjects, c.stated], [['^RUT', '^GSPC'], 2]);
  });
});

describe('"the mid-cap index" is the index of that size the article last named', () => {
  it('after the FTSE 250, "the mid-cap index" is the FTSE 250, not the S&P 400', () => {
    const s = readArticle(
      'The FTSE 250 is down 6.6% since the vote. The mid-cap index has fallen 2% this week.',
      opts,
    );
    assert.deepEqual(s[1].claims[0].readings[0].subjects, ['^FTMC']);
  });
  it('with no index before it, "the mid-cap index" stays mid caps (the S&P 400)', () => {
    assert.deepEqual(claims('The mid-cap index has fallen 2% since the vote.')[0].subjects, ['^SP400']);
  });
});

describe('a record whose subject follows "for"', () => {
  it('"November was the best month for small caps on record": the month, small caps (two readings)', () => {
    const s = one('November was the best month for small caps on record.', {
      event: '2020-11-03',
      to: '2020-11-30',
      funds,
    });
    const [c] = s.claims;
    assert.deepEqual(
      c.readings.map((r) => [r.metric, r.subjects, r.window, r.record?.kind]),
      [
        ['record', ['^RUT'], { kind: 'month', month: '2020-11' }, 'best-on-record'],
        ['record', ['Lo 30'], { kind: 'month', month: '2020-11' }, 'best-on-record'],
      ],
    );
  });
});

describe('"its highest close since August" is a level record, said as such', () => {
  it("the day's 1.1% is read, and the record beside it is a level (not checked as a ranked return)", () => {
    const [c] = claims('The FTSE 100 closed up 1.1% on Friday, at its highest close since August.');
    assert.deepEqual(
      [c.subjects, c.stated, c.window, c.record?.level, c.record?.sinceMonth],
      [['^FTSE'], 1.1, { kind: 'dates', from: '2016-06-30', to: '2016-07-01' }, true, '2015-08'],
    );
  });
});

// Wrap phrasings, the article dated Monday, Nov. 14, 2016 (the 2016 election).
describe('wrap phrasings of the ninth round', () => {
  const o: ReadOptions = { event: '2016-11-08', to: '2016-11-14', funds };
  const year = { kind: 'dates', from: '2015-11-14', to: '2016-11-14' };
  it('"gained 1.9 per cent to 1,883.55 points" is 1.9% and a level (not a range to 1,883.55)', () => {
    assert.deepEqual(
      claims('The Russell 2000 gained 1.9 per cent to 1,883.55 points.', o).map((c) => [
        c.metric,
        c.stated,
        c.comparator.kind,
      ]),
      [
        ['return', 1.9, 'eq'],
        ['level', 1883.55, 'eq'],
      ],
    );
  });
  it('"ended the session 0.8 per cent weaker", "closed the day 1.2% higher": the session ending the article\'s date', () => {
    const day = { kind: 'dates', from: '2016-11-11', to: '2016-11-14' };
    assert.deepEqual(
      claims("London's mid-cap index ended the session 0.8 per cent weaker.", o)[0].window,
      day,
    );
    assert.deepEqual(claims('The Russell 2000 closed the day 1.2% higher.', o)[0].window, day);
  });
  it('"its 12-month return", "year-on-year" are the trailing year; "in the quarter" the quarter so far', () => {
    assert.deepEqual(claims("The Russell 2000's 12-month return is 25%.", o)[0].window, year);
    assert.deepEqual(claims('Year-on-year, the Russell 2000 is down 11%.', o)[0].window, year);
    assert.deepEqual(claims('The Russell 2000 rose 8% in the quarter.', o)[0].window, {
      kind: 'dates',
      from: '2016-09-30',
      to: '2016-11-14',
    });
  });
  it('"added $300 billion to the market value of …" is no flow; "on a total-return basis", "including dividends" are total returns', () => {
    assert.match(
      one('The rally has added roughly $300 billion to the market value of Russell 2000 companies.', o)
        .reason ?? '',
      /not a flow \(to the market value\)/,
    );
    for (const t of [
      'On a total-return basis, the Russell 2000 is up 11.2% year to date.',
      'The Russell 2000 is up 11.2% year to date, including dividends.',
    ])
      assert.equal(claims(t, o)[0].conventions.returnType, 'total', t);
  });
});
