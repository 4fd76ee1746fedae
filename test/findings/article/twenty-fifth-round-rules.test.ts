import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { findRecords } from '../../../src/findings/article/records.ts';
import { findWindows } from '../../../src/findings/article/windows.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Twenty-fifth round. Each reading was written by hand before the reader ran; values on the embedded data
// are checked against closes read by hand from ../shared/data/prices (the file and column named beside
// each) or French's monthly size portfolios in the project's fixture
// test/fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV (value-weighted block).
const near = (a: number | undefined, b: number, tol = 1e-9) =>
  assert.ok(Math.abs((a ?? Number.NaN) - b) < tol, `${a} ≠ ${b}`);

/** Each claim's first reading: its subjects, stated value and window. */
const readings = (text: string, ro: ReadOptions) =>
  readArticle(text, ro).flatMap((s) =>
    s.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated, c.readings[0].window]),
  );

describe('the number after a record\'s ", when …" is the period that broke the run (was the sentence\'s window)', () => {
  const ro: ReadOptions = { event: '2024-11-05', to: '2024-11-25', funds };
  it('"its strongest month since December 2023, when it rallied 12.1%": December 2023', () => {
    const got = readings(
      'The Russell 2000 has climbed 10.5% so far in November, putting it on pace for its strongest month since December 2023, when it rallied 12.1%.',
      ro,
    );
    assert.deepEqual(got[1], [['^RUT'], 12.1, { kind: 'month', month: '2023-12' }]);
  });
  it('"its best day since Nov. 10, 2022, when it soared 6.1%": that session; "its best year since 2021, when it rose 26.9%": 2021', () => {
    const got = readings(
      'The Russell 2000 jumped 5.8% on Wednesday, its best day since Nov. 10, 2022, when it soared 6.1%. The S&P 500 gained 24% in 2023, its best year since 2021, when it rose 26.9%.',
      ro,
    );
    assert.deepEqual(
      [got[1][2], got[3][2]],
      [
        { kind: 'dates', from: '2022-11-09', to: '2022-11-10' },
        { kind: 'dates', from: '2020-12-31', to: '2021-12-31' },
      ],
    );
  });
  it('"since Nov. 10, 2022" is a record since that day (was "since Nov", read as November 2024; its month and day kept from the thirty-fifth round)', () => {
    const [h] = findRecords(
      'its best day since Nov. 10, 2022, when it soared',
      2024,
      undefined,
      '2024-11-25',
    );
    assert.deepEqual(
      [h.record.sinceYear, h.record.sinceMonth, h.record.sinceDay, h.record.words],
      [2022, '2022-11', 10, 'best day since Nov. 10, 2022'],
    );
  });
  it('"the widest gap since April 2010, when the spread was 9.8 points": the same deciles in April 2010', () => {
    const got = readings(
      'The smallest decile beat the largest by 8.6 points this month, the widest gap since April 2010, when the spread was 9.8 points.',
      { event: '2016-11-08', to: '2016-11-30', funds },
    );
    assert.deepEqual(got[1], [['Lo 10', 'Hi 10'], 9.8, { kind: 'month', month: '2010-04' }]);
  });
  it('a year named for a shorter period names no period: "the widest monthly gap since 2008, when it was 9 points" is a month of 2008\'s, not read (since the fifty-eighth round; before, checked over the sentence\'s month)', () => {
    const [s] = readArticle(
      'Small caps beat large caps by 5 points this month, the widest monthly gap since 2008, when the spread was 9 points.',
      { event: '2016-11-08', to: '2016-11-30', funds },
    );
    assert.deepEqual(
      s.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated, c.readings[0].window]),
      [[['^RUT', '^GSPC'], 5, { kind: 'month-to-date', month: '2016-11', to: '2016-11-30' }]],
    );
    assert.match(s.reason ?? '', /the value of the month the record's run goes back to/);
  });
});

describe('the period that broke the run, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('Russell 2000 December 2023 +12.05% and Nov. 10, 2022 +6.11%: both supported', async () => {
    const [, dec, , day] = await checkedReadings(
      data.ev,
      'The Russell 2000 has climbed 10.5% so far in November, on pace for its strongest month since December 2023, when it rallied 12.1%. The index jumped 5.8% on Wednesday, its best day since Nov. 10, 2022, when it soared 6.1%.',
      { event: '2024-11-05', to: '2024-11-25', funds },
    );
    // ^RUT.csv (yfinance_autoadjusted_alitalbi_storage_data_fy, Close): 1,809.02 (2023-11-30), 2,027.07
    // (2023-12-29); 1,760.40 (2022-11-09), 1,867.93 (2022-11-10).
    near(dec.computed?.value, (2027.0699462890625 / 1809.02001953125 - 1) * 100, 1e-6);
    near(day.computed?.value, (1867.9300537109373 / 1760.4000244140625 - 1) * 100, 1e-6);
    assert.deepEqual([dec.verdict, day.verdict], ['supported', 'supported']);
  });
});

describe('"over the following two sessions", "a three-day window after the vote" (were the day before, and since the event)', () => {
  it('after "On June 24, the day after the referendum": June 27 and 28, 2016 (was June 24 again)', () => {
    const got = readings(
      'On June 24, the day after the referendum, the Russell 2000 sank 3.8%. Over the following two sessions the small-cap index lost another 3.4%.',
      { event: '2016-06-23', to: '2016-07-01', funds },
    );
    assert.deepEqual(got[1], [['^RUT'], -3.4, { kind: 'dates', from: '2016-06-24', to: '2016-06-28' }]);
  });
  it('after a dated day: "The Russell 2000 rose 2% on Monday. In the next three sessions it gained 1%." is Tuesday to Thursday', () => {
    const got = readings('The Russell 2000 rose 2% on Monday. In the next three sessions it gained 1%.', {
      event: '2016-11-08',
      to: '2016-11-18',
      funds,
    });
    assert.deepEqual(got[1][2], { kind: 'dates', from: '2016-11-14', to: '2016-11-17' });
  });
  it('"On a three-day window after the vote", "over the five-session window following the election": the first N sessions', () => {
    const got = readings(
      'On a three-day window after the vote, small stocks underperformed big stocks by around 4 points. Over the five-session window following the election, the Russell 2000 fell 2%.',
      { event: '2008-11-04', to: '2008-12-01', funds },
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'sessions', event: '2008-11-04', sessions: 3 },
      { kind: 'sessions', event: '2008-11-04', sessions: 5 },
    ]);
  });
});

describe('"its weakest … since", "its poorest … since" are records of a loss (were no record)', () => {
  it('"its weakest reading since 2001", "its poorest month since 2008"', () => {
    const got = [
      'SMB was -3.9% for the month, its weakest reading since 2001',
      'its poorest month since 2008',
    ].map((t) => findRecords(t, 2008)[0]?.record);
    assert.deepEqual(
      got.map((r) => [r?.kind, r?.sinceYear, r?.direction]),
      [
        ['biggest-since', 2001, 'loss'],
        ['biggest-since', 2008, 'loss'],
      ],
    );
  });
});

describe('the following sessions, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('Russell 2000 June 24 → 28, 2016: −1.80%; "lost another 3.4%" is June 27 alone (−3.36%), another convention', async () => {
    const [, next] = await checkedReadings(
      data.ev,
      'On June 24, the day after the referendum, the Russell 2000 sank 3.8%. Over the following two sessions the small-cap index lost another 3.4%.',
      { event: '2016-06-23', to: '2016-07-01', funds },
    );
    // ^RUT.csv (alitalbi, Close): 1,127.54 (2016-06-24), 1,089.65 (2016-06-27), 1,107.30 (2016-06-28).
    near(next.computed?.value, (1107.300048828125 / 1127.5400390625 - 1) * 100, 1e-6);
    near((1089.6500244140625 / 1127.5400390625 - 1) * 100, -3.36, 0.005);
    assert.equal(next.verdict, 'supported under another convention');
    assert.match(next.line ?? '', /end 1 session earlier, -3\.36%/);
  });
});

describe('"The gap between the two benchmarks, now about 7.5 points" (was no subject)', () => {
  const ro: ReadOptions = { event: '2016-11-08', to: '2016-11-22', funds };
  it('the last two indexes stated, though funds came after them; "now about" after the comma', () => {
    const got = readings(
      'The Russell 2000 is up 11% since the election. MDY has gained 7.9% over the same stretch, and IJR advanced 13.1%. Large caps have lagged: the S&P 500 is up just 3.5% since Nov. 8. The gap between the two benchmarks, now about 7.5 percentage points, is the widest in years.',
      ro,
    );
    assert.deepEqual(got.at(-1)?.slice(0, 2), [['^RUT', '^GSPC'], 7.5]);
  });
  it('"the gap between the two" with no index named keeps the last two returns stated', () => {
    const got = readings(
      'IWM has gained 9.9% since the election and SPY 2.4%. The gap between the two, at 7.5 points, is wide.',
      ro,
    );
    assert.deepEqual(got.at(-1)?.slice(0, 2), [['IWM', 'SPY'], 7.5]);
  });
});

describe('a Reuters wrap with no event (Dec. 13, 2023)', () => {
  const ro: ReadOptions = { to: '2023-12-13', funds };
  const wrap =
    'U.S. stocks closed higher on Wednesday, with the small-cap Russell 2000 index jumping 3.5 pct. The S&P 500 rose 1.37 pct, while the Dow Jones Industrial Average climbed 512 points to a record close. The Russell 2000 is now up 12.8 pct for the year. Real estate rallied 4.1 pct, and financials added 1.9 pct. Shares of regional banks surged, with the KBW Regional Banking index up 6.6 pct.';
  it('"climbed 512 points to a record close" is the Dow\'s close (was a record on the S&P 500\'s 1.37%)', () => {
    const [, s] = readArticle(wrap, ro);
    const got = s.claims.map((c) => [
      c.readings[0].metric,
      c.readings[0].subjects,
      c.readings[0].record?.words,
    ]);
    assert.deepEqual(got, [
      ['return', ['^GSPC'], undefined],
      ['points', ['^DJI'], undefined],
      ['record', ['^DJI'], 'record close'],
    ]);
  });
  it('a simple past after a stretch in the present is the day spoken of (was the year to date)', () => {
    const s = readArticle(wrap, ro)[3];
    assert.deepEqual(
      s.claims.map((c) => [c.readings[0].subjects, c.readings[0].window]),
      [
        [['sector:Real Estate'], { kind: 'dates', from: '2023-12-12', to: '2023-12-13' }],
        [['sector:Financials'], { kind: 'dates', from: '2023-12-12', to: '2023-12-13' }],
      ],
    );
  });
  it('"the KBW Regional Banking index", "the Philadelphia SE Semiconductor index", "the Dow Jones Transportation Average" are indexes of their own (were the banks sector, nothing, the Dow)', () => {
    const got = readArticle(
      `${wrap} The Philadelphia SE Semiconductor index rose 2%. The Dow Jones Transportation Average fell 1%. The KBW Nasdaq Bank index gained 3%.`,
      ro,
    )
      .slice(4)
      .map((s) => s.claims[0].readings[0].subjects[0]);
    assert.deepEqual(got, ['^KRX', '^SOX', '^DJT', '^BKX']);
  });
});

describe('"over the same period last year", "in the same period a year earlier": that period a year before (was this year\'s)', () => {
  it('a year-to-date flow and a year-to-date return', () => {
    const got = readings(
      'Year to date, small-cap ETFs have attracted $31bn, compared with $12bn over the same period last year. The Russell 2000 is up 20% this year, against 11% in the same period a year earlier.',
      { event: '2024-11-05', to: '2024-11-15', funds },
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'dates', from: '2023-12-31', to: '2024-11-15' },
      { kind: 'dates', from: '2022-12-31', to: '2023-11-15' },
      { kind: 'dates', from: '2023-12-31', to: '2024-11-15' },
      { kind: 'dates', from: '2022-12-31', to: '2023-11-15' },
    ]);
  });
});

describe('the day and the year before, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('real estate on Dec. 13, 2023: +3.63% (XLRE); the Russell 2000 in 2023 to Nov. 15: +2.27%', async () => {
    const day = await checkedReadings(
      data.ev,
      'U.S. stocks closed higher on Wednesday, with the small-cap Russell 2000 index jumping 3.5 pct. The Russell 2000 is now up 12.8 pct for the year. Real estate rallied 4.1 pct.',
      { to: '2023-12-13', funds },
    );
    const re = day.find((r) => r.claim?.subjects[0] === 'sector:Real Estate');
    // XLRE.csv (alitalbi, Close): 35.7865 (2023-12-12), 37.0854 (2023-12-13).
    near(re?.computed?.value, (37.08544158935547 / 35.78650665283203 - 1) * 100, 1e-6);
    const [, before] = await checkedReadings(
      data.ev,
      'The Russell 2000 is up 20% this year, against 11% in the same period a year earlier.',
      { event: '2024-11-05', to: '2024-11-15', funds },
    );
    // ^RUT.csv (alitalbi, Close): 1,761.25 (2022-12-30), 1,801.22 (2023-11-15).
    near(before.computed?.value, (1801.219970703125 / 1761.25 - 1) * 100, 1e-6);
    assert.equal(before.verdict, 'not supported');
  });
});

describe('a bulleted tally and the quarters of a named year', () => {
  const ro: ReadOptions = { event: '2024-11-05', to: '2024-11-08', funds };
  it('"Small caps vs. large caps since Tuesday\'s close: +3.9 points" is their spread (was nothing it is measured against)', () => {
    const got = readings("• Small caps vs. large caps since Tuesday's close: +3.9 points", ro);
    assert.deepEqual(got[0], [
      ['^RUT', '^GSPC'],
      3.9,
      { kind: 'dates', from: '2024-11-05', to: '2024-11-08' },
    ]);
  });
  it('"+4.7%, best week of the year" with no determiner is a rank among the year\'s weeks (was no record)', () => {
    const [s] = readArticle('• S&P 500 for the week: +4.7%, best week of the year', ro);
    const r = s.claims[0].readings[0].record;
    assert.deepEqual([r?.kind, r?.rank, r?.from, r?.period], ['rank', 1, '2024-01-01', 'week']);
  });
  it('"the first quarter of that year" is the year named before it, not the Russell 2000\'s "2000" (was the article\'s year)', () => {
    const got = readings(
      'In 2016, the rally faded by early 2017: the Russell 2000 was up just 1% in the first quarter of that year. The Russell 2000 rose 10% in 2020 and 5% in the first quarter of the following year. The Russell 2000 rose 3% in the third quarter of 2016 and 2% in Q4.',
      { event: '2024-11-05', to: '2024-11-20', funds },
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'dates', from: '2016-12-31', to: '2017-03-31' },
      { kind: 'dates', from: '2019-12-31', to: '2020-12-31' },
      { kind: 'dates', from: '2020-12-31', to: '2021-03-31' },
      { kind: 'dates', from: '2016-06-30', to: '2016-09-30' },
      { kind: 'dates', from: '2016-09-30', to: '2016-12-31' },
    ]);
  });
  it('"Small caps trail large caps by about 20 points over the past five years" is a gap of returns (was a move of 20 index points)', () => {
    const got = readings('Small caps trail large caps by about 20 points over the past five years.', {
      event: '2024-11-05',
      to: '2024-11-20',
      funds,
    });
    assert.deepEqual(got[0].slice(0, 2), [['^RUT', '^GSPC'], -20]);
    const [dow] = readArticle('The Dow fell 300 points.', ro)[0].claims;
    assert.equal(dow.readings[0].metric, 'points');
  });
});

describe("elections set side by side (were all since the article's election)", () => {
  const ro: ReadOptions = { event: '2024-11-05', to: '2024-11-20', funds };
  it('"After the 2016 election, … gained 15% in a month; after 2020, 18%; this time it is up about 6% so far"', () => {
    const got = readings(
      'After the 2016 election, the Russell 2000 gained 15% in a month; after 2020, 18%; this time it is up about 6% so far.',
      ro,
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'since', event: '2016-11-08', to: '2016-12-08' },
      { kind: 'since', event: '2020-11-03', to: '2020-12-03' },
      { kind: 'since', event: '2024-11-05', to: '2024-11-20' },
    ]);
  });
  it('"in a month" with no event named before it is no window', () => {
    const got = readings('The Russell 2000 gained 15% in a month.', ro).map((r) => r[2]);
    assert.deepEqual(got, [{ kind: 'since', event: '2024-11-05', to: '2024-11-20' }]);
  });
  it('"Over the past 10 presidential elections, … has beaten the S&P 500 in the month after the vote six times, with an average outperformance of 2.1 points": a tally and an average', () => {
    const [s] = readArticle(
      'Over the past 10 presidential elections, the Russell 2000 has beaten the S&P 500 in the month after the vote six times, with an average outperformance of 2.1 percentage points.',
      ro,
    );
    const [avg, tally] = s.claims.map((c) => c.readings[0]);
    assert.deepEqual(
      [avg.metric, avg.subjects, avg.stated, avg.average?.of, avg.window],
      ['spread', ['^RUT', '^GSPC'], 2.1, 10, { kind: 'since', event: '2024-11-05', to: '2024-12-05' }],
    );
    assert.deepEqual(tally.record?.tally, {
      hits: 6,
      of: 10,
      events: 'elections',
      after: { unit: 'month', n: 1 },
    });
  });
});

describe('elections side by side, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('the month after 2016 and 2020: +11.02 and +5.69 points, both ahead, an average of 8.35', async () => {
    const [avg, tally] = await checkedReadings(
      data.ev,
      'Over the past two presidential elections, the Russell 2000 has beaten the S&P 500 in the month after the vote twice, with an average outperformance of 10.3 percentage points.',
      { event: '2024-11-05', to: '2024-11-20', funds },
    );
    // ^RUT.csv (alitalbi, Close) and ^GSPC.csv (YoussefKh200, Close): 2016-11-08 1,195.14 and 2,139.56;
    // 2016-12-08 1,386.37 and 2,246.19; 2020-11-03 1,614.30 and 3,369.16; 2020-12-03 1,848.70 and 3,666.72.
    const y2016 = 1386.3699951171875 / 1195.1400146484375 - 2246.18994140625 / 2139.56005859375;
    const y2020 = 1848.699951171875 / 1614.300048828125 - 3666.719970703125 / 3369.159912109375;
    near(avg.computed?.value, ((y2016 + y2020) / 2) * 100, 1e-6);
    assert.deepEqual([avg.verdict, tally.verdict], ['not supported', 'supported']);
    assert.match(tally.line ?? '', /2016 \+11\.02 pp, 2020 \+5\.69 pp/);
  });
});

describe('a box of figures under a lead-in ("Since Election Day:", "In the week to Friday:")', () => {
  it("each line is read, in the lead-in's period (was one headline)", () => {
    const text =
      'Small caps week\nNov. 15, 2024\n\nIn the week to Friday:\nIWM +4.2%\nSPY +1.1%\n\nThe Russell 2000 fell 1.4% on Friday.';
    const got = readArticle(text, { event: '2024-11-05', to: '2024-11-15', funds }).flatMap((s) =>
      s.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated, c.readings[0].window]),
    );
    assert.deepEqual(got, [
      [['IWM'], 4.2, { kind: 'week', weekEnd: '2024-11-15' }],
      [['SPY'], 1.1, { kind: 'week', weekEnd: '2024-11-15' }],
      [['^RUT'], -1.4, { kind: 'dates', from: '2024-11-14', to: '2024-11-15' }],
    ]);
  });
  it('"rate-sensitive real estate has lagged the S&P 500 by more than 6 points": real estate (was the financials before it)', () => {
    const got = readings(
      'Financials lead the pack, up nearly 9%, while rate-sensitive real estate has lagged the S&P 500 by more than 6 points.',
      { event: '2024-11-05', to: '2024-12-05', funds },
    );
    assert.deepEqual(got[1].slice(0, 2), [['sector:Real Estate', '^GSPC'], -6]);
  });
});

describe('an annual rate: "have returned an annualized 7.5% over the past decade" (was a one-day return)', () => {
  const ro: ReadOptions = { to: '2024-07-16', funds };
  it('read with rate: annual over the ten years to the article\'s date; "7.5% a year" too; "in a year" is no rate', () => {
    const got = readArticle(
      'Over the past decade, the Russell 2000 has returned an annualized 7.5%. The S&P 500 gained 12.9% a year over the past decade. The Russell 2000 rose 3.5% on Tuesday, its best day in a year.',
      ro,
    ).map((s) => [s.claims[0].readings[0].conventions.rate, s.claims[0].readings[0].window]);
    assert.deepEqual(got, [
      ['annual', { kind: 'dates', from: '2014-07-16', to: '2024-07-16' }],
      ['annual', { kind: 'dates', from: '2014-07-16', to: '2024-07-16' }],
      [undefined, { kind: 'dates', from: '2024-07-15', to: '2024-07-16' }],
    ]);
  });
});

describe('an annual rate, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('the Russell 2000, July 16, 2014 → July 16, 2024: (2,263.67 / 1,151.55)^(365.25 / 3,653) − 1 = 6.99%', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Over the past decade, the Russell 2000 has returned an annualized 7.5%.',
      {
        to: '2024-07-16',
        funds,
      },
    );
    // ^RUT.csv (alitalbi, Close): 1,151.55 (2014-07-16), 2,263.67 (2024-07-16); 3,653 calendar days.
    near(r.computed?.value, ((2263.669921875 / 1151.550048828125) ** (365.25 / 3653) - 1) * 100, 1e-6);
    assert.equal(r.verdict, 'not supported');
    assert.match(r.line ?? '', /^annual rate of return of \^RUT from 2014-07-16 to 2024-07-16/);
  });
});

describe('the rate convention in a claim file', () => {
  it('accepts rate: annual and names a bad value', async () => {
    const { readConventions } = await import('../../../src/findings/claim-conventions-read.ts');
    assert.deepEqual(readConventions({ rate: 'annual' }, 'claim "c1"'), { rate: 'annual' });
    assert.throws(
      () => readConventions({ rate: 'yearly' }, 'claim "c1"'),
      /claim "c1": invalid rate: "yearly"; expected "window" or "annual"/,
    );
  });
});

describe('"The ratio of the Russell 2000 to the S&P 500 has climbed 10%" is the pair, as "^RUT/^GSPC" (was the Russell 2000\'s return)', () => {
  it('the spread of the two, with the record of two-week runs', () => {
    const [s] = readArticle(
      'The ratio of the Russell 2000 to the S&P 500 has climbed 10% since July 10, the biggest two-week jump in the relative performance of small caps since 2001.',
      { to: '2024-07-26', funds },
    );
    const r = s.claims[0].readings[0];
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.record?.stretch, r.record?.sinceYear],
      ['spread', ['^RUT', '^GSPC'], 10, 2, 2001],
    );
  });
});

describe('"the Fed\'s December meeting" names the Fed\'s decision (was the election the article names later)', () => {
  it('the article\'s event is Dec. 18, 2024; "On the day of the decision" is that session', async () => {
    const { inferEvent } = await import('../../../src/findings/article/event-infer.ts');
    const text =
      "The Russell 2000 has fallen 8.5% since the Fed's December meeting ended on Wednesday, erasing nearly all its post-election gains. On the day of the decision, the small-cap index sank 4.4%, its worst day since June 2022.";
    const e = inferEvent(text, '2024-12-20');
    assert.deepEqual([e?.date, e?.words], ['2024-12-18', "the Fed's December meeting"]);
    const got = readings(text, { event: e?.date, to: '2024-12-20', funds }).map((r) => r[2]);
    assert.deepEqual(got[1], { kind: 'dates', from: '2024-12-17', to: '2024-12-18' });
  });
});

describe('event-study windows in event days (were since the event)', () => {
  const ro: ReadOptions = { event: '2016-11-08', to: '2016-11-30', funds };
  it('"a [0, +2] event window", "the [-5, -1] pre-event window", "On day 0 (Nov. 9)", "days -1 to +1"', () => {
    const got = readings(
      "Using a [0, +2] event window, the smallest decile earned a cumulative abnormal return of 3.9% against the market, while the largest decile's CAR was -0.9%. Over the [-5, -1] pre-event window, the smallest decile was flat. On day 0 (Nov. 9), the bottom decile rose 1.4%. Over days -1 to +1, the smallest quintile gained 5%.",
      ro,
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'sessions', event: '2016-11-08', sessions: 3 },
      { kind: 'sessions', event: '2016-11-08', sessions: 3 },
      { kind: 'dates', from: '2016-11-01', to: '2016-11-08' },
      { kind: 'sessions', event: '2016-11-08', sessions: 1 },
      { kind: 'dates', from: '2016-11-07', to: '2016-11-10' },
    ]);
  });
  it('"the largest decile\'s CAR was -0.9%" is its abnormal return over the market (was its return)', () => {
    const [s] = readArticle("Using a [0, +2] event window, the largest decile's CAR was -0.9%.", ro);
    const r = s.claims[0].readings[0];
    assert.deepEqual([r.metric, r.subjects, r.stated], ['excess-return', ['Hi 10'], -0.9]);
  });
  it('"closed the day 12.5% higher" names no event day 12 (a per cent after "day")', () => {
    const got = readings('The Russell 2000 closed the day 12.5% higher. On day 12, it rose 2%.', {
      event: '2016-11-08',
      to: '2016-11-14',
      funds,
    }).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'dates', from: '2016-11-11', to: '2016-11-14' },
      { kind: 'dates', from: '2016-11-25', to: '2016-11-28' },
    ]);
  });
  it('a pair in brackets with no event-study words is no window', () => {
    const got = readings('The Russell 2000 rose 2% (1, 2) since the election.', ro).map((r) => r[2]);
    assert.deepEqual(got, [{ kind: 'since', event: '2016-11-08', to: '2016-11-30' }]);
  });
});

describe('event days, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('Lo 10 over [-5, -1] (Nov. 2–8, 2016) +0.01%, flat: supported; Hi 10 on day 0 (Nov. 9) +1.22%', async () => {
    const [pre, hi] = await checkedReadings(
      data.ev,
      'Over the [-5, -1] pre-event window, the smallest decile was flat. On day 0 (Nov. 9), the top decile rose 1.2%.',
      { event: '2016-11-08', to: '2016-11-30', funds },
    );
    // French daily value-weighted size portfolios (Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505,
    // Lo 10 column 11, Hi 10 column 20): Lo 10 −1.39, −1.29, +0.38, +1.97, +0.38 (Nov. 2–8); Hi 10 +1.22 (Nov. 9).
    const lo = [-1.39, -1.29, 0.38, 1.97, 0.38].reduce((p, r) => p * (1 + r / 100), 1) - 1;
    near(pre.computed?.value, lo * 100, 1e-6);
    near(hi.computed?.value, 1.22, 1e-6);
    assert.deepEqual([pre.verdict, hi.verdict], ['supported', 'supported']);
  });
});

describe('a November 2020 month-end wrap', () => {
  const ro: ReadOptions = { event: '2020-11-03', to: '2020-12-01', funds };
  it('"its best November since 1928 and its biggest monthly rise since April": two records, one claim each (was the first only)', () => {
    const [s] = readArticle(
      'The S&P 500 gained 10.8% in the month, its best November since 1928 and its biggest monthly rise since April.',
      ro,
    );
    assert.deepEqual(
      s.claims.map((c) => [c.id, c.readings[0].stated, c.readings[0].record?.words]),
      [
        ['s1-1', 10.8, 'best November since 1928'],
        ['s1-2', 10.8, 'biggest monthly rise since April'],
      ],
    );
  });
  it('"Value stocks also had a banner month: … climbed 21.6%" in a Dec. 1 story is November (was since the election)', () => {
    const got = readings(
      'Value stocks also had a banner month: the iShares Russell 2000 Value ETF climbed 21.6%, versus 15.4% for its growth counterpart.',
      ro,
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'month', month: '2020-11' },
      { kind: 'month', month: '2020-11' },
    ]);
  });
});

describe('a Q&A: a question naming another election is answered by the sentence after it', () => {
  const ro: ReadOptions = { event: '2024-11-05', to: '2024-11-12', funds };
  it('"How did small caps do after the 2016 election? … in the month after the vote"; "And after 2020? …"; "What about this year? …"', () => {
    const got = readings(
      'How did small caps do after the 2016 election? The Russell 2000 rose about 11% in the month after the vote. And after 2020? The index gained roughly 18% in the month after the vote. What about this year? So far, the Russell 2000 is up about 7% since Election Day.',
      ro,
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'since', event: '2016-11-08', to: '2016-12-08' },
      { kind: 'since', event: '2020-11-03', to: '2020-12-03' },
      { kind: 'since', event: '2024-11-05', to: '2024-11-12' },
    ]);
  });
  it("\"in the month after Donald Trump's first victory\" is 2016's (was 2024's, his latest)", async () => {
    const { nthWin } = await import('../../../src/findings/article/event-days.ts');
    assert.deepEqual(
      [
        nthWin("Donald Trump's first victory"),
        nthWin("Trump's second win"),
        nthWin("Obama's first election"),
      ],
      ['2016-11-08', '2024-11-05', '2008-11-04'],
    );
    const got = readings(
      "The Russell 2000 rose about 11% in the month after Donald Trump's first victory.",
      ro,
    );
    assert.deepEqual(got[0][2], { kind: 'since', event: '2016-11-08', to: '2016-12-08' });
  });
});

describe('", and by more than 50 basis points" repeats the comparison before it', () => {
  it('"Small caps have trailed large caps by a point and a half this year, and by more than 50 basis points in August alone"', () => {
    const got = readings(
      'Small caps have trailed large caps by a point and a half this year, and by more than 50 basis points in August alone.',
      { to: '2024-08-02', funds },
    );
    assert.deepEqual(got, [
      [['^RUT', '^GSPC'], -1.5, { kind: 'dates', from: '2023-12-31', to: '2024-08-02' }],
      [['^RUT', '^GSPC'], -0.5, { kind: 'month-to-date', month: '2024-08', to: '2024-08-02' }],
    ]);
  });
});

describe("a size group's record against an index ranks their difference (was the group alone)", {
  skip: NO_EMBEDDED,
}, () => {
  const data = embeddedEvaluator();
  it('"Smaller stocks have outperformed the S&P 500 by more than six points this month, … their best relative month since November 2020": the ranked value is the claim\'s own', async () => {
    const { checkArticle } = await import('../../../src/findings/check-article.ts');
    const all = await checkArticle(
      readArticle(
        'Smaller stocks have outperformed the S&P 500 by more than six percentage points this month, putting them on track for their best relative month since November 2020.',
        { to: '2024-11-25', funds },
      ),
      data.ev,
      { asOf: '2024-11-25' },
    );
    const lo30 = all.sentences[0].claims[0].readings.find((r) => r.claim?.subjects[0] === 'Lo 30');
    assert.ok(lo30?.computed);
    const pp = (lo30.computed.value ?? 0).toFixed(2);
    assert.match(
      lo30.line ?? '',
      new RegExp(`Nov 2024 to date \\(through 2024-11-25, provisional\\) ${pp} pp`),
    );
  });
});

describe('a running total gives its period to no clause after it', () => {
  const ro: ReadOptions = { event: '2024-11-05', to: '2024-12-13', funds };
  it('"… rose 1.2%, taking its gain since the election to 9.8%, while the S&P 500 edged up 0.1%": the day (was since the election)', () => {
    const got = readings(
      'The Russell 2000, which tracks 2,000 smaller companies, rose 1.2%, taking its gain since the election to 9.8%, while the S&P 500 edged up 0.1%.',
      ro,
    ).map((r) => r[2]);
    assert.deepEqual(got, [
      { kind: 'dates', from: '2024-12-12', to: '2024-12-13' },
      { kind: 'since', event: '2024-11-05', to: '2024-12-13' },
      { kind: 'dates', from: '2024-12-12', to: '2024-12-13' },
    ]);
  });
});

describe('the mission\'s flow sentence: "their best week on record" is the whole week\'s', () => {
  it('"took $6.5bn last week, $5.5bn of it after the election: their best week on record for inflows" (was on the $5.5bn)', () => {
    const [s] = readArticle(
      'US small-cap ETFs took $6.5bn last week, $5.5bn of it after the election: their best week on record for inflows.',
      { event: '2016-11-08', to: '2016-11-15', funds },
    );
    assert.deepEqual(
      s.claims.map((c) => [c.readings[0].stated, c.readings[0].record?.kind]),
      [
        [6.5e9, 'best-on-record'],
        [5.5e9, undefined],
      ],
    );
  });
});

describe('a question names an election only in a story about one', () => {
  it('"What happened in 2008?" in a Fed story leaves the next sentence\'s event alone', () => {
    const got = readings('What happened in 2008? The Russell 2000 rose 2% since the decision.', {
      event: '2024-09-18',
      to: '2024-09-20',
      funds,
    }).map((r) => r[2]);
    assert.deepEqual(got, [{ kind: 'since', event: '2024-09-18', to: '2024-09-20' }]);
  });
});

describe('"the first time since 2001 that small caps have outperformed by that much" is a record since 2001 (was none)', () => {
  it('read as the biggest since that year; "the first time in five years" likewise', () => {
    const got = [
      'The Russell 2000 beat the S&P 500 by 5.1 points in November, the first time since 2001 that small caps have outperformed by that much in a month.',
      'Small caps fell 3% last week, the first time in five years they lost that much in a week.',
    ].map((t) => {
      const r = readArticle(t, { to: '2024-12-02', funds })[0].claims[0].readings[0].record;
      return [r?.kind, r?.sinceYear, r?.direction];
    });
    assert.deepEqual(got, [
      ['biggest-since', 2001, 'gain'],
      ['biggest-since', 2019, 'loss'],
    ]);
  });
});

describe('a spread of annual rates, checked (embedded data)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('"Small caps trailed large caps by 4 points a year over the past decade": 6.99% − 11.08% (^RUT, ^GSPC annual rates)', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Small caps trailed large caps by 4 points a year over the past decade.',
      {
        to: '2024-07-16',
        funds,
      },
    );
    // ^RUT.csv (alitalbi, Close) 1,151.55 → 2,263.67 and ^GSPC.csv (YoussefKh200, Close), July 16, 2014 → 2024;
    // each an annual rate over 3,653 calendar days.
    const rate = (a: number, b: number) => ((b / a) ** (365.25 / 3653) - 1) * 100;
    near(
      r.computed?.value,
      rate(1151.550048828125, 2263.669921875) - rate(1981.5699462890625, 5667.2001953125),
      1e-6,
    );
    assert.match(
      r.line ?? '',
      /^spread of the annual rates of \^RUT vs \^GSPC from 2014-07-16 to 2024-07-16/,
    );
  });
});

describe('"this time" is the article\'s event, "this time last year" is not', () => {
  it('"this time it is up about 6% so far" since the event; "was up 5% this time last year" takes no window from it', () => {
    const ro: ReadOptions = { event: '2024-11-05', to: '2024-11-20', funds };
    const [now] = readings('This time, the Russell 2000 is up about 6% so far.', ro);
    assert.deepEqual(now[2], { kind: 'since', event: '2024-11-05', to: '2024-11-20' });
    assert.deepEqual(
      findWindows('The Russell 2000 was up 5% this time last year.', ro).filter(
        (h) => h.window?.kind === 'since',
      ),
      [],
    );
  });
});
