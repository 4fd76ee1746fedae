import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalise } from '../../../src/findings/article/clauses.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { trailingFrom } from '../../../src/findings/article/window-spans.ts';
import { parseClaims } from '../../../src/findings/claim-file.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Forty-fourth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's, IWM's and the
// Select Sector SPDRs' from yfinance_autoadjusted_alitalbi_storage_data_fy (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  nov4y2016: 1163.43994140625,
  nov8y2016: 1195.1400146484375,
  nov9y2016: 1232.1600341796875,
  nov11y2016: 1282.3800048828125,
  nov18y2016: 1315.6400146484375,
  nov5y2024: 2260.840087890625,
  nov15y2024: 2303.840087890625,
};
const SPX = { nov4y2016: 2085.179931640625, nov11y2016: 2164.449951171875 };
const IWM = { oct31y2024: 216.0319061279297, nov29y2024: 239.95057678222656 };
/** Each Select Sector SPDR's closes on 2020-10-30 and 2020-11-30. */
const SECTORS_NOV_2020: Record<string, [number, number]> = {
  XLE: [23.86282730102539, 30.543094635009766],
  XLF: [21.915645599365234, 25.608049392700195],
  XLI: [70.52342987060547, 81.82648468017578],
  XLB: [57.48088836669922, 64.58639526367188],
  XLK: [106.66573333740234, 118.80825805664062],
  XLC: [56.646270751953125, 62.57881927490234],
  XLY: [137.58969116210938, 151.34193420410156],
  XLV: [94.2970199584961, 101.79180145263672],
  XLP: [54.950172424316406, 59.054229736328125],
  XLRE: [29.02532386779785, 31.02267265319824],
  XLU: [53.87654876708984, 54.27383804321289],
};
const NOV16 = { event: '2016-11-08', to: '2016-11-30', funds };
const NOV24 = { event: '2024-11-05', to: '2024-11-15', funds };

describe('a record said of the claim before it, in a sentence of its own', () => {
  it('"That\'s a record." ranks the claim before over its window; a fall is a worst', () => {
    const [, rose] = firsts('The Russell 2000 rose 3.1% on Nov. 9. That is a record.', NOV16);
    assert.deepEqual([rose.metric, rose.subjects], ['record', ['^RUT']]);
    assert.deepEqual(rose.window, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' });
    assert.equal(rose.record?.kind, 'best-on-record');
    const [, fell] = firsts("The Russell 2000 fell 2.1% on Wednesday. That's a record.", NOV16);
    assert.deepEqual([fell.record?.kind, fell.record?.direction], ['worst-on-record', 'loss']);
    // Without a claim before it, or naming its own subject, the sentence keeps its own reading.
    const [alone] = firsts('IWM fell. That is a record.', NOV16);
    assert.equal(alone?.window.kind, 'since');
  });
  it("after a flow, the fund's flows are ranked (the record's unit is money), not its returns", () => {
    const [, best] = firsts('IWM took in $2bn last week. That was its best week on record.', NOV16);
    assert.deepEqual([best.metric, best.subjects, best.unit], ['record', ['IWM'], 'usd']);
    assert.deepEqual(best.window, { kind: 'week', weekEnd: '2016-11-25' });
    const [, bare] = firsts(
      "Small-cap ETFs pulled in about $9 billion in the week after the vote. That's a record.",
      NOV24,
    );
    assert.deepEqual(
      [bare.subjects, bare.unit, bare.window],
      [['US small cap'], 'usd', { kind: 'week', event: '2024-11-05' }],
    );
  });
  it('"That\'s the widest post-election gap since 2016" after two returns is the gap between them', () => {
    const [, , gap] = firsts(
      "The Russell 2000 is up 8.2% since Election Day vs +2.3% for the S&P 500.\n\nThat's the widest post-election gap since 2016.",
      NOV24,
    );
    assert.deepEqual([gap.metric, gap.subjects], ['record', ['^RUT', '^GSPC']]);
    assert.deepEqual(gap.window, { kind: 'since', event: '2024-11-05', to: '2024-11-15' });
  });
});

describe('closes and moves whose verb is elided after a comma', () => {
  it('"…, the S&P 500 at 2,163.26" is the S&P 500\'s close; "…, the S&P 500 0.8% to 2,163.26" too', () => {
    const [rut, spx] = firsts(
      'The Russell 2000 closed at 1,322.34 on Wednesday, the S&P 500 at 2,163.26.',
      NOV16,
    );
    assert.deepEqual(
      [rut.subjects, spx.subjects, spx.metric, spx.stated],
      [['^RUT'], ['^GSPC'], 'level', 2163.26],
    );
    const rs = firsts('The Russell 2000 rose 2.1% to 1,322.34, the S&P 500 0.8% to 2,163.26.', NOV16);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects[0], r.stated]),
      [
        ['return', '^RUT', 2.1],
        ['level', '^RUT', 1322.34],
        ['return', '^GSPC', 0.8],
        ['level', '^GSPC', 2163.26],
      ],
    );
  });
  it('rebased lines: "…, the Russell 2000 stood at 111.0 on Nov. 30, the S&P 500 at 103.4": both returns', () => {
    const [rut, spx] = firsts(
      'Rebased to 100 on election day, the Russell 2000 stood at 111.0 on Nov. 30, the S&P 500 at 103.4.',
      NOV16,
    );
    assert.deepEqual([rut.metric, rut.subjects, rut.stated], ['return', ['^RUT'], 11]);
    assert.deepEqual([spx.metric, spx.subjects], ['return', ['^GSPC']]);
    near(spx.stated, 3.4);
    const [, large] = firsts(
      'Small caps rebased to 100 at the election stood at 103.8 at month-end; large caps at 105.4.',
      NOV16,
    );
    assert.deepEqual(large.subjects, ['^GSPC']);
    near(large.stated, 5.4);
  });
});

describe('dates and years', () => {
  it('"since 2022-11-08" is since that day, not since the start of 2022', () => {
    const o = { event: '2022-11-09', to: '2022-11-30', funds };
    const [c] = firsts('The Russell 2000 has gained 4.6% since 2022-11-08.', o);
    assert.deepEqual(c.window, { kind: 'since', event: '2022-11-08', to: '2022-11-30' });
    const [y] = firsts('The Russell 2000 has gained 14.6% since 2021.', o);
    assert.deepEqual(y.window, { kind: 'dates', from: '2020-12-31', to: '2022-11-30' });
  });
  it('"In 2019, … after the July 31 cut": the date takes the year the sentence opens with', () => {
    const [c] = firsts('In 2019, the Russell 2000 fell 1.2% in the week after the July 31 cut.', {
      event: '2024-09-18',
      to: '2024-09-27',
      funds,
    });
    assert.deepEqual(c.window, { kind: 'week', event: '2019-07-31' });
  });
  it('"Compare that with 2016, when the index rose 11.0% in the month after Donald Trump\'s victory"', () => {
    const o = { event: '2020-11-03', to: '2020-12-03', funds };
    const [c] = firsts(
      "The Russell 2000 returned 18.3% in the month after the vote. Compare that with 2016, when the index rose 11.0% in the month after Donald Trump's victory.",
      o,
    ).slice(1);
    assert.deepEqual(
      [c.subjects, c.window],
      [['^RUT'], { kind: 'since', event: '2016-11-08', to: '2016-12-08' }],
    );
    const [back] = firsts('Back in 2016, the Russell 2000 rose 10.2% in the week after the election.', o);
    assert.deepEqual(back.window, { kind: 'week', event: '2016-11-08' });
  });
});

describe('windows in hours and weeks named for the event', () => {
  it('"in the 48 hours after the result" is two sessions; "in election week" the event\'s week', () => {
    const [h] = firsts('The Russell 2000 rose 4.5% in the 48 hours after the result.', NOV16);
    assert.deepEqual(h.window, { kind: 'sessions', event: '2016-11-08', sessions: 2 });
    const [w, post] = firsts(
      'The Russell 2000 rose 10.2% in election week.\n\nThe S&P 500 rose 3.8% during the post-election week.',
      NOV16,
    );
    assert.deepEqual(
      [w.window, post.window],
      [
        { kind: 'week', event: '2016-11-08' },
        { kind: 'week', event: '2016-11-08' },
      ],
    );
  });
  it('"in Thanksgiving week" is the week holding the holiday; on its Tuesday, the week so far', () => {
    const read = (to: string) =>
      firsts('The Russell 2000 gained 1.1% in Thanksgiving week.', { event: '2024-11-05', to, funds })[0]
        .window;
    assert.deepEqual(read('2024-12-10'), { kind: 'week', weekEnd: '2024-11-29' });
    assert.deepEqual(read('2024-11-26'), { kind: 'dates', from: '2024-11-22', to: '2024-11-26' });
  });
  it('"the first full week after" is the first Monday-to-Friday week wholly after the event\'s day', () => {
    const [c] = firsts('The Russell 2000 rose 2.5% in the first full week after the election.', NOV16);
    assert.deepEqual(c.window, { kind: 'week', weekEnd: '2016-11-18' });
    const [b] = firsts('The FTSE 250 rose 2% in the first full week after the referendum.', {
      event: '2016-06-23',
      to: '2016-07-30',
      funds,
    });
    assert.deepEqual(b.window, { kind: 'week', weekEnd: '2016-07-01' });
    // "in the first week" alone stays the week that reacts to the news.
    const [first] = firsts('The Russell 2000 rose 10.2% in the first week after the election.', NOV16);
    assert.deepEqual(first.window, { kind: 'week', event: '2016-11-08' });
  });
});

describe('since the end of a period: "since quarter-end", "since the end of the third quarter"', () => {
  const DEC = { event: '2024-11-05', to: '2024-12-06', funds };
  it("from the last such end on or before the article's date, to the article's date", () => {
    const ws = firsts(
      [
        'Since quarter-end the Russell 2000 has risen 9.5%.',
        'Since the end of the third quarter the S&P 500 has risen 5.5%.',
        'Since month-end IWM has risen 1.5%.',
        'Since year-end SPY has risen 27.5%.',
        'Since the end of the fourth quarter the Nasdaq has risen 31%.',
      ].join('\n\n'),
      DEC,
    ).map((r) => r.window);
    assert.deepEqual(
      ws.map((w) => (w.kind === 'dates' ? w.from : w.kind)),
      ['2024-09-30', '2024-09-30', '2024-11-30', '2023-12-31', '2023-12-31'],
    );
    assert.ok(ws.every((w) => w.kind === 'dates' && w.to === '2024-12-06'));
    // "In the third quarter" is still the quarter itself.
    const [q3] = firsts('In the third quarter the Russell 2000 rose 9%.', DEC);
    assert.deepEqual(q3.window, { kind: 'dates', from: '2024-06-30', to: '2024-09-30' });
  });
});

describe('a move set before or beside its subject', () => {
  const DEC = { event: '2016-11-08', to: '2016-12-15', funds };
  it('"The Russell 2000, which jumped 11% in November, is up 2% this month": both the Russell\'s', () => {
    const [nov, dec] = firsts('The Russell 2000, which jumped 11% in November, is up 2% this month.', DEC);
    assert.deepEqual(
      [nov.subjects, nov.stated, nov.window],
      [['^RUT'], 11, { kind: 'month', month: '2016-11' }],
    );
    assert.deepEqual([dec.subjects, dec.stated, dec.window.kind], [['^RUT'], 2, 'month-to-date']);
  });
  it('"After an 11% jump in November, the Russell 2000 has added 2%": the opener\'s move is the subject\'s', () => {
    const [nov, dec] = firsts(
      'After an 11% jump in November, the Russell 2000 has added 2% so far in December.',
      DEC,
    );
    assert.deepEqual([nov.subjects, nov.stated], [['^RUT'], 11]);
    assert.deepEqual([dec.subjects, dec.stated], [['^RUT'], 2]);
  });
});

describe('a multiple of a move and itself', () => {
  it("\"That's more than four times the S&P 500's 1.9% gain\" after the S&P 500's own move is said, not read", () => {
    const s = readArticle(
      "By comparison, the S&P 500 gained 1.9%. That's more than four times the S&P 500's 1.9% gain.",
      { event: '2016-11-08', to: '2016-11-15', funds },
    );
    assert.deepEqual(
      s[1].claims.map((c) => c.readings[0].metric),
      ['return'],
    );
    assert.match(s[1].reason ?? '', /of \^GSPC to itself/);
    const [, ratio] = firsts(
      "The Russell 2000 rose 8.9% since the election. That's more than four times the S&P 500's 1.9% gain.",
      {
        event: '2016-11-08',
        to: '2016-11-15',
        funds,
      },
    );
    assert.deepEqual([ratio.metric, ratio.subjects], ['ratio', ['^RUT', '^GSPC']]);
  });
  it('"Small caps have closed half the gap with large caps" is a share of a gap: said, not read as a ratio', () => {
    const [s] = readArticle('Small caps have closed half the gap with large caps since the election.', NOV24);
    assert.deepEqual([s.status, s.claims.length], ['unreadable', 0]);
    assert.match(s.reason ?? '', /a share of a gap closed/);
  });
});

describe('a multiple of the same stretch after an earlier election', () => {
  it('"That is less than half the 2016 pace", "less than half its gain over the same stretch in 2016", "its 2016 gain"', () => {
    const rs = [
      'The Russell 2000 has gained 5.7% since the vote. That is less than half the 2016 pace.',
      'The Russell 2000 has gained 5.7% since the election, less than half its gain over the same stretch in 2016.',
      'The Russell 2000 has gained 5.7% since the election, less than half its 2016 gain.',
      'The Russell 2000 has gained 5.7% since the election, about half as much as after the 2016 vote.',
    ].map((t) => firsts(t, NOV24)[1]);
    for (const r of rs) {
      assert.deepEqual([r.metric, r.subjects], ['ratio', ['^RUT']]);
      assert.deepEqual(r.versus?.window, { kind: 'sessions', event: '2016-11-08', sessions: 8 });
    }
  });
});

describe('a count of moves in a row', () => {
  const NOV29 = { event: '2024-11-05', to: '2024-11-29', funds };
  it('"has notched five straight weekly gains", "three consecutive daily declines": a streak of that length', () => {
    const [w, d] = firsts(
      'The Russell 2000 has notched five straight weekly gains.\n\nThe S&P 500 has had three consecutive daily declines.',
      NOV29,
    );
    assert.deepEqual(
      [w.record?.kind, w.record?.streak, w.record?.period, w.record?.direction],
      ['streak', 5, 'week', 'gain'],
    );
    assert.deepEqual(
      [d.subjects, d.record?.streak, d.record?.period, d.record?.direction],
      [['^GSPC'], 3, 'day', 'loss'],
    );
  });
  it('"its first weekly outflow in six weeks", "fell for the first time in six sessions": a run of five ended', () => {
    const o = { event: '2024-11-05', to: '2024-11-22', funds };
    const [out, fell, loss] = firsts(
      'IWM posted its first weekly outflow in six weeks.\n\nThe S&P 500 fell for the first time in six sessions.\n\nThe Russell 2000 posted its first weekly loss in a month.',
      o,
    );
    assert.deepEqual(
      [
        out.subjects,
        out.record?.streak,
        out.record?.ended,
        out.record?.direction,
        out.record?.flows,
        out.record?.period,
      ],
      [['IWM'], 5, true, 'gain', true, 'week'],
    );
    assert.deepEqual(
      [fell.subjects, fell.record?.streak, fell.record?.period, fell.record?.direction],
      [['^GSPC'], 5, 'day', 'gain'],
    );
    // "in a month" of weeks: four weeks, so a run of three up weeks ended.
    assert.deepEqual([loss.record?.streak, loss.record?.period], [3, 'week']);
  });
  it('"rose 0.3%, extending its winning streak to five sessions": the day\'s move, and a run of five up days', () => {
    const [c] = firsts('The Russell 2000 rose 0.3%, extending its winning streak to five sessions.', NOV29);
    assert.deepEqual(c.window, { kind: 'dates', from: '2024-11-27', to: '2024-11-29' });
    assert.deepEqual(
      [c.record?.kind, c.record?.streak, c.record?.period, c.record?.direction],
      ['streak', 5, 'day', 'gain'],
    );
  });
  it('"2: the number of straight weekly gains for the Russell 2000." is that run, its count where the line has it', () => {
    const text =
      'By the numbers\n\n2: the number of straight weekly gains for the Russell 2000.\n\n3: consecutive weeks of inflows into IWM.';
    const [gains, flows] = firsts(text, NOV29);
    assert.deepEqual([gains.subjects, gains.record?.streak, gains.record?.period], [['^RUT'], 2, 'week']);
    assert.deepEqual([flows.subjects, flows.record?.streak, flows.record?.flows], [['IWM'], 3, true]);
  });
});

describe("a year as a line's label", () => {
  it('"2016: the best year on record for small caps." is the calendar year 2016, not the month after its vote', () => {
    const [c] = firsts('Small caps by year\n\n2016: the best year on record for small caps.', {
      event: '2024-11-05',
      to: '2024-11-29',
      funds,
    });
    assert.deepEqual([c.metric, c.record?.period], ['record', 'year']);
    assert.deepEqual(c.window, { kind: 'dates', from: '2015-12-31', to: '2016-12-31' });
  });
});

describe('which sector led, told first or inverted', () => {
  const WEEK = { event: '2016-11-08', to: '2016-11-15', funds };
  it('"Industrials led: …", "Leading the charge were industrials, up 7.9%", "The worst-performing sector was utilities"', () => {
    const ranks = [
      "Industrials led: the sector's ETF rose 7.9% in the week after the vote.",
      'Leading the charge were industrials, up 7.9%.',
      'The top-performing sector was financials, which rose 11%.',
      'The worst-performing sector was utilities, down 3%.',
    ].map((t) => firsts(t, WEEK).find((r) => r.metric === 'rank'));
    assert.deepEqual(
      ranks.map((r) => [r?.subjects[0], r?.rank?.end]),
      [
        ['sector:Industrials', 'top'],
        ['sector:Industrials', 'top'],
        ['sector:Financials', 'top'],
        ['sector:Utilities', 'bottom'],
      ],
    );
    // "the charge" a sector leads is no fee; a fund's charge still is.
    const [ret] = firsts('Leading the charge were industrials, up 7.9%.', WEEK);
    assert.deepEqual([ret.metric, ret.stated], ['return', 7.9]);
    assert.equal(readArticle('VTWO charges 0.15%.', WEEK)[0].status, 'not a quantitative claim');
  });
  it('"Energy, financials and industrials were the best performers, each rising more than 7%": each sector\'s', () => {
    const rs = firsts(
      'Energy, financials and industrials were the best performers, each rising more than 7%.',
      WEEK,
    );
    assert.deepEqual(
      rs.filter((r) => r.metric === 'return').map((r) => [r.subjects[0], r.comparator.kind, r.stated]),
      [
        ['sector:Energy', 'gt', 7],
        ['sector:Financials', 'gt', 7],
        ['sector:Industrials', 'gt', 7],
      ],
    );
  });
});

describe('a lead named before its target and its number', () => {
  it('"The Russell 2000\'s outperformance versus the S&P 500 reached 7 percentage points": a spread', () => {
    const rs = [
      "The Russell 2000's outperformance versus the S&P 500 reached 7 percentage points.",
      "The Russell 2000's outperformance against the S&P 500 reached 7 points.",
      "The Russell 2000's lead over the S&P 500 reached 7 points.",
      "The Russell 2000's outperformance of the S&P 500 now stands at 7 points.",
    ].map((t) => firsts(t, NOV16)[0]);
    for (const r of rs) assert.deepEqual([r.metric, r.subjects, r.stated], ['spread', ['^RUT', '^GSPC'], 7]);
    const [under] = firsts("IWM's underperformance relative to SPY was 2 points.", NOV16);
    assert.deepEqual([under.subjects, under.stated], [['IWM', 'SPY'], -2]);
  });
});

describe("a size note's spread after the two returns", () => {
  it('"… 9.1% …, against 3.9% for the largest decile. Equal-weighted, the spread widens to 7.4 points."', () => {
    const rs = firsts(
      'Using NYSE breakpoints and value weights, the smallest decile returned 9.1% in November 2016, against 3.9% for the largest decile.\n\nEqual-weighted, the spread widens to 7.4 percentage points.\n\nOn universe breakpoints the gap shrinks to 3.2 points.',
      { event: '2016-11-08', to: '2016-12-05', funds },
    );
    const [ew, all] = rs.slice(2);
    assert.deepEqual(
      [ew.metric, ew.subjects, ew.stated, ew.conventions],
      ['spread', ['Lo 10', 'Hi 10'], 7.4, { weighting: 'equal' }],
    );
    assert.deepEqual(ew.window, { kind: 'month', month: '2016-11' });
    assert.deepEqual(
      [all.subjects, all.stated, all.conventions],
      [['Lo 10', 'Hi 10'], 3.2, { breakpoints: 'all' }],
    );
  });
});

describe('a long-short size portfolio', () => {
  it('"(smallest minus largest decile) returned 5.2%", "long the smallest decile and short the largest": a spread', () => {
    const DEC = { event: '2016-11-08', to: '2016-12-05', funds };
    const rs = [
      'The long-short size portfolio (smallest minus largest decile) returned 5.2% in November.',
      'A portfolio long the smallest decile and short the largest returned 5.2% in November.',
      'The smallest-minus-largest quintile spread was 5.2% in November.',
    ].map((t) => firsts(t, DEC)[0]);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated]),
      [
        ['spread', ['Lo 10', 'Hi 10'], 5.2],
        ['spread', ['Lo 10', 'Hi 10'], 5.2],
        ['spread', ['Lo 20', 'Hi 20'], 5.2],
      ],
    );
    // A number after another subject is that subject's.
    const [, rut] = firsts(
      'The smallest-minus-largest decile spread was 5.2% in November, while the Russell 2000 rose 11%.',
      DEC,
    );
    assert.deepEqual([rut.metric, rut.subjects], ['return', ['^RUT']]);
  });
});

describe("an event study's cumulated days", () => {
  it('"Cumulative abnormal returns … reached 5.5% by day +5" is days 0 to 5; "on day +1" one day', () => {
    const [car] = firsts(
      'Cumulative abnormal returns for the smallest quintile reached 5.5% by day +5.',
      NOV16,
    );
    assert.deepEqual(car.window, { kind: 'sessions', event: '2016-11-08', sessions: 6 });
    const [through] = firsts("The smallest decile's CAR through day +2 was 4.1%.", NOV16);
    assert.deepEqual(through.window, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
    const [one] = firsts("On day +1 the smallest decile's abnormal return was 1.9%.", NOV16);
    assert.deepEqual(one.window, { kind: 'dates', from: '2016-11-09', to: '2016-11-10' });
  });
});

describe("a PDF's words broken at a line's end", () => {
  it('"elec-\\ntion" and "per-\\ncent" are read whole; "small-\\ncap" keeps its hyphen; offsets stay the article\'s', () => {
    const text =
      'The Russell 2000 index of small-\ncap stocks has gained 11.5 per-\ncent since the elec-\ntion, while the S&P\n500 rose 3.4%.';
    const [rut, spx] = firsts(text, NOV16);
    assert.deepEqual([rut.subjects, rut.stated, rut.windowSource], [['^RUT'], 11.5, 'sentence']);
    assert.deepEqual(rut.window, { kind: 'since', event: '2016-11-08', to: '2016-11-30' });
    assert.deepEqual([spx.subjects, spx.stated], [['^GSPC'], 3.4]);
    assert.equal(text.slice(spx.numberSpans[0].start, spx.numberSpans[0].end), '3.4%');
    assert.equal(normalise('small-\ncap and elec-\ntion'), 'small-cap  and election  ');
  });
});

describe('a UK election day\'s "blue-chip benchmark" as a target', () => {
  it('"the domestically focused index gained 1.2%, outpacing the blue-chip benchmark by about 0.8 points"', () => {
    const o = { event: '2024-07-04', to: '2024-07-05', funds };
    const rs = firsts(
      'The FTSE 250 edged up 0.3% on Friday, while the FTSE 100 slipped 0.5%. Over the week, the domestically focused index gained 1.2%, outpacing the blue-chip benchmark by about 0.8 percentage points.',
      o,
    );
    const [ret, gap] = rs.slice(2);
    assert.deepEqual([ret.metric, ret.subjects], ['return', ['^FTMC']]);
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['^FTMC', '^FTSE'], 0.8]);
    // As a subject, "the blue-chip index" is still the FTSE 100.
    const [, ftse] = firsts('The FTSE 250 fell 7.2%, while the blue-chip index lost 3.2%.', o);
    assert.deepEqual(ftse.subjects, ['^FTSE']);
  });
});

describe("a terminal's tickers", () => {
  it('"RTY Index +2.1%, SPX Index +1.4%": each its own index; "SML", "MID" the S&P 600 and 400', () => {
    const [rty, spx] = firsts('RTY Index +2.1%, SPX Index +1.4% since the election.', NOV16);
    assert.deepEqual([rty.subjects, spx.subjects], [['^RUT'], ['^GSPC']]);
    const [sml, mid] = firsts('SML +14% since the vote; MID +9%.', NOV16);
    assert.deepEqual([sml.subjects, mid.subjects], [['^SP600'], ['^SP400']]);
    // "MID-CAP" in capitals is a word, not the ticker.
    const [c] = firsts('MID-CAP STOCKS RALLIED, the Russell 2000 up 2%.', NOV16);
    assert.deepEqual(c.subjects, ['^RUT']);
  });
});

describe("a fund's month-end factsheet", () => {
  const text =
    'iShares Russell 2000 ETF: November 2024 factsheet\n\nPerformance (as of 11/29/2024)\n1 month: 11.01%\n3 months: 8.77%\nYTD: 21.45%\n\nThe fund gathered $8.2 billion of net new assets during the month, the most in any month since its launch in May 2000.';
  const o = { event: '2024-11-05', to: '2024-11-29', funds };
  it('the title names the fund of the lines; trailing months run month end to month end', () => {
    const [m1, m3, ytd, flow] = firsts(text, o);
    assert.deepEqual(
      [m1.subjects, m1.stated, m1.window],
      [['IWM'], 11.01, { kind: 'dates', from: '2024-10-31', to: '2024-11-29' }],
    );
    assert.deepEqual(m3.window, { kind: 'dates', from: '2024-08-31', to: '2024-11-29' });
    assert.deepEqual(ytd.window, { kind: 'dates', from: '2023-12-31', to: '2024-11-29' });
    assert.deepEqual(
      [flow.metric, flow.subjects, flow.record?.kind, flow.record?.period],
      ['flow', ['IWM'], 'best-on-record', 'month'],
    );
  });
  it("from a month's last session, the month-end N months back; else the same day N months back", () => {
    assert.equal(trailingFrom('2024-11-29', 1), '2024-10-31'); // Nov. 29, 2024: November's last session
    assert.equal(trailingFrom('2024-05-31', 3), '2024-02-29');
    assert.equal(trailingFrom('2024-11-27', 1), '2024-10-27');
  });
  it('a headline naming an index, or a story headline, gives no subject', () => {
    const s = readArticle('Russell 2000 ETF flows surge\n\n1 month: 11.01%', o);
    assert.equal(s[1].status, 'not a quantitative claim');
  });
});

describe('a count of sectors beyond a move: "Nine of 11 sectors rose more than 10% in November"', () => {
  it("the move is the count's: no return of the index, no number left without a subject", () => {
    const s = readArticle('Nine of the 11 S&P 500 sectors rose more than 10% in November.', {
      event: '2020-11-03',
      to: '2020-12-03',
      funds,
    });
    const rs = s[0].claims.map((c) => c.readings[0]);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated, r.breadth]),
      [['breadth', 9, { side: 'up', of: 11, beyond: 10 }]],
    );
    assert.equal(s[0].reason, undefined);
  });
  it('a claims file writes it `beyond: 10`, and a move that is no percent is an error naming the claim', () => {
    const [c] = parseClaims(
      '[{metric: breadth, subject: sectors, month: 2020-11, stated: "9", breadth: {side: up, of: 11, beyond: 10}}]',
    );
    assert.deepEqual(c.breadth, { side: 'up', of: 11, beyond: 10 });
    assert.throws(
      () =>
        parseClaims(
          '[{metric: breadth, subject: sectors, month: 2020-11, stated: "9", breadth: {beyond: ten}}]',
        ),
      /claim "claim-1": invalid breadth move "ten"; expected a percent, e.g. 10/,
    );
  });
});

describe('a place among elections set before its clause', () => {
  it('"Not since 2016 have small caps beaten large caps by this much after a vote": the biggest since 2016', () => {
    const [c] = firsts('Not since 2016 have small caps beaten large caps by this much after a vote.', NOV24);
    assert.deepEqual([c.metric, c.subjects], ['record', ['^RUT', '^GSPC']]);
    assert.deepEqual(
      [c.record?.kind, c.record?.sinceYear, c.record?.direction, c.record?.amongEvents],
      ['biggest-since', 2016, 'gain', true],
    );
    const [fall] = firsts('Not since March 2020 has the Russell 2000 fallen so hard in a week.', NOV24);
    assert.deepEqual(
      [fall.subjects, fall.record?.direction, fall.record?.period],
      [['^RUT'], 'loss', 'week'],
    );
  });
  it('"Ranked against every election since 1988, … was the largest", "Among all …, … the third-largest"', () => {
    const [c] = firsts(
      "Compared with every election since 1988, the Russell 2000's gain in the week after the vote was the biggest.",
      NOV16,
    );
    assert.deepEqual(
      [c.metric, c.subjects, c.window],
      ['record', ['^RUT'], { kind: 'week', event: '2016-11-08' }],
    );
    assert.deepEqual(
      [c.record?.kind, c.record?.rank, c.record?.sinceYear, c.record?.amongEvents],
      ['rank', 1, 1988, true],
    );
    const [third] = firsts(
      "Among all elections since 1980, the Russell 2000's rise in the month after the vote was the third-largest.",
      NOV16,
    );
    assert.deepEqual([third.record?.rank, third.record?.sinceYear], [3, 1980]);
  });
});

describe('checked on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('Nov. 9, 2016: ^RUT 1,232.16 / 1,195.14 − 1 = 3.10%, not a record day', async () => {
    const [ret, rec] = await checkedReadings(
      data.ev,
      'The Russell 2000 rose 3.1% on Nov. 9. That is a record.',
      NOV16,
    );
    near(ret.computed?.value, pctOf(RUT.nov8y2016, RUT.nov9y2016));
    assert.equal(ret.verdict, 'supported');
    assert.equal(rec.verdict, 'not supported');
    assert.match(rec.line ?? '', /largest since 2016-01-29/);
  });
  it('the week after the 2016 vote: ^RUT 10.22% less ^GSPC 3.80% = 6.42 points, the widest of 8 elections since 1988', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 rose 10.2% in the week after the election, against 3.8% for the S&P 500. That was the widest post-election gap since 1988.',
      NOV16,
    );
    const gap = rs.at(-1);
    // (a record's value is a decimal)
    near(
      100 * (gap?.computed?.value ?? 0),
      pctOf(RUT.nov4y2016, RUT.nov11y2016) - pctOf(SPX.nov4y2016, SPX.nov11y2016),
    );
    assert.equal(gap?.verdict, 'supported');
    assert.match(gap?.line ?? '', /1st of the 8 US presidential elections from 1988/);
  });
  it('"Compared with every election since 1988, …" ranks 2016\'s week among the elections, first', async () => {
    const [c] = await checkedReadings(
      data.ev,
      "Compared with every election since 1988, the Russell 2000's gain in the week after the vote was the biggest.",
      NOV16,
    );
    near(100 * (c.computed?.value ?? 0), pctOf(RUT.nov4y2016, RUT.nov11y2016));
    assert.equal(c.verdict, 'supported');
  });
  it('IWM 1 month to Nov. 29, 2024: 239.95 / 216.03 − 1 = 11.07%, from the October month end', async () => {
    const [m1] = await checkedReadings(data.ev, 'iShares Russell 2000 ETF factsheet\n\n1 month: 11.1%', {
      event: '2024-11-05',
      to: '2024-11-29',
      funds,
    });
    near(m1.computed?.value, pctOf(IWM.oct31y2024, IWM.nov29y2024));
    assert.equal(m1.verdict, 'supported');
  });
  it('^RUT 2,303.84 / 2,260.84 − 1 = 1.90% since the 2024 vote, 0.19 of 1,315.64 / 1,195.14 − 1 = 10.08% in 2016', async () => {
    const [, ratio] = await checkedReadings(
      data.ev,
      'The Russell 2000 has gained 5.7% since the election. That is less than half the 2016 pace.',
      NOV24,
    );
    near(ratio.computed?.value, pctOf(RUT.nov5y2024, RUT.nov15y2024) / pctOf(RUT.nov8y2016, RUT.nov18y2016));
    assert.equal(ratio.verdict, 'supported');
  });
  it('Nov. 2020: six Select Sector SPDRs rose more than 10% (Consumer Discretionary +9.995% does not)', async () => {
    const [c] = await checkedReadings(data.ev, 'Nine of 11 sectors rose more than 10% in November.', {
      event: '2020-11-03',
      to: '2020-12-03',
      funds,
    });
    const over = Object.values(SECTORS_NOV_2020).filter(([a, b]) => pctOf(a, b) > 10).length;
    near(c.computed?.value, over);
    assert.equal(over, 6);
    assert.equal(c.verdict, 'not supported');
  });
});
