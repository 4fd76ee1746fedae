import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Fifty-first round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  oct31y2016: 1191.3900146484375,
  nov30y2016: 1322.3399658203125,
  oct29y2020: 1561.5799560546875,
  oct30y2020: 1538.47998046875,
  nov6y2020: 1648.260009765625,
  jul9y2024: 2029.469970703125,
  jul10y2024: 2051.75,
  jul11y2024: 2125.0400390625,
  jul16y2024: 2263.669921875,
  jul17y2024: 2239.669921875,
};
const SPX = {
  oct30y2020: 3269.9599609375,
  nov6y2020: 3509.43994140625,
  jan7y2021: 3803.7900390625,
  jan8y2021: 3824.679931640625,
  jul9y2024: 5576.97998046875,
  jul16y2024: 5667.2001953125,
};
/** Select Sector SPDRs' closes (yfinance_autoadjusted_alitalbi_storage_data_fy/XL?.csv), Jan. 5 and 6, 2021. */
const XL = {
  XLF: [26.97358131408692, 28.16481590270996],
  XLB: [67.03036499023438, 69.77337646484375],
  XLE: [33.39336013793945, 34.41217041015625],
};
/** An article of Wednesday, July 17, 2024, the week after the cool inflation report of Thursday, July 11. */
const CPI = { to: '2024-07-17', funds };
const QA = { to: '2020-12-01', funds };

describe('news dated before its noun: "last Thursday\'s consumer price report", "the July 11 CPI report"', () => {
  const since = { kind: 'since', event: '2024-07-11', to: '2024-07-17' };
  it('"Since last Thursday\'s softer-than-expected consumer price report" runs from that Thursday (was: that day only)', () => {
    const [r] = firsts(
      "Since last Thursday's softer-than-expected consumer price report, the Russell 2000 has climbed 9.2%.",
      CPI,
    );
    assert.deepEqual(r.window, since);
  });
  it('"since Thursday\'s CPI data", "since the July 11 inflation report" too (was: the article\'s day)', () => {
    const [a] = firsts("The Russell 2000 has climbed 9.2% since Thursday's CPI data.", CPI);
    const [b] = firsts('Since the July 11 inflation report, the Russell 2000 has climbed 9.2%.', CPI);
    assert.deepEqual([a.window, b.window], [since, since]);
  });
  it('"in the three sessions after Thursday\'s CPI print": three sessions from that news', () => {
    const [r] = firsts("In the three sessions after Thursday's CPI print, the Russell 2000 rose 7%.", CPI);
    assert.deepEqual(r.window, { kind: 'sessions', event: '2024-07-11', sessions: 3 });
  });
  it("an event's words stay the event rules' (\"since Wednesday's Fed decision\" is no news of this rule)", () => {
    const [r] = firsts("Since Wednesday's Fed decision, the Russell 2000 has climbed 2%.", {
      event: '2024-09-18',
      to: '2024-09-20',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'since', event: '2024-09-18', to: '2024-09-20' });
  });
  it('"On the day of the CPI release itself" is the day an earlier sentence dated the news (was: the last window)', () => {
    const rs = readArticle(
      "Since last Thursday's consumer price report, the Russell 2000 has climbed 9.2%. Its five-day advance through Tuesday was 11.5%. On the day of the CPI release itself, the Russell 2000 jumped 3.6%.",
      CPI,
    ).flatMap((s) => s.claims.map((c) => c.readings[0]));
    assert.deepEqual(rs[2].window, { kind: 'dates', from: '2024-07-10', to: '2024-07-11' });
  });
});

describe('N sessions to an end date; a label with its end date', () => {
  it('"The Russell 2000\'s five-day advance through Tuesday" is the five sessions to Tuesday (was: four)', () => {
    const [r] = firsts("The Russell 2000's five-day advance through Tuesday was 11.5%.", CPI);
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-07-09', to: '2024-07-16' });
  });
  it('"Five-day tally through Tuesday: RTY +11.5%" is read (was: no period)', () => {
    const rs = firsts('Five-day tally through Tuesday: RTY +11.5%, SPX +0.6%', CPI);
    assert.deepEqual(
      rs.map((r) => r.window),
      [1, 2].map(() => ({ kind: 'dates', from: '2024-07-09', to: '2024-07-16' })),
    );
  });
});

describe("an earlier year the opening names; a numberless clause's window", () => {
  it('"After Donald Trump\'s win in 2016, the Russell 2000 rose 11% in November" is November 2016 (was: 2020)', () => {
    const [a] = firsts("After Donald Trump's win in 2016, the Russell 2000 rose 11% in November.", QA);
    const [b] = firsts('In 2016, the Russell 2000 rose 11% in November.', QA);
    assert.deepEqual(
      [a.window, b.window],
      [1, 2].map(() => ({ kind: 'month', month: '2016-11' })),
    );
  });
  it("a month the sentence dates itself, or the article's own year, stays", () => {
    const [a] = firsts('In 2016, the Russell 2000 rose 11% in November 2020.', QA);
    const [b] = firsts('In 2020, the Russell 2000 rose 18% in November.', QA);
    assert.deepEqual(
      [a.window, b.window],
      [1, 2].map(() => ({ kind: 'month', month: '2020-11' })),
    );
  });
  it('"…, but in the week to Nov. 6 it was the other way round: large caps gained 7.3%" is that week (was: the week before\'s)', () => {
    const rs = firsts(
      'In the week ended Nov. 20 the Russell 2000 rose 2.4%, but in the week to Nov. 6 it was the other way round: large caps gained 7.3%, small caps 7.1%.',
      QA,
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'week', weekEnd: '2020-11-20' },
        { kind: 'week', weekEnd: '2020-11-06' },
        { kind: 'week', weekEnd: '2020-11-06' },
      ],
    );
  });
});

describe('a weekday before or after an event, a holiday or a date', () => {
  const o = { event: '2020-11-03', to: '2020-12-01', funds };
  it('"On the Friday before the election" is Oct. 30, 2020; "the Monday after the election" Nov. 9 (was: the last Friday, Monday)', () => {
    const [a] = firsts('On the Friday before the election, the Russell 2000 fell 1.5%.', o);
    const [b] = firsts('The Russell 2000 rose 2% on the Monday after the election.', o);
    assert.deepEqual(
      [a.window, b.window],
      [
        { kind: 'dates', from: '2020-10-29', to: '2020-10-30' },
        { kind: 'dates', from: '2020-11-06', to: '2020-11-09' },
      ],
    );
  });
  it('"on the Friday before Thanksgiving" is Nov. 20, 2020', () => {
    const [r] = firsts('The Russell 2000 rose 1% on the Friday before Thanksgiving.', o);
    assert.deepEqual(r.window, { kind: 'dates', from: '2020-11-19', to: '2020-11-20' });
  });
  it('"to the Friday before Pfizer\'s announcement" is a day capgap cannot place: unread, saying why (was: Nov. 27)', () => {
    const [s] = readArticle(
      "From the election on Nov. 3 to the Friday before Pfizer's announcement, the Russell 2000 had already added 2.1%.",
      o,
    );
    assert.equal(s.status, 'unreadable');
    assert.match(
      s.reason ?? '',
      /which day\? capgap dates an election, a referendum or a date, not other news/,
    );
  });
});

describe("a distance from the year's opening level; a list of sectors that led; a move to a close before a later window", () => {
  const o = { to: '2024-07-16', funds };
  const ytd = { kind: 'dates', from: '2023-12-31', to: '2024-07-16' };
  it('"11.7% above its level at the start of the year", "from where it started the year", "above its 2023 close" are the year to date (was: no period)', () => {
    const rs = [
      'The small-cap index is now 11.7% above its level at the start of the year.',
      'The Russell 2000 is up 11.7% from where it started the year.',
      'The Russell 2000 is 11.7% above its 2023 close.',
      'The Russell 2000 is 11.7% above its year-end level.',
    ].map((t) => firsts(t, o)[0]?.window);
    assert.deepEqual(rs, [ytd, ytd, ytd, ytd]);
  });
  it('"energy producers", "oil and gas producers", "tech firms" name their sectors (was: none; "Banks and energy producers led" was energy alone)', () => {
    const o2 = { to: '2021-01-08', funds };
    const rs = [
      'The small-cap index jumped 4% on Wednesday alone. Energy producers led.',
      'The small-cap index jumped 4% on Wednesday alone. Oil and gas producers led the rally.',
      'The small-cap index jumped 4% on Wednesday alone. Tech firms led the declines.',
    ].map((t) => readArticle(t, o2)[1].claims[0]?.readings[0].subjects[0]);
    assert.deepEqual(rs, ['sector:Energy', 'sector:Energy', 'sector:Information Technology']);
  });
  it('"+0.55% to 3,824.68; +1.8% on the week" and "rose 0.55% to 3,824.68, for a gain of 1.8% on the week": the 0.55% is the day\'s (was: the week\'s)', () => {
    const day = { kind: 'dates', from: '2021-01-07', to: '2021-01-08' };
    const week = { kind: 'week', weekEnd: '2021-01-08' };
    const a = firsts('- S&P 500: +0.55% to 3,824.68; +1.8% on the week', { to: '2021-01-08', funds });
    const b = firsts('The S&P 500 rose 0.55% to 3,824.68, for a gain of 1.8% on the week.', {
      to: '2021-01-08',
      funds,
    });
    assert.deepEqual([a[0].window, a[1].window], [day, week]);
    assert.deepEqual([b[0].window, b.at(-1)?.window], [day, week]);
  });
});

describe('a ticker ratio with a digit, a half still running, an event capgap cannot date, creations, a later "respectively"', () => {
  it('"The R2K/SPX ratio rose 9.5%" is the ratio\'s change (was: a spread of 9.5 points)', () => {
    const [r] = firsts('The R2K/SPX ratio rose 9.5% in five days.', { to: '2024-07-16', funds });
    assert.deepEqual([r.metric, r.subjects, r.conventions.relative], ['spread', ['^RUT', '^GSPC'], 'ratio']);
  });
  it('"Since the start of the second half", "so far in the second half": July 1 to the article\'s date (was: the day, no period)', () => {
    const o = { to: '2024-07-16', funds };
    const h2 = { kind: 'dates', from: '2024-06-30', to: '2024-07-16' };
    const [a] = firsts('Since the start of the second half, small caps have gained 10.5%.', o);
    const [b] = firsts('So far in the second half, the Russell 2000 has gained 10.5%.', o);
    assert.deepEqual([a.window, b.window], [h2, h2]);
  });
  it('"its gain since the Fed\'s decision to 6.3%, and to 11.1% since Nov. 30" with no event: the 6.3% says so (was: since Nov. 30)', () => {
    const [s] = readArticle(
      "The Russell 2000 has gained 6.3% since the Fed's decision, and 11.1% since Nov. 30.",
      { to: '2023-12-15', funds },
    );
    const rs = s.claims.map((c) => c.readings[0]);
    assert.deepEqual(
      [rs.length, rs[0].stated, rs[0].window],
      [1, 11.1, { kind: 'since', event: '2023-11-30', to: '2023-12-15' }],
    );
    assert.match(s.reason ?? '', /names an event \("the Fed's decision"\) but no --event DATE was given/);
  });
  it('"net creations of $18.2 billion, reversing outflows of $2.1 billion": money in, then out (was: both out)', () => {
    const rs = firsts(
      'Year-to-date, small-cap ETFs have now seen net creations of $18.2 billion, reversing outflows of $2.1 billion through the end of October.',
      { to: '2024-11-11', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.stated),
      [18.2e9, -2.1e9],
    );
  });
  it("\"IWM added $4.6bn, while VB and IJR took in $1.1bn and $725m, respectively\": VB's and IJR's (was: IJR's both)", () => {
    const rs = firsts(
      'The iShares Russell 2000 ETF (IWM) added $4.6 billion last week, while the Vanguard Small-Cap ETF (VB) and iShares Core S&P Small-Cap ETF (IJR) took in $1.1 billion and $725 million, respectively.',
      { to: '2024-11-11', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.subjects[0], r.stated]),
      [
        ['IWM', 4.6e9],
        ['VB', 1.1e9],
        ['IJR', 725e6],
      ],
    );
  });
});

describe("a weekday after a close's verb that ends a distance", () => {
  const o = { event: '2016-06-23', to: '2016-07-01', funds };
  it('"ended Thursday 0.5% below where it stood on 23 June" is from June 23 to Thursday, June 30 (was: Thursday\'s move)', () => {
    const rs = firsts(
      'The S&P 500 ended Thursday 0.5% below where it stood on 23 June, having dropped 5.3% over the first two sessions.',
      o,
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'since', event: '2016-06-23', to: '2016-06-30' },
        { kind: 'sessions', event: '2016-06-23', sessions: 2 },
      ],
    );
  });
  it('"ended Thursday 1.4% higher" stays Thursday\'s move', () => {
    const [r] = firsts('The S&P 500 ended Thursday 1.4% higher.', o);
    assert.deepEqual(r.window, { kind: 'dates', from: '2016-06-29', to: '2016-06-30' });
  });
});

describe('an earlier extreme told after the number; a list item with "the"', () => {
  const o = { event: '2024-11-05', to: '2024-11-15', funds };
  it('"is now up just 1.9%, after being up as much as 8.6% on Monday": the 1.9% is since the election (was: Monday\'s)', () => {
    const [r] = firsts(
      "Small caps' post-election pop has faded: the Russell 2000 is now up just 1.9%, after being up as much as 8.6% on Monday.",
      o,
    );
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-11-15' });
  });
  it('"the R2K is +1.9%, the SPX +1.5%, and the Nasdaq +2.9%": the S&P 500\'s 1.5% (was: the Russell 2000\'s)', () => {
    const rs = firsts('Since Nov. 5, the R2K is +1.9%, the SPX +1.5%, and the Nasdaq +2.9%.', o);
    assert.deepEqual(
      rs.map((r) => r.subjects[0]),
      ['^RUT', '^GSPC', '^IXIC'],
    );
  });
});

describe('a Fed live blog: a target range is no return; a size class and the index it reads as are one side', () => {
  const o = { event: '2024-12-18', to: '2024-12-18', funds };
  it('"The Fed lowers its target range by a quarter point to 4.25%-4.50%" after a Russell 2000 line: no return (was: ^RUT +4.375%)', () => {
    const [, s] = readArticle(
      'The Russell 2000 extends losses to 3.2%. The Fed lowers its target range by a quarter point to 4.25%-4.50%, its third cut in a row.',
      o,
    );
    assert.deepEqual([s.status, s.claims.length], ['not a quantitative claim', 0]);
    assert.match(s.reason ?? '', /not a return \(target range\): "4\.25%-4\.50%"/);
  });
  it('"Small caps had already fallen in nine of the previous 10 sessions, leaving the Russell 2000 …" tallies the Russell 2000 alone (was: ^RUT against ^RUT)', () => {
    const rs = firsts(
      'Small caps had already fallen in nine of the previous 10 sessions, leaving the Russell 2000 about 4% below its Nov. 25 record close.',
      o,
    );
    const tally = rs.find((r) => r.record?.tally);
    assert.deepEqual([tally?.subjects, tally?.record?.tally], [['^RUT'], { hits: 9, of: 10 }]);
  });
  it('"in nine of the previous 10 sessions" ends the session before the article\'s day (was: through it)', () => {
    const rs = firsts('The Russell 2000 had fallen in nine of the previous 10 sessions.', o);
    assert.deepEqual(rs[0].window, { kind: 'dates', from: '2024-12-16', to: '2024-12-17' });
  });
});

describe('"over the rest of that week"', () => {
  it('"rose 5.8 per cent on 6 November … and a further 0.3 per cent over the rest of that week": Nov. 6 to Nov. 8 (was: one session after the vote)', () => {
    const rs = firsts(
      "The Russell 2000 rose 5.8 per cent on 6 November, the day after Donald Trump's victory — its best session since November 2022 — and a further 0.3 per cent over the rest of that week.",
      { event: '2024-11-05', to: '2024-11-30', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'dates', from: '2024-11-05', to: '2024-11-06' },
        { kind: 'dates', from: '2024-11-06', to: '2024-11-08' },
      ],
    );
  });
});

describe('a definition after its number', () => {
  it('"just shy of the 10% decline that marks a correction" is a threshold, not a move (was: a return of −10%)', () => {
    const [s] = readArticle(
      'The small-cap index has now lost 9.9% from its July 16 high, just shy of the 10% decline that marks a correction.',
      { to: '2024-08-05', funds },
    );
    assert.deepEqual(
      s.claims.map((c) => c.readings[0].metric),
      ['distance'],
    );
    assert.match(s.reason ?? '', /a definition \("10%", "10% decline that marks a correction"\)/);
  });
});

describe('a record of the move news set off', () => {
  it('"trailed the broader market this week even as Thursday\'s … data ignited the biggest one-day rally in more than two years": whose? (was: small caps against the market that week)', () => {
    const [s] = readArticle(
      "Small-cap stocks trailed the broader market this week even as Thursday's softer-than-expected consumer price data ignited the biggest one-day rally in more than two years.",
      { event: '2022-11-08', to: '2022-11-11', funds },
    );
    assert.deepEqual([s.status, s.claims.length], ['unreadable', 0]);
    assert.match(
      s.reason ?? '',
      /a record of the move news set off \("biggest one-day rally in more than two years"\): whose\?/,
    );
  });
});

describe('the other end of a size split is no record', () => {
  it('"how the smallest decile performs against the largest after each election since 1980" makes no claim (was: a record "largest … since 1980")', () => {
    const [s] = readArticle(
      'We measure how the smallest decile of US stocks performs against the largest after each election since 1980.',
      { event: '2024-11-05', to: '2024-12-02', funds },
    );
    assert.deepEqual([s.status, s.claims.length], ['not a quantitative claim', 0]);
  });
  it('"The Russell 2000\'s gain was the largest since 1980" is still a record', () => {
    const [r] = firsts("The Russell 2000's gain was the largest since 1980.", {
      event: '2024-11-05',
      to: '2024-12-02',
      funds,
    });
    assert.deepEqual([r.record?.kind, r.record?.sinceYear], ['biggest-since', 1980]);
  });
});

describe('checked on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it("July 2024: since Thursday's report ^RUT +9.16% counting that day; five sessions to July 16 +11.54%, best since April 2020", async () => {
    const rs = await checkedReadings(
      data.ev,
      "Since last Thursday's softer-than-expected consumer price report, the Russell 2000 has climbed 9.2%. The small-cap gauge's five-day advance through Tuesday, 11.5%, was its best since April 2020. On the day of the CPI release itself, the Russell 2000 jumped 3.6%.",
      CPI,
    );
    // The news's timing is searched: after the close by default (5.39%), during the session the alternative.
    assert.equal(rs[0].verdict, 'supported under another convention');
    near(rs[0].matches[0]?.value, pctOf(RUT.jul10y2024, RUT.jul17y2024));
    near(rs[0].computed?.value, pctOf(RUT.jul11y2024, RUT.jul17y2024));
    assert.equal(rs[1].verdict, 'supported');
    near(rs[1].computed?.value, pctOf(RUT.jul9y2024, RUT.jul16y2024));
    near(rs[2].computed?.value, pctOf(RUT.jul10y2024, RUT.jul11y2024));
    assert.equal(rs[2].verdict, 'supported');
  });
  it('November 2016: ^RUT +10.99%; the week to Nov. 6, 2020: ^GSPC +7.32%; Oct. 30, 2020: ^RUT −1.48%', async () => {
    const rs = await checkedReadings(
      data.ev,
      "After Donald Trump's win in 2016, the Russell 2000 rose 11% in November. In the week ended Nov. 20 the Russell 2000 rose 2.4%, but in the week to Nov. 6 it was the other way round: large caps gained 7.3%, small caps 7.1%. On the Friday before the election, the Russell 2000 fell 1.5%.",
      { event: '2020-11-03', to: '2020-12-01', funds },
    );
    near(rs[0].computed?.value, pctOf(RUT.oct31y2016, RUT.nov30y2016));
    assert.equal(rs[0].verdict, 'supported');
    near(rs[2].computed?.value, pctOf(SPX.oct30y2020, SPX.nov6y2020));
    near(rs[3].computed?.value, pctOf(RUT.oct30y2020, RUT.nov6y2020));
    assert.deepEqual([rs[2].verdict, rs[3].verdict], ['supported', 'supported']);
    near(rs[4].computed?.value, pctOf(RUT.oct29y2020, RUT.oct30y2020));
    assert.equal(rs[4].verdict, 'supported');
  });
  it('Jan. 6, 2021: Financials +4.42% led, Materials +4.09%, Energy +3.05% third: "Banks and energy producers led" holds for banks only; Jan. 8: ^GSPC +0.55%', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The small-cap index jumped 4% on Wednesday alone. Banks and energy producers led. The S&P 500 rose 0.55% to 3,824.68, for a gain of 1.8% on the week.',
      { to: '2021-01-08', funds },
    );
    const [f, b, e] = [XL.XLF, XL.XLB, XL.XLE].map(([a, z]) => pctOf(a, z));
    assert.ok(f > b && b > e, 'the closes put Financials first, Materials second, Energy third');
    assert.deepEqual(
      [rs[1].verdict, rs[1].computed?.value, rs[2].verdict, rs[2].computed?.value],
      ['supported', 1, 'not supported', 3],
    );
    near(rs[3].computed?.value, pctOf(SPX.jan7y2021, SPX.jan8y2021));
    assert.equal(rs[3].verdict, 'supported');
  });
  it('Dec. 4 to 17, 2024: ^RUT fell on 6 of the 10 sessions (Dec. 5, 9, 10, 12, 13, 17), not 9', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 had fallen in nine of the previous 10 sessions.',
      {
        event: '2024-12-18',
        to: '2024-12-18',
        funds,
      },
    );
    // An awk scan of ^RUT's closes from Dec. 3 to Dec. 17, 2024: down on the six days named.
    assert.deepEqual([r.verdict, r.computed?.value], ['not supported', 6]);
  });
  it('July 9 to 16, 2024: the ^RUT / ^GSPC ratio rose 9.76% (9.5% only with IWM / SPY from the open)', async () => {
    const [r] = await checkedReadings(data.ev, 'The R2K/SPX ratio rose 9.5% in five days.', {
      to: '2024-07-16',
      funds,
    });
    const ratio = (RUT.jul16y2024 / SPX.jul16y2024 / (RUT.jul9y2024 / SPX.jul9y2024) - 1) * 100;
    near(r.computed?.value, ratio);
    assert.equal(r.verdict, 'supported under another convention');
  });
});
