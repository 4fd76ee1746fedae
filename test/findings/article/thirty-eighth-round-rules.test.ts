import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Thirty-eighth round: a wire story a week after the Brexit vote (June 30, 2016: "leaving it down about 2.6%
// from its June 23 level", "Utilities were the only sector to finish the week higher"), a note a month after the
// 2020 vote, a Fed-hike story of Dec. 17, 2015, and a "five numbers" piece of Dec. 5, 2024 ("closed at a record
// 2,442.03 … Since that peak it has slipped about 1.5%", "Financials have been the best-performing sector …;
// health care the worst, down 2.9%", "Seven of the 11 S&P 500 sectors have risen", "about two points"). Each
// reading was written by hand before the reader ran; every value checked on the embedded data is computed here
// from closes read by hand from ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/ (^RUT.csv
// and the sector SPDRs: Date, Close, …).
const RUT = {
  jun23_2016: 1172.219970703125,
  jun30_2016: 1151.9200439453125,
  nov25_2024: 2442.030029296875,
  dec5_2024: 2396.169921875,
};
/** Closes of the Select Sector SPDRs on 2016-06-23 and 2016-06-30 (XLC had not yet listed). */
const SPDR_BREXIT: Record<string, [number, number]> = {
  XLY: [71.85166931152344, 70.89801025390625],
  XLP: [42.54240417480469, 43.3360595703125],
  XLE: [47.40653991699219, 46.87758255004883],
  XLF: [15.994060516357422, 15.671845436096191],
  XLV: [61.43279266357422, 61.71681213378906],
  XLI: [48.34434509277344, 47.76446533203125],
  XLK: [39.78882598876953, 39.24586868286133],
  XLB: [40.1268424987793, 38.64252853393555],
  XLRE: [23.944658279418945, 24.69453430175781],
  XLU: [37.70087814331055, 39.30389022827149],
};
/** Closes on 2024-11-05 and 2024-12-05. */
const SPDR_2024: Record<string, [number, number]> = {
  XLY: [201.5615997314453, 226.4625396728516],
  XLF: [46.18503189086914, 49.84345245361328],
  XLV: [145.91976928710938, 143.20565795898438],
  XLB: [92.2817611694336, 90.8927993774414],
};
const BREXIT = { event: '2016-06-23', to: '2016-06-30' };
const MONTH_ON = { event: '2024-11-05', to: '2024-12-05' };

describe('a close at a record is the sentence\'s own day: "Since that peak" runs from it', () => {
  const text =
    'Small caps peaked on Nov. 25, when the index closed at a record 2,442.03. Since that peak it has slipped about 1.5%.';
  it('"closed at a record 2,442.03" on Nov. 25, then "Since that peak …": Nov. 25 to the article\'s date (was since the vote)', () => {
    const [, slipped] = firsts(text, MONTH_ON);
    assert.deepEqual(slipped.window, { kind: 'dates', from: '2024-11-25', to: '2024-12-05' });
    assert.equal(slipped.stated, -1.5);
  });
  it('"its record close of 2,442.74 on Nov. 8, 2021" stays an earlier peak: "Since then" is not its day', () => {
    const [, , since] = firsts(
      'The Russell 2000 is 2% below its record close of 2,442.74 on Nov. 8, 2021. Since then it has slipped about 1.5%.',
      MONTH_ON,
    );
    assert.notEqual((since.window as { from?: string }).from, '2021-11-08');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,396.17 / 2,442.03 − 1 = −1.88% since the Nov. 25 close', async () => {
      const [, slipped] = await checkedReadings(data.ev, text, MONTH_ON);
      near(slipped.computed?.value, pctOf(RUT.nov25_2024, RUT.dec5_2024));
    });
  });
});

describe('"from its June 23 level": a distance from a dated close in its own clause', () => {
  const text =
    "Since Monday's close, however, the Russell 2000 has bounced 4.9%, leaving it down about 2.6% from its June 23 level.";
  it('the second clause runs from the June 23 close, not from Monday (was Monday to Thursday)', () => {
    const [bounce, left] = firsts(text, BREXIT);
    assert.deepEqual(bounce.window, { kind: 'dates', from: '2016-06-27', to: '2016-06-30' });
    assert.deepEqual(left.window, { kind: 'dates', from: '2016-06-23', to: '2016-06-30' });
    const [other] = firsts('The Russell 2000 is down about 2.6% from its June 20 level.', BREXIT);
    assert.deepEqual(other.window, { kind: 'dates', from: '2016-06-20', to: '2016-06-30' });
  });
  it('"from its June 23 close to its June 27 low" stays a span between two closes', () => {
    const [span] = firsts('The Russell 2000 fell 5% from its June 23 close to its June 27 low.', BREXIT);
    assert.deepEqual(span.window, { kind: 'dates', from: '2016-06-23', to: '2016-06-27' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,151.92 / 1,172.22 − 1 = −1.73% since the vote', async () => {
      const [, left] = await checkedReadings(data.ev, text, BREXIT);
      near(left.computed?.value, pctOf(RUT.jun23_2016, RUT.jun30_2016));
    });
  });
});

describe('more counts of sectors: "the only sector to finish higher", "have risen"', () => {
  const breadth = (text: string, ro = BREXIT) =>
    firsts(text, ro)
      .filter((r) => r.metric === 'breadth')
      .map((r) => [r.stated, r.breadth]);
  it('"Utilities were the only sector to finish the week higher" is one sector up (was no number to check)', () => {
    assert.deepEqual(breadth('Utilities were the only sector to finish the week higher.'), [
      [1, { side: 'up' }],
    ]);
    assert.deepEqual(breadth('Energy was the only one of the 11 sectors to fall last week.'), [
      [1, { side: 'down', of: 11 }],
    ]);
    assert.deepEqual(breadth('Only one sector rose on Friday.'), [[1, { side: 'up' }]]);
    assert.deepEqual(breadth('One sector rose on Friday: utilities.'), []);
  });
  it('"Seven of the 11 S&P 500 sectors have risen" is seven of 11 up (was no number to check)', () => {
    assert.deepEqual(breadth('Seven of the 11 S&P 500 sectors have risen since the vote.', MONTH_ON), [
      [7, { side: 'up', of: 11 }],
    ]);
    assert.deepEqual(breadth('Four of the 11 sectors have fallen since the vote.', MONTH_ON), [
      [4, { side: 'down', of: 11 }],
    ]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('four of the ten SPDRs with prices rose from June 23 to June 30, 2016 (XLP, XLV, XLRE, XLU): "the only sector" is not supported', async () => {
      const [only] = await checkedReadings(
        data.ev,
        'Utilities were the only sector to finish the week higher.',
        BREXIT,
      );
      const rose = Object.values(SPDR_BREXIT).filter(([a, b]) => b > a).length;
      assert.equal(rose, 4);
      assert.equal(only.computed?.value, rose);
      assert.equal(only.verdict, 'not supported');
    });
  });
});

describe('a spelled number of points after a hedge; "At one point" opening a sentence', () => {
  it('"The gap …, about two points, …" is a spread of about 2 (was no number to check)', () => {
    const [gap] = firsts(
      'The gap between the Russell 2000 and the S&P 500, about two points, is narrower now.',
      MONTH_ON,
    );
    assert.equal(gap.metric, 'spread');
    assert.equal(gap.stated, 2);
    assert.equal(gap.comparator.kind, 'approx');
  });
  it('"At one point the Russell 2000 was up 3%" is an interim extreme, not the period\'s change (was a return of 3%)', () => {
    const [s] = readArticle('At one point the Russell 2000 was up 3%.', MONTH_ON);
    assert.equal(s.claims?.length ?? 0, 0);
    assert.match(s.reason ?? '', /an interim extreme/);
    const [s2] = readArticle(
      'At one point on Monday, the Russell 2000 was down 4%, before ending 1% lower.',
      MONTH_ON,
    );
    assert.deepEqual(
      (s2.claims ?? []).map((c) => c.readings[0].stated),
      [-1],
    );
  });
});

describe('a sector clause with its verb elided: "; health care the worst, down 2.9%"', () => {
  const text =
    'Financials have been the best-performing sector since the vote, up 8.4%; health care the worst, down 2.9%.';
  it("the second number is health care's, and both ranks are read (was both numbers financials', no rank)", () => {
    const rs = firsts(text, MONTH_ON);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects[0], r.stated]),
      [
        ['return', 'sector:Financials', 8.4],
        ['return', 'sector:Health Care', -2.9],
        ['rank', 'sector:Financials', 1],
        ['rank', 'sector:Health Care', 1],
      ],
    );
    assert.equal(rs[3].rank?.end, 'bottom');
    const [, hc] = firsts('Financials were up 8.4% since the vote, health care down 2.9%.', MONTH_ON);
    assert.equal(hc.subjects[0], 'sector:Health Care');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('XLV 143.21 / 145.92 − 1 = −1.86%, the worst (below XLB −1.51%); XLF +7.92% is second to XLY +12.35%', async () => {
      const [, hc, fin, worst] = await checkedReadings(data.ev, text, MONTH_ON);
      const r = (t: string) => pctOf(...(SPDR_2024[t] as [number, number]));
      near(hc.computed?.value, r('XLV'));
      assert.ok(r('XLV') < r('XLB'));
      assert.equal(worst.verdict, 'supported');
      assert.ok(r('XLY') > r('XLF'));
      assert.equal(fin.verdict, 'not supported');
    });
  });
});

describe('"That nine-point gap", "From that low", "the sector"', () => {
  const o2008 = { event: '2008-11-04', to: '2008-11-28' };
  it('"That nine-point gap was the widest …" is a spread of 9 points with its record (was a record of no number)', () => {
    const [, , gap] = firsts(
      'The smallest 10% of stocks fell about 16% in November, versus a drop of roughly 7% for the largest 10%. That nine-point gap was the widest in favour of large caps since October 1987.',
      o2008,
    );
    assert.deepEqual([gap.metric, gap.stated, gap.unit], ['spread', 9, 'pp']);
    assert.equal(gap.record?.words, 'widest in favour of large caps since October 1987');
    assert.equal(readArticle('She made a three-point shot.', o2008)[0].claims?.length ?? 0, 0);
  });
  it('"From that low it has rebounded by nearly 20%" runs from the close just named to the article\'s date (was that day)', () => {
    const [, since] = firsts(
      'The Russell 2000 closed at 385.31 on Nov. 20. From that low it has rebounded by nearly 20%.',
      o2008,
    );
    assert.deepEqual(since.window, { kind: 'dates', from: '2008-11-20', to: '2008-11-28' });
  });
  it('"Tech stocks slumped, with the sector down 2.6%" is technology\'s move (was no subject)', () => {
    const [r] = firsts('Tech stocks slumped, with the sector down 2.6% on Monday alone.', {
      event: '2018-11-06',
      to: '2018-11-13',
    });
    assert.deepEqual([r.subjects[0], r.stated], ['sector:Information Technology', -2.6]);
  });
  it('"Oil prices fell for a 12th straight day" is no streak of the index the article spoke of (was the Russell 2000\'s)', () => {
    const ro = { event: '2018-11-06', to: '2018-11-13' };
    const [, oil] = readArticle(
      'The Russell 2000 fell 1% on Monday. Oil prices fell for a 12th straight day.',
      ro,
    );
    assert.equal(oil.claims?.length ?? 0, 0);
    assert.match(oil.reason ?? '', /of nothing capgap can name/);
    const [, idx] = firsts(
      'The Russell 2000 fell 1% on Monday. The index fell for a fifth straight day.',
      ro,
    );
    assert.deepEqual([idx.metric, idx.subjects[0]], ['record', '^RUT']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 473.14 / 385.31 − 1 = 22.79% from the Nov. 20, 2008 low', async () => {
      const [, since] = await checkedReadings(
        data.ev,
        'The Russell 2000 closed at 385.31 on Nov. 20. From that low it has rebounded by nearly 20%.',
        o2008,
      );
      near(since.computed?.value, pctOf(385.30999755859375, 473.1400146484375));
    });
  });
});

describe('the day a rate decision names; "led Wednesday\'s gains"', () => {
  const cut = { event: '2020-03-03', to: '2020-03-04' };
  const text =
    'The Federal Reserve cut rates by half a percentage point on Tuesday in its first unscheduled move since 2008. Stocks fell anyway. The S&P 500 lost 2.8% and the Russell 2000 2.9%.';
  it('the moves after "cut rates by half a percentage point on Tuesday" are Tuesday\'s (was since the cut, to Wednesday)', () => {
    const [spx, rut] = firsts(text, cut);
    assert.deepEqual(spx.window, { kind: 'dates', from: '2020-03-02', to: '2020-03-03' });
    assert.deepEqual(rut.window, spx.window);
  });
  it('"Utilities and real estate led Wednesday\'s gains" ranks both (was no rank: the weekday\'s possessive)', () => {
    const ranks = firsts(
      "Utilities and real estate led Wednesday's gains, with utilities up 6.1%.",
      cut,
    ).filter((r) => r.metric === 'rank');
    assert.deepEqual(
      ranks.map((r) => [r.subjects[0], r.rank?.end, r.window]),
      [['sector:Real Estate', 'top', { kind: 'dates', from: '2020-03-03', to: '2020-03-04' }]],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^GSPC 3,003.37 / 3,090.23 − 1 = −2.81% on Tuesday, Mar. 3, 2020: supported', async () => {
      const [spx] = await checkedReadings(data.ev, text, cut);
      near(spx.computed?.value, pctOf(3090.22998046875, 3003.3701171875));
      assert.equal(spx.verdict, 'supported');
    });
    it('XLU +5.67% is second to XLV +5.76% (top 2: supported); XLRE +3.89% is seventh (not supported)', async () => {
      const r = (a: number, b: number) => pctOf(a, b);
      const xlu = r(54.67790603637695, 57.78050994873047);
      const xlv = r(86.55684661865234, 91.546630859375);
      const xlre = r(32.11315155029297, 33.36139297485352);
      const xlp = r(52.162635803222656, 54.72487258911133);
      const xlk = r(85.6518325805664, 89.32817077636719);
      const xlb = r(48.75603485107422, 50.77784729003906);
      const xli = r(67.50753784179688, 70.29747009277344);
      assert.ok(xlv > xlu && [xlp, xlk, xlb, xli].every((x) => x < xlu && x > xlre));
      const [, utilities, realEstate] = await checkedReadings(
        data.ev,
        "Utilities and real estate led Wednesday's gains, with utilities up 6.1%.",
        cut,
      );
      assert.deepEqual(
        [utilities.computed?.value, utilities.verdict, realEstate.computed?.value, realEstate.verdict],
        [2, 'supported', 7, 'not supported'],
      );
    });
  });
});

describe('a margin over an earlier record is said, not read against the S&P 500', () => {
  it('"That beat its previous record, set in January 1985, by more than two percentage points" is unreadable with why (was a spread against the S&P 500 in January 1985)', () => {
    const [, s] = readArticle(
      'The Russell 2000 posted its best month ever in November, climbing 18.3%. That beat its previous record, set in January 1985, by more than two percentage points.',
      { event: '2020-11-03', to: '2020-12-03' },
    );
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /^a margin over an earlier record \("its previous record"\)/);
  });
  it('"topping the previous record of 16.5% set in February 2000" stays that month\'s return', () => {
    const [, previous] = firsts(
      'The Russell 2000 rose 18.3% in November, its best month on record, topping the previous record of 16.5% set in February 2000.',
      { event: '2020-11-03', to: '2020-12-03' },
    );
    assert.deepEqual(
      [previous.metric, previous.stated, previous.window],
      ['return', 16.5, { kind: 'month', month: '2000-02' }],
    );
  });
});

describe('a quant note of Dec. 1, 2016: an opener against the market, a spread restated, a streak within the stretch', () => {
  const q2016 = { event: '2016-11-08', to: '2016-12-01' };
  it('"Measured against the market, the smallest decile\'s abnormal return …" is the decile over the market (was the market\'s return)', () => {
    const [r] = firsts(
      "Measured against the market, the smallest decile's abnormal return over days 0 to +4 was about 4.5%.",
      q2016,
    );
    assert.deepEqual([r.metric, r.subjects, r.target], ['excess-return', ['Lo 10'], 'market']);
    const [plain] = firsts(
      'Measured against the S&P 500, the Russell 2000 gained 4.5% over days 0 to +4.',
      q2016,
    );
    assert.deepEqual([plain.metric, plain.subjects], ['return', ['^RUT']]);
  });
  it('"That is a spread of around four percentage points" is the two returns just stated; "twice the typical … premium" is said unread', () => {
    const text =
      'In the five trading days after Nov. 8, the bottom tercile returned roughly 6%, while the top tercile returned about 2%. That is a spread of around four percentage points in one week, roughly twice the typical monthly size premium.';
    const [, , gap] = firsts(text, q2016);
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['Lo 1/3', 'Hi 1/3'], 4]);
    assert.match(
      readArticle(text, q2016)[1].reason ?? '',
      /^a ratio to a long-run norm \("twice the typical monthly size premium"\)/,
    );
  });
  it('"Equal-weighted portfolios tell a similar story, with a gap of roughly 6 points" is the spread just stated, equal-weighted (was no subject)', () => {
    const [, gap] = firsts(
      'For the month as a whole, small caps (the bottom 30%) beat large caps (the top 30%) by about 5.5 points, value-weighted. Equal-weighted portfolios tell a similar story, with a gap of roughly 6 points.',
      q2016,
    );
    assert.deepEqual(
      [gap.metric, gap.subjects, gap.stated, gap.window, gap.conventions.weighting],
      ['spread', ['Lo 30', 'Hi 30'], 6, { kind: 'month', month: '2016-11' }, 'equal'],
    );
  });
  it('"rose in 15 straight sessions after the vote" is a streak within the stretch since the vote (was one through the article\'s day)', () => {
    const [r] = firsts(
      'The Russell 2000 rose in 15 straight sessions after the vote, its longest winning streak since 2003.',
      q2016,
    );
    assert.deepEqual(
      [r.record?.streak, r.record?.within, r.window],
      [15, true, { kind: 'since', event: '2016-11-08', to: '2016-12-01' }],
    );
    // "has risen for 12 straight sessions since the election" is a run through the article's day, as before.
    const [now] = firsts('The Russell 2000 has risen for 12 straight sessions since the election.', {
      event: '2016-11-08',
      to: '2016-11-25',
    });
    assert.equal(now.record?.within, undefined);
  });
  it('a byline on its own line ends the headline above it (was one piece with the first sentence)', () => {
    const pieces = readArticle(
      "The size effect after Election Day 2016: a quant's view\nBy our markets desk, Dec. 1, 2016\nIn the five trading days after Nov. 8, the Russell 2000 returned roughly 6%.",
      q2016,
    );
    assert.deepEqual(
      pieces.map((s) => s.reason?.slice(0, 10)),
      ['a headline', 'a byline', undefined],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT rose every session from Nov. 4 through Nov. 25, 2016 (15) and fell Nov. 28: the streak ends Nov. 25', async () => {
      // Closes from Nov. 3 through Nov. 28, 2016.
      const closes = [
        1156.89, 1163.44, 1192.25, 1195.14, 1232.16, 1251.61, 1282.38, 1298.6, 1302.14, 1302.2, 1309.48,
        1315.64, 1322.23, 1334.34, 1342.09, 1347.2, 1329.83,
      ];
      const ups = closes.slice(1).map((c, i) => c > closes[i]);
      assert.equal(ups.indexOf(false), 15);
      const [r] = await checkedReadings(
        data.ev,
        'The Russell 2000 rose in 15 straight sessions after the vote, its longest winning streak since 2003.',
        q2016,
      );
      assert.deepEqual([r.computed?.value, r.computed?.to], [15, '2016-11-25']);
    });
  });
});

describe('"at the same point" after another election; sectors "of the S&P 500"; "led by X, up 7.5%"', () => {
  const wk = { event: '2024-11-05', to: '2024-11-15' };
  it('"Eight years ago, the index was up 11.7% at the same point after the vote" is as many sessions after the 2016 vote (was this year\'s)', () => {
    for (const lead of ['Eight years ago, the index', 'In 2016, the Russell 2000']) {
      const [, r] = firsts(
        `The Russell 2000 is up 5.7% since Election Day. ${lead} was up 11.7% at the same point after the vote.`,
        wk,
      );
      assert.deepEqual(
        [r.subjects[0], r.window],
        ['^RUT', { kind: 'sessions', event: '2016-11-08', sessions: 8 }],
      );
    }
  });
  it('"All 11 sectors of the S&P 500 rose last week, led by consumer discretionary, up about 7.5%": a count, a rank and the leader\'s move (was the S&P 500\'s 7.5%, no count)', () => {
    const rs = firsts(
      'All 11 sectors of the S&P 500 rose last week, led by consumer discretionary, up about 7.5%.',
      wk,
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects[0], r.stated]),
      [
        ['return', 'sector:Consumer Discretionary', 7.5],
        ['rank', 'sector:Consumer Discretionary', 1],
        ['breadth', 'sectors', 11],
      ],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,315.64 / 1,195.14 − 1 = 10.08% over the 8 sessions after Nov. 8, 2016; XLY 213.67 / 198.74 − 1 = 7.51% in the week to Nov. 8, 2024', async () => {
      const [, then] = await checkedReadings(
        data.ev,
        'The Russell 2000 is up 5.7% since Election Day. Eight years ago, the index was up 11.7% at the same point after the vote.',
        wk,
      );
      near(then.computed?.value, pctOf(1195.1400146484375, 1315.6400146484375));
      const [xly] = await checkedReadings(
        data.ev,
        'All 11 sectors of the S&P 500 rose last week, led by consumer discretionary, up about 7.5%.',
        wk,
      );
      near(xly.computed?.value, pctOf(198.74075317382807, 213.66940307617188));
      assert.equal(xly.verdict, 'supported');
    });
  });
});

describe('a live blog of Sept. 19, 2024: a dated stamp dates its entry; "Before the decision"; "Every sector except energy"', () => {
  const fed = { event: '2024-09-18', to: '2024-09-19' };
  const blog =
    "4:05 PM ET: Stocks closed sharply higher a day after the Fed's half-point cut. The Russell 2000 jumped 2.1%.\nSept. 18, 4:10 PM ET: Stocks reversed course after Powell's press conference and ended slightly lower. The Russell 2000 finished with a small gain of 0.04%, while the S&P 500 slipped 0.3%.";
  it('"Sept. 18, 4:10 PM ET: …" reads its entry as of Sept. 18, after the close (was Sept. 19, an intraday figure)', () => {
    const rs = firsts(blog, fed);
    assert.deepEqual(
      rs.map((r) => [r.subjects[0], r.window, r.intraday]),
      [
        ['^RUT', { kind: 'since', event: '2024-09-18', to: '2024-09-19' }, undefined],
        ['^RUT', { kind: 'dates', from: '2024-09-17', to: '2024-09-18' }, undefined],
        ['^GSPC', { kind: 'dates', from: '2024-09-17', to: '2024-09-18' }, undefined],
      ],
    );
  });
  it('"Before the decision, … in four of the previous five sessions" counts back from the close before the decision (was through the article\'s day)', () => {
    const [r] = firsts(
      'Before the decision, the Russell 2000 had risen in four of the previous five sessions.',
      fed,
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-09-16', to: '2024-09-17' });
  });
  it('"Every sector except energy is trading higher" is one sector the other way (was no number to check)', () => {
    const [r] = firsts('Every sector except energy rose on Thursday.', fed);
    assert.deepEqual([r.metric, r.stated, r.breadth], ['breadth', 1, { side: 'down' }]);
    const [two] = firsts('All 11 sectors but utilities and real estate fell on Thursday.', fed);
    assert.deepEqual([two.stated, two.breadth], [2, { side: 'up', of: 11 }]);
  });
  it('"… since Nov. 5, less than its lead in the same stretch in 2016": the number keeps its own period (was the 2016 stretch)', () => {
    const [r] = firsts(
      'The Russell has beaten the S&P 500 by about 5 percentage points since Nov. 5, less than its lead in the same stretch in 2016.',
      { event: '2024-11-05', to: '2024-11-12' },
    );
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-11-12' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,206.34 / 2,205.48 − 1 = +0.039% and ^GSPC 5,618.26 / 5,634.58 − 1 = −0.29% on Sept. 18: both supported', async () => {
      const [, rut, spx] = await checkedReadings(data.ev, blog, fed);
      near(rut.computed?.value, pctOf(2205.47998046875, 2206.340087890625));
      near(spx.computed?.value, pctOf(5634.580078125, 5618.259765625));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
    });
    it('^RUT rose in each of the five sessions Sept. 11–17 (2,097.44 → 2,205.48): five, not four', async () => {
      const closes = [
        2097.43994140625, 2103.85009765625, 2129.429931640625, 2182.489990234375, 2189.169921875,
        2205.47998046875,
      ];
      const ups = closes.slice(1).filter((c, i) => c > closes[i]).length;
      const [r] = await checkedReadings(
        data.ev,
        'Before the decision, the Russell 2000 had risen in four of the previous five sessions.',
        fed,
      );
      assert.deepEqual([r.computed?.value, r.verdict], [ups, 'not supported']);
    });
  });
});

describe('the day after the 2022 midterms: "nine of its 11 sectors", "Only … eked out gains", a move given back', () => {
  const mid = { event: '2022-11-08', to: '2022-11-09' };
  /** Closes of the Select Sector SPDRs on 2022-11-08 and 2022-11-09. */
  const SPDR: Record<string, [number, number]> = {
    XLY: [132.90235900878906, 128.8430938720703],
    XLP: [67.57170104980469, 66.83740234375],
    XLE: [84.66075897216797, 80.52232360839844],
    XLF: [32.844993591308594, 32.29201126098633],
    XLV: [127.01681518554688, 125.64981079101562],
    XLI: [92.82707977294922, 91.53421783447266],
    XLK: [121.51839447021484, 118.35785675048828],
    XLB: [73.16085052490234, 71.97809600830078],
    XLRE: [33.05371856689453, 32.69049453735352],
    XLU: [60.796504974365234, 60.31946563720703],
    XLC: [45.298770904541016, 44.68622970581055],
  };
  const breadth = (text: string) =>
    firsts(text, mid)
      .filter((r) => r.metric === 'breadth')
      .map((r) => [r.stated, r.breadth]);
  it('"with nine of its 11 sectors in the red" is nine of 11 (was "11 sectors in the red")', () => {
    assert.deepEqual(
      breadth('On Wednesday, Nov. 9, the S&P 500 fell 2.1%, with nine of its 11 sectors in the red.'),
      [[9, { side: 'down', of: 11 }]],
    );
  });
  it('"Only consumer staples and health care eked out gains" is two up; "Only energy rose" one (were none)', () => {
    assert.deepEqual(
      breadth('Only consumer staples and health care eked out gains, of 0.2% and 0.1% respectively.'),
      [[2, { side: 'up' }]],
    );
    assert.deepEqual(breadth('Only utilities, real estate and energy fell on Wednesday.'), [
      [3, { side: 'down' }],
    ]);
    assert.deepEqual(breadth('Only energy rose on Wednesday.'), [[1, { side: 'up' }]]);
    assert.deepEqual(breadth('Only the Russell 2000 rose on Wednesday.'), []);
  });
  it('"dropped 2.7%, giving back most of the 4.2% it had gained over the previous three sessions": each its own period and sign (was both the three sessions; "erasing its 4.2% gain" was −4.2%)', () => {
    const text =
      'On Wednesday, Nov. 9, the S&P 500 fell 2.1%. The Russell 2000 dropped 2.7%, giving back most of the 4.2% it had gained over the previous three sessions.';
    const [, drop, gain] = firsts(text, mid);
    assert.deepEqual(
      [drop.stated, drop.window],
      [-2.7, { kind: 'since', event: '2022-11-08', to: '2022-11-09' }],
    );
    assert.deepEqual(
      [gain.stated, gain.window],
      [4.2, { kind: 'dates', from: '2022-11-03', to: '2022-11-08' }],
    );
    const [, erased] = firsts(
      'The Russell 2000 dropped 2.7% on Wednesday, erasing much of its 4.2% gain over the previous three sessions.',
      mid,
    );
    assert.equal(erased.stated, 4.2);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('every SPDR fell on Nov. 9, 2022: "Only consumer staples and health care eked out gains" is not supported (0)', async () => {
      assert.equal(Object.values(SPDR).filter(([a, b]) => b > a).length, 0);
      const [, , only] = await checkedReadings(
        data.ev,
        'Only consumer staples and health care eked out gains, of 0.2% and 0.1% respectively.',
        mid,
      );
      assert.deepEqual([only.computed?.value, only.verdict], [0, 'not supported']);
    });
    it('^RUT 1,760.40 / 1,808.93 − 1 = −2.68% on Nov. 9; 1,808.93 / 1,779.73 − 1 = +1.64% over Nov. 3–8', async () => {
      const [, drop, gain] = await checkedReadings(
        data.ev,
        'On Wednesday, Nov. 9, the S&P 500 fell 2.1%. The Russell 2000 dropped 2.7%, giving back most of the 4.2% it had gained over the previous three sessions.',
        mid,
      );
      near(drop.computed?.value, pctOf(1808.9300537109373, 1760.4000244140625));
      near(gain.computed?.value, pctOf(1779.72998046875, 1808.9300537109373));
    });
  });
});

describe('a thread a year on (Nov. 5, 2025): "A year ago today … Since then", "a drop of about 28% from that peak"', () => {
  const year = { event: '2024-11-05', to: '2025-11-05' };
  const thread =
    'The small-cap index peaked at 2,442.03 on Nov. 25, 2024. Its low came on April 8, 2025, at 1,760.71, a drop of about 28% from that peak. From that low it has rallied more than 40%.';
  it('"A year ago today, Americans voted. Since then, …" runs from that day\'s close (was the article\'s own session)', () => {
    const [r] = firsts(
      'A year ago today, Americans voted. Since then, the Russell 2000 has returned roughly 10%.',
      year,
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-11-05', to: '2025-11-05' });
  });
  it('"a drop of about 28% from that peak" in a sentence naming its own day runs from the peak to that day (its "at 1,760.71" is that close); "From that low" from there on', () => {
    const [, low, drop, rally] = firsts(thread, year);
    assert.deepEqual(
      [low.metric, low.stated, low.window],
      ['level', 1760.71, { kind: 'dates', from: '2025-04-07', to: '2025-04-08' }],
    );
    assert.deepEqual(drop.window, { kind: 'dates', from: '2024-11-25', to: '2025-04-08' });
    assert.deepEqual(rally.window, { kind: 'dates', from: '2025-04-08', to: '2025-11-05' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,760.71 / 2,442.03 − 1 = −27.90% (about 28%: supported); 2,464.78 / 1,760.71 − 1 = +39.99%, more than 40% only in IWM', async () => {
      const [, , drop, rally] = await checkedReadings(data.ev, thread, year);
      near(drop.computed?.value, pctOf(2442.030029296875, 1760.7099609375));
      near(rally.computed?.value, pctOf(1760.7099609375, 2464.780029296875));
      assert.deepEqual([drop.verdict, rally.verdict], ['supported', 'supported under another convention']);
    });
  });
});

describe('levels: "hit a low of 1,760.71 on April 8", "closed the week 2.4% higher at 2,303.84"', () => {
  it("both are the index's close on the day (were no number to check, and the move alone)", () => {
    const [low] = firsts('The Russell 2000 hit a low of 1,760.71 on April 8.', { to: '2025-11-05' });
    assert.deepEqual(
      [low.metric, low.stated, low.window],
      ['level', 1760.71, { kind: 'dates', from: '2025-04-07', to: '2025-04-08' }],
    );
    const [move, level] = firsts('The Russell 2000 closed the week 2.4% higher at 2,303.84.', {
      event: '2024-11-05',
      to: '2024-11-15',
    });
    assert.deepEqual(
      [move.metric, level.metric, level.stated, level.window],
      ['return', 'level', 2303.84, { kind: 'week', weekEnd: '2024-11-15' }],
    );
    const intraday = readArticle('The Russell 2000 hit an intraday low of 1,732.99 on April 7.', {
      to: '2025-11-05',
    });
    assert.equal(intraday[0].claims?.length ?? 0, 0);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT closed at 2,303.84 on Nov. 15, 2024 (2,303.84 / 2,399.64 − 1 = −3.99% on the week: 2.4% higher is not supported)', async () => {
      const [move, level] = await checkedReadings(
        data.ev,
        'The Russell 2000 closed the week 2.4% higher at 2,303.84.',
        { event: '2024-11-05', to: '2024-11-15' },
      );
      near(move.computed?.value, pctOf(2399.639892578125, 2303.840087890625));
      assert.deepEqual([move.verdict, level.verdict], ['not supported', 'supported']);
    });
  });
});

describe('a weekly monitor\'s lines: "Small minus large: -190bp", "Bottom decile vs top decile: -2.9pp", a transcript\'s "November of 2022"', () => {
  const wk = { event: '2024-11-05', to: '2024-11-15' };
  it('"Small minus large: -190bp on the week" is small caps less large caps, to the nearest ten basis points (was no subject)', () => {
    const [r] = firsts('- Small minus large: -190bp on the week', wk);
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.window],
      ['spread', ['^RUT', '^GSPC'], -1.9, { kind: 'week', weekEnd: '2024-11-15' }],
    );
    assert.equal(r.precision.halfUnit, 0.05);
    const [exact] = firsts('- Small minus large: -191bp on the week', wk);
    assert.equal(exact.precision.halfUnit, 0.005);
  });
  it('"Bottom decile vs top decile (French, value-weighted): -2.9pp w/w" keeps its minus (was +2.9)', () => {
    const [r] = firsts('- Bottom decile vs top decile (French, value-weighted): -2.9pp w/w', wk);
    assert.deepEqual([r.subjects, r.stated], [['Lo 10', 'Hi 10'], -2.9]);
  });
  it('"… has narrowed to about 3.4pp from a peak of roughly 7pp on Nov. 11" is as of the article\'s date (was through Nov. 11)', () => {
    const [, , gap] = firsts(
      'The Russell 2000 is up 5.7% and the S&P 500 2.3% since Election Day. The post-election outperformance has narrowed to about 3.4pp from a peak of roughly 7pp on Nov. 11.',
      wk,
    );
    assert.deepEqual(
      [gap.metric, gap.stated, gap.window],
      ['spread', 3.4, { kind: 'since', event: '2024-11-05', to: '2024-11-15' }],
    );
  });
  it('"its best day since November of 2022" keeps the year (was "since November")', () => {
    const [r] = firsts('The Russell 2000 soared 5.8%, its best day since November of 2022.', {
      event: '2024-11-05',
      to: '2024-11-06',
    });
    assert.deepEqual([r.record?.words, r.record?.sinceYear], ['best day since November of 2022', 2022]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT −3.99% less ^GSPC 5,870.62 / 5,995.54 − 1 = −2.08% is −1.91 points: "-190bp" is supported', async () => {
      const [r] = await checkedReadings(data.ev, '- Small minus large: -190bp on the week', wk);
      near(
        r.computed?.value,
        pctOf(2399.639892578125, 2303.840087890625) - pctOf(5995.5400390625, 5870.6201171875),
      );
      assert.equal(r.verdict, 'supported');
    });
    it('^RUT +5.84% on Nov. 6, 2024: the last better day was Nov. 10, 2022 (+6.11%), so "since November of 2022" is supported', async () => {
      const [r] = await checkedReadings(
        data.ev,
        'The Russell 2000 soared 5.8%, its best day since November of 2022.',
        {
          event: '2024-11-05',
          to: '2024-11-06',
        },
      );
      near(r.computed?.value, pctOf(2260.840087890625, 2392.919921875)); // +5.84%
      assert.ok(pctOf(1760.4000244140625, 1867.9300537109373) > pctOf(2260.840087890625, 2392.919921875)); // +6.11%
      assert.equal(r.verdict, 'supported');
      assert.match(r.line ?? '', /best since 2022-11-10, when it was 6\.11%/);
    });
  });
});
