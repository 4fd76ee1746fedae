import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { newsDayOf } from '../../../src/findings/article/news-day.ts';
import { prepareArticle, preparedLine } from '../../../src/findings/article/prepare.ts';
import { answerStatement } from '../../../src/findings/article/question-answer.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { findSizeGroups } from '../../../src/findings/article/size-groups.ts';
import { funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Fifty-sixth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close); French's from
// ../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv,
// compounded with awk.
const RUT = {
  jul9y2024: 2029.469970703125,
  jul10y2024: 2051.75,
  jul11y2024: 2125.0400390625,
  jul15y2024: 2187.02001953125,
  jul16y2024: 2263.669921875,
  jun28y2024: 2047.68994140625,
  dec29y2023: 2027.0699462890625,
  jan4y2022: 2268.8701171875, // the last close above Jul. 16, 2024's before it
  nov8y2016: 1195.1400146484375,
  nov10y2016: 1251.6099853515625,
  nov11y2016: 1282.3800048828125,
  nov5y2024: 2260.840087890625,
  nov6y2024: 2392.919921875,
  dec31y2014: 1204.699951171875,
  dec31y2024: 2230.159912109375,
};
const SPX = {
  jul9y2024: 5576.97998046875,
  jul16y2024: 5667.2001953125,
  jun28y2024: 5460.47998046875,
  dec29y2023: 4769.830078125,
  nov8y2016: 2139.56005859375,
  nov10y2016: 2167.47998046875,
  nov11y2016: 2164.449951171875,
  dec31y2014: 2058.89990234375,
  dec31y2024: 5881.6298828125,
};
const ALL = (text: string, ro: Parameters<typeof readArticle>[1]) =>
  readArticle(text, ro).flatMap((s) => s.claims.map((c) => c.readings[0]));
/** A wire story dated the day after the session it reports (July 17, 2024, a Wednesday). */
const WIRE =
  'Small caps surge\nBy Markets Desk | July 17, 2024\n\nNEW YORK - The Russell 2000 jumped 3.5% on Tuesday, its fifth straight gain, bringing its rise over the past five sessions to 11.5%, its best five-day run since April 2020.\n\nThe S&P 500 added 1.6% over the same stretch, leaving small caps ahead by nearly 10 percentage points.';
const JUL16 = { to: '2024-07-16', funds };

describe("the fifty-sixth round's readings", () => {
  it('a story dated the day after the session its first weekday names reads as of that session (was: its own date)', () => {
    const p = prepareArticle(WIRE);
    assert.deepEqual([p.to, p.morningOf, p.nextDay], ['2024-07-16', '2024-07-17', true]);
    assert.match(
      preparedLine(p),
      /a story of the session before its date .*read as of the close of 2024-07-16/,
    );
    // Its own day named ("Wednesday", "today"), or a weekday that is not the session before: its own date.
    assert.equal(
      newsDayOf('July 17, 2024\n\nThe index fell on Wednesday after jumping on Tuesday.', '2024-07-17'),
      undefined,
    );
    assert.equal(
      newsDayOf('July 17, 2024\n\nThe index rose 1% today, after a 3.5% jump on Tuesday.', '2024-07-17'),
      undefined,
    );
    assert.equal(newsDayOf('July 17, 2024\n\nThe index jumped on Monday.', '2024-07-17'), undefined);
    assert.equal(newsDayOf('Nov. 11, 2024\n\nThe index jumped on Friday.', '2024-11-11'), '2024-11-08'); // over a weekend
    // A day's wrap that names the day before only for an earlier move is its own day's.
    const wrap =
      'July 17, 2024\n\nSmall caps rallied, with the Russell 2000 up 2% in the session, after falling 1% on Tuesday.';
    assert.equal(newsDayOf(wrap, '2024-07-17'), undefined);
    assert.equal(
      newsDayOf('July 17, 2024\n\nOn Tuesday, the Russell 2000 jumped 3.5%.', '2024-07-17'),
      '2024-07-16',
    );
  });
  it('"jumped 3.5% on Tuesday, …, bringing its rise over the past five sessions to 11.5%": the five sessions to Tuesday (was: to the article\'s date)', () => {
    const rs = ALL(
      'The Russell 2000 jumped 3.5% on Tuesday, bringing its rise over the past five sessions to 11.5%.',
      { to: '2024-07-17', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'dates', from: '2024-07-15', to: '2024-07-16' },
        { kind: 'dates', from: '2024-07-09', to: '2024-07-16' },
      ],
    );
  });
  it('"… over the same stretch" after a day and the running total it brought: the total\'s sessions (was: the day)', () => {
    const rs = ALL(WIRE, { to: '2024-07-17', funds });
    assert.deepEqual(
      rs.slice(2).map((r) => [r.metric, r.window]),
      [
        ['return', { kind: 'dates', from: '2024-07-09', to: '2024-07-16' }],
        ['spread', { kind: 'dates', from: '2024-07-09', to: '2024-07-16' }],
      ],
    );
  });
  it('"The rally began on Thursday, when …. The index closed at 2,263.67": the close is the story\'s day, not the look-back\'s (was: Thursday)', () => {
    const rs = ALL(
      'The Russell 2000 jumped 3.5% on Tuesday. The rally began on Thursday, when a soft inflation report sent the Russell up 3.6%. The index closed at 2,263.67.',
      JUL16,
    );
    assert.deepEqual(rs[2].window, { kind: 'dates', from: '2024-07-15', to: '2024-07-16' });
  });
  it('"Tuesday\'s gain was its second of more than 3% in four sessions": a tally of days past 3%, its noun the one before (was: a return over the stretch)', () => {
    const [r] = ALL("Tuesday's gain was the Russell 2000's second of more than 3% in four sessions.", JUL16);
    assert.deepEqual(
      [r.metric, r.record?.tally, r.record?.direction],
      ['record', { hits: 2, of: 4, beyond: { pct: 3, inclusive: false } }, 'gain'],
    );
  });
  it('a podcast\'s "Episode 212, recorded Friday, Nov. 11, 2016" dates it (was: undated)', () => {
    assert.deepEqual(
      articleDate(
        'MARKETS WEEKLY PODCAST - TRANSCRIPT\nEpisode 212, recorded Friday, Nov. 11, 2016\n\nHOST: So.',
      ),
      {
        date: '2016-11-11',
        source: 'recorded Friday, Nov. 11, 2016',
      },
    );
  });
  it('"HOST: And the S&P? — JANE DOE: Around one percent.": a spoken short answer (was: no subject)', () => {
    assert.equal(answerStatement('And the S&P?', 'Around one percent.'), undefined); // "again" makes the question first
    const rs = ALL(
      "JANE DOE: I mean, the Russell's up about seven percent since Tuesday's close.\n\nHOST: And the S&P?\n\nJANE DOE: Around one percent.\n\nJANE DOE: So you're talking a gap of six points in three days.",
      { to: '2016-11-11', event: '2016-11-08', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated]),
      [
        ['return', ['^RUT'], 7],
        ['return', ['^GSPC'], 1],
        ['spread', ['^RUT', '^GSPC'], 6], // "a gap of six points": a number after a gap's "of" (was: an idiom)
      ],
    );
  });
  it('"…, and the index gained in each of the three days since the vote": a second tally in its own clause (was: said, not read)', () => {
    const rs = ALL(
      "The Russell 2000 is up 7.3% since Tuesday's close. It's the best week after an election since at least 1988, and the index gained in each of the three days since the vote.",
      { to: '2016-11-11', event: '2016-11-08', funds },
    );
    assert.deepEqual(
      rs.slice(1).map((r) => [r.metric, r.subjects, r.record?.words]),
      [
        ['record', ['^RUT'], 'the best week after an election since at least 1988'],
        ['record', ['^RUT'], 'in each of the three days'],
      ],
    );
  });
  it('"Friday alone was 2.5%": a day as the subject is the move of the index spoken of (was: no subject); the answer after a question takes its day', () => {
    const rs = ALL(
      "The Russell 2000 is up 7.3% since Tuesday's close. Friday alone was 2.5%, and the S&P was basically flat.",
      { to: '2016-11-11', event: '2016-11-08', funds },
    );
    assert.deepEqual(
      rs.slice(1).map((r) => [r.subjects, r.window]),
      [
        [['^RUT'], { kind: 'dates', from: '2016-11-10', to: '2016-11-11' }],
        [['^GSPC'], { kind: 'dates', from: '2016-11-10', to: '2016-11-11' }],
      ],
    );
    const qa = ALL(
      "It's the best week after an election since at least 1988.\n\nHOST: Friday alone was, what, two and a half percent?\n\nJANE DOE: Two and a half, yes, and the S&P was basically flat.",
      { to: '2016-11-11', event: '2016-11-08', funds },
    );
    assert.deepEqual(qa.at(-1)?.window, { kind: 'dates', from: '2016-11-10', to: '2016-11-11' }); // was: the week
  });
  it('"The Russell\'s Nov 6 jump (+5.8%)": the day the date names (was: the article\'s day)', () => {
    const [r] = ALL("The Russell's Nov 6 jump (+5.8%) was its best day since November 2022.", {
      to: '2024-11-11',
      event: '2024-11-05',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' });
  });
  it('"over the same span" after a day just named: the last stretch longer than a day (was: the day)', () => {
    const rs = ALL(
      "Nov 5 close → Nov 11 close:\n• Russell 2000: 2,260.84 → 2,434.98 (+7.7%)\n\nThe Russell's Nov 6 jump (+5.8%) was its best day since November 2022.\n\n$IWM +7.8% over the same span vs $SPY +3.8%.",
      { to: '2024-11-11', event: '2024-11-05', funds },
    );
    assert.deepEqual(
      rs.slice(2).map((r) => [r.subjects, r.window]),
      [
        [['IWM'], { kind: 'since', event: '2024-11-05', to: '2024-11-11' }],
        [['SPY'], { kind: 'since', event: '2024-11-05', to: '2024-11-11' }],
      ],
    );
  });
  it('"the bottom three deciles …, the top three": French\'s Lo 30 and Hi 30 (was: no subject)', () => {
    const hits = findSizeGroups('The bottom three deciles gained 10.78% as a group, the top three 6.52%.');
    assert.deepEqual(
      hits.map((h) => [h.subject.side, h.subject.fraction]),
      [
        ['small', 0.3],
        ['large', 0.3],
      ],
    );
    assert.deepEqual(
      findSizeGroups('the top two quintiles').map((h) => h.subject.fraction),
      [0.4],
    );
  });
  it('"over those three days": the last stretch of three sessions (was: since the event to the article\'s date)', () => {
    const rs = ALL(
      "In the three sessions after the election, the smallest decile rose 4.3%. The smallest decile's edge over those three days was a much slimmer 0.4 points.",
      { to: '2024-12-03', event: '2024-11-05', funds },
    );
    assert.deepEqual(rs.at(-1)?.window, { kind: 'sessions', event: '2024-11-05', sessions: 3 });
  });
  it('"7.7% annually" is an annual rate; "in the 10 years to the end of 2024" runs from Dec. 31, 2014', () => {
    const rs = ALL(
      'In 2024 the smallest 30% returned 7.7% annually. The Russell 2000 rose 85% in the 10 years to the end of 2024.',
      { to: '2025-01-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.conventions?.rate, r.window]),
      [
        ['annual', { kind: 'dates', from: '2023-12-31', to: '2024-12-31' }],
        [undefined, { kind: 'dates', from: '2014-12-31', to: '2024-12-31' }],
      ],
    );
  });
  it('"over the past 20 years" in the first half of January: the 20 years to the year just ended (was: to the article\'s day)', () => {
    const [jan, jun] = [
      ALL('Over the past 20 years the smallest 30% returned 7.7% annually.', { to: '2025-01-06', funds }),
      ALL('Over the past 20 years the smallest 30% returned 7.7% annually.', { to: '2025-06-06', funds }),
    ];
    assert.deepEqual(jan[0].window, { kind: 'dates', from: '2004-12-31', to: '2024-12-31' });
    assert.deepEqual(jun[0].window, { kind: 'dates', from: '2005-06-06', to: '2025-06-06' });
  });
  it('"That works out to about 6.4% a year for small caps and 11.1% for large caps": the indexes just named (was: ambiguous)', () => {
    const rs = ALL(
      'The Russell 2000 rose 85% in the 10 years to the end of 2024, while the S&P 500 nearly tripled. That works out to about 6.4% a year for small caps and 11.1% for large caps.',
      { to: '2025-01-06', funds },
    );
    assert.deepEqual(
      rs.slice(2).map((r) => [r.subjects, r.conventions?.rate]),
      [
        [['^RUT'], 'annual'],
        [['^GSPC'], 'annual'],
      ],
    );
  });
});

describe("the fifty-sixth round's fund selector (Nov. 30, 2020)", () => {
  const SELECTOR = { to: '2020-11-30', event: '2020-11-03', funds };
  it('"almost exactly matching the iShares Russell 2000 ETF (IWM) at 13.0%": IWM\'s own number (was: IJR\'s)', () => {
    const rs = ALL(
      'Since the Nov. 3 election, the iShares Core S&P Small-Cap ETF (IJR) has returned 12.9%, almost exactly matching the iShares Russell 2000 ETF (IWM) at 13.0%.',
      SELECTOR,
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated]),
      [
        ['return', ['IJR'], 12.9],
        ['return', ['IWM'], 13],
      ],
    );
  });
  it('"VB, which holds bigger companies, trailed with 11.3%": its own return (was: compared with nothing)', () => {
    const [r] = ALL(
      "Vanguard's Small-Cap ETF (VB), which holds bigger companies, trailed with 11.3%.",
      SELECTOR,
    );
    assert.deepEqual([r.metric, r.subjects, r.stated], ['return', ['VB'], 11.3]);
  });
  it('"For the month, IWM gained 18.2%" at the month\'s end, after a stretch since a vote in the same month: the calendar month (was: since the vote)', () => {
    const rs = ALL('IWN rose 13.1% since the election. For the month, IWM gained 18.2%.', SELECTOR);
    assert.deepEqual(rs[1].window, { kind: 'month-to-date', month: '2020-11', to: '2020-11-30' });
    // Early in the next month a stretch of about a month since the news is still "the month" spoken of.
    const dec = ALL('IWN rose 13.1% since the election. For the month, IWM gained 18.2%.', {
      ...SELECTOR,
      to: '2020-12-04',
    });
    assert.deepEqual(dec[1].window, { kind: 'since', event: '2020-11-03', to: '2020-12-04' });
  });
  it('"its best month since it launched in 2000", "… since it began trading": on record (was: no record)', () => {
    const rs = ALL(
      'IWM gained 18.2% in November, its best month since it launched in 2000. IWM gained 18.2% in November, its best month since it began trading in 2000.',
      SELECTOR,
    );
    assert.deepEqual(
      rs.map((r) => [r.record?.kind, r.record?.period]),
      [
        ['best-on-record', 'month'],
        ['best-on-record', 'month'],
      ],
    );
  });
  it('"Russell 2000: +7.7%, S&P 500: +3.8%": each label\'s colon names its number (was: both the Russell 2000\'s)', () => {
    const rs = ALL('Russell 2000: +7.7%, S&P 500: +3.8%.', { to: '2024-11-11', event: '2024-11-05', funds });
    assert.deepEqual(
      rs.map((r) => [r.subjects, r.stated]),
      [
        [['^RUT'], 7.7],
        [['^GSPC'], 3.8],
      ],
    );
  });
  it('"the Fund\'s Institutional shares returned 27.4%": a commentary\'s own fund, said so (was: "is a company")', () => {
    const [s] = readArticle(
      "During the fourth quarter, the Fund's Institutional shares returned 27.4%, trailing the Russell 2000 Index, which gained 31.4%.",
      { to: '2021-01-15', funds },
    );
    assert.match(
      s.reason ?? '',
      /"Fund's Institutional" is the commentary's own fund: capgap holds no prices for it/,
    );
    assert.deepEqual(
      s.claims.map((c) => [c.readings[0].subjects, c.readings[0].stated]),
      [[['^RUT'], 31.4]],
    );
  });
  it('"Russell just did +5.8% in a single session": the bare "Russell" before an adverb and a verb of its move (was: no subject)', () => {
    const [r] = ALL('Russell just did +5.8% in a single session.', {
      to: '2024-11-06',
      event: '2024-11-05',
      funds,
    });
    assert.deepEqual([r.subjects, r.stated], [['^RUT'], 5.8]);
  });
  it('"The Russell 2000 closed November at a record 2,434.73?": a question, its number\'s comma no clause break (was: a claim)', () => {
    const [s] = readArticle('The Russell 2000 closed November at a record 2,434.73?', {
      to: '2024-11-29',
      funds,
    });
    assert.deepEqual([s.status, s.claims.length], ['not a quantitative claim', 0]);
  });
});

const FACTSHEET =
  '# iShares Russell 2000 ETF (IWM)\n\nFact sheet as of 11/30/2024\n\n## Performance as of 11/30/2024 (%)\n\n| | 1 Month | 3 Months | YTD | 1 Year | 3 Years | 5 Years |\n|---|---|---|---|---|---|---|\n| Market price | 11.07 | 10.28 | 21.56 | 36.30 | 4.92 | 9.79 |\n\nReturns for periods longer than one year are annualized.';

describe("the fifty-sixth round's factsheet", () => {
  it('a heading a blank line above a table is its caption ("(%)"); the "Market price" row is the page\'s fund; periods longer than a year are annual rates under the note; "1 Month" as of a month\'s end runs from the month-end before', () => {
    const p = prepareArticle(FACTSHEET);
    const rs = ALL(p.text, { to: p.to, funds });
    assert.equal(p.to, '2024-11-30');
    assert.deepEqual(
      rs.map((r) => [r.subjects, r.stated, r.window.kind === 'dates' && r.window.from, r.conventions?.rate]),
      [
        [['IWM'], 11.07, '2024-10-31', undefined],
        [['IWM'], 10.28, '2024-08-31', undefined],
        [['IWM'], 21.56, '2023-12-31', undefined],
        [['IWM'], 36.3, '2023-11-30', undefined],
        [['IWM'], 4.92, '2021-11-30', 'annual'],
        [['IWM'], 9.79, '2019-11-30', 'annual'],
      ],
    );
  });
  it('without the note, "3 Years" stays a return over the three years', () => {
    const p = prepareArticle(
      FACTSHEET.replace('Returns for periods longer than one year are annualized.', ''),
    );
    assert.equal(ALL(p.text, { to: p.to, funds })[4].conventions?.rate, undefined);
  });
});

describe("the fifty-sixth round's weekly wrap (Dec. 13, 2024)", () => {
  const WRAP = { to: '2024-12-13', event: '2024-11-05', funds };
  it('"fell 2.6% over the five sessions" a month after the vote: the last five sessions (was: the first five after it)', () => {
    const [r] = ALL(
      'The Russell 2000 fell 2.6% over the five sessions, its second straight weekly decline.',
      WRAP,
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-12-06', to: '2024-12-13' });
    // A week after the vote the five sessions are still the first five after it.
    const [near] = ALL('IWM returned 5.9% over the five sessions.', { ...WRAP, to: '2024-11-13' });
    assert.deepEqual(near.window, { kind: 'sessions', event: '2024-11-05', sessions: 5 });
  });
  it('"From its Nov. 25 record close of 2,442.03, … down 3.9%": the close is claimed a record (was: no record), and the base stays Nov. 25', () => {
    const rs = ALL('From its Nov. 25 record close of 2,442.03, the Russell 2000 is now down 3.9%.', WRAP);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.record?.kind, r.window]),
      [
        ['level', 'best-on-record', { kind: 'dates', from: '2024-11-25', to: '2024-11-25' }],
        ['return', undefined, { kind: 'dates', from: '2024-11-25', to: '2024-12-13' }],
      ],
    );
    // With no level after them the words only name the base: "3.9% below its Nov. 25 record close".
    const [d] = ALL('The Russell 2000 is 3.9% below its Nov. 25 record close.', WRAP);
    assert.deepEqual([d.metric, d.record], ['distance', undefined]);
  });
});

describe("the fifty-sixth round's claims, checked (embedded data)", { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('the next-day story: 3.5% on Tuesday, 11.5% over five sessions to it, the S&P 500 1.6% over them, nearly 10 points between', async () => {
    const ev = data.ev;
    const p = prepareArticle(WIRE);
    const rs = await checkedReadings(ev, p.text, { to: p.to, funds });
    const [day, five, spx] = [
      pctOf(RUT.jul15y2024, RUT.jul16y2024),
      pctOf(RUT.jul9y2024, RUT.jul16y2024),
      pctOf(SPX.jul9y2024, SPX.jul16y2024),
    ];
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported', 'supported'],
    );
    near(rs[0].computed?.value, day, 1e-6);
    near(rs[1].computed?.value, five, 1e-6);
    near(rs[2].computed?.value, spx, 1e-6);
    near(rs[3].computed?.value, five - spx, 1e-6);
  });
  it('as of Tuesday: up 11.7% for the year (18.8% for the S&P 500), 10.5% since June, and the close its highest since January 2022', async () => {
    const ev = data.ev;
    const rs = await checkedReadings(
      ev,
      'The Russell 2000 is now up 11.7% for the year, against 18.8% for the S&P 500. Since the end of June, the Russell 2000 has gained 10.5%, the S&P 500 3.8%. The index closed at 2,263.67, its highest close since January 2022.',
      { ...JUL16, to: prepareArticle(WIRE).to },
    );
    const want = [
      pctOf(RUT.dec29y2023, RUT.jul16y2024),
      pctOf(SPX.dec29y2023, SPX.jul16y2024),
      pctOf(RUT.jun28y2024, RUT.jul16y2024),
      pctOf(SPX.jun28y2024, SPX.jul16y2024),
    ];
    for (const [i, r] of rs.slice(0, 4).entries()) near(r.computed?.value, want[i], 1e-6);
    // The record stops at Jan. 4, 2022's close, RUT.jan4y2022.
    assert.match(rs[4].record?.line ?? '', /highest since 2022-01-04, when it was 2,268\.87/);
    assert.deepEqual(
      rs.map((r) => [r.verdict, r.record?.verdict]),
      [
        ['supported', undefined],
        ['supported', undefined],
        ['supported', undefined],
        ['supported', undefined],
        ['supported', 'supported'],
      ],
    );
  });
  it('"its second of more than 3% in four sessions": July 11 (+3.57%) and July 16 (+3.50%) of the four to Tuesday', async () => {
    const ev = data.ev;
    const days = [
      pctOf(RUT.jul10y2024, RUT.jul11y2024),
      pctOf(RUT.jul11y2024, 2148.27001953125),
      pctOf(2148.27001953125, RUT.jul15y2024),
      pctOf(RUT.jul15y2024, RUT.jul16y2024),
    ];
    const [r] = await checkedReadings(
      ev,
      "Tuesday's gain was the Russell 2000's second of more than 3% in four sessions.",
      JUL16,
    );
    assert.equal(r.verdict, 'supported');
    // Two of the four sessions' moves, by hand, are past 3%; the record line counts as many.
    assert.match(
      r.record?.line ?? r.line ?? '',
      new RegExp(`${days.filter((d) => d > 3).length} of the 4 days`),
    );
  });
  it("the podcast: 7.3% since Tuesday's close, the S&P 500 about 1%, six points between; Friday 2.5% and the S&P 500 flat", async () => {
    const ev = data.ev;
    const rs = await checkedReadings(
      ev,
      "JANE DOE: I mean, the Russell's up about seven percent since Tuesday's close.\n\nHOST: And the S&P?\n\nJANE DOE: Around one percent.\n\nJANE DOE: So you're talking a gap of six points in three days.\n\nHOST: Friday alone was, what, two and a half percent?\n\nJANE DOE: Two and a half, yes, and the S&P was basically flat.",
      { to: '2016-11-11', event: '2016-11-08', funds },
    );
    const [rut, spx] = [pctOf(RUT.nov8y2016, RUT.nov11y2016), pctOf(SPX.nov8y2016, SPX.nov11y2016)];
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported', 'supported'],
    );
    near(rs[0].computed?.value, rut, 1e-6);
    near(rs[1].computed?.value, spx, 1e-6);
    near(rs[2].computed?.value, rut - spx, 1e-6);
    near(rs[3].computed?.value, pctOf(SPX.nov10y2016, SPX.nov11y2016), 1e-6);
  });
  it('"The Russell\'s Nov 6 jump (+5.8%)": Nov. 6, 2024\'s 5.84%', async () => {
    const ev = data.ev;
    const [r] = await checkedReadings(
      ev,
      "The Russell's Nov 6 jump (+5.8%) was its best day since November 2022.",
      {
        to: '2024-11-11',
        event: '2024-11-05',
        funds,
      },
    );
    near(r.computed?.value, pctOf(RUT.nov5y2024, RUT.nov6y2024), 1e-6);
    assert.equal(r.verdict, 'supported');
  });
  it('"Since 1926, the smallest 10% … about 12% a year": French\'s daily Lo 10 from its first return (was: the window starts before the data)', async () => {
    const ev = data.ev;
    const [lo, hi] = await checkedReadings(
      ev,
      'Since 1926, the smallest 10% of US stocks have returned about 12% a year, against 9.9% a year for the largest 10%.',
      { to: '2025-01-06', funds }, // the op-ed's date
    );
    // awk: the product of (1 + r/100) over every row to 2025-01-06: 64,009.862607 (Lo 10), 10,509.530983 (Hi 10).
    const days = (Date.parse('2025-01-06') - Date.parse('1926-06-30')) / 864e5;
    const rate = (g: number) => (g ** (365.25 / days) - 1) * 100;
    near(lo.computed?.value, rate(64009.862607), 1e-4);
    near(hi.computed?.value, rate(10509.530983), 1e-4);
    assert.deepEqual([lo.verdict, hi.verdict], ['supported', 'supported']);
    assert.match(lo.line ?? '', /the data begin with the return after the 1926-06-30 close/);
  });
  it('a window from before the year the data begin still cannot be checked', async () => {
    const ev = data.ev;
    const [r] = await checkedReadings(
      ev,
      'Since 1925, the smallest 10% of US stocks have returned about 12% a year.',
      {
        to: '2024-12-31',
        funds,
      },
    );
    assert.equal(r.verdict, 'cannot check');
  });
  it('the fund selector: IJR 12.9% and IWM 13.0% since the vote, VB 11.3%; IWM 18.2% in November, its best month on record', async () => {
    const rs = await checkedReadings(
      data.ev,
      'Since the Nov. 3 election, the iShares Core S&P Small-Cap ETF (IJR) has returned 12.9%, almost exactly matching the iShares Russell 2000 ETF (IWM) at 13.0%. VB trailed with 11.3%. For the month, IWM gained 18.2%, its best month since it launched in 2000.',
      { to: '2020-11-30', event: '2020-11-03', funds },
    );
    // Adjusted closes, Nov. 3 → Nov. 30, 2020: IJR 75.39 → 85.14 and VB 163.48 → 181.90 (alphavantage, to the
    // cent); IWM 151.15000915527344 → 170.75120544433594, from 144.40554809570312 on Oct. 30 (yfinance).
    near(rs[0].computed?.value, pctOf(75.39, 85.14), 0.01);
    near(rs[1].computed?.value, pctOf(151.15000915527344, 170.75120544433594), 1e-6);
    near(rs[2].computed?.value, pctOf(163.48, 181.9), 0.01);
    near(rs[3].computed?.value, pctOf(144.40554809570312, 170.75120544433594), 1e-6);
    assert.deepEqual(
      rs.map((r) => [r.verdict, r.record?.verdict]),
      [
        ['supported', undefined],
        ['supported', undefined],
        ['supported', undefined],
        ['supported', 'supported'],
      ],
    );
  });
  it("the factsheet: IWM's adjusted closes give each cell (1 month from Oct. 31, 3 and 5 years a year)", async () => {
    const p = prepareArticle(FACTSHEET);
    const rs = await checkedReadings(data.ev, p.text, { to: p.to, funds });
    // yfinance adjusted closes of IWM: 2019-11-29 150.36630249023438, 2021-11-30 207.76239013671875, 2023-11-30
    // 176.03961181640625, 2023-12-29 197.3864898681641, 2024-08-30 217.59100341796875, 2024-10-31
    // 216.0319061279297, 2024-11-29 239.95057678222656.
    const end = 239.95057678222656;
    const rate = (from: number, days: number) => ((end / from) ** (365.25 / days) - 1) * 100;
    near(rs[0].computed?.value, pctOf(216.0319061279297, end), 1e-6);
    near(rs[1].computed?.value, pctOf(217.59100341796875, end), 1e-6);
    near(rs[2].computed?.value, pctOf(197.3864898681641, end), 1e-6);
    near(rs[3].computed?.value, pctOf(176.03961181640625, end), 1e-6);
    near(rs[4].computed?.value, rate(207.76239013671875, 1095), 1e-6); // 2021-11-30 → 2024-11-29
    near(rs[5].computed?.value, rate(150.36630249023438, 1827), 1e-6); // 2019-11-29 → 2024-11-29
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported', 'supported', 'supported', 'supported'],
    );
  });
  it('"its Nov. 25 record close of 2,442.03": the right close, but 2,442.74 (Nov. 8, 2021) was higher: not supported', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'From its Nov. 25 record close of 2,442.03, the Russell 2000 is now down 3.9%.',
      { to: '2024-12-13', event: '2024-11-05', funds },
    );
    // ^RUT's closes: 2,442.739990234375 on 2021-11-08 above 2,442.030029296875 on 2024-11-25.
    assert.match(r.record?.line ?? '', /highest since 2021-11-08, when it was 2,442\.74/);
    assert.deepEqual([r.verdict, r.record?.verdict], ['not supported', 'not supported']);
  });
  it("the op-ed's decade: the Russell 2000 +85% and the S&P 500 nearly tripled, 6.4% and 11.1% a year", async () => {
    const ev = data.ev;
    const rs = await checkedReadings(
      ev,
      'The Russell 2000 rose 85% in the 10 years to the end of 2024, while the S&P 500 nearly tripled. That works out to about 6.4% a year for small caps and 11.1% for large caps.',
      { to: '2025-01-06', funds },
    );
    const [rut, spx] = [RUT.dec31y2024 / RUT.dec31y2014, SPX.dec31y2024 / SPX.dec31y2014];
    const perYear = (g: number) => (g ** (365.25 / 3653) - 1) * 100;
    near(rs[0].computed?.value, (rut - 1) * 100, 1e-6);
    near(rs[2].computed?.value, perYear(rut), 1e-6);
    near(rs[3].computed?.value, perYear(spx), 1e-6);
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported', 'supported'],
    );
  });
});
