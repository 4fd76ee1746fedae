import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';

// Ninth round, a second batch of pasted pieces (an AP midterm wrap, a Bloomberg Fed story, a British live
// blog, a weekly ETF-flow note), each rule tested on sentences written for this file, readings by hand.
// The Fed raised rates 75bp on Wednesday, June 15, 2022 at 2 p.m.; the article is dated that day.
const fed: ReadOptions = { event: '2022-06-15', to: '2022-06-15', funds };
const { one, claims } = sentenceReader(fed);

describe('wire forms', () => {
  it('an undated wire ("NEW YORK (AP) — Stocks rallied Wednesday …") is dated by its lede: that weekday on or after the event', () => {
    const p = prepareArticle(
      'NEW YORK (AP) — Stocks rallied Wednesday after the midterm elections.\n\nMore text.',
      {
        event: '2018-11-06',
      },
    );
    assert.deepEqual([p.to, p.toSource], ['2018-11-07', 'Wednesday']);
    assert.equal(
      prepareArticle('NEW YORK (AP) — Stocks rallied after the vote.', { event: '2018-11-06' }).to,
      undefined,
    );
  });
  it('"gained 10.29 points, or 0.6 percent": the points are the index\'s, the claim is 0.6% (not 10.29 pp)', () => {
    const s = one(
      'The Russell 2000 index of smaller-company stocks gained 10.29 points, or 0.6 percent, to 1,580.25.',
    );
    // Sixteenth round: the level after "to" is a claim of its own (the index's close, 1,580.25); seventeenth:
    // the points are the index's move, in index points.
    assert.deepEqual(
      [s.reason, s.claims.map((c) => [c.readings[0].metric, c.readings[0].stated, c.readings[0].unit])],
      [
        undefined,
        [
          ['points', 10.29, 'index-points'],
          ['return', 0.6, 'percent'],
          ['level', 1580.25, 'index-points'],
        ],
      ],
    );
  });
  it('"Most Read from Bloomberg" heads links; "___", "AP Business Writer Marley Jay contributed." are furniture', () => {
    const s = readArticle(
      'Most Read from Bloomberg\nMortgage Rates Soar Most Since 1987\n\nThe Russell 2000 rose 1.1% today.',
      fed,
    );
    assert.deepEqual(
      s.map((x) => x.claims.length),
      [0, 0, 1],
    );
    assert.match(s[1].reason ?? '', /^a link to another story \(under "Most Read from Bloomberg"\)/);
    assert.equal(one('___').reason, 'a separator line (page furniture)');
    assert.equal(one('AP Business Writer Marley Jay contributed.').reason, 'a reporting and editing credit');
  });
});

describe('"in the N sessions before EVENT" is the N sessions to the close before the event\'s day', () => {
  it('"had fallen 9.2% in the five sessions before the decision": June 7 close to June 14 close (was after it)', () => {
    const [c] = claims('The Russell 2000 had fallen 9.2% in the five sessions before the decision.');
    assert.deepEqual([c.stated, c.window], [-9.2, { kind: 'dates', from: '2022-06-07', to: '2022-06-14' }]);
  });
});

describe('a British live blog', () => {
  const brexit: ReadOptions = { event: '2016-06-23', to: '2016-06-24', funds };
  it('"09.05 BST" on the line above is intraday, "16.45 BST" the close; "Updated at 16.45 BST", "Key events" are furniture', () => {
    const s = readArticle(
      'Updated at 16.45 BST\nKey events\n\n16.45 BST\nThe FTSE 250 closed down 7.2%.\n\n09.05 BST\nThe FTSE 250 has plunged 11.4%.',
      brexit,
    );
    assert.deepEqual(
      s.map((x) => [x.status, x.claims.map((c) => c.readings[0].intraday ?? 'close')]),
      [
        ['not a quantitative claim', []],
        ['not a quantitative claim', []],
        ['claims', ['close']],
        ['claims', ['09.05 BST']],
      ],
    );
  });
  it("an entry's later sentences share its stamp, up to the next blank line", () => {
    const s = readArticle(
      '14.30 BST\nWall Street has opened lower. The Russell 2000 is down 3%.\n\nThe S&P 500 fell 3.6% on the day.',
      brexit,
    );
    assert.deepEqual(
      s.map((x) => x.claims.map((c) => c.readings[0].intraday ?? 'close')),
      [[], ['14.30 BST'], ['close']],
    );
  });
  it('"in early trades", "in the first minutes of trading" are intraday', () => {
    assert.equal(
      claims('The Russell 2000 is down 3% in early trades.', brexit)[0].intraday,
      'in early trades',
    );
    assert.equal(
      claims('The FTSE 250 plunged 11.4% in the first minutes of trading.', brexit)[0].intraday,
      'in the first minutes of trading',
    );
  });
});

describe('a flow table', () => {
  it('"Net Flows ($, mm)" cells are amounts (not per cents from another column) and "AUM % Change" is no return', () => {
    const [, row] = readArticle('Ticker\tNet Flows ($, mm)\tAUM % Change\nIWM\t1,682.37\t9.72%', {
      event: '2016-11-08',
      to: '2016-11-11',
      funds,
    });
    // Twenty-sixth round: a flows column is read as the sentence a writer would give it ("IWM took in
    // $1,682.37m"); before, "capgap reads flows in sentences, not table cells".
    assert.equal(row.status, 'claims');
    assert.deepEqual(
      row.claims.map((c) => [c.readings[0].metric, c.readings[0].subjects, c.readings[0].stated]),
      [['flow', ['IWM'], 1682.37e6]],
    );
  });
});

// A month-end wrap dated Monday, Nov. 30, 2020 (the last session of the month), after the Nov. 3 election.
describe('a month-end wrap', () => {
  const nov: ReadOptions = { event: '2020-11-03', to: '2020-11-30', funds };
  const month = { kind: 'month', month: '2020-11' };
  it('"its best November on record, up 18.3%": November, ranked among Novembers only (twenty-fourth round; was not ranked)', () => {
    const s = one('The Russell 2000 logged its best November on record, up 18.3%.', nov);
    assert.deepEqual(
      s.claims.map((c) => {
        const r = c.readings[0];
        return [r.stated, r.window, r.record?.kind, r.record?.ofMonth, r.record?.period];
      }),
      [[18.3, month, 'best-on-record', 11, 'month']],
    );
  });
  it('"ended November up 18.3%, its biggest monthly gain ever": the month, a monthly record on record', () => {
    const [c] = claims('The Russell 2000 ended November up 18.3%, its biggest monthly gain ever.', nov);
    assert.deepEqual([c.window, c.record?.kind, c.record?.period], [month, 'best-on-record', 'month']);
    const [d] = claims('The Russell 2000 fell 8% in March, its biggest monthly drop on record.', nov);
    assert.equal(d.record?.kind, 'worst-on-record');
  });
  it('"…, a gap of 7.5 points" after two returns is the higher one minus the lower', () => {
    const c = claims(
      'In November, the S&P 500 rose 10.8% and the Russell 2000 surged 18.3%, a gap of 7.5 points.',
      nov,
    );
    assert.deepEqual(
      c.map((x) => [x.metric, x.subjects, x.stated, x.window]),
      [
        ['return', ['^GSPC'], 10.8, month],
        ['return', ['^RUT'], 18.3, month],
        ['spread', ['^RUT', '^GSPC'], 7.5, month],
      ],
    );
  });
  // Forty-first round: the total Tuesday's move extended is as of Tuesday (was as of the article's date).
  it('"added 1.2% Tuesday, extending its post-election gain to 12%": the 12% is since the election, to Tuesday', () => {
    const c = claims('The Russell 2000 added 1.2% Tuesday, extending its post-election gain to 12%.', nov);
    assert.deepEqual(
      c.map((x) => x.window),
      [
        { kind: 'dates', from: '2020-11-23', to: '2020-11-24' },
        { kind: 'since', event: '2020-11-03', to: '2020-11-24' },
      ],
    );
  });
  it('"in the month since the election" is since the election (not the month to date); "in late trading" is intraday', () => {
    assert.deepEqual(
      claims('The small-cap index has climbed 9% in the month since the election.', nov)[0].window,
      {
        kind: 'since',
        event: '2020-11-03',
        to: '2020-11-30',
      },
    );
    assert.equal(claims('Small caps were up 0.8% in late trading.', nov)[0].intraday, 'in late trading');
  });
});

describe('an HTML page pasted from a news site', () => {
  it('ticker list items, run-together share buttons, a video link and "— X contributed reporting." are furniture', () => {
    const html =
      '<html><body><ul><li>RUT 1,795.59 -49.44 -2.68%</li></ul><div><span>Share</span><span>Share Article via Facebook</span></div>' +
      '<p>The Russell 2000 dropped 2.7% on Wednesday.</p><p>— CNBC’s Michael Bloom contributed reporting.</p>' +
      '<div>VIDEO 2:41 02:41 Small caps could outperform in 2023</div></body></html>';
    const p = prepareArticle(html, { event: '2022-11-08', to: '2022-11-09' });
    const s = readArticle(p.text, { event: '2022-11-08', to: '2022-11-09', funds });
    assert.deepEqual(
      s.map((x) => [x.claims.length, x.reason ?? '']),
      [
        [0, 'a ticker tape: quotes at an unstated moment, not a claim'],
        [0, 'sharing buttons or a count of shares or comments (page furniture)'],
        [1, ''],
        [0, 'a reporting and editing credit'],
        [0, 'a link to a video (page furniture)'],
      ],
    );
  });
});
