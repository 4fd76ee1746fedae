import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { inferEvent } from '../../../src/findings/article/event-infer.ts';
import { questionReason } from '../../../src/findings/article/modality.ts';
import { prepareArticle } from '../../../src/findings/article/prepare.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { splitSentences } from '../../../src/findings/article/split.ts';
import { isCsv } from '../../../src/findings/article/table-cells.ts';
import { findWindows } from '../../../src/findings/article/windows.ts';
import { checkArticle } from '../../../src/findings/check-article.ts';
import { sameClose } from '../../../src/findings/evaluate-join.ts';
import { firsts, funds, near, pctOf, rawArticle } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { agree, checkedPasted, checkedReadings } from '../../helpers/first-verdict.ts';

// Fifty-eighth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close); the smallest 30%'s November
// 2024 from ../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_monthly_vintage202602.CSV (value
// weighted, Lo 30: 10.78).
const RUT = {
  nov8y2021: 2442.739990234375, // the record close until Sept. 2025
  nov9y2022: 1760.4000244140625,
  nov10y2022: 1867.9300537109373,
  nov30y2023: 1809.02001953125,
  dec29y2023: 2027.0699462890625,
  oct31: 2196.64990234375,
  nov1: 2210.1298828125,
  nov4: 2219.030029296875,
  nov5: 2260.840087890625,
  nov6: 2392.919921875,
  nov7: 2382.68994140625,
  nov8: 2399.639892578125,
  nov29: 2434.72998046875,
  dec2: 2434.139892578125,
  dec31: 2230.159912109375,
  apr2y2025: 2045.3599853515625,
  apr3y2025: 1910.550048828125,
  apr4y2025: 1827.030029296875,
  // The fund report's and the year-in-review post's.
  oct31y2023: 1662.280029296875,
  nov13y2023: 1705.5, // the last close below April 8, 2025's
  apr30y2024: 1973.9100341796875,
  dec17: 2334.080078125,
  dec18: 2231.510009765625,
  jan31y2025: 2287.68994140625,
  apr8y2025: 1760.7099609375,
  apr30y2025: 1964.1199951171875,
  nov25: 2442.030029296875, // the post-election peak
  jan2y2025: 2231.669921875,
};
const SPX = {
  oct31: 5705.4501953125,
  nov1: 5728.7998046875,
  nov4: 5712.68994140625,
  nov5: 5782.759765625,
  nov6: 5929.0400390625,
  nov7: 5973.10009765625,
  nov8: 5995.5400390625,
  nov29: 6032.3798828125,
  dec2: 6047.14990234375,
  dec31: 5881.6298828125,
  apr2y2025: 5670.97021484375,
  apr3y2025: 5396.52001953125,
  apr4y2025: 5074.080078125,
  dec29y2023: 4769.830078125,
  apr30y2025: 5569.06005859375,
};
const LO30_NOV2024 = 10.78;
const RAW = rawArticle;
const NOV7 = { to: '2024-11-07', event: '2024-11-05', funds };
/** A strategist's year-in-review post as pasted (undated, as a feed shows it: "1d"). */
const POST = [
  'Jane Lee • 1st',
  '1d • 🌐',
  '',
  '2024 in small caps, in 5 numbers 👇',
  '',
  "1️⃣ +10.0%: the Russell 2000's price return for the year, vs +23.3% for the S&P 500.",
  '2️⃣ 13.3 ppts: the gap.',
  "3️⃣ +10.8%: November, the index's best month of the year 🚀",
  '4️⃣ -4.4%: Dec. 18, Fed day, its worst day of the year 📉',
  '5️⃣ -8.4%: December, which gave back most of the post-election gains.',
].join('\n');
/** Dated by hand; the event the CLI infers from its "post-election" (the 2024 vote). */
const POST_O = { to: '2025-01-02', event: '2024-11-05', funds };
/** An assistant's answer pasted as Markdown (undated; the event its words name, Nov. 3, 2020). */
const ANSWER = [
  '**You:** how did small caps do after the 2020 election?',
  '',
  '**Assistant:**',
  '',
  "Here's a summary of how U.S. small-cap stocks performed after the **November 3, 2020** presidential election.",
  '',
  '- **Russell 2000:** +18.3% in November 2020, its best month on record [1]',
  '- **Pfizer vaccine day (Nov. 9, 2020):** the Russell 2000 jumped 3.4%, versus 1.2% for the S&P 500 [2]',
  '',
  '### From the election to month-end',
  '',
  '| Index | Nov. 3 close | Nov. 30 close | Change |',
  '|---|---|---|---|',
  '| Russell 2000 | 1,614.30 | 1,819.82 | +12.7% |',
  '| S&P 500 | 3,369.16 | 3,621.63 | +7.5% |',
  '',
  'In other words, small caps beat large caps by roughly 5 percentage points from the election to the end of November.',
].join('\n');
/** November 2020's closes (the same files as above). */
const NOV2020 = {
  rut: {
    oct30: 1538.47998046875,
    nov3: 1614.300048828125,
    nov6: 1648.260009765625,
    nov9: 1705.0400390625,
    nov30: 1819.8199462890625,
  },
  spx: {
    oct30: 3269.9599609375,
    nov3: 3369.159912109375,
    nov6: 3509.43994140625,
    nov9: 3550.5,
    nov30: 3621.6298828125,
  },
};
const NOV8 = { to: '2024-11-08', event: '2024-11-05', funds };

describe("the fifty-eighth round's readings", () => {
  it('a press release\'s dateline: "NEW YORK, Dec. 2, 2024 /PRNewswire/ --" (was: undated, every claim needing --to)', () => {
    assert.deepEqual(
      articleDate('FOR IMMEDIATE RELEASE\n\nNEW YORK, Dec. 2, 2024 /PRNewswire/ -- Northfield …'),
      {
        date: '2024-12-02',
        source: 'NEW YORK, Dec. 2, 2024 /PRNewswire/',
      },
    );
    // A handle's underscore stays in the words quoted (Markdown's emphasis marks still go).
    assert.equal(
      articleDate('Posted by u/rut_bull · Nov 7, 2024\n\nText.')?.source,
      'Posted by u/rut_bull · Nov 7, 2024',
    );
    assert.equal(articleDate('**Updated Nov. 10, 2016**\n\nText.')?.source, 'Updated Nov. 10, 2016');
  });

  it('a chat\'s lower-case line is no headline and runs on past "SPX. for" (was: one headline, nothing read)', () => {
    const text =
      'Priya Raman  4:41 PM\nquick check\n\nso RUT +6.1% from the 5th to today vs +3.7% for SPX. for the week RUT +8.6%, SPX +4.7%\n\nnice.';
    assert.deepEqual(
      splitSentences(text).map((p) => [p.form, p.text]),
      [
        ['sentence', 'Priya Raman  4:41 PM'],
        ['sentence', 'quick check'],
        ['sentence', 'so RUT +6.1% from the 5th to today vs +3.7% for SPX.'],
        ['sentence', 'for the week RUT +8.6%, SPX +4.7%'],
        ['sentence', 'nice.'],
      ],
    );
    // A capitalised headline alone on its line is still one; so is a line of a brand ("iShares …").
    assert.equal(splitSentences('Small caps soar\n\nThe index rose 7.2%.')[0].form, 'headline');
    assert.equal(splitSentences('iShares Russell 2000 ETF\n\nIt rose 7.2%.')[0].form, 'headline');
  });

  it('"from the 5th to today", "from the 5th to the 8th", "since the 5th": days of the article\'s month (was: no window)', () => {
    const o = { to: '2024-11-08' };
    const w = (s: string) => findWindows(s, o).map((h) => h.window);
    assert.deepEqual(w('RUT +6.1% from the 5th to today'), [
      { kind: 'dates', from: '2024-11-05', to: '2024-11-08' },
    ]);
    assert.deepEqual(w('RUT +6.1% from the 5th to the 8th'), [
      { kind: 'dates', from: '2024-11-05', to: '2024-11-08' },
    ]);
    assert.deepEqual(w('RUT is up 6.1% from Nov. 5 to today'), [
      { kind: 'dates', from: '2024-11-05', to: '2024-11-08' },
    ]);
    assert.deepEqual(w('RUT is up 6.1% since the 5th'), [
      { kind: 'since', event: '2024-11-05', to: '2024-11-08' },
    ]);
    // Not an ordinal that counts: "from the 5th straight loss", "since the 2nd quarter".
    assert.deepEqual(w('It fell from the 5th straight loss'), []);
  });

  it("a table pasted as comma-separated values: each cell its row's close (was: lines with no number to check)", () => {
    assert.equal(isCsv('date,RUT,SPX'), true);
    assert.equal(isCsv('2024-11-05,2260.84,5782.76'), true);
    // A number's thousands separator, or a sentence's commas, make no cells.
    assert.equal(isCsv('rose to 2,434.73'), false);
    assert.equal(isCsv('Russell 2000, S&P 500'), false);
    const cs = firsts(
      'closes:\n\ndate,RUT,SPX\n2024-11-05,2260.84,5782.76\n2024-11-06,2392.92,5929.04',
      NOV8,
    );
    assert.deepEqual(
      cs.map((c) => [c.metric, c.subjects, c.stated, c.window]),
      [
        ['level', ['^RUT'], 2260.84, { kind: 'dates', from: '2024-11-04', to: '2024-11-05' }],
        ['level', ['^GSPC'], 5782.76, { kind: 'dates', from: '2024-11-04', to: '2024-11-05' }],
        ['level', ['^RUT'], 2392.92, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' }],
        ['level', ['^GSPC'], 5929.04, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' }],
      ],
    );
  });

  it('"still like 2% off its 2021 ATH": a distance below the all-time high, "like" an approximate word (was: a return since the election)', () => {
    const [c] = firsts('fwiw the R2K is still like 2% off its 2021 ATH.', NOV7);
    assert.deepEqual(
      [c.metric, c.subjects, c.stated, c.comparator.kind, c.extreme?.side, c.extreme?.from],
      ['distance', ['^RUT'], -2, 'approx', 'high', '2021-01-01'],
    );
  });

  it('a forum title that asks after its label: "R2K post-elex: best day in 2 years??" (was: a record checked on the post\'s day)', () => {
    assert.match(questionReason('R2K post-elex: best day in 2 years??') ?? '', /a question/);
    // A statement before the question states ("Small caps rose 5%: can it last?").
    assert.equal(questionReason('Small caps rose 5%: can it last?'), undefined);
    assert.equal(inferEvent('So the R2K ripped 5.8% yesterday post-elex.', '2024-11-07')?.date, '2024-11-05');
  });

  it("\"haven't had a day like this since Nov 2022 (the CPI day, +6.1%)\": a record of the day before; the bracket's number is not the day's (was: a 6.1% return from Oct. 31, 2022)", () => {
    const [, s] = readArticle(
      "The R2K ripped 5.8% yesterday. Small caps haven't had a day like this since Nov 2022 (the CPI day, +6.1%).",
      NOV7,
    );
    const r = s.claims[0].readings[0];
    assert.deepEqual(
      [s.claims.length, r.metric, r.window, r.record?.period, r.record?.sinceMonth, r.record?.direction],
      [1, 'record', { kind: 'dates', from: '2024-11-05', to: '2024-11-06' }, 'day', '2022-11', 'gain'],
    );
    assert.match(s.reason ?? '', /the value of the day the record's run goes back to/);
    // After a fall, "a day like this" is a worst.
    const [, f] = readArticle(
      "The Russell 2000 fell 4.4% on Friday. Small caps haven't had a day like this since 2020.",
      { to: '2025-04-04', funds },
    );
    assert.equal(f.claims[0].readings[0].record?.direction, 'loss');
    // With the day named, the bracket's number is that day's move.
    const [, g] = firsts('The R2K ripped 5.8% yesterday, its best day since Nov. 10, 2022 (+6.1%).', NOV7);
    assert.deepEqual(g.window, { kind: 'dates', from: '2022-11-09', to: '2022-11-10' });
  });

  it('"wiped more than $5 trillion off the value of U.S. stocks" is a market value, no flow (was: a flow of small-cap ETFs)', () => {
    const [s] = readArticle(
      'U.S. stocks fell on Friday, extending a two-day rout that has wiped more than $5 trillion off the value of U.S. stocks.',
      { to: '2025-04-04', funds },
    );
    assert.equal(s.claims.length, 0);
    assert.match(s.reason ?? '', /not a flow \(off the value\)/);
  });

  it('a slide\'s list labelled by periods alone takes the subject before: "• December 2023: +12.1%" (was: no subject)', () => {
    const cs = firsts(
      "Slide 3\nNovember 2024 was the Russell 2000's best month since December 2023\n• November 2024: +10.8% (price return)\n• December 2023: +12.1%",
      { to: '2024-11-29', funds },
    );
    assert.deepEqual(
      cs.slice(1).map((c) => [c.subjects, c.stated, c.window]),
      [
        [['^RUT'], 10.8, { kind: 'month', month: '2024-11' }],
        [['^RUT'], 12.1, { kind: 'month', month: '2023-12' }],
      ],
    );
  });

  it('keycap emoji are list marks, and a list\'s dash is no minus: "4️⃣ -4.4%: Dec. 18, …", "- -4.4%: …" (was: one run-on sentence; 4.4% up)', () => {
    const cs = firsts(POST, POST_O);
    assert.deepEqual(
      cs.map((c) => [c.metric, c.subjects, c.stated, c.window]),
      [
        ['return', ['^RUT'], 10, { kind: 'dates', from: '2023-12-31', to: '2024-12-31' }],
        ['return', ['^GSPC'], 23.3, { kind: 'dates', from: '2023-12-31', to: '2024-12-31' }],
        ['spread', ['^GSPC', '^RUT'], 13.3, { kind: 'dates', from: '2023-12-31', to: '2024-12-31' }],
        ['return', ['^RUT'], 10.8, { kind: 'month', month: '2024-11' }],
        ['return', ['^RUT'], -4.4, { kind: 'dates', from: '2024-12-17', to: '2024-12-18' }],
        ['return', ['^RUT'], -8.4, { kind: 'month', month: '2024-12' }],
        ['ratio', ['^RUT'], 0.5, { kind: 'since', event: '2024-11-05', to: '2025-01-02' }],
      ],
    );
  });

  it('a fund report\'s periods: "for the six-month period ended April 30, 2025" (month end to month end), "from the end of January through April 8" (was: none, and a wrong end)', () => {
    const o = { to: '2025-04-30' };
    const w = (t: string) => findWindows(t, o).map((h) => h.window);
    assert.deepEqual(w('For the six-month period ended April 30, 2025, it fell.'), [
      { kind: 'dates', from: '2024-10-31', to: '2025-04-30' },
    ]);
    assert.deepEqual(w('In the six months ended April 30, 2025, it fell.'), [
      { kind: 'dates', from: '2024-10-31', to: '2025-04-30' }, // was from Oct. 30
    ]);
    assert.deepEqual(w('It lost 23.0% from the end of January through April 8.'), [
      { kind: 'dates', from: '2025-01-31', to: '2025-04-08' },
    ]);
    assert.deepEqual(w('It fell 21% from the end of 2024 to April 8.'), [
      { kind: 'dates', from: '2024-12-31', to: '2025-04-08' },
    ]);
  });

  it('a fund\'s benchmark named in apposition is its number\'s subject, and a later bare "the benchmark" is that index (was: no subject; the S&P 500)', () => {
    const cs = firsts(
      "In the six months ended April 30, 2025, the Fund's Institutional shares returned -10.9%, compared with -10.6% for its benchmark, the Russell 2000 Index, and -2.4% for the S&P 500 Index. For the fiscal year ended October 31, 2024, the benchmark returned 32.2%.",
      { to: '2025-04-30', funds },
    );
    assert.deepEqual(
      cs.map((c) => [c.subjects, c.stated]),
      [
        [['^RUT'], -10.6],
        [['^GSPC'], -2.4],
        [['^RUT'], 32.2],
      ],
    );
    // With no benchmark declared, "the benchmark" is still the broad index named last.
    const [, plain] = firsts('The S&P 500 rose 2% in 2024. The benchmark returned 23.3% in 2024.', {
      to: '2025-01-02',
    });
    assert.deepEqual(plain.subjects, ['^GSPC']);
  });

  it('a table\'s caption "Average annual returns (%) as of April 30, 2025" a blank line above its header gives its unit and its rates a year (was: cells with no unit)', () => {
    const cs = firsts(
      'Intro.\n\nAverage annual returns (%) as of April 30, 2025\n\n                     6 months    1 year    5 years\nRussell 2000 Index     -10.59     -0.50       8.43',
      { to: '2025-04-30', funds },
    );
    assert.deepEqual(
      cs.map((c) => [c.stated, c.window, c.conventions?.rate]),
      [
        [-10.59, { kind: 'dates', from: '2024-10-31', to: '2025-04-30' }, undefined],
        [-0.5, { kind: 'dates', from: '2024-04-30', to: '2025-04-30' }, undefined],
        [8.43, { kind: 'dates', from: '2020-04-30', to: '2025-04-30' }, 'annual'],
      ],
    );
  });

  it('an assistant\'s answer: a label\'s bracketed date, "from the election to the end of November" (and "to month-end"), a "Change" column between two dated closes (was: the month carried, a span from Dec. 31, 2019, no end)', () => {
    const o = { event: '2020-11-03', funds };
    const cs = firsts(prepareArticle(ANSWER).text, o);
    const since = { kind: 'since', event: '2020-11-03', to: '2020-11-30' };
    assert.deepEqual(
      cs.map((c) => [c.metric, c.subjects, c.stated, c.window]),
      [
        ['return', ['^RUT'], 18.3, { kind: 'month', month: '2020-11' }],
        ['return', ['^RUT'], 3.4, { kind: 'dates', from: '2020-11-06', to: '2020-11-09' }],
        ['return', ['^GSPC'], 1.2, { kind: 'dates', from: '2020-11-06', to: '2020-11-09' }],
        ['level', ['^RUT'], 1614.3, { kind: 'dates', from: '2020-11-02', to: '2020-11-03' }],
        ['level', ['^RUT'], 1819.82, { kind: 'dates', from: '2020-11-27', to: '2020-11-30' }],
        ['return', ['^RUT'], 12.7, since], // from the event's own close
        ['level', ['^GSPC'], 3369.16, { kind: 'dates', from: '2020-11-02', to: '2020-11-03' }],
        ['level', ['^GSPC'], 3621.63, { kind: 'dates', from: '2020-11-27', to: '2020-11-30' }],
        ['return', ['^GSPC'], 7.5, since], // from the event's own close
        ['spread', ['^RUT', '^GSPC'], 5, since],
      ],
    );
    assert.deepEqual(
      findWindows('It rose 12.7% from the election to month-end.', o).map((h) => h.window),
      [since],
    );
  });

  it("\"up almost six percent since yesterday's close\": from the session before the article's day (was: yesterday's own session)", () => {
    const w = (t: string, o: { to: string; morning?: boolean }) => findWindows(t, o).map((h) => h.window);
    assert.deepEqual(
      w("Small caps are up almost six percent since yesterday's close.", { to: '2024-11-06' }),
      [{ kind: 'dates', from: '2024-11-05', to: '2024-11-06' }],
    );
    assert.deepEqual(w('It is up 1% from the close yesterday.', { to: '2024-11-08' }), [
      { kind: 'dates', from: '2024-11-07', to: '2024-11-08' },
    ]);
  });

  it("a monthly series' calendar month end and a daily one's last session are the same close", () => {
    assert.equal(sameClose('2024-11-30', '2024-11-29'), true); // Saturday and Friday
    assert.equal(sameClose('2024-11-29', '2024-11-29'), true);
    assert.equal(sameClose('2024-11-28', '2024-11-29'), false); // Thanksgiving and the Friday after: two closes
    assert.equal(sameClose('2024-11-27', '2024-11-29'), false);
  });
});

describe("the fifty-eighth round's articles, checked (embedded data)", { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  const checked = (text: string) => checkedPasted(data.ev, text);
  it("the press release: November's 10.8% and its rank, the 5.1-point gap (the smallest 30%'s 5.05: not supported), the close 0.33% below the record, 7.7% and 4.3% since the election", async () => {
    const rs = await checked(RAW('release-2024-12-02-etf-sponsor.txt'));
    agree(
      rs,
      [...Array(6).fill('supported'), 'supported under another convention'],
      [
        pctOf(RUT.oct31, RUT.nov29),
        pctOf(RUT.oct31, RUT.nov29) - pctOf(SPX.oct31, SPX.nov29),
        RUT.nov29,
        pctOf(RUT.nov8y2021, RUT.nov29),
        RUT.nov8y2021,
        pctOf(RUT.nov5, RUT.dec2), // the release's day
        pctOf(SPX.nov5, SPX.dec2), // the default; end one session earlier, Friday's 4.32%, supports it
      ],
    );
    assert.match(rs[0].line ?? '', /"best month since December 2023": supported: best since Dec 2023/);
    // The smallest 30% from French's monthly file (labelled Nov. 30) against the S&P 500's month to Nov. 29:
    // one close, so the gap is computed (was: "the two legs cover different dates").
    const text = 'Small caps outperformed the S&P 500 by 5.1 percentage points in November 2024.';
    const o = { to: '2024-12-02', funds };
    const full = await checkArticle(readArticle(text, o), data.ev, { asOf: o.to });
    const rut = full.sentences[0].claims[0].readings[0];
    assert.equal(rut.verdict, 'supported');
    const lo30 = full.sentences[0].claims[0].readings[1];
    assert.equal(lo30.verdict, 'not supported');
    near(lo30.computed?.value, LO30_NOV2024 - pctOf(SPX.oct31, SPX.nov29), 1e-6);
  });
  it("the forum post: 5.8% and 2.5%, the best day since Nov. 10, 2022 (the Russell 2000's reading), the next day's moves and 2.46% below the record", async () => {
    const rs = await checked(RAW('forum-2024-11-07-r2k-post-elex.txt'));
    agree(
      rs,
      Array(7).fill('supported'), // the record's first reading, the Russell 2000's (the smallest 30%'s is not)
      [
        pctOf(RUT.nov5, RUT.nov6),
        pctOf(SPX.nov5, SPX.nov6),
        pctOf(RUT.nov5, RUT.nov6) / 100, // the record's value (a fraction): the day it ranks
        pctOf(RUT.nov6, RUT.nov7),
        pctOf(SPX.nov6, SPX.nov7),
        pctOf(RUT.nov5, RUT.nov6), // "EDIT: ok fine, 5.84% to be exact." (fifty-ninth round: the day's 5.8% again)
        pctOf(RUT.nov8y2021, RUT.nov7),
      ],
    );
    // The record's line names the day it goes back to and that day's return, from the closes read by hand.
    const then = /biggest since 2022-11-10, when it was (\d+\.\d+)%/.exec(rs[2].line ?? '');
    near(Number(then?.[1]), pctOf(RUT.nov9y2022, RUT.nov10y2022), 0.005);
  });
  it("the team chat: every close of its CSV table, 6.1% and 3.7% from the 5th, the week's 8.6% and 4.7%, election day's 1.9%", async () => {
    const rs = await checked(RAW('chat-2024-11-08-quant-desk-csv.txt'));
    const closes = (['nov4', 'nov5', 'nov6', 'nov7', 'nov8'] as const).flatMap((d) => [RUT[d], SPX[d]]);
    agree(rs, Array(15).fill('supported'), [
      ...closes,
      pctOf(RUT.nov5, RUT.nov8),
      pctOf(SPX.nov5, SPX.nov8),
      pctOf(RUT.nov1, RUT.nov8),
      pctOf(SPX.nov1, SPX.nov8),
      pctOf(RUT.nov4, RUT.nov5),
    ]);
  });
  it("the chart book: an index's price return is its adjusted close's (an index's level), so November's 10.8% is supported as stated (was: under another convention, total return)", async () => {
    const rs = await checked(RAW('deck-2024-11-29-chart-book.txt'));
    const nov = pctOf(RUT.oct31, RUT.nov29);
    agree(rs, Array(14).fill('supported'), [
      pctOf(RUT.nov5, RUT.nov29),
      pctOf(SPX.nov5, SPX.nov29),
      pctOf(RUT.nov5, RUT.nov29) - pctOf(SPX.nov5, SPX.nov29),
      nov / 100, // the slide's title: November's rank (a record's value is a fraction)
      nov,
      pctOf(RUT.nov30y2023, RUT.dec29y2023),
      pctOf(RUT.nov5, RUT.nov6),
      pctOf(SPX.nov5, SPX.nov6),
      pctOf(RUT.nov5, RUT.nov8),
      pctOf(SPX.nov5, SPX.nov8),
      pctOf(RUT.nov8, RUT.nov29),
      pctOf(SPX.nov8, SPX.nov29),
      pctOf(RUT.nov8y2021, RUT.nov29),
      RUT.nov8y2021,
    ]);
  });
  it("the bear-market wire: the day's 4.4% to 1,827.03, 25.2% below the record, 10.7% and 10.5% over two sessions, 18.1% and 13.7% in 2025", async () => {
    const rs = await checked(RAW('wire-2025-04-04-bear-market.txt'));
    agree(rs, Array(9).fill('supported'), [
      pctOf(RUT.apr3y2025, RUT.apr4y2025),
      RUT.apr4y2025,
      pctOf(RUT.nov8y2021, RUT.apr4y2025),
      RUT.nov8y2021,
      pctOf(RUT.apr2y2025, RUT.apr4y2025),
      pctOf(SPX.apr3y2025, SPX.apr4y2025),
      pctOf(SPX.apr2y2025, SPX.apr4y2025),
      pctOf(RUT.dec31, RUT.apr4y2025),
      pctOf(SPX.dec31, SPX.apr4y2025),
    ]);
  });
  it("the fund's semi-annual report: six months' -10.6% and -2.4%, November's 10.8%, December's -8.4%, -23.0% to April 8's 1,760.71, the fiscal year's 32.2% (under another convention), the table's four cells", async () => {
    const rs = await checked(RAW('report-2025-04-30-fund-semiannual.txt'));
    agree(
      rs,
      [...Array(6).fill('supported'), 'supported under another convention', ...Array(4).fill('supported')],
      [
        pctOf(RUT.oct31, RUT.apr30y2025),
        pctOf(SPX.oct31, SPX.apr30y2025),
        pctOf(RUT.oct31, RUT.nov29),
        pctOf(RUT.nov29, RUT.dec31),
        pctOf(RUT.jan31y2025, RUT.apr8y2025),
        RUT.apr8y2025,
        pctOf(RUT.oct31y2023, RUT.oct31), // the default: 32.15%; from Nov. 1, 2023's open, 32.22%
        pctOf(RUT.oct31, RUT.apr30y2025),
        pctOf(RUT.apr30y2024, RUT.apr30y2025),
      ],
    );
    // Five and ten years a year, over the calendar days between the closes (1,826 and 3,653).
    near(rs[9].computed?.value, ((RUT.apr30y2025 / 1310.6600341796875) ** (365.25 / 1826) - 1) * 100);
    near(rs[10].computed?.value, ((RUT.apr30y2025 / 1220.1300048828125) ** (365.25 / 3653) - 1) * 100);
    const low = /lowest since 2023-11-13, when it was ([\d,]+\.\d+)/.exec(rs[5].line ?? '');
    near(Number(low?.[1].replace(/,/g, '')), RUT.nov13y2023, 0.005);
  });
  it("the year-in-review post (dated by hand: a feed's \"1d\"): the year's 10.0% and 23.3%, the 13.3-point gap, November's best, Dec. 18's worst, December's -8.4% and more than all the post-election gain given back", async () => {
    const rs = await checkedReadings(data.ev, POST, POST_O);
    agree(rs, Array(7).fill('supported'), [
      pctOf(RUT.dec29y2023, RUT.dec31),
      pctOf(SPX.dec29y2023, SPX.dec31),
      pctOf(SPX.dec29y2023, SPX.dec31) - pctOf(RUT.dec29y2023, RUT.dec31),
      pctOf(RUT.oct31, RUT.nov29),
      pctOf(RUT.dec17, RUT.dec18),
      pctOf(RUT.nov29, RUT.dec31),
      (RUT.nov25 - RUT.jan2y2025) / (RUT.nov25 - RUT.nov5), // the gain to the peak given back: 1.16×
    ]);
    assert.match(rs[3].line ?? '', /"best month of the year": supported/);
    assert.match(rs[4].line ?? '', /"its worst day of the year": supported/);
  });
  it("the assistant's answer: November 2020's 18.3% (a record month), the vaccine day's 3.4% and 1.2%, the table's closes and changes, the 5-point gap", async () => {
    const rs = await checkedReadings(data.ev, prepareArticle(ANSWER).text, { event: '2020-11-03', funds });
    const { rut, spx } = NOV2020;
    agree(rs, Array(10).fill('supported'), [
      pctOf(rut.oct30, rut.nov30),
      pctOf(rut.nov6, rut.nov9),
      pctOf(spx.nov6, spx.nov9),
      rut.nov3,
      rut.nov30,
      pctOf(rut.nov3, rut.nov30),
      spx.nov3,
      spx.nov30,
      pctOf(spx.nov3, spx.nov30),
      pctOf(rut.nov3, rut.nov30) - pctOf(spx.nov3, spx.nov30),
    ]);
    assert.match(rs[0].line ?? '', /"its best month on record": supported/);
  });
  it('the television transcript: 5.8% (the best day in two years), 2.5% to a record 5,929, almost 6% since the day before, about 2% below the record', async () => {
    const rs = await checked(RAW('transcript-2024-11-06-tv-market-close.txt'));
    agree(rs, Array(6).fill('supported'), [
      pctOf(RUT.nov5, RUT.nov6),
      pctOf(SPX.nov5, SPX.nov6),
      SPX.nov6,
      pctOf(RUT.nov5, RUT.nov6),
      pctOf(RUT.nov8y2021, RUT.nov6),
      pctOf(RUT.nov8y2021, RUT.nov6), // "Two point zero four percent, if you want to be precise." (fifty-ninth round)
    ]);
    assert.match(rs[0].line ?? '', /"best day in two years": supported: best since 2022-11-10/);
  });
});
