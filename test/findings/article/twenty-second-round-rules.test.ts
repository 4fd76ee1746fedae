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
// (value-weighted, percent; columns Lo 20 and Hi 20), compounded over the ten sessions after election day.
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
