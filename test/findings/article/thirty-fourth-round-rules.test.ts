import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { firsts, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Thirty-fourth round: a wrap of Nov. 9, 2020 ("gained 1.17% to end at 3,550.50, after earlier hitting an
// intraday record high of 3,645.99"; "while technology lagged with a 1.6% decline"), a British month-end
// column of Dec. 2, 2016 ("In the first two days of December, …"; "That is the index's best three-week run
// since 2011"), a Fed-cut note ("the previous four first cuts"). Each reading was written by hand before the
// reader ran; every value checked on the embedded data is computed here from bars read by hand: ^RUT from
// ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, High, Low,
// Open), ^GSPC from yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).

const SPX = { close1106: 3509.43994140625, close1109: 3550.5 };
const RUT = {
  close1108: 1195.1400146484375,
  close1130: 1322.3399658203125,
  close1202: 1314.25,
  close1222: 1362.6600341796875,
  close1230: 1357.1300048828125,
};
const WRAP = { event: '2020-11-03', to: '2020-11-09' };
const COLUMN = { event: '2016-11-08', to: '2016-12-02' };

describe('intraday words reach only the numbers they speak of', () => {
  const text =
    'The S&P 500 gained 1.17% to end at 3,550.50, after earlier hitting an intraday record high of 3,645.99.';
  it('"gained 1.17% to end at 3,550.50, after earlier hitting an intraday …": the close and its move', () => {
    const [move, close, ...rest] = firsts(text, WRAP);
    assert.deepEqual(
      [move.metric, move.intraday, close.metric, close.stated, close.intraday, close.record, rest.length],
      ['return', undefined, 'level', 3550.5, undefined, undefined, 0],
    );
  });
  it('"in early trading" before the number, or after it with no aside between, still marks it', () => {
    const [a, b] = firsts(
      'In early trading, the Russell 2000 was up 2.1%. The Russell 2000 was up 2.1% in early trading.',
      WRAP,
    );
    assert.deepEqual([a.intraday, b.intraday], ['In early trading', 'in early trading']);
  });
  it('"an intraday record high" is no record of the close: no record rides on the day\'s close', () => {
    const [r] = firsts('The S&P 500 closed at 3,550.50 on Monday, after an intraday record high.', WRAP);
    assert.equal(r.record, undefined);
  });
});

describe('a relative verb with the subject\'s own move ("lagged with a 1.6% decline")', () => {
  it('"while technology lagged with a 1.6% decline" is technology\'s return, −1.6%, not a gap', () => {
    const [, tech] = firsts(
      'The energy sector jumped 14.2%, while technology lagged with a 1.6% decline.',
      WRAP,
    );
    assert.deepEqual(
      [tech.metric, tech.subjects, tech.stated],
      ['return', ['sector:Information Technology'], -1.6],
    );
  });
  it('"lagged with a 0.5% gain", "trailed, with a gain of 0.5%": the subject\'s +0.5%', () => {
    const got = firsts(
      'The Russell 2000 lagged with a 0.5% gain. The Russell 2000 trailed, with a gain of 0.5%.',
      WRAP,
    );
    assert.deepEqual(
      got.map((r) => [r.metric, r.subjects, r.stated]),
      [
        ['return', ['^RUT'], 0.5],
        ['return', ['^RUT'], 0.5],
      ],
    );
  });
  it('"trailed the S&P 500 by 0.5 points" stays a spread', () => {
    const [r] = firsts('The Russell 2000 trailed the S&P 500 by 0.5 points.', WRAP);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['spread', ['^RUT', '^GSPC'], -0.5]);
  });
});

describe('the first or last sessions of a month or year ("in the first two days of December")', () => {
  const windowOf = (s: string, ro: ReadOptions = COLUMN) => firsts(s, ro)[0]?.window;
  it('"In the first two days of December" on Dec. 2, 2016: from Nov. 30\'s close to Dec. 2\'s', () => {
    assert.deepEqual(
      windowOf('In the first two days of December, the Russell 2000 has slipped by 1.4 per cent.'),
      {
        kind: 'dates',
        from: '2016-11-30',
        to: '2016-12-02',
      },
    );
  });
  it('"December\'s first two sessions" is the same window; "the final three sessions of November" Nov. 25 to 30', () => {
    assert.deepEqual(windowOf("The Russell 2000 rose 2% in December's first two sessions."), {
      kind: 'dates',
      from: '2016-11-30',
      to: '2016-12-02',
    });
    // November 2016's last sessions: the 28th, 29th and 30th (the 25th, after Thanksgiving, is the base).
    assert.deepEqual(windowOf('Over the final three sessions of November, the Russell 2000 rose 2%.'), {
      kind: 'dates',
      from: '2016-11-25',
      to: '2016-11-30',
    });
  });
  it('"the last five trading days of the year" skips Dec. 26, 2016 (Christmas observed): Dec. 22 to 30', () => {
    assert.deepEqual(
      windowOf('In the last five trading days of the year, the Russell 2000 fell 0.4%.', {
        to: '2016-12-31',
      }),
      {
        kind: 'dates',
        from: '2016-12-22',
        to: '2016-12-30',
      },
    );
  });
  it('a window that ends after the article\'s date is none of this rule: "the first three days of the month" on Dec. 2 stays the three sessions after the vote', () => {
    const w = windowOf('The Russell 2000 rose 2% in the first three days of the month.');
    assert.deepEqual(w, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
  });
});

describe('"That is its best three-week run since 2011" after "In the three weeks since …"', () => {
  const text =
    "In the three weeks since Donald Trump's victory on the 8th, the Russell 2000 has climbed by roughly 11 per cent. That is the index's best three-week run since 2011.";
  it("the record takes the stretch just stated (since the vote, to the article's date)", () => {
    const [, rec] = firsts(text, COLUMN);
    assert.deepEqual(
      [rec.metric, rec.window],
      ['record', { kind: 'since', event: '2016-11-08', to: '2016-12-02' }],
    );
  });
});

describe('a second record with no number of its own is said, not dropped', () => {
  it('"…: it finished at a fresh all-time high on 15 consecutive sessions, the longest such streak since 1993"', () => {
    const [s] = readArticle(
      "That is the Russell 2000's best run since 2011, and it finished at a fresh all-time high on 15 consecutive sessions, the longest such streak since 1993.",
      COLUMN,
    );
    assert.equal(s.claims.length, 1);
    assert.match(
      s.reason ?? '',
      /a second record \("15 consecutive sessions, the longest such streak since 1993"\) with no number of its own/,
    );
  });
  it('a lone record no claim takes ("Bitcoin rose above $75,000 for the first time") gives no such line', () => {
    const [s] = readArticle('Bitcoin rose above $75,000 for the first time.', {
      event: '2024-11-05',
      to: '2024-11-06',
    });
    assert.doesNotMatch(s.reason ?? '', /a second record/);
  });
});

describe('a gap after two stated returns is their spread ("R2K +4.2% vs SPX +2.5%: small caps still ahead by ~170bp")', () => {
  const ELECTION = { event: '2024-11-05', to: '2024-11-15' };
  const SINCE = { kind: 'since', event: '2024-11-05', to: '2024-11-15' };
  it('"…: small caps still ahead by ~170bp" is ^RUT minus ^GSPC, 1.7 points, since the vote', () => {
    const [, , gap] = firsts(
      'Since the election, R2K +4.2% vs SPX +2.5%: small caps still ahead by ~170bp.',
      ELECTION,
    );
    assert.deepEqual(
      [gap.metric, gap.subjects, gap.stated, gap.window],
      ['spread', ['^RUT', '^GSPC'], 1.7, SINCE],
    );
  });
  it('"…, leaving the S&P 500 behind by 1.7 points": the named leg first, behind (−1.7)', () => {
    const [, , gap] = firsts(
      'Since the election, the Russell 2000 is up 4.2% against 2.5% for the S&P 500, leaving the S&P 500 behind by 1.7 points.',
      ELECTION,
    );
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['^GSPC', '^RUT'], -1.7]);
  });
  it('with one leg stated, a gap with no target is still not read', () => {
    const [s] = readArticle(
      'Since the election, the Russell 2000 is up 4.2%, ahead by 1.7 points.',
      ELECTION,
    );
    assert.equal(s.claims.length, 1);
    assert.match(s.reason ?? '', /a point difference \("1\.7 points"\) with nothing it is measured against/);
  });
});

describe('a period\'s possessive owns its number ("giving back half of the prior week\'s +8.6%")', () => {
  const WEEK = { event: '2024-11-05', to: '2024-11-15' };
  const day = (from: string, to: string) => ({ kind: 'dates', from, to });
  it('"the prior week\'s +8.6%" is +8.6% in the week to Nov. 8; the clause\'s own −4.0% keeps its week', () => {
    const [own, prior] = firsts(
      "* Russell 2000: -4.0% w/w, giving back roughly half of the prior week's +8.6%.",
      WEEK,
    );
    assert.deepEqual(
      [own.stated, own.window, prior.stated, prior.window],
      [-4, { kind: 'week', weekEnd: '2024-11-15' }, 8.6, { kind: 'week', weekEnd: '2024-11-08' }],
    );
  });
  it('"fell 4%, erasing half of the prior week\'s 8.6% gain": the fall does not take the prior week', () => {
    const [fell, prior] = firsts(
      "The Russell 2000 fell 4%, erasing half of the prior week's 8.6% gain.",
      WEEK,
    );
    assert.deepEqual(
      [fell.stated, fell.window, prior.stated, prior.window],
      [
        -4,
        { kind: 'since', event: '2024-11-05', to: '2024-11-15' },
        8.6,
        { kind: 'week', weekEnd: '2024-11-08' },
      ],
    );
  });
  it('"after Wednesday\'s 5.8% jump", "recovering from Thursday\'s 1.2% drop": that day\'s move, signed by its noun', () => {
    const got = firsts(
      "The Russell 2000 fell 1.2% on Thursday, after Wednesday's 5.8% jump. The Russell 2000 rose 2% on Friday, recovering from Thursday's 1.2% drop.",
      WEEK,
    );
    assert.deepEqual(
      got.map((r) => [r.stated, r.window]),
      [
        [-1.2, day('2024-11-13', '2024-11-14')],
        [5.8, day('2024-11-12', '2024-11-13')],
        [2, day('2024-11-14', '2024-11-15')],
        [-1.2, day('2024-11-13', '2024-11-14')],
      ],
    );
  });
});

describe('an event-study note: numbered deciles, a widened window, "the difference" of two CARs, rounded legs', () => {
  const NOTE = { event: '2016-11-08', to: '2016-12-20' };
  const MONTH = { kind: 'month', month: '2016-11' };
  const legs =
    'For the full month of November 2016, decile 1 returned 9.8% and decile 10 returned 3.4%, a spread of';
  it('"decile 1", "decile 10", "the first decile", "the tenth decile" are the ends; "decile 5" is a middle group', () => {
    const got = firsts(
      'In November 2016, decile 1 returned 9.8% and decile 10 returned 3.4%. The first decile rose 9.8% in November 2016, the tenth decile 3.4%. Decile 5 rose 4% in November 2016.',
      NOTE,
    );
    assert.deepEqual(
      got.map((r) => r.subjects[0]),
      ['Lo 10', 'Hi 10', 'Lo 10', 'Hi 10', 'unheld:middle-group'],
    );
  });
  it('"Extending the window to ten trading days, …" is the first ten sessions after the vote', () => {
    const [r] = firsts(
      'Extending the window to ten trading days, the small-minus-big spread widens to 5.2 points.',
      NOTE,
    );
    assert.deepEqual(
      [r.subjects, r.window],
      [['SMB'], { kind: 'sessions', event: '2016-11-08', sessions: 10 }],
    );
  });
  it('"The difference of 3.6 percentage points" after two CARs is the two deciles\' spread over their window', () => {
    const [, , gap] = firsts(
      "Over the event window [0, +2], the smallest decile earned a cumulative abnormal return of 3.1%, while the largest decile's CAR was -0.5%. The difference of 3.6 percentage points is statistically significant.",
      NOTE,
    );
    assert.deepEqual(
      [gap.metric, gap.subjects, gap.stated, gap.window],
      ['spread', ['Lo 10', 'Hi 10'], 3.6, { kind: 'sessions', event: '2016-11-08', sessions: 3 }],
    );
  });
  it("a gap equal to the stated legs' difference holds within both legs' rounding (6.4 ± 0.1); another stays at ± 0.05", () => {
    const [s] = readArticle(`${legs} 6.4 points.`, NOTE);
    const gap = s.claims[2].readings[0];
    assert.deepEqual([gap.window, gap.comparator?.lo, gap.comparator?.hi], [MONTH, 6.3, 6.5]);
    near(gap.comparator?.lo, 6.3, 1e-9);
    assert.match(s.claims[2].why ?? '', /the stated 9\.8% less 3\.4%, each rounded: held to ±0\.1 points/);
    const [other] = readArticle(`${legs} 6.5 points.`, NOTE);
    const c = other.claims[2].readings[0].comparator;
    near(c?.lo, 6.45, 1e-9);
    near(c?.hi, 6.55, 1e-9);
  });
});

describe('a flows story: mutual funds, an amount in a clause after its funds, one record per phrase', () => {
  const WEEK = { event: '2024-11-05', to: '2024-11-15' };
  it('"small-cap mutual funds" are mutual funds, which capgap holds no flows of (not the small-cap ETF category)', () => {
    const [r] = firsts('Small-cap mutual funds saw outflows of $1.1bn in the week.', WEEK);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['flow', ['unheld:mutual-funds'], -1.1e9]);
  });
  it('"Outflows from small-cap funds continued, with $1.1bn withdrawn": the sentence\'s funds, an outflow', () => {
    const [r] = firsts('Outflows from small-cap funds continued, with $1.1bn withdrawn.', WEEK);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['flow', ['US small cap'], -1.1e9]);
  });
  it('"Outflows from large-cap funds hit $3bn, while small-cap ETFs took in $2bn": the second is an inflow', () => {
    const got = firsts('Outflows from large-cap funds hit $3bn, while small-cap ETFs took in $2bn.', WEEK);
    assert.deepEqual(
      got.map((r) => [r.subjects[0], r.stated]),
      [
        ['US large cap', -3e9],
        ['US small cap', 2e9],
      ],
    );
  });
  it('"its biggest weekly haul since its launch in 2000" is one record, on one claim', () => {
    const [s] = readArticle(
      'The iShares Russell 2000 ETF alone took in $4.2bn, its biggest weekly haul since its launch in 2000.',
      WEEK,
    );
    assert.equal(s.claims.length, 1);
    assert.equal(s.claims[0].readings[0].record?.words, 'its biggest weekly haul since its launch in 2000');
  });
  it('"more than double the previous high" of an amount is a ratio of flows, not of returns', () => {
    const [s] = readArticle(
      'Investors poured $10.1bn into US small-cap exchange-traded funds in the week to November 13, more than double the previous high set in 2020.',
      WEEK,
    );
    assert.match(s.reason ?? '', /a ratio of flows \("double"\) against nothing capgap can name/);
  });
});

describe('"By the numbers" lines: a number, a colon, then whose it is', () => {
  const DEC6 = { event: '2024-11-05', to: '2024-12-06' };
  it('"- 11.0%: the Russell 2000\'s gain in November, its best month since December 2023" is ^RUT\'s November', () => {
    const [r] = firsts(
      "- 11.0%: the Russell 2000's gain in November, its best month since December 2023.",
      DEC6,
    );
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.window, r.record?.words],
      ['return', ['^RUT'], 11, { kind: 'month', month: '2024-11' }, 'best month since December 2023'],
    );
  });
  it('"- 5.7%: the S&P 500\'s November advance" and "- -1.3%: the Russell 2000\'s return so far in December"', () => {
    const got = firsts(
      "- 5.7%: the S&P 500's November advance.\n- -1.3%: the Russell 2000's return so far in December.",
      DEC6,
    );
    assert.deepEqual(
      got.map((r) => [r.subjects[0], r.stated, r.window]),
      [
        ['^GSPC', 5.7, { kind: 'month', month: '2024-11' }],
        ['^RUT', -1.3, { kind: 'month-to-date', month: '2024-12', to: '2024-12-06' }],
      ],
    );
  });
  it('a number inside a line ("The index rose 2%: the S&P 500\'s gain was smaller") is not a lead', () => {
    const [r] = firsts("The Russell 2000 rose 2% in November: the S&P 500's gain was smaller.", DEC6);
    assert.deepEqual(r.subjects, ['^RUT']);
  });
});

describe('a part of a month after "since" in a record', () => {
  const NOV29 = { event: '2024-11-05', to: '2024-11-29' };
  const recordOf = (s: string) => firsts(s, NOV29).find((r) => r.record)?.record;
  it('"its best day since early November" on Nov. 29, 2024 is since this November; a bare "November" the last one', () => {
    assert.deepEqual(
      [
        recordOf('The Russell 2000 rose 3% on Wednesday, its best day since early November.')?.sinceMonth,
        recordOf('The Russell 2000 rose 3% on Wednesday, its best day since late March.')?.sinceMonth,
        recordOf('The Russell 2000 rose 3% on Wednesday, its best day since November.')?.sinceMonth,
      ],
      ['2024-11', '2024-03', '2023-11'],
    );
  });
  it('"its longest winning streak since mid-2023" beside "for five straight sessions" is a streak record since 2023', () => {
    const r = recordOf(
      'The Russell 2000 has risen for five straight sessions, its longest winning streak since mid-2023.',
    );
    assert.deepEqual([r?.streak, r?.sinceYear], [5, 2023]);
  });
});

describe('"their European peers": the region\'s stocks of the size just named', () => {
  it('"U.S. small caps have beaten their European peers by roughly 12 points" is US small caps less Europe\'s', () => {
    const [s] = readArticle(
      'Over the past three months, U.S. small caps have beaten their European peers by roughly 12 points.',
      { to: '2024-12-02' },
    );
    assert.deepEqual(
      s.claims[0].readings.map((r) => [r.metric, r.subjects]),
      [
        ['spread', ['^RUT', 'europe:small']],
        ['spread', ['Lo 30', 'europe:small']],
      ],
    );
  });
  it('"European small caps beat large caps" still reads the large caps as Europe\'s', () => {
    const [r] = firsts('European small caps beat large caps by 2 points in November 2024.', {
      to: '2024-12-02',
    });
    assert.deepEqual(r.subjects, ['europe:small', 'europe:large']);
  });
});

describe("the day after a decision made during the session (the Fed's Sept. 18, 2024 cut)", () => {
  const FED = { event: '2024-09-18', to: '2024-09-19' };
  const DAY = { kind: 'dates', from: '2024-09-18', to: '2024-09-19' };
  it('"The S&P 500 advanced 1.7% to a record close of 5,713.64" is Thursday\'s move and close, not two sessions since the cut', () => {
    const [move, close] = firsts('The S&P 500 advanced 1.7% to a record close of 5,713.64.', FED);
    assert.deepEqual([move.window, close.window], [DAY, DAY]);
  });
  it('"Since the cut, the S&P 500 has gained 1.4%" keeps the stretch since the decision', () => {
    const [r] = firsts('Since the cut, the S&P 500 has gained 1.4%.', FED);
    assert.deepEqual(r.window, { kind: 'since', event: '2024-09-18', to: '2024-09-19' });
  });
  it('"… after the Federal Reserve lowered rates by 50 basis points for the first time since 2020" is no record of the move', () => {
    const [r] = firsts(
      'The Russell 2000 jumped 2.1% on Thursday, a day after the Federal Reserve lowered rates by 50 basis points for the first time since 2020.',
      FED,
    );
    assert.deepEqual([r.stated, r.window, r.record], [2.1, DAY, undefined]);
  });
  it('"Rate-sensitive small caps closed above 2,300 for the first time since 2021" keeps its record', () => {
    const [r] = firsts('Rate-sensitive small caps closed above 2,300 for the first time since 2021.', FED);
    assert.equal(r.record?.words, 'first time since 2021');
  });
});

describe('numbers and classes in words ("small-company shares", "up a sixth", "an eighth")', () => {
  const NOV = { event: '2016-11-08', to: '2016-11-30' };
  it('"Small-company shares have risen by more than a tenth since Election Day" is small caps, over 10%', () => {
    const [s] = readArticle('Small-company shares have risen by more than a tenth since Election Day.', NOV);
    assert.deepEqual(
      s.claims[0].readings.map((r) => [r.subjects[0], r.stated]),
      [
        ['^RUT', 10],
        ['Lo 30', 10],
      ],
    );
  });
  it('"Financial stocks, up a sixth in November" is 16.7%; "rose by about an eighth" 12.5%', () => {
    const [fin] = firsts('Financial stocks, up a sixth in November, led the advance.', NOV);
    near(fin.stated, 100 / 6);
    assert.deepEqual(
      [fin.subjects, fin.window],
      [['sector:Financials'], { kind: 'month', month: '2016-11' }],
    );
    const [r] = firsts('The Russell 2000 rose by about an eighth in November.', NOV);
    assert.equal(r.stated, 12.5);
  });
});

describe('a crash story of March 16, 2020: a previous peak\'s day, "since the 1987 crash", "two-fifths"', () => {
  const CRASH = { event: '2020-03-15', to: '2020-03-16' };
  const MONDAY = { kind: 'dates', from: '2020-03-13', to: '2020-03-16' };
  const text =
    'The Russell 2000 plunged 14.3% on Monday. The small-cap index is now down 41.7% from its record close of 1,740.75 on Aug. 31, 2018. The S&P 500 sank 12%, its steepest drop since the 1987 crash.';
  it("the peak's date is not the story's day: \"The S&P 500 sank 12%\" after it is Monday's move", () => {
    const got = firsts(text, CRASH);
    const sank = got.find((r) => r.subjects[0] === '^GSPC');
    assert.deepEqual([sank?.stated, sank?.window], [-12, MONDAY]);
  });
  it('"its steepest drop since the 1987 crash" is a record since 1987, its words whole', () => {
    const sank = firsts(text, CRASH).find((r) => r.subjects[0] === '^GSPC');
    assert.deepEqual(
      [sank?.record?.sinceYear, sank?.record?.words],
      [1987, 'steepest drop since the 1987 crash'],
    );
  });
  it('"have lost almost two-fifths of their value" is −40%; "fell by three-quarters" −75%', () => {
    const [a] = firsts(
      'Over the past four weeks, the Russell 2000 has lost almost two-fifths of its value.',
      CRASH,
    );
    const [b] = firsts('The Russell 2000 fell by three-quarters.', CRASH);
    assert.deepEqual([a.stated, b.stated], [-40, -75]);
  });
});

describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  const text =
    'The S&P 500 gained 1.17% on Monday to end at 3,550.50, after earlier hitting an intraday record high of 3,645.99.';
  const run =
    "In the three weeks since Donald Trump's victory on the 8th, the Russell 2000 has climbed by roughly 11 per cent. That is the index's best three-week run since 2011.";
  it('on the embedded data: ^GSPC 3,550.50 / 3,509.44 − 1 = 1.17% and the close 3,550.50, both supported', async () => {
    const [move, close] = await checkedReadings(data.ev, text, WRAP);
    near(move.computed?.value, pctOf(SPX.close1106, SPX.close1109));
    near(close.computed?.value, SPX.close1109);
    assert.deepEqual([move.verdict, close.verdict], ['supported', 'supported']);
  });
  it('on the embedded data: ^RUT 1,314.25 / 1,322.34 − 1 = −0.61%, and over Dec. 22–30 −0.40%', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'In the first two days of December, the Russell 2000 has slipped by 1.4 per cent.',
      COLUMN,
    );
    near(r.computed?.value, pctOf(RUT.close1130, RUT.close1202));
    assert.equal(r.verdict, 'not supported');
    const [y] = await checkedReadings(
      data.ev,
      'In the last five trading days of the year, the Russell 2000 fell 0.4%.',
      { to: '2016-12-31' },
    );
    near(y.computed?.value, pctOf(RUT.close1222, RUT.close1230));
    assert.equal(y.verdict, 'supported');
  });
  it('on the embedded data: that stretch, 17 sessions after the vote (1,314.25 / 1,195.14 − 1 = 9.97%), ranked among runs of 17 days', async () => {
    const [, rec] = await checkedReadings(data.ev, run, COLUMN);
    const v = pctOf(RUT.close1108, RUT.close1202).toFixed(2);
    assert.match(rec.line ?? '', new RegExp(`runs of 17 days .*\\(2016-12-02: ${v.replace('.', '\\.')}%\\)`));
    // The 17 sessions to July 21, 2016 (after the Brexit vote) did better: not the best since 2011.
    assert.match(rec.line ?? '', /not supported: best since 2016-07-21/);
  });
  it("on the embedded data: the 2024 cut's window has not closed by Sept. 27, 2024, and the set begins in 2001", async () => {
    const [r] = await checkedReadings(
      data.ev,
      'In the 20 trading days after the previous four first cuts, the Russell 2000 averaged a gain of 1.4%.',
      { event: '2024-09-18', to: '2024-09-27' },
    );
    assert.equal(r.verdict, 'cannot check');
    assert.match(
      r.reason ?? '',
      /holds 3 whose window had closed by 2024-09-27 \(2001-01-03, 2007-09-18, 2019-07-31; the window after 2024-09-18 ends later\), not 4/,
    );
  });
  it("French's value-weighted November 2016 (Portfolios_Formed_on_ME, 201611: Lo 10 9.75, Hi 10 3.42): the 6.4-point spread of 9.8% and 3.4% is supported at 6.33", async () => {
    const [lo, hi, gap] = await checkedReadings(
      data.ev,
      'For the full month of November 2016, decile 1 returned 9.8% and decile 10 returned 3.4%, a spread of 6.4 points.',
      { event: '2016-11-08', to: '2016-12-20' },
    );
    near(lo.computed?.value, 9.75, 1e-9);
    near(hi.computed?.value, 3.42, 1e-9);
    near(gap.computed?.value, 9.75 - 3.42, 1e-9);
    assert.deepEqual([lo.verdict, hi.verdict, gap.verdict], ['supported', 'supported', 'supported']);
  });
  it("the day after the Fed's Sept. 18, 2024 cut: ^GSPC 5,713.64 / 5,618.26 − 1 = 1.70%, supported under the default", async () => {
    const [move] = await checkedReadings(
      data.ev,
      'The S&P 500 advanced 1.7% to a record close of 5,713.64.',
      {
        event: '2024-09-18',
        to: '2024-09-19',
      },
    );
    near(move.computed?.value, pctOf(5618.259765625, 5713.64013671875));
    assert.equal(move.verdict, 'supported');
  });
});
