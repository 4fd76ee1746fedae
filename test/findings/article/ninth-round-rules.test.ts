import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Ninth round: whole articles as pasted (a Fed cut, a referendum, a midterm, small-cap ETFs, a month-end
// wrap, a live blog), read as the journalist who wrote them. Each rule is tested on sentences written for
// this file (none is in the corpus), the reading by hand. The Fed cut 50bp on Wednesday, Sept. 18, 2024 at
// 2 p.m.; the article is dated Friday, Sept. 20: Thursday is the Sept. 18 close to the Sept. 19 close.
const opts: ReadOptions = { event: '2024-09-18', to: '2024-09-20', funds };
const { one, claims } = sentenceReader(opts);
const wednesday = { kind: 'dates', from: '2024-09-17', to: '2024-09-18' };

describe('a correction note quotes the wrong figure: no claim, to the end of its line', () => {
  it('"Correction: … misstated … It was 1.7%, not 1.5%." reads neither number', () => {
    const s = readArticle(
      'The S&P 500 rose 1.7% on Thursday.\n\nCorrection: An earlier version of this story gave the S&P 500’s gain on Thursday. It rose 1.7%, not 1.5%.',
      opts,
    );
    assert.deepEqual(
      s.map((x) => [x.status, x.claims.length]),
      [
        ['claims', 1],
        ['not a quantitative claim', 0],
        ['not a quantitative claim', 0],
      ],
    );
    assert.match(s[2].reason ?? '', /^a correction note/);
  });
  it('"This article was amended on …; An earlier version said … fell 7.6%" and "(Corrects …)" are notes', () => {
    const s = readArticle(
      'This article was amended on 2 July 2016. An earlier version said the FTSE 250 had fallen 7.6% since the vote.',
      { event: '2016-06-23', to: '2016-07-01' },
    );
    assert.deepEqual(
      s.map((x) => x.status),
      ['not a quantitative claim', 'not a quantitative claim'],
    );
    assert.equal(one('(Corrects paragraph 4 to show the Russell 2000 rose 2.1%, not 2.4%)').claims.length, 0);
  });
  it('the next line is the article again: "The Russell 2000 rose 2.1% on Thursday." after a note is read', () => {
    const s = readArticle('Correction: the gain was 1.7%.\nThe Russell 2000 rose 2.1% on Thursday.', opts);
    assert.deepEqual(
      s.map((x) => x.claims.length),
      [0, 1],
    );
  });
});

describe('a section or byline before a bar dates the article', () => {
  it('"Business | Friday 1 July 2016 18.05 BST", "MARKETS | Monday, November 30, 2020", "By E. Moss | June 30, 2021"', () => {
    const date = (head: string) => prepareArticle(`${head}\n\nThe Russell 2000 rose 1% this week.`).to;
    assert.equal(date('Business | Friday 1 July 2016 18.05 BST'), '2016-07-01');
    assert.equal(date('MARKETS | Monday, November 30, 2020'), '2020-11-30');
    assert.equal(date('By Elena Moss | June 30, 2021'), '2021-06-30');
  });
  it('the line is furniture, not a headline', () => {
    assert.match(one('Business | Friday 1 July 2016 18.05 BST').reason ?? '', /^a timestamp/);
  });
});

describe('a gapped "SUBJECT by N" after a verb takes that verb and its sign', () => {
  it('"Both indexes slipped on Wednesday, the S&P 500 by 0.3% and the Russell 2000 by 0.2%": −0.3 and −0.2', () => {
    const c = claims('Both indexes slipped on Wednesday, the S&P 500 by 0.3% and the Russell 2000 by 0.2%.');
    assert.deepEqual(
      c.map((x) => [x.subjects, x.stated, x.window]),
      [
        [['^GSPC'], -0.3, wednesday],
        [['^RUT'], -0.2, wednesday],
      ],
    );
  });
  it('an object list with "by" stays one comparison: "outperformed large caps and mid caps by 3 points"', () => {
    assert.equal(one('Small caps outperformed large caps and mid caps by 3 points.').claims.length, 1);
  });
});

describe('money and per cents that are neither flows nor returns', () => {
  it('a central bank\'s purchases: "the Fed said it would buy $600 billion of Treasuries" is no flow', () => {
    const s = one(
      'Small caps rallied after the Fed said it would buy $600 billion of Treasuries through June.',
    );
    assert.equal(s.status, 'not a quantitative claim');
    assert.match(s.reason ?? '', /not a flow \(of Treasuries\)/);
  });
  it('trading costs: "IWM\'s bid-ask spread averages about 0.01%" is no return', () => {
    assert.match(
      one("IWM's bid-ask spread averages about 0.01%.").reason ?? '',
      /not a return \(bid-ask spread\)/,
    );
  });
});

describe("a live blog's entry stamp on the line above its entry", () => {
  it('"3:15 PM ET\\nSmall caps hold their gains, with IWM up 5.6%." is intraday; "4:31 PM ET" is the close', () => {
    const o = { event: '2024-11-05', to: '2024-11-06', funds };
    assert.equal(
      claims('3:15 PM ET\nSmall caps hold their gains, with IWM up 5.6%.', o)[0].intraday,
      '3:15 PM ET',
    );
    assert.equal(claims('4:31 PM ET\nThe S&P 500 closed 2.5% higher.', o)[0].intraday, undefined);
  });
});

describe('tables: fee columns hold no claim; dated closes are closes', () => {
  it('"Expense ratio" cells are fees and "23 June close" cells closes on that day; the "YTD return" cell is read', () => {
    const s = readArticle(
      'Fund\tExpense ratio\tYTD return\nIWM\t0.19%\t17.4%\n\nIndex\t23 June close\t1 July close\tChange %\nFTSE 250\t17,333.13\t16,182.06\t-6.6',
      { event: '2016-06-23', to: '2016-07-01', funds },
    );
    assert.deepEqual(
      s.map((x) => [
        x.status,
        x.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated]),
        x.reason ?? '',
      ]),
      [
        [
          'not a quantitative claim',
          [],
          "a table's header: its columns give the rows below their periods and units",
        ],
        ['claims', [[['IWM'], 17.4]], ''],
        [
          'not a quantitative claim',
          [],
          "a table's header: its columns give the rows below their periods and units",
        ],
        // Seventeenth round: a dated close is a level claim on its day.
        [
          'claims',
          [
            [['^FTMC'], 17333.13],
            [['^FTMC'], 16182.06],
            [['^FTMC'], -6.6],
          ],
          '',
        ],
      ],
    );
  });
});

describe('numbers bound to their own subjects', () => {
  it("\"ahead of IWM's 17.4% and VB's 16.9%\": each possessive its own number (VB's was given to IWM)", () => {
    const c = claims('Year to date, IJR has returned 23.1%, ahead of IWM’s 17.4% and VB’s 16.9%.');
    assert.deepEqual(
      c.map((x) => [x.subjects, x.stated]),
      [
        [['IJR'], 23.1],
        [['IWM'], 17.4],
        [['VB'], 16.9],
      ],
    );
  });
  it('a unit joined by hyphens: "a 10-percent gain", "a 2.5-per-cent fall"', () => {
    assert.deepEqual(
      claims('The Russell 2000 posted a 10-percent gain this week.').map((x) => [x.stated, x.unit]),
      [[10, 'percent']],
    );
    assert.deepEqual(
      claims('The S&P 500 suffered a 2.5-per-cent fall on Thursday.').map((x) => x.stated),
      [-2.5],
    );
  });
});

describe('windows and speakers the articles named their own way', () => {
  it('"since the Nov. 3 election", "since the 23 June referendum": the date in the phrase is the event', () => {
    const [c] = claims('The Russell 2000 has gained 16% since the Nov. 3 election.', {
      to: '2020-11-30',
      funds,
    });
    assert.deepEqual(
      [c.window, c.windowSource],
      [{ kind: 'since', event: '2020-11-03', to: '2020-11-30' }, 'sentence'],
    );
    assert.deepEqual(
      claims('The FTSE 250 is down 6.6% since the 23 June referendum.', { to: '2016-07-01' })[0].window,
      {
        kind: 'since',
        event: '2016-06-23',
        to: '2016-07-01',
      },
    );
  });
  it('"That 5.7-point lead for IJR over IWM …" takes the previous sentence\'s window (year to date)', () => {
    const s = readArticle(
      'Year to date, IJR has returned 23.1%, ahead of IWM’s 17.4%. That 5.7-point lead for IJR over IWM reflects the index rules.',
      { to: '2021-06-30', funds },
    );
    const c = s[1].claims[0].readings[0];
    assert.deepEqual(
      [c.metric, c.subjects, c.stated, c.window, c.windowSource],
      ['spread', ['IJR', 'IWM'], 5.7, { kind: 'dates', from: '2020-12-31', to: '2021-06-30' }, 'carried'],
    );
  });
  it('"said analyst Rob Kinsey": the name, not the role, is who is quoted', () => {
    assert.equal(
      one('"Cost matters more than liquidity," said analyst Rob Kinsey.').attribution,
      'Rob Kinsey',
    );
  });
});
