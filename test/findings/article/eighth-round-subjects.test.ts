import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSubjects } from '../../../src/findings/article/subjects.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Eighth round (breadth): subjects as research notes and wires write them, on sentences written for this test
// (none is in the corpus), the reading by hand. Event 2016-11-08; the article is dated Nov. 14, 2016.
const opts: ReadOptions = { event: '2016-11-08', to: '2016-11-14', funds };
const { claims } = sentenceReader(opts);
const wednesday = { kind: 'dates', from: '2016-11-08', to: '2016-11-09' };

describe('index tickers and bracketed tickers', () => {
  it('"Small caps (R2K) outperformed large (SPX) by 310bp": the Russell 2000 over the S&P 500 by 3.1 points', () => {
    const [c] = claims('Small caps (R2K) outperformed large (SPX) by 310bp since the election.');
    assert.deepEqual([c.metric, c.subjects, c.stated, c.unit], ['spread', ['^RUT', '^GSPC'], 3.1, 'pp']);
  });
  it('a ticker alone is its index ("The R2K has rallied 11%"); lower case "rut" is a word, not a ticker', () => {
    assert.deepEqual(claims('The R2K has rallied 11% since the election.')[0].subjects, ['^RUT']);
    assert.deepEqual(findSubjects('Stocks were stuck in a rut', []), []);
  });
  it("a subject and its bracketed ticker are one subject, the ticker's", () => {
    const hits = findSubjects('Small caps (R2K) rose', []);
    assert.deepEqual(
      hits.map((h) => [h.start, h.end, h.subject]),
      [[0, 16, { kind: 'security', id: '^RUT' }]],
    );
  });
});

describe('British phrasing', () => {
  it('"London\'s mid-cap index" is the FTSE 250 and "Britain\'s blue-chip index" the FTSE 100 (not the S&P 400)', () => {
    const [c] = claims(
      "London's mid-cap index has underperformed the FTSE 100 by 9 percentage points since the vote.",
    );
    assert.deepEqual([c.metric, c.subjects, c.stated], ['spread', ['^FTMC', '^FTSE'], -9]);
    assert.deepEqual(claims("Britain's blue-chip index fell 3% on Friday.")[0].subjects, ['^FTSE']);
  });
  it('"closed 3.2 per cent lower" is down and "gave up 0.4pc" is a fall', () => {
    assert.equal(claims('The blue-chip FTSE 100 closed 3.2 per cent lower on Friday.')[0].stated, -3.2);
    assert.equal(claims('The FTSE 250 gave up 0.4pc on the day.')[0].stated, -0.4);
    assert.equal(claims('The FTSE 250 ended 1.1 per cent higher on Friday.')[0].stated, 1.1);
  });
});

describe('an index set off by commas after a size class names it', () => {
  it('"The index of smaller companies, the FTSE 250, lost 7 per cent": the FTSE 250, not the Russell 2000', () => {
    const [c] = claims('The index of smaller companies, the FTSE 250, lost 7 per cent in two days.');
    assert.deepEqual([c.subjects, c.stated], [['^FTMC'], -7]);
  });
  it('a list is not an apposition: "Small caps, the S&P 500, and IWM all rose 1%" keeps three subjects', () => {
    const c = claims('Small caps, the S&P 500, and IWM all rose 1% on Wednesday.');
    assert.deepEqual(
      c.map((x) => x.subjects[0]),
      ['^RUT', '^GSPC', 'IWM'],
    );
  });
});

describe('lists and bracketed numbers', () => {
  it('"Shares of IWM and SPY rose 2%": the list after "Shares of" is shared, one claim each', () => {
    const c = claims('Shares of IWM and SPY rose 2% on Wednesday.');
    assert.deepEqual(
      c.map((x) => [x.subjects, x.stated, x.window]),
      [
        [['IWM'], 2, wednesday],
        [['SPY'], 2, wednesday],
      ],
    );
  });
  it('"Small caps (+3.1%) beat large caps (+0.8%)": each bracketed number is its subject\'s return, not a spread', () => {
    const c = claims('Small caps (+3.1%) beat large caps (+0.8%) on Wednesday.');
    assert.deepEqual(
      c.map((x) => [x.metric, x.subjects, x.stated]),
      [
        ['return', ['^RUT'], 3.1],
        ['return', ['^GSPC'], 0.8],
      ],
    );
  });
  it('"(down 2%)" after a subject is down', () => {
    const [c] = claims('The Russell 2000 (down 2% on Wednesday) lagged.');
    assert.deepEqual([c.subjects, c.stated], [['^RUT'], -2]);
  });
});
