import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { findRecords } from '../../../src/findings/article/records.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds } from '../../helpers/article-reader.ts';
import { embeddedEvaluator } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Twenty-second round: a research note that defines its measure first ("We measured the smallest 20% of
// stocks minus the largest 20% over the 10 trading days after each presidential election since 1928") and
// then quotes it ("The average gap was 0.9 points", "In 2008 the gap was -4.5 points"), and averages over
// elections in an article with no event. Each reading was written by hand before the reader ran; values on
// the embedded data are checked against French's daily size quintiles read by hand from
// ../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv
// (value-weighted, percent; columns Lo 20 and Hi 20), compounded over the ten sessions after election day;
// index closes from ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv, column Close.
const o: ReadOptions = { to: '2024-12-01', funds };
const near = (a: number | undefined, b: number, tol = 1e-9) =>
  assert.ok(Math.abs((a ?? Number.NaN) - b) < tol, `${a} ≠ ${b}`);
const readings = (text: string, ro: ReadOptions = o) =>
  readArticle(text, ro).flatMap((s) => s.claims.map((c) => c.readings[0]));
/** Compounded percent returns, in percent. */
const comp = (xs: number[]) => (xs.reduce((x, y) => x * (1 + y / 100), 1) - 1) * 100;
// Lo 20 and Hi 20 on the ten sessions after each election day (Nov. 9–22, 2016; Nov. 5–18, 2008; Nov. 6–19, 2024).
const GAP_2016 =
  comp([3.92, 2.21, 3.15, 0.76, 0.2, 0.31, 0.42, 0.79, 0.55, 0.82]) -
  comp([1.22, 0.1, -0.11, -0.1, 0.85, -0.1, 0.49, -0.21, 0.76, 0.25]);
const GAP_2008 =
  comp([-5.12, -2.96, 1.03, -2.64, -2.13, -5.85, 6.88, -6.34, -1.34, -0.97]) -
  comp([-5, -4.95, 2.84, -1.04, -2.17, -4.97, 6.66, -3.95, -2.59, 1.05]);
const GAP_2024 =
  comp([5.52, -0.99, 0.9, 1.63, -1.91, -1.38, -1.65, -2.08, -0.41, 0.9]) -
  comp([2.7, 0.81, 0.43, 0.2, -0.22, -0.02, -0.62, -1.37, 0.45, 0.53]);

const NOTE = [
  'Small caps after elections: a look back',
  'Research note, Dec. 1, 2024',
  '',
  'We measured the smallest 20% of stocks minus the largest 20% over the 10 trading days after each presidential election since 1928. The average gap was 0.9 points. The gap was widest after the 2016 election, at 10.7 points. This year the gap was -2.6 points. In 2008 the gap was -4.5 points.',
].join('\n');

describe('a research note that defines its measure, then quotes it', () => {
  const sessions = (event: string) => ({ kind: 'sessions', event, sessions: 10 });
  it('the definition states no number; each later "gap" is that difference after the election it names', () => {
    const s = readArticle(NOTE, o);
    assert.equal(s[2].reason, 'no number to check');
    const r = s.flatMap((x) => x.claims.map((c) => c.readings[0]));
    assert.deepEqual(
      r.map((x) => [x.metric, x.subjects, x.window, x.stated, x.average?.sinceYear, x.record?.rank]),
      [
        // The mean over the elections; the last one by the note's date gives the window its shape.
        ['spread', ['Lo 20', 'Hi 20'], sessions('2024-11-05'), 0.9, 1928, undefined],
        ['spread', ['Lo 20', 'Hi 20'], sessions('2016-11-08'), 10.7, undefined, 1],
        ['spread', ['Lo 20', 'Hi 20'], sessions('2024-11-05'), -2.6, undefined, undefined],
        ['spread', ['Lo 20', 'Hi 20'], sessions('2008-11-04'), -4.5, undefined, undefined],
      ],
    );
  });
  it('with no definition before it, "The average gap was 0.9 points" names nothing', () => {
    assert.deepEqual(readings('The average gap was 0.9 points.'), []);
  });
  const data = embeddedEvaluator();
  it('checked: 2016 +10.66 pp (the widest of the 23 elections 1928–2016), 2024 −2.58 pp, 2008 −4.53 pp', async () => {
    const v = await checkedReadings(data.ev, NOTE, o);
    near(v[1].computed?.value, GAP_2016, 1e-9);
    near(v[2].computed?.value, GAP_2024, 1e-9);
    near(v[3].computed?.value, GAP_2008, 1e-9);
    assert.match(v[1].line ?? '', /"widest": supported: 1st of the 23 US presidential elections from 1928/);
    assert.deepEqual(
      v.slice(1).map((x) => x.verdict),
      ['supported', 'supported', 'supported'],
    );
    // The mean over the 25 elections 1928–2024 includes the three above (each listed in the line).
    assert.match(v[0].line ?? '', /each: 1928 .*2008 -4\.53 pp, .*2016 10\.66 pp, .*2024 -2\.58 pp/);
    assert.equal(v[0].verdict, 'not supported');
  });
});

describe('an average over elections needs no --event; "the 3rd largest gap of 23 elections" is a place', () => {
  it('"On average, … in the 10 trading days after presidential elections since 1928" with no event', () => {
    const [r] = readings(
      'On average, the smallest 20% of stocks beat the largest 20% by 0.9 points in the 10 trading days after presidential elections since 1928.',
    );
    assert.deepEqual(
      [r.metric, r.subjects, r.window, r.average?.sinceYear],
      ['spread', ['Lo 20', 'Hi 20'], { kind: 'sessions', event: '2024-11-05', sessions: 10 }, 1928],
    );
  });
  it('a noun between the superlative and "of N" ("the 3rd largest gap of", "the third-largest gap of")', () => {
    for (const [words, rank] of [
      ['the 3rd largest gap of 23 presidential elections since 1928', 3],
      ['the third-largest gap of 23 elections since 1928', 3],
      ['the widest of 25 US presidential elections since 1928', 1],
    ] as const) {
      const [h] = findRecords(`The gap was 4.1 points, ${words}.`);
      assert.deepEqual(
        [h?.record.kind, h?.record.rank, h?.record.sinceYear, h?.record.words],
        ['rank', rank, 1928, words],
      );
    }
  });
  const data = embeddedEvaluator();
  it("checked: 2016's +10.66 pp is 1st of the 23 elections 1928–2016, not 3rd", async () => {
    const [r] = await checkedReadings(
      data.ev,
      'In the 10 trading days after the 2016 election, the smallest 20% of stocks beat the largest 20% by 4.1 points, the 3rd largest gap of 23 presidential elections since 1928.',
      o,
    );
    near(r.computed?.value, GAP_2016, 1e-9);
    assert.match(
      r.line ?? '',
      /"the 3rd largest gap of 23 presidential elections since 1928": not supported: 1st of the 23/,
    );
  });
});

// French's daily deciles, same file, columns Lo 10 and Hi 10, from the close of election day to the close a
// month later (Nov. 9 – Dec. 8, 2016; Nov. 4 – Dec. 3, 2020: 21 sessions each).
const DEC_2016 =
  comp([
    3.26, 1.7, 3.03, 0.86, -0.07, 0.42, 0.35, 0.73, 0.5, 0.5, 0.72, 0.42, -1.12, -0.51, -0.48, -0.49, 0.2,
    1.74, 1.17, 0.29, 1.18,
  ]) -
  comp([
    1.22, 0.08, -0.16, -0.25, 0.77, -0.06, 0.47, -0.22, 0.73, 0.23, -0.02, 0.42, -0.44, 0.21, -0.36, -0.25,
    -0.02, 0.52, 0.32, 1.28, 0.1,
  ]);
const DEC_2020 =
  comp([
    -0.85, 2.75, -1.21, 3.01, 2.54, 0.48, -1.49, 1.63, 2.81, 0.43, -0.25, 1.62, 0.63, 2.48, 2, 0.41, 0.85,
    -0.67, -0.44, 0.65, 0.94,
  ]) -
  comp([
    2.88, 1.99, 0.05, 0.34, -0.39, 1.07, -0.8, 1.1, 0.97, -0.3, -0.92, 0.46, -0.71, 0.51, 1.61, 0.09, 0.39,
    -0.36, 1.13, 0.22, -0.05,
  ]);

const NOTE_2 = [
  'The size gap after US elections',
  'Quant strategy note, Nov. 29, 2024',
  '',
  'We define the size gap as the return of the smallest decile of stocks less that of the largest decile, over the month after each presidential election since 1960. Across those 17 elections the gap averaged 1.1 percentage points. The biggest gap came in 2016, at 6.3 points. In 2020 the gap was 3.2 points. It was positive after 10 of them.',
].join('\n');

describe('"We define the size gap as the return of the smallest decile less that of the largest, over the month after each election"', () => {
  const ro: ReadOptions = { to: '2024-11-29', funds };
  const month = (event: string, to: string) => ({ kind: 'since', event, to });
  it('"less that of" joins the groups; "the month after each election" is a whole month after each, moved by its days', () => {
    const r = readings(NOTE_2, ro);
    assert.deepEqual(
      r.map((x) => [x.subjects, x.window, x.stated, x.average?.sinceYear, x.record?.rank]),
      [
        // "those 17 elections" are the note's (since 1960), not the last 17; the month after 2024's runs
        // past the note's date (Dec. 5), so the mean leaves 2024 out.
        [['Lo 10', 'Hi 10'], month('2024-11-05', '2024-12-05'), 1.1, 1960, undefined],
        [['Lo 10', 'Hi 10'], month('2016-11-08', '2016-12-08'), 6.3, undefined, 1],
        [['Lo 10', 'Hi 10'], month('2020-11-03', '2020-12-03'), 3.2, undefined, undefined],
        [['Lo 10', 'Hi 10'], month('2024-11-05', '2024-12-05'), Number.NaN, undefined, undefined],
      ],
    );
    // "It was positive after 10 of them": a tally over the note's elections, each the same 21 sessions after
    // (Nov. 6 – Dec. 5, 2024, Thanksgiving closed) as the average and the ranking use.
    assert.deepEqual(r[3].record?.tally, {
      hits: 10,
      events: 'elections',
      after: { unit: 'day', n: 21 },
      sinceYear: 1960,
    });
  });
  const data = embeddedEvaluator();
  it('checked: 2016 +10.65 pp (the biggest of the 15 elections 1960–2016), 2020 +10.18 pp', async () => {
    const v = await checkedReadings(data.ev, NOTE_2, ro);
    near(v[1].computed?.value, DEC_2016, 1e-9);
    near(v[2].computed?.value, DEC_2020, 1e-9);
    assert.match(v[1].line ?? '', /"biggest": supported: 1st of the 15 US presidential elections from 1960/);
    assert.match(v[0].line ?? '', /each: 1960 .*2016 10\.65 pp, 2020 10\.18 pp\]/);
    // The tally counts the 16 elections 1960–2020 (2024's month had not closed): 7 ahead (their values are
    // the ones the average lists; 2016's and 2020's are checked by hand above).
    assert.equal(v[3].computed?.value, 7);
    assert.match(
      v[3].line ?? '',
      /not supported: 7 of the 16 US presidential elections since 1960 ahead, not 10/,
    );
  });
});

describe('"The index\'s weekly gain was its biggest since 2011" in a Monday story after a flows sentence', () => {
  const ro: ReadOptions = { event: '2016-11-08', to: '2016-11-14', funds };
  const text =
    "The Russell 2000 rose 10.2% last week. Small-cap ETFs took in more in the week after the election than in the previous three months combined. The index's weekly gain was its biggest since 2011.";
  it('is the Russell 2000 (the index last named, not the funds) over last week (the story is dated Monday)', () => {
    const r = readings(text, ro).at(-1);
    assert.deepEqual(
      [r?.metric, r?.subjects, r?.window, r?.record?.period, r?.record?.sinceYear],
      ['record', ['^RUT'], { kind: 'week', weekEnd: '2016-11-11' }, 'week', 2011],
    );
  });
  const data = embeddedEvaluator();
  it('checked: +10.22% (1,163.44 → 1,282.38), the biggest since the week to Dec. 2, 2011 (666.16 → 735.02, +10.34%)', async () => {
    const r = (await checkedReadings(data.ev, text, ro)).at(-1);
    // A record's computed value is the ranked period's return, a fraction.
    near(r?.computed?.value, 1282.3800048828125 / 1163.43994140625 - 1, 1e-8);
    assert.match(r?.line ?? '', /supported: biggest since week ending 2011-12-02, when it was 10\.34%/);
    assert.equal(r?.verdict, 'supported');
  });
});

describe('a ratio of one subject\'s two periods: "more than double the previous week\'s intake (gain)"', () => {
  it('a flow: the same fund the week before (no window from "the previous week\'s" for the ratio itself)', () => {
    const r = readings(
      "Investors poured $2.9bn into the iShares Russell 2000 ETF last week, more than double the previous week's intake.",
      { event: '2016-11-08', to: '2016-11-14', funds },
    );
    assert.deepEqual(
      r.map((x) => [x.metric, x.subjects, x.window, x.versus, x.comparator.kind, x.stated]),
      [
        ['flow', ['IWM'], { kind: 'week', weekEnd: '2016-11-11' }, undefined, 'eq', 2.9e9],
        [
          'ratio',
          ['IWM'],
          { kind: 'week', weekEnd: '2016-11-11' },
          {
            window: { kind: 'week', weekEnd: '2016-11-04' },
            of: 'flow',
            words: "the previous week's intake",
          },
          'gt',
          2,
        ],
      ],
    );
  });
  it('"more than triple the previous week\'s $1.8bn" keeps its number for the week before (no ratio read)', () => {
    const r = readings(
      "Inflows into IWM were $5.6bn last week, more than triple the previous week's $1.8bn.",
      {
        event: '2016-11-08',
        to: '2016-11-14',
        funds,
      },
    );
    assert.deepEqual(
      r.map((x) => [x.metric, x.window, x.stated]),
      [
        ['flow', { kind: 'week', weekEnd: '2016-11-11' }, 5.6e9],
        ['flow', { kind: 'week', weekEnd: '2016-11-04' }, 1.8e9],
      ],
    );
  });
  it('checked on hand-made flows (not market data): $3.0bn over $1.2bn is 2.5×', async () => {
    const { makeEvaluator } = await import('../../../src/findings/evaluate.ts');
    const { checkArticle } = await import('../../../src/findings/check-article.ts');
    const { toDay } = await import('../../../src/calendar/dates.ts');
    // Mon–Fri Oct. 31 – Nov. 4, 2016: 0.2bn a day (1.0bn) + 0.2bn on Nov. 4 = 1.2bn; Nov. 7–11: 0.6bn a day = 3.0bn.
    const dates = ['10-31', '11-01', '11-02', '11-03', '11-04', '11-07', '11-08', '11-09', '11-10', '11-11'];
    const days = Int32Array.from(dates, (d) => toDay(`2016-${d}`));
    const flows = Float64Array.from([0.2, 0.2, 0.2, 0.2, 0.4, 0.6, 0.6, 0.6, 0.6, 0.6], (x) => x * 1e9);
    const ev = makeEvaluator({
      bars: async () => null,
      portfolio: async () => null,
      market: async () => null,
      categoryFlows: async () => ({ dataset: 'hand-made flows (test only)', days, flows }),
    });
    const ro: ReadOptions = { event: '2016-11-08', to: '2016-11-14', funds };
    const a = await checkArticle(
      readArticle(
        "Investors poured $3bn into the iShares Russell 2000 ETF last week, more than double the previous week's intake.",
        ro,
      ),
      ev,
      { asOf: ro.to },
    );
    const [flow, ratio] = a.sentences[0].claims.map((c) => c.readings[0]);
    near(flow.computed?.value, 3e9, 1e-3);
    near(ratio.computed?.value, 3.0 / 1.2, 1e-12);
    assert.equal(ratio.verdict, 'supported');
  });
  const data = embeddedEvaluator();
  it('a return: ^RUT +2.76% in the week to Sept. 29, 2017 over +1.33% the week before is 2.07× ("more than double")', async () => {
    const ro: ReadOptions = { to: '2017-10-02', funds };
    const [, r] = await checkedReadings(
      data.ev,
      "The Russell 2000 rose 2.8% last week, more than double the previous week's gain.",
      ro,
    );
    // Closes 1,431.71 (Sept. 15), 1,450.78 (Sept. 22), 1,490.86 (Sept. 29).
    const ratio = (1490.8599853515625 / 1450.780029296875 - 1) / (1450.780029296875 / 1431.7099609375 - 1);
    near(r.computed?.value, ratio, 1e-9);
    assert.deepEqual(
      [r.claim?.versus?.window, r.verdict],
      [{ kind: 'week', weekEnd: '2017-09-22' }, 'supported'],
    );
  });
});

describe('a claim file states the period ratio with `versus:` (the command each verdict prints)', () => {
  it('reads `versus: {of: return, week_end: …}` and names a bad `of`', async () => {
    const { readClaim } = await import('../../../src/findings/claim-file.ts');
    const c = readClaim(
      {
        metric: 'ratio',
        subject: '^RUT',
        week_end: '2017-09-29',
        versus: { of: 'return', week_end: '2017-09-22' },
        stated: '2x',
      },
      0,
    );
    assert.deepEqual(c.versus, {
      window: { kind: 'week', weekEnd: '2017-09-22' },
      of: 'return',
      words: 'the period before',
    });
    assert.throws(
      () =>
        readClaim(
          { metric: 'ratio', subject: '^RUT', week_end: '2017-09-29', versus: { of: 'flows' }, stated: '2x' },
          0,
        ),
      /claim "claim-1": invalid versus of "flows"; expected flow, return or peak/,
    );
  });
});

describe('periods: "Over the full month" in a December note, "Over the five days" after a named week', () => {
  it('"Over the full month" is the event\'s month once it has ended; "for the month as a whole" the month so far before', () => {
    const r = (text: string, to: string) => readings(text, { event: '2016-11-08', to, funds })[0]?.window;
    assert.deepEqual(r('Over the full month, the Russell 2000 gained 11%.', '2016-12-05'), {
      kind: 'month',
      month: '2016-11',
    });
    assert.deepEqual(r('For the month as a whole, the Russell 2000 rose 11%.', '2016-11-21'), {
      kind: 'month-to-date',
      month: '2016-11',
      to: '2016-11-21',
    });
  });
  it('"a strong week ended Nov. 11" names that week (not November); "Over the five days" next is that week', () => {
    const r = readings(
      'Small caps had a strong week ended Nov. 11. Over the five days, the Russell 2000 gained 10.2%.',
      { event: '2016-11-08', to: '2016-11-22', funds },
    );
    assert.deepEqual(r[0]?.window, { kind: 'week', weekEnd: '2016-11-11' });
  });
  const data = embeddedEvaluator();
  it('checked: November 2016 +10.99% (1,191.39 → 1,322.34); the week to Nov. 11 +10.22%', async () => {
    const [month] = await checkedReadings(data.ev, 'Over the full month, the Russell 2000 gained 11%.', {
      event: '2016-11-08',
      to: '2016-12-05',
      funds,
    });
    near(month.computed?.value, (1322.3399658203125 / 1191.3900146484375 - 1) * 100, 1e-9);
    const [week] = await checkedReadings(
      data.ev,
      'Small caps had a strong week ended Nov. 11. Over the five days, the Russell 2000 gained 10.2%.',
      { event: '2016-11-08', to: '2016-11-22', funds },
    );
    near(week.computed?.value, (1282.3800048828125 / 1163.43994140625 - 1) * 100, 1e-9);
    assert.deepEqual([month.verdict, week.verdict], ['supported', 'supported']);
  });
});

describe('"since bottoming in March", "since hitting a low in March", "since peaking in February": from the turn', () => {
  const ro: ReadOptions = { to: '2020-08-31', funds };
  it("a distance from that month's lowest (highest) close, as of the article's date, with the verb's sign", () => {
    const r = (text: string) => {
      const [x] = readings(text, ro);
      return [x?.metric, x?.window, x?.extreme?.side, x?.extreme?.from, x?.extreme?.to, x?.stated];
    };
    // The distance's own window: the article's day (its close against the reference).
    const asOf = { kind: 'dates', from: '2020-08-31', to: '2020-08-31' };
    assert.deepEqual(r('The Russell 2000 has gained 57.6% since bottoming in March.'), [
      'distance',
      asOf,
      'low',
      '2020-03-01',
      '2020-03-31',
      57.6,
    ]);
    assert.deepEqual(r('The Russell 2000 has soared 57.6% since hitting a low in March.')[2], 'low');
    assert.deepEqual(r('The Russell 2000 has fallen 8% since peaking in February.').slice(2), [
      'high',
      '2020-02-01',
      '2020-02-29',
      -8,
    ]);
  });
  const data = embeddedEvaluator();
  it("checked: 991.16 (Mar. 18, 2020, the month's lowest close) → 1,561.88 (Aug. 31): +57.58%", async () => {
    const [x] = await checkedReadings(
      data.ev,
      'The Russell 2000 has gained 57.6% since bottoming in March.',
      ro,
    );
    near(x.computed?.value, (1561.8800048828125 / 991.1599731445312 - 1) * 100, 1e-9);
    assert.equal(x.verdict, 'supported');
  });
});

describe('"The gap between the two indices, at 8 percentage points" two sentences after each index\'s return', () => {
  it("is the last two returns' spread over their one period (the FTSE 250 and FTSE 100 after the referendum)", () => {
    const text = [
      'The FTSE 250 index of mid-sized companies has fallen 13.6 per cent in the two trading sessions since the referendum result.',
      'The more internationally focused FTSE 100 has lost 5.6 per cent over the same period.',
      'Domestic-facing housebuilders were hit hardest.',
      'The gap between the two indices, at 8 percentage points, is unusually wide.',
    ].join(' ');
    const r = readings(text, { event: '2016-06-23', to: '2016-06-28', funds }).at(-1);
    // The higher return's index less the lower's: FTSE 100 (−5.6%) − FTSE 250 (−13.6%) = +8.
    assert.deepEqual(
      [r?.metric, r?.subjects, r?.window, r?.stated],
      ['spread', ['^FTSE', '^FTMC'], { kind: 'sessions', event: '2016-06-23', sessions: 2 }, 8],
    );
  });
  const data = embeddedEvaluator();
  it('checked: ^RUT +8.95% less ^GSPC +1.91% over the five sessions after Nov. 8, 2016: 7.04 points', async () => {
    const text =
      'The Russell 2000 has risen 8.9% in the five sessions since the election. The S&P 500 has gained 1.9% over the same period. Domestic stocks led. The gap between the two indices, at 7 percentage points, is unusually wide.';
    const r = (await checkedReadings(data.ev, text, { event: '2016-11-08', to: '2016-11-22', funds })).at(-1);
    // Closes: ^RUT 1,195.14 (Nov. 8) → 1,302.14 (Nov. 15); ^GSPC 2,139.56 → 2,180.39
    // (../shared/data/prices/yfinance_YoussefKh200_slow_turtle/^GSPC.csv, column Close).
    const rut = (1302.1400146484375 / 1195.1400146484375 - 1) * 100;
    const spx = (2180.389892578125 / 2139.56005859375 - 1) * 100;
    near(r?.computed?.value, rut - spx, 1e-9);
    assert.equal(r?.verdict, 'supported');
  });
});

describe("shiftedWindow: the period before a ratio's own", () => {
  it('moves each kind of window back a week, a month or a year (hand-written calendar dates)', async () => {
    const { shiftedWindow } = await import('../../../src/findings/article/period-ratio.ts');
    const cases: [Parameters<typeof shiftedWindow>[0], 'week' | 'month' | 'year', unknown][] = [
      [{ kind: 'week', weekEnd: '2016-11-11' }, 'week', { kind: 'week', weekEnd: '2016-11-04' }],
      // The week reacting to the Nov. 8 election ends Friday Nov. 11; the one before, Nov. 4.
      [{ kind: 'week', event: '2016-11-08' }, 'week', { kind: 'week', weekEnd: '2016-11-04' }],
      [{ kind: 'month', month: '2016-03' }, 'month', { kind: 'month', month: '2016-02' }],
      [{ kind: 'month', month: '2016-11' }, 'year', { kind: 'month', month: '2015-11' }],
      [
        { kind: 'dates', from: '2016-03-31', to: '2016-04-29' },
        'month',
        { kind: 'dates', from: '2016-02-29', to: '2016-03-29' },
      ],
      [{ kind: 'since', event: '2016-11-08' }, 'week', undefined],
    ];
    for (const [w, shift, want] of cases) assert.deepEqual(shiftedWindow(w, shift), want, JSON.stringify(w));
  });
});

describe('"Its best month was November, when it rallied 10.8%", "Its worst month was December" in a January review', () => {
  const ro: ReadOptions = { to: '2025-01-03', funds };
  const text =
    'The Russell 2000 had a volatile 2024. Its best month was November, when it rallied 10.8% after the election. Its worst month was December.';
  it('rank the month first (last) among the months of its year', () => {
    const r = readings(text, ro);
    assert.deepEqual(
      r.map((x) => [
        x.metric,
        x.subjects,
        x.window,
        x.record?.kind,
        x.record?.rank,
        x.record?.from,
        x.record?.direction,
      ]),
      [
        ['return', ['^RUT'], { kind: 'month', month: '2024-11' }, 'rank', 1, '2024-01-01', 'gain'],
        ['record', ['^RUT'], { kind: 'month', month: '2024-12' }, 'rank', 1, '2024-01-01', 'loss'],
      ],
    );
  });
  const data = embeddedEvaluator();
  it('checked: November 2024 +10.84% (2,196.65 → 2,434.73) the best of 2024 to then; December −8.40% (→ 2,230.16) the worst', async () => {
    const [nov, dec] = await checkedReadings(data.ev, text, ro);
    near(nov.computed?.value, (2434.72998046875 / 2196.64990234375 - 1) * 100, 1e-9);
    assert.match(
      nov.line ?? '',
      /"Its best month was November": supported: the best of 11 months since 2024-01-01/,
    );
    assert.match(
      dec.line ?? '',
      /"Its worst month was December": supported: the worst of 12 months since 2024-01-01 \(Dec 2024: -8\.40%\)/,
    );
    near((2230.159912109375 / 2434.72998046875 - 1) * 100, -8.4, 0.005);
  });
});
