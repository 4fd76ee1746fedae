import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLevels } from '../../../src/findings/article/level-claim.ts';
import { findQuantities } from '../../../src/findings/article/numbers.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { eventRecords } from '../../../src/findings/article/record-events.ts';
import { lookbackRecords } from '../../../src/findings/article/record-lookback.ts';
import { checkClaim } from '../../../src/findings/check.ts';
import { reproduceCommand } from '../../../src/findings/check-command.ts';
import { readClaim } from '../../../src/findings/claim-file.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { parseLevel } from '../../../src/findings/claim-stated.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';
import { checkOnEmbedded } from '../../helpers/check-embedded.ts';
import { embeddedEvaluator } from '../../helpers/embedded-evaluator.ts';

// Sixteenth round: index levels as wires quote them ("closed at a record 2,442.03"), a record of an
// outperformance of a named index, and a comparison's "by" after a relative clause. Each reading was
// written by hand before the reader ran; verdicts on the embedded data are checked against closes read by
// hand from ../shared/data/prices (^RUT: yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv, column
// Close; ^GSPC: yfinance_YoussefKh200_slow_turtle/^GSPC.csv, column Close), the files data/bars.parquet was
// cut from.
const o: ReadOptions = { event: '2024-11-05', to: '2024-11-25', funds };
const { one, claims } = sentenceReader(o);
const levels = (t: string) =>
  withLevels(t, findQuantities(t))
    .filter((q) => q.unit === 'level')
    .map((q) => t.slice(q.start, q.end));

describe('levels: a close after "closed at", a move\'s "to", "a record close of"', () => {
  it('finds the closes and nothing else', () => {
    assert.deepEqual(levels('The Russell 2000 closed at a record 2,442.03 on Monday.'), ['2,442.03']);
    assert.deepEqual(levels('The S&P 500 rose 3.8% this week to close at 2,164.45.'), ['2,164.45']);
    assert.deepEqual(levels('The Russell 2000 rose 1.5% to 2,442.03 points on Monday.'), ['2,442.03 points']);
    // Seventeenth round: "up from 2,406 on Friday" is an earlier close, on its own day.
    assert.deepEqual(levels('The Russell 2000 finished the day at 2,442, up from 2,406 on Friday.'), [
      '2,442',
      '2,406',
    ]);
    assert.deepEqual(levels('IWM ended the month at a record close of $242.'), ['$242']);
    // An intraday extreme, a range's start, a count, a forecast's "reach": no close.
    assert.deepEqual(levels('The Russell 2000 hit an intraday high of 1,290 on Friday.'), []);
    assert.deepEqual(levels('The Russell 2000 jumped from 1,163 to 1,282 during the week.'), ['1,282']);
    assert.deepEqual(levels('Volume rose to 1,250 million shares.'), []);
    assert.deepEqual(levels('Analysts expect the index could reach 1,400 by year-end.'), []);
  });
  it("a level is a claim of the clause's subject on the clause's day, in points or dollars", () => {
    const [ret, level] = claims('The Russell 2000 rose 1.5% to 2,442.03 on Monday.');
    assert.deepEqual([ret.metric, ret.stated], ['return', 1.5]);
    assert.deepEqual(
      [level.metric, level.subjects, level.stated, level.unit],
      ['level', ['^RUT'], 2442.03, 'index-points'],
    );
    assert.ok(Math.abs(level.tolerance - 0.005) < 1e-9);
    assert.deepEqual(level.window, { kind: 'dates', from: '2024-11-22', to: '2024-11-25' });
    const [spy] = claims('The SPDR S&P 500 ETF Trust closed at $597.53 on Monday.');
    assert.deepEqual([spy.metric, spy.subjects, spy.unit, spy.stated], ['level', ['SPY'], 'usd', 597.53]);
    // No day named: the article's.
    const [gspc] = claims('The S&P 500 ended at 5,987.37.');
    assert.equal(
      gspc.window.kind === 'dates' || gspc.window.kind === 'since' ? gspc.window.to : '',
      '2024-11-25',
    );
  });
  it('a forecast of a level, a time, a multiple, a valuation or another market is no close', () => {
    assert.equal(one('The index could rise to 2,600 by year-end.').status, 'not a quantitative claim');
    assert.deepEqual(levels('The Russell 2000 closed at 12.30 p.m. on Monday.'), []);
    assert.deepEqual(levels('The Russell 2000 traded at 16.5 times forward earnings.'), []);
    assert.match(
      one("The Russell 2000's forward price-to-earnings ratio rose to 25.3 on Monday.").reason ?? '',
      /a level of price-to-earnings, not the close of an index or a fund|not a return \(earnings\)/,
    );
    assert.match(
      one('The CBOE Volatility Index fell to 14.6 on Monday.').reason ?? '',
      /a level of Volatility|not a return \(Volatility(?: Index)?\)/,
    );
    assert.match(
      one('The S&P 500 is on track to end the year at 6,000, strategists said.').reason ?? '',
      /^a forecast \("on track to"\)/,
    );
    assert.match(
      one('Small caps could rise twice as much as large caps next year.').reason ?? '',
      /^a forecast/,
    );
  });
});

describe('levels checked on the embedded data (hand references from the closes)', () => {
  const data = embeddedEvaluator();
  it('Nov. 25, 2024: the Russell 2000 closed at 2,442.03, not a record (2,442.74 on Nov. 8, 2021)', async () => {
    const s = await checkOnEmbedded('The Russell 2000 closed at a record 2,442.03 on Monday.', o);
    const r = s?.claims[0].readings[0];
    assert.equal(r?.computed?.value, 2442.030029296875);
    assert.match(
      r?.line ?? '',
      /close of \^RUT on 2024-11-25 2,?442\.03 points: supported, 2,442\.03 points/,
    );
    // The record: the highest close before it is 2,442.74 on 2021-11-08, so it ranks 2nd.
    assert.match(r?.line ?? '', /not supported: highest since 2021-11-08, when it was 2,442\.74; 2nd of/);
    assert.equal(r?.verdict, 'not supported');
  });
  it('Nov. 11, 2016: "to close at 2,164.45" and "to 1,282.38", each index its own close', async () => {
    const s = await checkOnEmbedded(
      'The S&P 500 rose 3.8% this week to close at 2,164.45, while the Russell 2000 climbed 10.2% to 1,282.38.',
      { event: '2016-11-08', to: '2016-11-11', funds },
    );
    const got = (s?.claims ?? []).map((c) => [c.readings[0].claim?.metric, c.readings[0].computed?.value]);
    // Closes of 2016-11-11: ^GSPC 2164.449951171875, ^RUT 1282.3800048828125; the weeks' returns:
    // ^GSPC 2164.45 / 2085.18 − 1 = 3.80%, ^RUT 1282.38 / 1163.44 − 1 = 10.22%.
    assert.deepEqual(
      got.filter(([m]) => m === 'level'),
      [
        ['level', 2164.449951171875],
        ['level', 1282.3800048828125],
      ],
    );
    assert.ok((s?.claims ?? []).every((c) => c.readings[0].verdict === 'supported'));
  });
  it("a fund's quoted price cannot be checked from dividend-adjusted closes", async () => {
    const s = await checkOnEmbedded('The SPDR S&P 500 ETF Trust closed at $597.53 on Monday.', o);
    const r = s?.claims[0].readings[0];
    assert.equal(r?.verdict, 'cannot check');
    assert.match(r?.line ?? '', /dividend-adjusted closes only/);
  });
  it('claim files: metric level, stated in points or dollars, reproduced by its command', async () => {
    assert.deepEqual(parseLevel('2,442.03 points'), {
      value: 2442.03,
      unit: 'index-points',
      tolerance: 0.005,
    });
    assert.deepEqual(parseLevel('$242'), { value: 242, unit: 'usd', tolerance: 0.5 });
    assert.throws(() => parseLevel('2.4%'), /invalid level: "2.4%"/);
    const claim = readClaim(
      { metric: 'level', subject: '^RUT', from: '2024-11-22', to: '2024-11-25', stated: '2442.03 points' },
      0,
    );
    const v = await checkClaim(claim, data.ev, {});
    assert.equal(v.verdict, 'supported');
    assert.equal(v.line?.includes('2,442.03 points'), true);
    assert.match(
      reproduceCommand(claim),
      /metric: level, subject: "\^RUT", from: 2024-11-22, to: 2024-11-25, stated: "2442.03 points"/,
    );
    // Friday's close (2,406.67) is no reading of Monday's: a close is of its day, no other is tried.
    const friday = readClaim(
      { metric: 'level', subject: '^RUT', from: '2024-11-21', to: '2024-11-25', stated: '2406.67' },
      0,
    );
    const f = await checkClaim(friday, data.ev, {});
    assert.equal(f.verdict, 'not supported');
    assert.match(f.line ?? '', /not supported: 2,442\.03 points$/);
  });
});

describe('a level record over a look-back: "its highest level in more than a month"', () => {
  it("reads a rank 1 among the closes since the article's date less the look-back, no period", () => {
    const [h] = lookbackRecords(
      'The S&P 500 closed at 4,411.67, its highest level in more than a month.',
      '2022-03-17',
    );
    const { words: _, ...r } = h.record;
    assert.deepEqual(r, { kind: 'rank', rank: 1, from: '2022-02-17', direction: 'gain', level: true });
    const [l] = lookbackRecords('It ended at its lowest close in two weeks.', '2022-03-17');
    assert.deepEqual([l.record.from, l.record.direction, l.record.level], ['2022-03-03', 'loss', true]);
  });
  it("Mar. 17, 2022: the S&P 500's 4,411.67 is the highest of the 20 closes since Feb. 17 (4,475.01 on Feb. 16)", async () => {
    const s = await checkOnEmbedded(
      'The S&P 500 closed at 4,411.67, its highest level in more than a month.',
      {
        event: '2022-03-16',
        to: '2022-03-17',
        funds,
      },
    );
    const r = s?.claims[0].readings[0];
    assert.match(
      r?.line ?? '',
      /close of \^GSPC on 2022-03-17 4,?411\.67 points: supported, 4,411\.67 points/,
    );
    assert.match(r?.line ?? '', /supported: the highest of 20 closes since 2022-02-17/);
    assert.equal(r?.verdict, 'supported');
  });
});

describe('a tally after the news, a record among one month of the year (Dec. 2, 2020)', () => {
  const nov2020: ReadOptions = { event: '2020-11-03', to: '2020-12-02', funds };
  it('"in four of the five sessions after the vote": 3 of 5 (^RUT against ^GSPC, day by day)', async () => {
    const s = await checkOnEmbedded(
      'The Russell 2000 outperformed the S&P 500 in four of the five sessions after the vote.',
      nov2020,
    );
    const r = s?.claims[0].readings[0];
    assert.deepEqual(r?.claim?.window, { kind: 'sessions', event: '2020-11-03', sessions: 5 });
    // Daily closes Nov. 3 → 10: ^RUT +0.05%, +2.78%, −0.71%, +3.44%, +1.88%; ^GSPC +2.20%, +1.95%,
    // −0.03%, +1.17%, −0.14%: ahead on Nov. 5, 9 and 10.
    assert.match(r?.line ?? '', /not supported: 3 of the 5 days through 2020-11-10 ahead, not 4/);
  });
  it('"the widest for any November since 1980": Novembers only, Nov. 2016 was wider', async () => {
    const s = await checkOnEmbedded(
      'The gap between the Russell 2000 and the S&P 500 was the widest for any November since 1980.',
      nov2020,
    );
    const r = s?.claims[0].readings[0];
    assert.deepEqual(r?.claim?.window, { kind: 'month', month: '2020-11' });
    // Nov. 2020: ^RUT 1819.82 / 1538.48 − 1 = 18.287%, ^GSPC 3621.63 / 3269.96 − 1 = 10.755%: 7.53 pp;
    // Nov. 2016: 10.991% − 3.417% = 7.57 pp.
    assert.match(
      r?.line ?? '',
      /widest since Nov 2016, when it was 7\.57 pp; 2nd of 34 Novembers .*\(Nov 2020: 7\.53 pp\)/,
    );
  });
});

describe('ratios of returns: "twice as much as", "three times", "by a factor of two", "2.5x"', () => {
  const nov9: ReadOptions = { event: '2016-11-08', to: '2016-11-09', funds };
  it('reads the multiple, the subject and the one it is a multiple of', () => {
    const [r] = claims('The Russell 2000 rose almost three times as much as the S&P 500.', nov9);
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.unit, r.comparator.kind],
      ['ratio', ['^RUT', '^GSPC'], 3, 'multiple', 'approx'],
    );
    // In words, "about": twice is 1.8 to 2.2; in digits, half the last digit.
    const [w] = claims('The Russell 2000 gained twice as much as the S&P 500.', nov9);
    assert.deepEqual([w.comparator.lo, w.comparator.hi], [1.8, 2.2]);
    const [d] = claims('The Russell 2000 gained 2.5 times as much as the S&P 500.', nov9);
    assert.deepEqual([d.stated, d.comparator.lo, d.comparator.hi], [2.5, 2.45, 2.55]);
    const [f] = claims('The Russell 2000 outpaced the S&P 500 by a factor of two.', nov9);
    assert.deepEqual([f.subjects, f.stated], [['^RUT', '^GSPC'], 2]);
  });
  it('Nov. 9, 2016: 3.10% over 1.11% is 2.80 times (hand calculation from the closes)', async () => {
    const s = await checkOnEmbedded('The Russell 2000 rose almost three times as much as the S&P 500.', nov9);
    const r = s?.claims[0].readings[0];
    // (1232.16 / 1195.14 − 1) / (2163.26 / 2139.56 − 1) = 2.7964.
    assert.ok(Math.abs((r?.computed?.value ?? 0) - 2.7963716262156524) < 1e-9);
    assert.match(r?.line ?? '', /almost three times \(3×\): supported, 2\.80×/);
  });
  it('no ratio of a gain to a loss: Nov. 10, 2020, ^RUT +1.88%, ^GSPC −0.14%', async () => {
    const s = await checkOnEmbedded('The Russell 2000 rose twice as much as the S&P 500 on Nov. 10.', {
      to: '2020-11-10',
      funds,
    });
    const r = s?.claims[0].readings[0];
    assert.notEqual(r?.verdict, 'supported');
    assert.match(r?.line ?? '', /no ratio of returns of opposite signs or zero \(1\.88% and -0\.14%\)/);
  });
});

describe('names and tallies as wires write them', () => {
  it('"the S&P Small Cap 600", "the S&P Mid Cap 400" (spaced) are those indexes, never the S&P 500', () => {
    assert.deepEqual(claims('The S&P Small Cap 600 jumped 5.9%.')[0].subjects, ['^SP600']);
    assert.deepEqual(claims('The S&P Mid Cap 400 rose 4%.')[0].subjects, ['^SP400']);
  });
  it('"has now risen 8 of the last 10 sessions" (no "in"): 6 of 10 through Nov. 6, 2024', async () => {
    const s = await checkOnEmbedded('The Russell 2000 has now risen 8 of the last 10 sessions.', {
      event: '2024-11-05',
      to: '2024-11-06',
      funds,
    });
    // ^RUT closes Oct. 23 → Nov. 6, 2024: up on Oct. 24, 28, Nov. 1, 4, 5, 6; down on Oct. 25, 29, 30, 31.
    assert.match(
      s?.claims[0].readings[0].line ?? '',
      /not supported: 6 of the 10 days through 2024-11-06 up, not 8/,
    );
  });
});

describe('a part of "the week\'s total"', () => {
  it("is the previous sentence's flow, after the news", () => {
    const read = readArticle(
      "US small-cap ETFs took in $9.8 billion in the week after the election. Of the week's total, about $7 billion came after Election Day.",
      { event: '2024-11-05', to: '2024-11-15', funds },
    );
    const part = read[1].claims[0].readings[0];
    assert.deepEqual(
      [part.metric, part.subjects, part.window, part.stated],
      ['flow', ['US small cap'], { kind: 'week', event: '2024-11-05', part: 'after' }, 7e9],
    );
  });
});

describe('wire forms: an AP wrap\'s levels, "double the S&P 500\'s", "the 4.3% advance of the S&P 500"', () => {
  const e: ReadOptions = { event: '2024-11-05', to: '2024-11-25', funds };
  it('"gained 17.91 points, or 0.30%, to 5,987.37": the points, the per cent and the level', () => {
    const got = claims(
      'The S&P 500 gained 17.91 points, or 0.30%, to 5,987.37 and the Nasdaq Composite gained 51.19 points, or 0.27%, to 19,054.84.',
      e,
    ).map((c) => [c.metric, c.subjects[0], c.stated]);
    assert.deepEqual(got, [
      ['points', '^GSPC', 17.91],
      ['return', '^GSPC', 0.3],
      ['level', '^GSPC', 5987.37],
      ['points', '^IXIC', 51.19],
      ['return', '^IXIC', 0.27],
      ['level', '^IXIC', 19054.84],
    ]);
  });
  it('"nearly double the S&P 500\'s 4.3% advance" is a ratio; "the 4.3% advance of the S&P 500" the S&P 500\'s', () => {
    const r = claims(
      "Small caps have risen about 8% since the election, nearly double the S&P 500's 4.3% advance.",
      e,
    );
    assert.deepEqual(
      r.map((c) => [c.metric, c.subjects, c.stated]),
      [
        ['return', ['^RUT'], 8],
        ['ratio', ['^RUT', '^GSPC'], 2],
        ['return', ['^GSPC'], 4.3],
      ],
    );
    const a = claims(
      'The Russell 2000 has risen about 8% since the election, against the 4.3% advance of the S&P 500.',
      e,
    );
    assert.deepEqual(a[1].subjects, ['^GSPC']);
  });
});

describe('"ranking it second among the 10 elections since 1980": a place among a counted set', () => {
  it('reads the place, the count and the year', () => {
    const [h] = eventRecords('ranking it fifth among the 10 elections since 1980.');
    const { words: _, ...r } = h.record;
    assert.deepEqual(r, { kind: 'rank', rank: 5, of: 10, sinceYear: 1980, direction: 'gain' });
  });
  it("ranks the S&P 500's five sessions after each election from 1980 only: 2016 is 3rd of 10", async () => {
    const s = await checkOnEmbedded(
      'The S&P 500 gained 1.9% in the five sessions after the vote, ranking it fifth among the 10 elections since 1980.',
      { event: '2016-11-08', to: '2016-12-21', funds },
    );
    // ^GSPC closes: 2004 1164.08 / 1130.56 − 1 = +2.96% (Nov. 2 → 9); 1996 729.56 / 714.14 − 1 = +2.16%
    // (Nov. 5 → 12); 1980 131.26 / 129.04 − 1 = +1.72% (Nov. 3 → 11, no session on election day).
    assert.match(
      s?.claims[0].readings[0].line ?? '',
      /not supported: 3rd of the 10 US presidential elections from 1980 to then.*1\. 2004 \+2\.96%, 2\. 1996 \+2\.16%, 3\. 2016 \+1\.91%, 4\. 1980 \+1\.72%/,
    );
  });
});

describe("an event study's words", () => {
  const e: ReadOptions = { event: '2016-11-08', to: '2016-12-15', funds };
  it('"the market model" is no subject; "a cumulative abnormal return of" is over the market', () => {
    const [c] = claims(
      'Using the market model estimated over days -250 to -30, the smallest size decile earned a cumulative abnormal return of 4.1% over days 0 to 2 (t = 3.2).',
      e,
    );
    assert.deepEqual([c.metric, c.subjects, c.stated], ['excess-return', ['Lo 10'], 4.1]);
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 3 });
  });
  it('"the largest decile\'s CAR … was -0.8%" is an excess return; "at the 5% level" is a test\'s, no return', () => {
    const s = one("The largest decile's CAR over days 0 to 2 was -0.8%, not significant at the 5% level.", e);
    const [c] = s.claims.map((x) => x.readings[0]);
    assert.deepEqual([c.metric, c.subjects, c.stated], ['excess-return', ['Hi 10'], -0.8]);
    assert.equal(s.claims.length, 1);
    assert.match(
      one('The difference is significant at the 1% level.', e).reason ?? '',
      /not a return \(level\)/,
    );
  });
});

describe('records and comparisons of one index against another', () => {
  it('"its biggest monthly outperformance of the S&P 500 since December 2020" ranks the spread', async () => {
    const s = await checkOnEmbedded(
      "It was the Russell 2000's biggest monthly outperformance of the S&P 500 since December 2020.",
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    const r = s?.claims[0].readings[0];
    assert.deepEqual(r?.claim?.subjects, ['^RUT', '^GSPC']);
    // Nov. 2024: ^RUT 2434.73 / 2196.65 − 1 = 10.838%, ^GSPC 6032.38 / 5705.45 − 1 = 5.730%: 5.11 pp;
    // July 2024: ^RUT 2254.48 / 2047.69 − 1 = 10.099%, ^GSPC 5522.30 / 5460.48 − 1 = 1.132%: 8.97 pp.
    assert.match(r?.line ?? '', /biggest since Jul 2024, when it was 8\.97 pp; .* \(Nov 2024: 5\.11 pp\)/);
  });
  it('"outpaced the S&P 500, which gained 5.7% in the month, by about 5 points": the "by" is the comparison\'s', async () => {
    const r = await checkOnEmbedded(
      'The Russell 2000 outpaced the S&P 500, which gained 5.7% in the month, by about 5 percentage points.',
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    const [ret, spread] = (r?.claims ?? []).map((c) => c.readings[0]);
    assert.deepEqual([ret.claim?.subjects, ret.claim?.stated], [['^GSPC'], 5.7]);
    assert.deepEqual([spread.claim?.metric, spread.claim?.subjects], ['spread', ['^RUT', '^GSPC']]);
    // 10.838% − 5.730% = 5.108 pp.
    assert.match(spread.line ?? '', /about 5 pp: supported, 5\.11 pp/);
  });
  it('"The index" there is the previous sentence\'s subject, not the relative clause\'s', () => {
    const read = readArticle(
      'The Russell 2000 rose 10.8% in November. The index outpaced the S&P 500, which gained 5.7% in the month, by about 5 points.',
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    const spread = read[1].claims[1].readings[0];
    assert.deepEqual([spread.metric, spread.subjects, spread.stated], ['spread', ['^RUT', '^GSPC'], 5]);
  });
});
