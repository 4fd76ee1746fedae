import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedLines, checkedReadings } from '../../helpers/first-verdict.ts';

// Forty-second round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's and IWM's from
// yfinance_autoadjusted_alitalbi_storage_data_fy (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  nov8y2016: 1195.1400146484375,
  nov25y2016: 1347.199951171875,
  nov30y2016: 1322.3399658203125,
  nov9y2022: 1760.4000244140625,
  nov10y2022: 1867.9300537109373,
  nov5: 2260.840087890625,
  nov6: 2392.919921875,
};
const SPX = {
  nov8y2016: 2139.56005859375,
  nov30y2016: 2198.81005859375,
  may20y2022: 3901.360107421875,
  may27y2022: 4158.240234375,
};
const NOV16 = { event: '2016-11-08', to: '2016-11-30', funds };
const TRUMP = { event: '2024-11-05', to: '2024-11-06', funds };

describe('a short answer reads with the question before it', () => {
  it('"How much have small caps gained since the election? About 10.6%, measured by the Russell 2000."', () => {
    const text =
      'How much have small caps gained since the election? About 10.6%, measured by the Russell 2000.';
    const s = readArticle(text, NOV16);
    assert.equal(s[0].status, 'not a quantitative claim');
    const [c] = s[1].claims.map((x) => x.readings[0]);
    assert.deepEqual([c.metric, c.subjects[0], c.stated], ['return', '^RUT', 10.6]);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-30' });
    // The number's place is the answer's own: "10.6%" where the article has it.
    assert.equal(text.slice(c.span.start, c.span.end), '10.6%');
    assert.equal(s[1].text, 'About 10.6%, measured by the Russell 2000.');
  });
  it('"Did they beat large caps? Yes, by about 8 points": small caps over large caps since the vote', () => {
    const text =
      'How much have small caps gained since the election? About 10.6%. Did they beat large caps? Yes, by about 8 points.';
    const gap = firsts(text, NOV16).find((c) => c.metric === 'spread');
    assert.deepEqual(gap?.subjects, ['^RUT', '^GSPC']);
    assert.deepEqual([gap?.stated, gap?.comparator.kind], [8, 'approx']);
    assert.equal(text.slice(gap?.span.start, gap?.span.end), '8 points');
  });
  it('"How far is the index below its record? About 1.8%, as of Wednesday\'s close.": a distance', () => {
    const [c] = firsts(
      "Q: How far is the Russell 2000 below its Nov. 25 record?\nA: About 1.8%, as of Wednesday's close.",
      { ...NOV16, to: '2016-12-01' },
    );
    assert.equal(c.metric, 'distance');
    assert.deepEqual([c.stated, c.extreme?.from, c.window.kind], [-1.8, '2016-11-25', 'since']);
    assert.equal('to' in c.window && c.window.to, '2016-11-30');
  });
  it('"By how much …?", "How big was …?", "What was …?" give the answer their subject and period', () => {
    const by = firsts('By how much did small caps beat large caps in November? Roughly 7.6 points.', NOV16);
    assert.deepEqual(
      [by[0].metric, by[0].subjects, by[0].window],
      ['spread', ['^RUT', '^GSPC'], { kind: 'month', month: '2016-11' }],
    );
    const big = firsts(
      'How big were the inflows into IWM in the week after the vote? More than $2 billion.',
      NOV16,
    );
    assert.deepEqual([big[0].metric, big[0].subjects[0], big[0].comparator.kind], ['flow', 'IWM', 'gt']);
    const what = firsts("What was the S&P 500's return in November? 3.4%.", NOV16);
    assert.deepEqual([what[0].subjects[0], what[0].stated, what[0].window.kind], ['^GSPC', 3.4, 'month']);
  });
  it('"How much did small caps beat large caps by?" is "By how much …?"; a Fed story\'s "since the cut"', () => {
    const [by] = firsts('How much did small caps beat large caps by? About 7.8 points.', NOV16);
    assert.deepEqual([by.metric, by.subjects, by.stated], ['spread', ['^RUT', '^GSPC'], 7.8]);
    const [cut] = firsts('How much has the Russell 2000 gained since the cut? About 1.8%.', {
      event: '2024-09-18',
      to: '2024-09-20',
      funds,
    });
    assert.deepEqual(
      [cut.subjects[0], cut.window],
      ['^RUT', { kind: 'since', event: '2024-09-18', to: '2024-09-20' }],
    );
  });
  it('"Did small caps beat large caps in 2024? No: they trailed by about 13 points.": the question\'s year', () => {
    const [c] = firsts('Did small caps beat large caps in 2024? No: they trailed by about 13 points.', {
      event: '2024-11-05',
      to: '2024-12-31',
      funds,
    });
    assert.deepEqual([c.subjects, c.stated, c.windowSource], [['^RUT', '^GSPC'], -13, 'carried']);
    assert.deepEqual(c.window, { kind: 'dates', from: '2023-12-31', to: '2024-12-31' });
  });
  it('"Q. … A. …" and "Question: … Answer: …" mark the two; the number keeps its place after the mark', () => {
    const text = 'Question: How much did IWM take in last week?\nAnswer: Roughly $1.6 billion.';
    const [c] = firsts(text, NOV16);
    assert.deepEqual(
      [c.metric, c.subjects[0], c.window],
      ['flow', 'IWM', { kind: 'week', weekEnd: '2016-11-25' }],
    );
    assert.equal(text.slice(c.span.start, c.span.end), '$1.6 billion');
    const [q] = firsts('Q. How much have small caps gained since the election? A. About 10.6%.', NOV16);
    assert.deepEqual([q.subjects[0], q.stated], ['^RUT', 10.6]);
  });
  it('"How have small caps fared since the vote? About 10.6%, going by the Russell 2000.": what it returned', () => {
    const [c] = firsts(
      'How have small caps fared since the vote? About 10.6%, going by the Russell 2000.',
      NOV16,
    );
    assert.deepEqual([c.metric, c.subjects[0], c.stated], ['return', '^RUT', 10.6]);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-11-30' });
  });
  it('"Did the FTSE 250 underperform the FTSE 100? Yes, by about 8 points.": names with digits are no numbers', () => {
    const [c] = firsts('Did the FTSE 250 underperform the FTSE 100? Yes, by about 8 points.', {
      event: '2016-06-23',
      to: '2016-06-28',
      funds,
    });
    assert.deepEqual([c.metric, c.subjects, c.stated], ['spread', ['^FTMC', '^FTSE'], -8]);
  });
  it('"And the FTSE 100? Just 5.6%." asks the question before of another subject', () => {
    const cs = firsts(
      'How far has the FTSE 250 fallen since the referendum? About 13.6%. And the FTSE 100? Just 5.6%.',
      { event: '2016-06-23', to: '2016-06-28', funds },
    );
    assert.deepEqual(
      cs.map((c) => [c.subjects[0], c.stated]),
      [
        ['^FTMC', -13.6],
        ['^FTSE', -5.6],
      ],
    );
    assert.deepEqual(cs[1].window, { kind: 'since', event: '2016-06-23', to: '2016-06-28' });
  });
  it('"Did small caps rise after the election? Yes, about 10.6%, going by the Russell 2000.": the number after the verb', () => {
    const text = 'Did small caps rise after the election? Yes, about 10.6%, going by the Russell 2000.';
    const [c] = firsts(text, NOV16);
    assert.deepEqual(
      [c.metric, c.subjects[0], c.stated, c.comparator.kind],
      ['return', '^RUT', 10.6, 'approx'],
    );
    assert.equal(text.slice(c.span.start, c.span.end), '10.6%');
    const [m] = firsts('Did the Russell 2000 gain in November? Yes — 11%.', NOV16);
    assert.deepEqual([m.stated, m.window], [11, { kind: 'month', month: '2016-11' }]);
  });
  it('"They did, by about 8 points.", "Easily: by about 8 points.", "Comfortably — …" answer yes too', () => {
    for (const a of [
      'They did, by about 8 points.',
      'Easily: by about 8 points.',
      'Comfortably — by about 8 points.',
    ]) {
      const [c] = firsts(`Did small caps beat large caps? ${a}`, NOV16);
      assert.deepEqual([c?.metric, c?.subjects, c?.stated], ['spread', ['^RUT', '^GSPC'], 8], a);
    }
  });
  it('an answer that names its own subject is read alone; "Yes, by …" after a question with a number is not joined', () => {
    const own = firsts('How did small caps do? The S&P 500 rose 2.8% since the election.', NOV16);
    assert.deepEqual(
      own.map((c) => c.subjects[0]),
      ['^GSPC'],
    );
    const s = readArticle(
      'Did the Russell 2000 rise more than 10% in November? Yes, by about a point.',
      NOV16,
    );
    assert.notEqual(s[1].status, 'claims');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,322.34 / 1,195.14 − 1 = 10.64% and the gap over ^GSPC (2,198.81 / 2,139.56 − 1) about 8 points', async () => {
      const text =
        'How much have small caps gained since the election? About 10.6%. Did they beat large caps? Yes, by about 8 points.';
      const [ret, gap] = await checkedReadings(data.ev, text, NOV16);
      near(ret.computed?.value, pctOf(RUT.nov8y2016, RUT.nov30y2016));
      assert.equal(ret.verdict, 'supported');
      near(gap.computed?.value, pctOf(RUT.nov8y2016, RUT.nov30y2016) - pctOf(SPX.nov8y2016, SPX.nov30y2016));
      assert.equal(gap.verdict, 'supported');
    });
    it('1,322.34 / 1,347.20 − 1 = −1.85% below the Nov. 25 record close', async () => {
      const [r] = await checkedReadings(
        data.ev,
        "How far is the Russell 2000 below its Nov. 25 record? About 1.8%, as of Wednesday's close.",
        { ...NOV16, to: '2016-12-01' },
      );
      near(r.computed?.value, pctOf(RUT.nov25y2016, RUT.nov30y2016));
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('"since the 2020 election" dates a record to that election, not to its year', () => {
  it('a week\'s record holds the election day; "the week of the 2020 election" too; a day\'s, its month', () => {
    const [w] = firsts(
      'The S&P 500 rose 6.6% this week, its best week since the week of the 2020 election.',
      TRUMP,
    );
    assert.deepEqual([w.record?.sinceYear, w.record?.sinceMonth, w.record?.sinceDay], [2020, '2020-11', 3]);
    const [d] = firsts(
      'The Russell 2000 rose 6.1% on Thursday, its best day since the 2020 election.',
      TRUMP,
    );
    assert.deepEqual([d.record?.sinceMonth, d.record?.sinceDay], ['2020-11', undefined]);
    const [v] = firsts('The Russell 2000 had its best month since the 2016 vote.', {
      event: '2016-06-23',
      to: '2016-07-29',
    });
    assert.deepEqual([v.record?.sinceYear, v.record?.sinceMonth], [2016, undefined]); // a Brexit story's vote
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT +6.11% on 2022-11-10 is its best day since April 2020, before the 2020 vote: not supported (was, by year)', async () => {
      const text = 'The Russell 2000 rose 6.1% on Thursday, its best day since the 2020 election.';
      const [r] = await checkedReadings(data.ev, text, { event: '2022-11-08', to: '2022-11-11' });
      near(r.computed?.value, pctOf(RUT.nov9y2022, RUT.nov10y2022));
      const [line] = await checkedLines(data.ev, text, { event: '2022-11-08', to: '2022-11-11' });
      assert.match(line, /"best day since the 2020 election": not supported: best since 2020-04-06/);
    });
    it('^GSPC 4,158.24 / 3,901.36 − 1 = 6.58% in the week to 2022-05-27: best since the week of 2020-11-06', async () => {
      const text = 'The S&P 500 rose 6.6% this week, its best week since the 2020 election.';
      const [r] = await checkedReadings(data.ev, text, { event: '2022-11-08', to: '2022-05-27' });
      near(r.computed?.value, pctOf(SPX.may20y2022, SPX.may27y2022));
      const [line] = await checkedLines(data.ev, text, { event: '2022-11-08', to: '2022-05-27' });
      assert.match(line, /since the 2020 election": supported: best since week ending 2020-11-06/);
    });
  });
});

describe('a quote box\'s points beside its per cent: "(+132.08, +5.84%)", "+132.08 (+5.84%)"', () => {
  it("the signed number is a move in index points over the per cent's window", () => {
    const [pts, pct] = firsts(
      'The small-cap Russell 2000 (+132.08, +5.84%) had its best day since 2022.',
      TRUMP,
    );
    assert.deepEqual(
      [pts.metric, pts.subjects[0], pts.stated, pts.unit],
      ['points', '^RUT', 132.08, 'index-points'],
    );
    assert.deepEqual(pts.window, pct.window);
    const [down] = firsts('Russell 2000: 2,231.51, -104.95 (-4.49%)', TRUMP);
    assert.deepEqual([down.metric, down.stated], ['points', -104.95]);
  });
  it('signs that disagree, or a number with a unit, are no points: "-3.4 versus -2.0%" is no move', () => {
    const cs = firsts('The Russell 2000 (+132.08, -5.84%) had a day.', TRUMP);
    assert.ok(!cs.some((c) => c.metric === 'points'));
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,392.92 − 2,260.84 = 132.08 points on 2024-11-06', async () => {
      const [r] = await checkedReadings(data.ev, 'The Russell 2000 (+132.08, +5.84%) soared.', TRUMP);
      near(r.computed?.value, RUT.nov6 - RUT.nov5, 1e-6);
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('streaks told as a noun: "a 15-day winning streak, the longest since 1996"', () => {
  it('the count before its unit and side is the streak; "the longest since 1996" after it is its record', () => {
    const [c] = firsts('The Russell 2000 notched a 15-day winning streak, the longest since 1996.', NOV16);
    assert.deepEqual(
      [c.record?.kind, c.record?.streak, c.record?.sinceYear, c.record?.period, c.record?.direction],
      ['biggest-since', 15, 1996, 'day', 'gain'],
    );
    const [w] = firsts('The Russell 2000 is on a three-week losing streak.', NOV16);
    assert.deepEqual(
      [w.record?.kind, w.record?.streak, w.record?.period, w.record?.direction],
      ['streak', 3, 'week', 'loss'],
    );
  });
  it('"the longest since 1996" with no count is no streak', () => {
    assert.equal(
      readArticle("Small caps' lead is the longest since 1996.", NOV16)[0].status,
      'not a quantitative claim',
    );
  });
});

describe('"the most for any single week this year" is the first place among the year\'s weeks', () => {
  it("a flow's week keeps its window; the record ranks from January 1 of the article's year", () => {
    const text =
      'U.S. small-cap ETFs gathered $5.6 billion in the week through Friday. The iShares Russell 2000 ETF alone added roughly $3bn, the most for any single week this year.';
    const [, c] = firsts(text, { event: '2024-11-05', to: '2024-11-11', funds });
    assert.deepEqual(c.window, { kind: 'week', weekEnd: '2024-11-08' });
    assert.deepEqual(
      [c.record?.kind, c.record?.rank, c.record?.from, c.record?.period],
      ['rank', 1, '2024-01-01', 'week'],
    );
    assert.equal(c.record?.direction, 'gain');
    const [out] = firsts('SPY shed $2.1 billion last week, the most for any week in 2024.', {
      event: '2024-11-05',
      to: '2024-11-11',
      funds,
    });
    assert.deepEqual([out.record?.from, out.record?.direction], ['2024-01-01', 'loss']);
  });
});

describe('"MoM", "WoW" with their capitals are "m/m", "w/w"', () => {
  it('"Small caps are up ~11% MoM" on Nov. 30: November; "RTY +1.2% WoW" on a Wednesday: the week before', () => {
    assert.deepEqual(firsts('Small caps are up ~11% MoM.', NOV16)[0].window, {
      kind: 'month',
      month: '2016-11',
    });
    assert.deepEqual(firsts('* RTY +1.2% WoW', NOV16)[0].window, { kind: 'week', weekEnd: '2016-11-25' });
    assert.equal(readArticle('Wow, what a month.', NOV16)[0].status, 'not a quantitative claim');
  });
});

describe('a crossing verb is a first close\'s bound: "topped 1,300 for the first time on Nov. 15"', () => {
  it('the close above 1,300 is ranked among all closes before it', () => {
    const [c] = firsts('The Russell 2000 topped 1,300 for the first time on Nov. 15.', NOV16);
    assert.deepEqual(
      [c.metric, c.record?.kind, c.record?.past, c.record?.level],
      ['level', 'best-on-record', 1300, true],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,302.14 on 2016-11-15; the highest close before it 1,295.80 (2015-06-23): supported', async () => {
      const [line] = await checkedLines(
        data.ev,
        'The Russell 2000 topped 1,300 for the first time on Nov. 15.',
        NOV16,
      );
      assert.match(line, /"for the first time": supported: the first close above 1,300\.00/);
    });
  });
});

describe('"back below its Election Day close" is a return since the vote below zero', () => {
  it('below: under 0%; "back above its pre-election level": over 0%; the subject carries to "the index"', () => {
    const [below, next] = firsts(
      'The Russell 2000 is back below its Election Day close. The index is now 3% below its Election Day close.',
      NOV16,
    );
    assert.deepEqual(
      [below.metric, below.subjects[0], below.comparator.kind, below.comparator.hi],
      ['return', '^RUT', 'lt', 0],
    );
    assert.deepEqual(below.window, { kind: 'since', event: '2016-11-08', to: '2016-11-30' });
    assert.equal(next.subjects[0], '^RUT');
    const [above] = firsts('The S&P 500 was back above its pre-election level.', NOV16);
    assert.deepEqual([above.comparator.kind, above.comparator.lo], ['gt', 0]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,322.34 / 1,195.14 − 1 = +10.64%: not back below', async () => {
      const [r] = await checkedReadings(
        data.ev,
        'The Russell 2000 is back below its Election Day close.',
        NOV16,
      );
      near(r.computed?.value, pctOf(RUT.nov8y2016, RUT.nov30y2016));
      assert.equal(r.verdict, 'not supported');
    });
  });
});

describe('a month recap of Nov. 30, 2020: "November 2020 will go down as the best month in the Russell 2000\'s history"', () => {
  const NOV20 = { event: '2020-11-03', to: '2020-11-30', funds };
  const text =
    "November 2020 will go down as the best month in the Russell 2000's history: the index gained 18.3%. Put differently, small caps beat the S&P 500 by roughly 7.5 points (18.3% vs. 10.8%). That is well over one and a half times the S&P's gain.";
  it('the month opens the sentence; "the index" is the Russell, whose history the record is; the next two keep November', () => {
    const [rut, gap, , , ratio] = firsts(text, NOV20);
    assert.deepEqual(
      [rut.subjects[0], rut.stated, rut.record?.kind, rut.record?.period],
      ['^RUT', 18.3, 'best-on-record', 'month'],
    );
    assert.deepEqual(rut.window, { kind: 'month', month: '2020-11' });
    assert.deepEqual(gap.window, { kind: 'month', month: '2020-11' });
    assert.deepEqual(
      [ratio.metric, ratio.window, ratio.windowSource],
      ['ratio', { kind: 'month', month: '2020-11' }, 'carried'],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,819.82 / 1,538.48 − 1 = 18.29%; ^GSPC 3,621.63 / 3,269.96 − 1 = 10.75%; the ratio 1.70', async () => {
      const [rut, gap, , spx, ratio] = await checkedReadings(data.ev, text, NOV20);
      near(rut.computed?.value, pctOf(1538.47998046875, 1819.8199462890625));
      near(spx.computed?.value, pctOf(3269.9599609375, 3621.6298828125));
      near(
        gap.computed?.value,
        pctOf(1538.47998046875, 1819.8199462890625) - pctOf(3269.9599609375, 3621.6298828125),
      );
      near(
        ratio.computed?.value,
        pctOf(1538.47998046875, 1819.8199462890625) / pctOf(3269.9599609375, 3621.6298828125),
      );
      assert.deepEqual(
        [rut.verdict, gap.verdict, spx.verdict, ratio.verdict],
        ['supported', 'supported', 'supported', 'supported'],
      );
    });
  });
});

describe('a social post: emoji bullets, "pt", a lead-in with a colon over a blank line', () => {
  const text =
    "Quick numbers since Election Day (Nov 8 close → Nov 30 close):\n\n📈 Russell 2000: +10.6%\n📉 S&P 500: +2.8%\n💰 IWM inflows: $3.2B (!!)\n\nThat's a ~7.8 pt spread in 3 weeks.";
  it('an emoji arrow is a sign: "Russell 2000 ⬆️ 10.6%", "S&P 500 ⬇️ 0.2%"', () => {
    const [up, down] = firsts('* Russell 2000 ⬆️ 10.6%\n* S&P 500 ⬇️ 0.2%', NOV16);
    assert.deepEqual(
      [up.subjects[0], up.stated, down.subjects[0], down.stated],
      ['^RUT', 10.6, '^GSPC', -0.2],
    );
  });
  it('each emoji line is its own item (was one piece: "S&P 500: +2.8%" read as the Russell\'s)', () => {
    const s = readArticle(text, NOV16);
    assert.deepEqual(
      s.filter((x) => x.form === 'bullet').map((x) => x.text),
      ['📈 Russell 2000: +10.6%', '📉 S&P 500: +2.8%', '💰 IWM inflows: $3.2B (!!)'],
    );
    const [rut, spx, flow, gap] = firsts(text, NOV16);
    assert.deepEqual([rut.subjects[0], spx.subjects[0], flow.subjects[0]], ['^RUT', '^GSPC', 'IWM']);
    assert.deepEqual(
      [rut.windowSource, spx.window],
      ['carried', { kind: 'since', event: '2016-11-08', to: '2016-11-30' }],
    );
    assert.deepEqual(
      [gap.metric, gap.subjects, gap.stated, gap.unit],
      ['spread', ['^RUT', '^GSPC'], 7.8, 'pp'],
    );
  });
});

describe('a sector piece of Dec. 1, 2016 whose first figure runs "through Wednesday"', () => {
  const DEC1 = { event: '2016-11-08', to: '2016-12-01', funds };
  const text =
    'Financials led the post-election charge, with the Financial Select Sector SPDR Fund (XLF) up 12.6% through Wednesday. Industrials (XLI) and energy (XLE) each gained more than 7%. Tech barely budged (+0.2%), while bond proxies sank: utilities fell 4.9% and consumer staples 4%. The spread between the best and worst sectors — financials and utilities — was about 17.5 points.';
  it('the simple pasts after a stretch that ended keep it; "Tech barely budged (+0.2%)" is the sector\'s', () => {
    const cs = firsts(text, DEC1).filter((c) => c.metric !== 'rank');
    const through = { kind: 'since', event: '2016-11-08', to: '2016-11-30' };
    assert.deepEqual(
      cs.map((c) => c.subjects.join('/')),
      [
        'XLF',
        'XLI',
        'XLE',
        'sector:Information Technology',
        'sector:Utilities',
        'sector:Consumer Staples',
        'sector:Financials/sector:Utilities',
      ],
    );
    for (const c of cs.slice(0, 6)) assert.deepEqual(c.window, through, c.subjects[0]);
    assert.deepEqual([cs[3].stated, cs[6].stated, cs[6].metric], [0.2, 17.5, 'spread']);
  });
  it('"Tech barely moved" is the sector before a verb with an adverb; "Energy prices barely moved" is no sector', () => {
    assert.equal(firsts('Tech barely moved, up 0.2%.', DEC1)[0].subjects[0], 'sector:Information Technology');
    assert.equal(readArticle('Energy prices barely moved.', DEC1)[0].status, 'not a quantitative claim');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('XLF 19.0875 / 16.9506 − 1 = 12.61%; XLF − XLU (35.3178 / 37.1460 − 1) = 17.53 points', async () => {
      const rs = await checkedReadings(data.ev, text, DEC1); // XLF, its rank, XLI, XLE, tech, XLU, XLP, the spread
      const xlf = pctOf(16.950639724731445, 19.087491989135746);
      near(rs[0].computed?.value, xlf);
      near(rs.at(-1)?.computed?.value, xlf - pctOf(37.146034240722656, 35.31781768798828));
      assert.deepEqual(
        rs.map((r) => r.verdict),
        Array(8).fill('supported'),
      );
    });
  });
});

describe('a fiscal-cliff story of Nov. 16, 2012: "That leaves it 11% below its Sept. 14 peak"', () => {
  const NOV12 = { event: '2012-11-06', to: '2012-11-16', funds };
  it('"That leaves it …" after Thursday\'s close is where that close left it, as of Thursday', () => {
    const cs = firsts(
      "The Russell 2000 is down 6.8% through Thursday. Thursday's close of 769.48 was its lowest since late July. That leaves it 11% below its Sept. 14 peak.",
      NOV12,
    );
    const d = cs.find((c) => c.metric === 'distance');
    assert.deepEqual(d?.window, { kind: 'dates', from: '2012-11-15', to: '2012-11-15' });
    assert.equal(d?.windowSource, 'carried');
  });
  it('"given back most of their gains since June" is a share given back, no record; "nearly all" a share too', () => {
    const [most] = firsts('Small caps have given back most of their gains since June.', NOV12);
    assert.deepEqual(
      [most.metric, most.record, most.comparator.kind, most.comparator.lo],
      ['ratio', undefined, 'gt', 0.5],
    );
    const [all] = firsts('Small caps have given back nearly all of their gains since June.', NOV12);
    assert.deepEqual([all.metric, all.stated, all.comparator.words], ['ratio', 1, 'nearly all']);
    const [whole] = firsts('Small caps have given back all of their gains since the election.', NOV12);
    assert.deepEqual([whole.metric, whole.comparator.kind], ['return', 'lt']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 769.48 / 864.70 − 1 = −11.01% on Nov. 15 (was as of Nov. 16, −10.23%, found only as a convention)', async () => {
      const text =
        "The Russell 2000 is down 6.8% through Thursday. Thursday's close of 769.48 was its lowest since late July. That leaves it 11% below its Sept. 14 peak.";
      const rs = await checkedReadings(data.ev, text, NOV12);
      near(rs.at(-1)?.computed?.value, pctOf(864.7000122070312, 769.47998046875));
      assert.equal(rs.at(-1)?.verdict, 'supported');
    });
  });
});

describe('a wire\'s BUZZ items: "** " opens a list item; "up 5.8% at $235.34" is a close', () => {
  const text =
    'BUZZ-U.S. small caps soar after Trump win\n\n** Small-cap Russell 2000 index .RUT up 5.8%, set for its best day since April 2020\n\n** IWM, the biggest small-cap ETF, up 5.8% at $235.34';
  it('each "** " line is a claim (was a headline); the price after "up 5.8% at" is a level, not a flow', () => {
    const s = readArticle(text, TRUMP);
    assert.deepEqual(
      s.map((x) => x.form),
      ['headline', 'bullet', 'bullet'],
    );
    const [rut, iwm, price] = firsts(text, TRUMP);
    assert.deepEqual([rut.subjects[0], rut.stated, rut.record?.kind], ['^RUT', 5.8, 'biggest-since']);
    assert.deepEqual(
      [iwm.subjects[0], price.metric, price.subjects[0], price.stated],
      ['IWM', 'level', 'IWM', 235.34],
    );
    const [lvl] = firsts('The Russell 2000 was up 5.8% at 2,392.92.', TRUMP).filter(
      (c) => c.metric === 'level',
    );
    assert.equal(lvl.stated, 2392.92);
  });
  it('"**Bold**" at a line\'s start is emphasis, not a list item', () => {
    assert.equal(readArticle('**Small caps** rallied.', TRUMP)[0].form, 'sentence');
  });
});

describe('a note\'s pair label with no verb: "RTY/SPX ratio: +3.7% w/w", "IWM/SPY: -1.2% on the day"', () => {
  it("the signed number is the pair's relative move (was the first name's own return)", () => {
    const o = { event: '2024-11-05', to: '2024-11-11', funds };
    const [r] = firsts('* RTY/SPX ratio: +3.7% w/w', o);
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.conventions.relative],
      ['spread', ['^RUT', '^GSPC'], 3.7, 'ratio'],
    );
    const [p] = firsts('* IWM/SPY: -1.2% on the day', o);
    assert.deepEqual([p.metric, p.subjects, p.stated], ['spread', ['IWM', 'SPY'], -1.2]);
  });
});

describe('days written as "the 9th", "the ninth of November", "9th of November"', () => {
  const nov9 = { kind: 'dates', from: '2016-11-08', to: '2016-11-09' };
  it('each is that day\'s session; "on the 9th" is the article\'s month (the month before when still to come)', () => {
    for (const t of [
      'On the 9th, the Russell 2000 jumped 3.1%.',
      'On the ninth of November the Russell 2000 jumped 3.1%.',
      'The Russell 2000 jumped 3.1% on 9th of November.',
    ])
      assert.deepEqual(firsts(t, NOV16)[0].window, nov9, t);
    const [late] = firsts('On the 28th, the Russell 2000 fell 1.3%.', { ...NOV16, to: '2016-12-05' });
    assert.deepEqual(late.window, { kind: 'dates', from: '2016-11-25', to: '2016-11-28' });
  });
  it('"on the 10th straight day" is a count, no date', () => {
    const [c] = firsts('The Russell 2000 fell on the 10th straight day.', NOV16);
    assert.deepEqual([c.record?.kind, c.record?.streak], ['streak', 10]);
  });
});

describe('"has averaged a 2.1% gain in the month following a presidential vote" is a mean over elections', () => {
  it('"a presidential vote" names the elections as "a presidential election" does; a vote of another kind does not', () => {
    const o = { event: '2024-11-05', to: '2024-11-01', funds };
    const [c] = firsts(
      'Historically, the Russell 2000 has averaged a 2.1% gain in the month following a presidential vote.',
      o,
    );
    assert.deepEqual([c.average?.events, c.window.kind], ['elections', 'since']);
    const [plain] = firsts('The Russell 2000 rose 2.1% after a vote to cut rates.', o);
    assert.deepEqual([plain.metric, plain.stated, plain.average], ['return', 2.1, undefined]);
  });
});

describe('"in seven of nine cases" after elections since a year is a tally of those elections', () => {
  it('the count and its side; the elections since 1988; the month after each', () => {
    const o = { event: '2024-11-05', to: '2024-11-01', funds };
    const [c] = firsts(
      'Since 1988, the Russell 2000 has risen in the month after a presidential election in seven of nine cases.',
      o,
    );
    assert.deepEqual(
      [c.record?.tally?.hits, c.record?.tally?.sinceYear, c.record?.tally?.events, c.record?.direction],
      [7, 1988, 'elections', 'gain'],
    );
    assert.deepEqual(c.record?.tally?.after, { unit: 'month', n: 1 });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT rose in the month after 5 of the 9 elections 1988–2020 (2016: 1,386.37 / 1,195.14 − 1 = +16.00%)', async () => {
      const text =
        'Since 1988, the Russell 2000 has risen in the month after a presidential election in seven of nine cases.';
      const [line] = await checkedLines(data.ev, text, { event: '2024-11-05', to: '2024-11-01' });
      assert.match(line, /not supported: 5 of the 9 US presidential elections since 1988 up, not 7/);
      assert.match(line, new RegExp(`2016 \\+${pctOf(1195.1400146484375, 1386.3699951171875).toFixed(2)}%`));
    });
  });
});

describe('a box\'s label before a number that leads its line: "Key stat: 7.8 points — small caps\' lead …"', () => {
  it('the label is no subject; the number is the lead named after it', () => {
    const [c] = firsts("Key stat: 7.8 points — small caps' lead over the S&P 500 since the vote.", NOV16);
    assert.deepEqual([c.metric, c.subjects, c.stated], ['excess-return', ['^RUT', '^GSPC'], 7.8]);
    const [n] = firsts("Number of the week: 10.6% — the Russell 2000's gain since the vote.", NOV16);
    assert.deepEqual([n.metric, n.subjects[0], n.stated], ['return', '^RUT', 10.6]);
  });
});

describe('a side with no number over a named period: "turned positive for the year", "is still down for the month"', () => {
  it('a return above (below) zero over the period; a day after it ends the period there; no period, no claim', () => {
    const [up] = firsts('The Russell 2000 turned positive for the year on Tuesday.', NOV16);
    assert.deepEqual(
      [up.metric, up.subjects[0], up.comparator.kind, up.comparator.lo],
      ['return', '^RUT', 'gt', 0],
    );
    assert.deepEqual(up.window, { kind: 'dates', from: '2015-12-31', to: '2016-11-29' });
    const [down] = firsts('The S&P 500 is still down for the month.', NOV16);
    assert.deepEqual([down.comparator.kind, down.window.kind], ['lt', 'month-to-date']);
    const [black] = firsts('With the rally, small caps are now in the black for 2016.', NOV16);
    assert.deepEqual([black.subjects[0], black.comparator.kind], ['^RUT', 'gt']);
    assert.equal(readArticle('The Russell 2000 is up.', NOV16)[0].status, 'not a quantitative claim');
  });
  it('"The S&P 500 finished higher on Wednesday" is the day\'s side; a count of sectors stays a count', () => {
    const o = { event: '2024-11-05', to: '2024-11-08', funds };
    const [day] = firsts('The S&P 500 finished higher on Wednesday.', o);
    assert.deepEqual([day.metric, day.comparator.kind], ['return', 'gt']);
    assert.deepEqual(day.window, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' });
    const [all] = firsts('All 11 S&P 500 sectors finished higher on Wednesday.', o);
    assert.deepEqual([all.metric, all.stated], ['breadth', 11]);
    // The day carries as before: "… closed higher on Wednesday. It rose 2%." is Wednesday's 2%.
    const [, two] = firsts('The Russell 2000 closed higher on Wednesday. It rose 2%.', o);
    assert.deepEqual([two.stated, two.window], [2, day.window]);
    // "Stocks" names nothing capgap has: no side, whatever the article spoke of before.
    assert.equal(firsts('The Russell 2000 rose 2%. Stocks ended higher on Friday.', o).length, 1);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,322.34 / 1,135.89 − 1 = +16.41% for 2016 to Nov. 30: supported; ^GSPC +3.42% in November: not down', async () => {
      const text = 'The Russell 2000 is now up for the year. The S&P 500 is still down for the month.';
      const [rut, spx] = await checkedReadings(data.ev, text, NOV16);
      near(rut.computed?.value, pctOf(1135.8900146484375, RUT.nov30y2016));
      near(spx.computed?.value, pctOf(2126.14990234375, SPX.nov30y2016));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'not supported']);
    });
  });
});

describe('a transcript: "BOB JONES: And large caps?" "JANE SMITH: About 2.8%, going by the S&P 500."', () => {
  it('the speaker is no part of the answer; "And large caps?" after a statement asks how they did over its period', () => {
    const text =
      'JANE SMITH: Small caps are up about 10.6% since the election.\n\nBOB JONES: And large caps?\n\nJANE SMITH: About 2.8%, going by the S&P 500.';
    const [rut, spx] = firsts(text, NOV16);
    assert.deepEqual([rut.subjects[0], spx.subjects[0], spx.stated], ['^RUT', '^GSPC', 2.8]);
    assert.deepEqual(spx.window, { kind: 'since', event: '2016-11-08', to: '2016-11-30' });
    assert.equal(text.slice(spx.span.start, spx.span.end), '2.8%');
  });
});

describe('"is up for a third straight week": a form of "be" and a side give a streak its side', () => {
  it('up: gains; lower: losses (was no claim: "up" is a move only before a number)', () => {
    const [up] = firsts('The Russell 2000 is up for a third straight week.', NOV16);
    assert.deepEqual([up.record?.streak, up.record?.period, up.record?.direction], [3, 'week', 'gain']);
    const [down] = firsts('The Russell 2000 was lower for a fifth straight day.', NOV16);
    assert.deepEqual([down.record?.streak, down.record?.direction], [5, 'loss']);
  });
});
