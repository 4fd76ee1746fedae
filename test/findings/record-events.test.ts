/**
 * Verdicts on events other than the 2016 election (the eighth round: the 2020 election, the Fed's March
 * 2022 increase, the Brexit vote), checked on the embedded data. Every number is from the independent
 * reference `python3 test/findings/reference/events/round8.py` (Python csv over the files the embedded
 * data are built from; ranks = 1 + the earlier periods more extreme, of the periods to then; the value of the
 * period that breaks the run and the history's first period from `round9/articles.py day|week`):
 * - ^GSPC 2016-06-23 → 06-24 −3.5920%, the worst day since 2015-08-24 (−3.9414%), 198th of 22,223 days from
 *   1928-01-03;
 * - ^RUT week to 2016-06-24 −1.4991%, the worst week since the week to 2016-06-17 (−1.6522%; 312th of 1,502
 *   from the week to 1987-09-18);
 * - ^GSPC week to 2022-03-18 +6.1558%, the best since the week to 2020-11-06 (+7.3236%; 61st of 4,915 from the
 *   week to 1928-01-06);
 * - ^RUT week to 2020-11-13 +5.8110%, the best since the week to 2020-11-06 (+7.1356%; 39th of 1,731 from the
 *   week to 1987-09-18);
 * - ^RUT vs ^GSPC 2016-06-23 → 06-24: −3.8116 − (−3.5920) = −0.22 pp; French VW Lo 30 − Hi 30 +0.13 pp;
 * - ^GSPC since the Fed's 2 p.m. decision of 2022-03-16, through 03-18: from the 03-16 close +2.4154%, from
 *   the close before the decision day (03-15) +4.7079%; XLF from the 03-16 close +1.4832%, from 03-15 +4.3339%.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { readArticle } from '../../src/findings/article/read.ts';
import { checkArticle } from '../../src/findings/check-article.ts';
import { articleTable } from '../../src/findings/check-render.ts';
import type { Claim } from '../../src/findings/claim.ts';
import { monthSpread } from '../../src/findings/month-spread.ts';
import { sinceMonth } from '../../src/findings/record-judge.ts';
import { recordPeriod } from '../../src/findings/record-period.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';
import { firstVerdict } from '../helpers/first-verdict.ts';

const rec = { kind: 'biggest-since', sinceYear: 2015, words: 'steepest fall since August 2015' };
const claim = (window: Claim['window']) => ({ window, record: rec }) as unknown as Claim;

describe('the period a record ranks when the phrase does not say', () => {
  it('is a day when the number is over one session (a weekend or holiday between does not count)', () => {
    assert.equal(recordPeriod(claim({ kind: 'since', event: '2016-06-23', to: '2016-06-24' })), 'day');
    assert.equal(recordPeriod(claim({ kind: 'since', event: '2016-06-24', to: '2016-06-27' })), 'day');
    assert.equal(recordPeriod(claim({ kind: 'sessions', event: '2016-06-23', sessions: 1 })), 'day');
    assert.equal(recordPeriod(claim({ kind: 'dates', from: '2016-11-23', to: '2016-11-25' })), 'day');
  });
  it('stays unsaid over two sessions or more (a day, a week or the whole stretch?)', () => {
    assert.equal(recordPeriod(claim({ kind: 'since', event: '2016-06-23', to: '2016-06-27' })), null);
    assert.equal(recordPeriod(claim({ kind: 'since', event: '2016-06-23' })), null);
  });
});

describe('the month of "since MONTH YEAR"', () => {
  it('reads full and short month names before the year, and nothing else', () => {
    assert.equal(sinceMonth('worst day since August 2015', 2015), '2015-08');
    assert.equal(sinceMonth('best week since Nov. 2020', 2020), '2020-11');
    assert.equal(sinceMonth('best week since early June 2020', 2020), '2020-06');
    assert.equal(sinceMonth('best week since 2020', 2020), null);
    assert.equal(sinceMonth('best week since Election Day 2020', 2020), null);
  });
});

describe('a month when small caps trailed: the widest shortfall since', () => {
  it('Jun 2016 (−0.20 pp) is the widest shortfall since May 2016 (−1.70), not "since" April\'s lead (+3.89)', () => {
    // French's monthly VW file (Portfolios_Formed_on_ME_monthly_vintage202602.CSV), Lo 10 and Hi 10, percent.
    const rows: [string, number, number][] = [
      ['2016-03-31', 5.24, 6.45],
      ['2016-04-30', 4.42, 0.53],
      ['2016-05-31', 0.04, 1.74],
      ['2016-06-30', -0.34, -0.14],
    ];
    const monthly = {
      days: Int32Array.from(rows.map((r) => toDay(r[0]))),
      small: Float64Array.from(rows.map((r) => r[1] / 100)),
      large: Float64Array.from(rows.map((r) => r[2] / 100)),
    };
    const jun = monthSpread(monthly, '2016-06-15');
    assert.equal(jun.widestSince?.month, '2016-05');
    assert.ok(Math.abs((jun.widestSince?.spread ?? 0) - -0.017) < 1e-12);
    assert.equal(monthSpread(monthly, '2016-04-15').widestSince, null); // +3.89 beats Mar 2016's −1.21
  });
});

const verdictOf = firstVerdict;

describe('record claims after other events, embedded data', {
  skip: NO_EMBEDDED,
}, () => {
  const data = embeddedEvaluator();

  it('"lost 3.6 per cent, its steepest fall since August 2015" ranks the day and names it', async () => {
    const v = await verdictOf(
      data.ev,
      'The S&P 500 lost 3.6 per cent, its steepest fall since August 2015.',
      '2016-06-23',
      '2016-06-24',
    );
    assert.equal(v.record?.verdict, 'supported');
    assert.match(
      v.line ?? '',
      /steepest since 2015-08-24, when it was -3\.94%; 198th of 22,223 days from 1928-01-03 to then \(2016-06-24: -3\.59%\)/,
    );
  });

  it('"since MONTH YEAR" needs the month: November 2020 holds, October 2020 and June 2020 do not', async () => {
    const text = (m: string) => `For the week, the S&P 500 climbed 6.2%, its best week since ${m} 2020.`;
    const nov = await verdictOf(data.ev, text('November'), '2022-03-16', '2022-03-18');
    assert.equal(nov.record?.verdict, 'supported');
    assert.match(
      nov.line ?? '',
      /best since week ending 2020-11-06, when it was 7\.32%; 61st of 4,915 weeks from the week ending 1928-01-06 to then/,
    );
    const oct = await verdictOf(data.ev, text('October'), '2022-03-16', '2022-03-18');
    assert.equal(oct.record?.verdict, 'not supported');
    const june = await verdictOf(
      data.ev,
      'The Russell 2000 rose 5.8% this week, its best week since June 2020.',
      '2020-11-03',
      '2020-11-13',
    );
    assert.equal(june.record?.verdict, 'not supported');
    assert.match(
      june.line ?? '',
      /best since week ending 2020-11-06, when it was 7\.14%; 39th of 1,731 weeks from the week ending 1987-09-18 to then \(week ending 2020-11-13: 5\.81%\)/,
    );
  });

  it('a year whose last session has closed (Friday 2016-12-30) is ranked whole, not "to date" (articles.py year)', async () => {
    // round9/articles.py year ^RUT 2016: +19.4772%, best since 2013 (+37.003597%), 10 of 29 years from 1988.
    const v = await verdictOf(
      data.ev,
      'For 2016 the Russell 2000 returned 19.5%, its best year since 2013.',
      '2016-11-08',
      '2016-12-30',
    );
    assert.equal(v.record?.verdict, 'supported');
    assert.match(
      v.line ?? '',
      /"best year since 2013": supported: best since 2013, when it was 37\.00%; 10th of 29 years from 1988 to then \(2016: 19\.48%\)/,
    );
    assert.doesNotMatch(v.line ?? '', /provisional/);
  });

  it('"worst week since 2008" for the week of the Brexit vote is not supported: the week before was worse', async () => {
    const v = await verdictOf(
      data.ev,
      'For the week, the Russell 2000 fell 1.5 per cent, its worst week since 2008.',
      '2016-06-23',
      '2016-06-24',
    );
    assert.equal(v.record?.verdict, 'not supported');
    assert.match(
      v.line ?? '',
      /worst since week ending 2016-06-17, when it was -1\.65%; 312th of 1,502 weeks from the week ending 1987-09-18 to then/,
    );
  });

  it('a "nearest convention" is shown only when it comes nearer the stated number than the default', async () => {
    const text = 'Small caps trailed large caps by about 0.2 percentage points.';
    const res = await checkArticle(readArticle(text, { event: '2016-06-23', to: '2016-06-24' }), data.ev, {
      asOf: '2016-06-24',
    });
    const [russell, french] = res.sentences[0].claims[0].readings;
    assert.equal(russell.verdict, 'supported');
    assert.ok(Math.abs(russell.computed!.value - (-3.8116 + 3.592)) < 0.005);
    assert.equal(french.verdict, 'not supported');
    assert.ok(Math.abs(french.computed!.value - 0.13) < 0.005);
    // Every other French cut (10, 20) and base gives a spread further from −0.2 than +0.13: none is "nearest".
    if (french.nearest)
      assert.ok(Math.abs(french.nearest.value + 0.2) < Math.abs(french.computed!.value + 0.2));
    assert.doesNotMatch(french.line ?? '', /nearest convention: smallest 20% vs largest 20%, 0\.48 pp/);
  });

  it('"since the Fed\'s decision" counts the decision day itself by default (the FOMC set: news at 2 p.m.)', async () => {
    // 2022-03-16 is a built-in FOMC event, intraday (src/findings/convention-timing.ts): from the 03-15 close,
    // +4.7079%; from the decision day's close (news after the close) +2.4154%, now the alternative.
    const text = "The S&P 500 has gained 4.7% since the Fed's decision on Wednesday.";
    const v = await verdictOf(data.ev, text, '2022-03-16', '2022-03-18');
    assert.equal(v.verdict, 'supported');
    assert.ok(Math.abs(v.computed!.value - 4.7079) < 0.001, String(v.computed!.value));
    assert.equal(v.computed!.from, '2022-03-15');
    const after = await verdictOf(
      data.ev,
      "The S&P 500 has gained 2.4% since the Fed's decision on Wednesday.",
      '2022-03-16',
      '2022-03-18',
    );
    assert.equal(after.verdict, 'supported under another convention');
    assert.ok(Math.abs(after.matches[0].value - 2.4154) < 0.001, String(after.matches[0].value));
    assert.match(after.matches[0].differs, /^from the event day's close \(news after the close\)$/);
  });

  it('a sector since the decision is searched the same way (XLF +4.33% counting the decision day)', async () => {
    const text = "Financial shares have gained 4.3% since the Fed's decision on Wednesday.";
    const v = await verdictOf(data.ev, text, '2022-03-16', '2022-03-18');
    assert.equal(v.verdict, 'supported');
    assert.ok(Math.abs(v.computed!.value - 4.3339) < 0.001, String(v.computed!.value));
    const after = await verdictOf(
      data.ev,
      "Financial shares have gained 1.5% since the Fed's decision on Wednesday.",
      '2022-03-16',
      '2022-03-18',
    );
    assert.equal(after.verdict, 'supported under another convention');
    assert.ok(Math.abs(after.matches[0].value - 1.4832) < 0.001, String(after.matches[0].value));
  });

  it('readings that agree each show their own number (Russell 1.63 pp, French Lo 30 − Hi 30 1.53 pp)', async () => {
    const text =
      'That leaves small caps ahead of large caps by about 1.6 percentage points since Election Day.';
    const a = await checkArticle(readArticle(text, { event: '2020-11-03', to: '2020-11-13' }), data.ev, {
      asOf: '2020-11-13',
    });
    const out = articleTable(a);
    assert.match(out, /- supported under every reading \("small caps" has no stated cut-off/);
    assert.match(out, /reading 1: spread of \^RUT vs \^GSPC .*: supported, 1\.63 pp/);
    assert.match(out, /reading 2: spread of Lo 30 vs Hi 30 .*: supported, 1\.53 pp/);
  });
});
