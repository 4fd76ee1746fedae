import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { inferEvent } from '../../../src/findings/article/event-infer.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { checkArticle } from '../../../src/findings/check-article.ts';
import type { ReadOptions } from '../../../src/findings/claim-read.ts';
import { funds, sentenceReader } from '../../helpers/article-reader.ts';
import { embeddedEvaluator } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Nineteenth round: a thread of numbered posts, a Q&A, a wire on Brexit day, a Fed-day story that looks
// back at the election, a month-end size note, a Brexit anniversary piece and a Fed-cut story, read as a
// journalist would. Each reading was written by hand before the reader ran; values on the embedded data are
// checked against closes read by hand from ../shared/data/prices (^RUT:
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv, column Close; ^GSPC:
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv, column Close), the files data/bars.parquet was cut from.
const o: ReadOptions = { event: '2016-11-08', to: '2016-11-30', funds };
const { one, claims } = sentenceReader(o);
const near = (a: number | undefined, b: number) =>
  assert.ok(Math.abs((a ?? Number.NaN) - b) < 1e-9, `${a} ≠ ${b}`);
// Closes by hand: ^RUT 2016-08-31 1,239.91, 11-07 1,192.25, 11-08 1,195.14, 11-30 1,322.34, 12-14 1,356.02;
// ^GSPC 11-07 2,131.52, 11-08 2,139.56, 11-30 2,198.81.
const RUT = { aug31: 1239.9100341796875, nov7: 1192.25, nov8: 1195.1400146484375, nov30: 1322.3399658203125 };
const SPX = { nov7: 2131.52001953125, nov8: 2139.56005859375, nov30: 2198.81005859375 };
const pct = (a: number, b: number) => (b / a - 1) * 100;

describe('a headline that closes on its date dates the article', () => {
  for (const [head, date] of [
    ['Small caps, by the numbers (Nov. 30, 2016)', '2016-11-30'],
    ['Weekly wrap \u2014 Dec. 9, 2016', '2016-12-09'],
    ['Brexit, one year on (June 23, 2017)', '2017-06-23'],
  ] as const)
    it(head, () => assert.equal(articleDate(`${head}\n\nThe Russell 2000 rose 1%.`)?.date, date));
  it("a date inside a body sentence is not the article's", () =>
    assert.equal(
      articleDate('Stocks have rallied since the vote (Nov. 8, 2016) and more.\n\nText.'),
      undefined,
    ));
});

describe('"tripled the gain of", "doubled the S&P 500\'s advance": a ratio of returns, not +200%', () => {
  it('"nearly tripled the gain of the S&P 500": ^RUT over ^GSPC, about 3', () => {
    const got = claims('The Russell 2000 has nearly tripled the gain of the S&P 500 since the election.');
    assert.deepEqual(
      got.map((c) => [c.metric, c.subjects, c.stated]),
      [['ratio', ['^RUT', '^GSPC'], 3]],
    );
  });
  it('"more than doubled the S&P 500\'s advance": more than 2', () => {
    const [c] = claims("The Russell 2000 has more than doubled the S&P 500's advance since the election.");
    assert.deepEqual(
      [c.metric, c.subjects, c.stated, c.comparator?.kind],
      ['ratio', ['^RUT', '^GSPC'], 2, 'gt'],
    );
  });
  it('"doubled in value" alone is still the subject\'s own +100%', () => {
    const [c] = claims('The Russell 2000 doubled in value over the period.');
    assert.deepEqual([c.metric, c.subjects, c.stated], ['return', ['^RUT'], 100]);
  });
  const data = embeddedEvaluator();
  it('checked: (1,322.34 / 1,195.14 − 1) / (2,198.81 / 2,139.56 − 1) = 3.84, not about 3', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 has nearly tripled the gain of the S&P 500 since the election.',
      o,
    );
    near(r.computed?.value, pct(RUT.nov8, RUT.nov30) / pct(SPX.nov8, SPX.nov30));
    assert.equal(r.verdict, 'not supported');
  });
});

describe('"That\'s an outperformance of 760 basis points in 16 sessions": the two returns just stated', () => {
  const text =
    'The Russell 2000 (+11.0%) has beaten the S&P 500 (+3.4%) since Nov. 8.\nThat is an outperformance of roughly 760 basis points in 16 sessions.';
  it('the spread of the higher over the lower, over the last 16 sessions to the article (the event has 15)', () => {
    const r = readArticle(text, o)[1].claims[0].readings[0];
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.window],
      ['spread', ['^RUT', '^GSPC'], 7.6, { kind: 'dates', from: '2016-11-07', to: '2016-11-30' }],
    );
  });
  it('"in 5 sessions" that the event has still counts from the event', () => {
    const [c] = claims('The Russell 2000 rose 5% in five sessions.');
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-11-08', sessions: 5 });
  });
  const data = embeddedEvaluator();
  it('checked: 1,322.34 / 1,192.25 − 1 less 2,198.81 / 2,131.52 − 1 = 7.75 points: about 7.6', async () => {
    const a = await checkArticle(readArticle(text, o), data.ev, { asOf: o.to });
    const r = a.sentences[1].claims[0].readings[0];
    near(r.computed?.value, pct(RUT.nov7, RUT.nov30) - pct(SPX.nov7, SPX.nov30));
    assert.equal(r.verdict, 'supported');
  });
});

describe('"since the election" in a story about a Fed decision: the election, not the decision', () => {
  const fed: ReadOptions = { event: '2016-12-14', to: '2016-12-14', funds };
  it('the window runs from the election to the article', () => {
    const [c] = claims('Since the election, the small-cap benchmark is still up about 14%.', fed);
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-08', to: '2016-12-14' });
  });
  it('an event of the user\'s own (no built-in event that day) keeps "the election" as given', () => {
    const [c] = claims('Since the election, the Russell 2000 is up about 14%.', {
      ...fed,
      event: '2016-11-09',
    });
    assert.deepEqual(c.window, { kind: 'since', event: '2016-11-09', to: '2016-12-14' });
  });
  const data = embeddedEvaluator();
  it('checked: 1,356.02 / 1,195.14 − 1 = 13.46%, about 14', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Since the election, the Russell 2000 is still up about 14%.',
      fed,
    );
    near(r.computed?.value, pct(RUT.nov8, 1356.02001953125));
    assert.equal(r.verdict, 'supported');
  });
});

describe('the Brexit referendum in other words, and "the vote" in a story that names it', () => {
  it('"after the country voted to leave the European Union"', () =>
    assert.equal(
      inferEvent(
        'Mid-caps had their worst day after the country voted to leave the European Union.',
        '2016-06-24',
      )?.date,
      '2016-06-23',
    ));
  it('"a year after the referendum … three days after the vote" (June 2017): the referendum, not the June 2017 election', () =>
    assert.equal(
      inferEvent(
        'Brexit, one year on. A year after the referendum, the FTSE 250 has risen 19.6%. In the first three days after the vote, it lost 13.6%.',
        '2017-06-23',
      )?.date,
      '2016-06-23',
    ));
  it('"the vote" alone in a UK story of June 2017 is still the general election', () =>
    assert.equal(inferEvent('Since the vote, the FTSE 250 has risen 2%.', '2017-06-23')?.date, '2017-06-08'));
});

describe('"over the three months to November": the three calendar months ending then', () => {
  for (const [text, want] of [
    [
      'Over the three months to November, small caps returned 9.1%.',
      { from: '2016-08-31', to: '2016-11-30' },
    ],
    ['In the 12 months through Oct. 31, small caps returned 9.1%.', { from: '2015-10-31', to: '2016-10-31' }],
    ['In the year to October, small caps returned 9.1%.', { from: '2015-10-31', to: '2016-10-31' }],
    // An article of Nov. 30 on "the six months to December": the last December, 2015's.
    ['In the six months to December, small caps returned 9.1%.', { from: '2015-06-30', to: '2015-12-31' }],
  ] as const)
    it(text, () => assert.deepEqual(claims(text)[0].window, { kind: 'dates', ...want }));
  const data = embeddedEvaluator();
  it('checked: ^RUT 1,322.34 / 1,239.91 − 1 = 6.65% over Sept.–Nov. 2016', async () => {
    const a = await checkArticle(
      readArticle('Over the three months to November, the Russell 2000 returned 9.1%.', o),
      data.ev,
      { asOf: o.to },
    );
    near(a.sentences[0].claims[0].readings[0].computed?.value, pct(RUT.aug31, RUT.nov30));
  });
});

describe('"since 2012", "since the start of 2016"; a fund\'s assets are no return', () => {
  it('"since 2012": from the last close of 2011', () =>
    assert.deepEqual(claims('IWM has returned 92% since 2012.')[0].window, {
      kind: 'dates',
      from: '2011-12-31',
      to: '2016-11-30',
    }));
  it('"since the start of 2016": the year to date', () =>
    assert.deepEqual(claims('The Russell 2000 has gained 20% since the start of 2016.')[0].window, {
      kind: 'dates',
      from: '2015-12-31',
      to: '2016-11-30',
    }));
  it('"the most since 2011" stays a record, not a window', () => {
    const [c] = claims('The Russell 2000 rose 3% on Nov. 9, the most since 2011.');
    assert.deepEqual(c.window, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' });
  });
  it('"IWM\'s assets have doubled" is not a return', () => {
    const s = one("IWM's assets have doubled since 2012.");
    assert.equal(s.status, 'not a quantitative claim');
    assert.match(s.reason ?? '', /not a return \(assets\)/);
  });
});

describe('a Q&A\'s "A:" and a thread\'s "2/" before a sentence', () => {
  it('"A: It was the Russell 2000\'s best week since April." ranks the week the answer before stated', () => {
    const text =
      "A: Through Friday, Nov. 13, the small-cap index was up 6.1% for the week.\nQ: Is that a record?\nA: It was the Russell 2000's best week since April.";
    const s = readArticle(text, { to: '2020-11-13', funds })[2];
    const r = s.claims[0]?.readings[0];
    assert.deepEqual([r?.metric, r?.window], ['record', { kind: 'week', weekEnd: '2020-11-13' }]);
  });
  it('"2/ That is …" reads as "That is …"', () => {
    const text =
      'The Russell 2000 rose 11.0% and the S&P 500 3.4% since Nov. 8.\n2/ That is a gap of 7.6 points.';
    const r = readArticle(text, o)[1].claims[0]?.readings[0];
    assert.deepEqual([r?.metric, r?.subjects], ['spread', ['^RUT', '^GSPC']]);
  });
});

describe('"the mid-cap index" a sentence after the FTSE 250 and the FTSE 100', () => {
  it('is the FTSE 250 (the last mid-cap index named), not the S&P 400', () => {
    const text =
      "A year after the referendum, the FTSE 250 has risen 19.6%, ahead of the FTSE 100's 15.3% gain. In the first three days after the vote, the mid-cap index lost 13.6%.";
    const r = readArticle(text, { event: '2016-06-23', to: '2017-06-23', funds })[1].claims[0].readings[0];
    assert.deepEqual(r.subjects, ['^FTMC']);
  });
});

describe('"measured from the post-referendum low on June 27, 2016", "from its Feb. 11 low"', () => {
  const brexit: ReadOptions = { event: '2016-06-23', to: '2017-06-23', funds };
  it("from that day's close to the article's date", () =>
    assert.deepEqual(
      claims(
        'Measured from the post-referendum low on June 27, 2016, the FTSE 250 is up more than 30%.',
        brexit,
      )[0].window,
      { kind: 'dates', from: '2016-06-27', to: '2017-06-23' },
    ));
  it('"up 40% from its Feb. 11 low" after the number stays a distance from that low', () =>
    assert.equal(claims('The Russell 2000 is up 40% from its Feb. 11 low.')[0].metric, 'distance'));
});

describe('"A day later": the session after the day the article last spoke of', () => {
  const cut: ReadOptions = { event: '2024-09-18', to: '2024-09-19', funds };
  const text =
    'Small-cap stocks rose after the Federal Reserve cut interest rates by 50 basis points on Wednesday. The Russell 2000 ended flat, while the S&P 500 fell 0.3%. A day later, the Russell 2000 jumped 2.1%, outperforming the S&P 500, which added 1.7%.';
  it('the day of a sentence with no return of its own is the next one\'s; "a day later" the session after it', () => {
    const s = readArticle(text, cut);
    const wed = { kind: 'dates', from: '2024-09-17', to: '2024-09-18' };
    const thu = { kind: 'dates', from: '2024-09-18', to: '2024-09-19' };
    assert.deepEqual(
      s.slice(1).map((x) => x.claims.map((c) => c.readings[0].window)),
      [
        [wed, wed],
        [thu, thu],
      ],
    );
  });
  it('"the next day" with no day before it: the session after the event\'s', () =>
    assert.deepEqual(claims('The next day, the Russell 2000 jumped 2.1%.', cut)[0].window, {
      kind: 'sessions',
      event: '2024-09-18',
      sessions: 1,
      nextDay: true,
    }));
  const data = embeddedEvaluator();
  it('checked: Sept. 19, 2024, ^RUT 2,252.71 / 2,206.34 − 1 = 2.10%, ^GSPC 5,713.64 / 5,618.26 − 1 = 1.70%', async () => {
    const a = await checkArticle(readArticle(text, cut), data.ev, { asOf: cut.to });
    const [rut, spx] = a.sentences[2].claims.map((c) => c.readings[0]);
    near(rut.computed?.value, pct(2206.340087890625, 2252.7099609375));
    near(spx.computed?.value, pct(5618.259765625, 5713.64013671875));
    assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
  });
});

describe("with no event, the day a sentence with no number names is the next one's", () => {
  it('"… underperformed on Wednesday as …. The Russell 2000 rose just 0.1%"', () => {
    const text =
      'U.S. small-cap stocks underperformed on Wednesday as investors bet on a divided Congress. The Russell 2000 rose just 0.1%, behind a 2.2% gain in the S&P 500.';
    const s = readArticle(text, { to: '2020-11-04', funds });
    assert.deepEqual(
      s[1].claims.map((c) => c.readings[0].window),
      [
        { kind: 'dates', from: '2020-11-03', to: '2020-11-04' },
        { kind: 'dates', from: '2020-11-03', to: '2020-11-04' },
      ],
    );
  });
});

describe('tallies and record counts in other words', () => {
  it('"have now risen for 14 of the past 15 sessions": a tally', () => {
    const [c] = claims('Small caps have now risen for 14 of the past 15 sessions.', {
      ...o,
      to: '2016-11-25',
    });
    assert.deepEqual([c.metric, c.record?.streak, c.record?.tally], ['record', 0, { hits: 14, of: 15 }]);
  });
  it('"a record close for a 10th time": ten record closes', () => {
    const [c] = claims('The Russell 2000 notched a record close for a 10th time, up 3.2% this week.', {
      ...o,
      to: '2016-12-09',
    });
    assert.equal(c.record?.times, 10);
  });
});

describe('a trader\'s shorthand: "the spread is ~970bps"', () => {
  it('"~" is "about"; "the spread is" states the gap of the two returns just stated', () => {
    const s = one('R2K now +12.8% since 11/8 vs SPX +3.1%; the spread is ~970bps.', {
      ...o,
      to: '2016-11-18',
    });
    const r = s.claims[2]?.readings[0];
    assert.deepEqual(
      [r?.metric, r?.subjects, r?.stated, r?.comparator],
      ['spread', ['^RUT', '^GSPC'], 9.7, { kind: 'approx', lo: 8.73, hi: 10.67, words: '~' }],
    );
  });
});

describe("a small-cap index's sector, a month's rally, a cap-weighted parent", () => {
  it('"the Russell 2000\'s financials sector" is small-cap financials, not the Russell 2000', () => {
    const [c] = claims(
      "Small caps' November rally was concentrated: the Russell 2000's financials sector climbed more than 20%.",
      { ...o, to: '2016-12-01' },
    );
    assert.deepEqual(c.parsedSubjects, [{ kind: 'sector', sector: 'Financials', size: 'small' }]);
    // "November rally": the month, carried to the number after the colon.
    assert.deepEqual(c.window, { kind: 'month', month: '2016-11' });
  });
  it('"outperformed its cap-weighted parent": the S&P 500 itself', () => {
    const [c] = claims(
      'The equal-weighted S&P 500 outperformed its cap-weighted parent by 2.3 percentage points in November.',
      { ...o, to: '2016-12-01' },
    );
    assert.deepEqual([c.metric, c.subjects], ['spread', ['^SPXEW', '^GSPC']]);
  });
});

describe('"it" after "X remains up 14.2%, versus 5.6% for Y" is X; "its Dec. 9 record close of 1,388.07"', () => {
  const dec16: ReadOptions = { ...o, to: '2016-12-16' };
  const text =
    'The index remains up 14.2% since Election Day, versus 5.6% for the S&P 500. Measured from its Dec. 9 record close of 1,388.07, it is down 1.7%.';
  it('the level is of Dec. 9, the return from its close, both of the Russell 2000', () => {
    const s = readArticle(`The Russell 2000 fell. ${text}`, dec16)[2];
    assert.deepEqual(
      s.claims.map((c) => [c.readings[0].metric, c.readings[0].subjects, c.readings[0].window]),
      [
        ['level', ['^RUT'], { kind: 'dates', from: '2016-12-09', to: '2016-12-09' }],
        ['return', ['^RUT'], { kind: 'dates', from: '2016-12-09', to: '2016-12-16' }],
      ],
    );
  });
  const data = embeddedEvaluator();
  it('checked: the close of Dec. 9, 2016, 1,388.07, and 1,364.19 / 1,388.07 − 1 = −1.72%', async () => {
    const a = await checkArticle(readArticle(`The Russell 2000 fell. ${text}`, dec16), data.ev, {
      asOf: dec16.to,
    });
    const [level, ret] = a.sentences[2].claims.map((c) => c.readings[0]);
    near(level.computed?.value, 1388.0699462890625);
    near(ret.computed?.value, pct(1388.0699462890625, 1364.18994140625));
    assert.deepEqual([level.verdict, ret.verdict], ['supported', 'supported']);
  });
});

describe("a sentence about another election than the article's", () => {
  const y2020: ReadOptions = { event: '2020-11-03', to: '2020-11-30', funds };
  const text =
    'Small caps also led after the 2016 vote, when the Russell 2000 climbed 11% in November. After the 2012 election, by contrast, the index fell 0.5% that month.';
  it('"in November" is 2016\'s; "that month" after "the 2012 election" is 2012\'s', () => {
    const s = readArticle(text, y2020);
    assert.deepEqual(
      s.map((x) => x.claims[0]?.readings[0].window),
      [
        { kind: 'month', month: '2016-11' },
        { kind: 'month', month: '2012-11' },
      ],
    );
  });
  it('a year the sentence gives its period stands ("in November 2016")', () => {
    const [c] = claims('After the 2012 vote, the Russell 2000 rose 11% in November 2016.', y2020);
    assert.deepEqual(c.window, { kind: 'month', month: '2016-11' });
  });
  it('"the 2020 election" names the article\'s event; "the 2016 election" in 2020 names none', () => {
    assert.equal(inferEvent('How the 2020 election compares', '2020-11-30')?.date, '2020-11-03');
    assert.equal(inferEvent('Small caps also led after the 2016 election.', '2020-11-30'), null);
  });
  const data = embeddedEvaluator();
  it('checked: ^RUT in November 2016, 1,322.34 / 1,191.39 − 1 = 10.99%', async () => {
    const a = await checkArticle(readArticle(text, y2020), data.ev, { asOf: y2020.to });
    // 1,191.39: the close of Oct. 31, 2016 (../shared/data/prices, ^RUT).
    near(a.sentences[0].claims[0].readings[0].computed?.value, pct(1191.3900146484375, RUT.nov30));
  });
});

describe('news an earlier sentence dated, and a record "in the index\'s history"', () => {
  const nov30: ReadOptions = { to: '2020-11-30', funds };
  it('"In the three sessions following the Pfizer announcement" after "vaccine news on Nov. 9"', () => {
    const text =
      'The small-cap rally was driven by vaccine news on Nov. 9. In the three sessions following the Pfizer announcement, the Russell 2000 rose 9.2%.';
    const r = readArticle(text, nov30)[1].claims[0].readings[0];
    assert.deepEqual(r.window, { kind: 'sessions', event: '2020-11-09', sessions: 3 });
  });
  it('"following the decision" is still the event rules\'', () => {
    const [c] = claims('In the three sessions following the decision, the Russell 2000 rose 2%.', {
      event: '2016-12-14',
      to: '2016-12-20',
      funds,
    });
    assert.deepEqual(c.window, { kind: 'sessions', event: '2016-12-14', sessions: 3 });
  });
  const data = embeddedEvaluator();
  it('checked: "the best monthly performance in the index\'s history", Nov. 2020, 1,819.82 / 1,538.48 − 1 = 18.29%, the best since Oct. 1987', async () => {
    const a = await checkArticle(
      readArticle(
        "The Russell 2000 rose 18.3% this month, the best monthly performance in the index's history.",
        nov30,
      ),
      data.ev,
      { asOf: nov30.to },
    );
    const r = a.sentences[0].claims[0].readings[0];
    near(r.computed?.value, pct(1538.47998046875, 1819.8199462890625));
    assert.match(
      r.line ?? '',
      /"the best monthly performance in the index's history": supported: best on record \(since Oct 1987\)/,
    );
  });
});

describe('"…, those in the top decile 1.2%": a clause of its own', () => {
  const nov15: ReadOptions = { ...o, to: '2016-11-15' };
  const text =
    'In the five sessions since the election, stocks in the bottom decile by size gained 8.9%, those in the top decile 1.2%.';
  it('the top decile, not the bottom one carried', () =>
    assert.deepEqual(
      claims(text, nov15).map((c) => c.subjects),
      [['Lo 10'], ['Hi 10']],
    ));
  const data = embeddedEvaluator();
  it("checked: French's daily deciles (VW), Nov. 9–15, 2016, compounded by hand", async () => {
    const a = await checkArticle(readArticle(text, nov15), data.ev, { asOf: nov15.to });
    const [lo, hi] = a.sentences[0].claims.map((c) => c.readings[0].computed?.value);
    // ../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv,
    // columns Lo 10 and Hi 10, rows 20161109 to 20161115.
    const compound = (xs: number[]) => (xs.reduce((p, x) => p * (1 + x / 100), 1) - 1) * 100;
    assert.ok(Math.abs((lo ?? 0) - compound([3.26, 1.7, 3.03, 0.86, -0.07])) < 1e-6);
    assert.ok(Math.abs((hi ?? 0) - compound([1.22, 0.08, -0.16, -0.25, 0.77])) < 1e-6);
  });
});

describe('"Put another way, small caps have outperformed by six and a half percentage points"', () => {
  const nov10: ReadOptions = { ...o, event: undefined, to: '2016-11-10' };
  const text =
    "The Russell 2000 has risen nine per cent since Tuesday's close, more than three times the 2.6 per cent rise in the S&P 500. Put another way, small caps have outperformed by six and a half percentage points.";
  it('the leader of the two returns just stated over the other, over their period', () => {
    const r = readArticle(text, nov10)[1].claims[0]?.readings[0];
    assert.deepEqual(
      [r?.metric, r?.subjects, r?.stated, r?.window],
      ['spread', ['^RUT', '^GSPC'], 6.5, { kind: 'dates', from: '2016-11-08', to: '2016-11-10' }],
    );
  });
  it('"large caps have outperformed by …" after the Russell 2000 led is not that gap', () => {
    // Changed in the thirty-ninth round: "large caps" with no benchmark named is read against the Russell
    // 2000 (as "small caps" is against the S&P 500), a claim of its own the data can refute; before, unreadable.
    const s = readArticle(text.replace('small caps', 'large caps'), nov10)[1];
    const r = s.claims[0]?.readings[0];
    assert.deepEqual(
      [s.status, r?.metric, r?.subjects, r?.stated],
      ['claims', 'spread', ['^GSPC', '^RUT'], 6.5],
    );
  });
  const data = embeddedEvaluator();
  it('checked: Nov. 8–10, 2016, (1,251.61 / 1,195.14 − 1) − (2,167.48 / 2,139.56 − 1) = 3.42 points', async () => {
    const a = await checkArticle(readArticle(text, nov10), data.ev, { asOf: nov10.to });
    const r = a.sentences[1].claims[0].readings[0];
    near(r.computed?.value, pct(RUT.nov8, 1251.6099853515625) - pct(SPX.nov8, 2167.47998046875));
    assert.equal(r.verdict, 'not supported');
  });
});

describe('"roughly one and a half billion dollars into the biggest small-cap fund, IWM, this week"', () => {
  it('$1.5bn into IWM (the fund the words name), not the small-cap category', () => {
    const [c] = claims(
      'Investors have poured roughly one and a half billion dollars into the biggest small-cap fund, IWM, this week.',
      { ...o, to: '2016-11-10' },
    );
    assert.deepEqual([c.metric, c.subjects, c.stated], ['flow', ['IWM'], 1.5e9]);
  });
  it('"small-cap funds, IWM and IJR," stays the category', () => {
    const [c] = claims('Investors have poured $2bn into small-cap funds, IWM and IJR, this week.', {
      ...o,
      to: '2016-11-10',
    });
    assert.deepEqual(c.subjects, ['US small cap']);
  });
});

describe('"by about eight-tenths of a percentage point" is said as written', () => {
  const jul31: ReadOptions = { to: '2019-07-31', funds };
  const data = embeddedEvaluator();
  it('checked: July 2019, (1,574.61 / 1,566.57 − 1) − (2,980.38 / 2,941.76 − 1) = −0.80 points', async () => {
    const a = await checkArticle(
      readArticle(
        'In July, the Russell 2000 lagged the S&P 500 by about eight-tenths of a percentage point.',
        jul31,
      ),
      data.ev,
      { asOf: jul31.to },
    );
    const r = a.sentences[0].claims[0].readings[0];
    near(
      r.computed?.value,
      pct(1566.5699462890625, 1574.6099853515625) - pct(2941.760009765625, 2980.3798828125),
    );
    assert.match(r.line ?? '', /about eight-tenths of a percentage point \(-0\.8 pp\): supported/);
  });
});

describe('a year-end review: "in a year" from the day, "By Nov. 25", "finished 2024 up 10.0%"', () => {
  const dec31: ReadOptions = { event: '2024-11-05', to: '2024-12-31', funds };
  it('"jumped 5.8% on Nov. 6, …, its biggest one-day gain in a year": ranked from Nov. 6, 2023, not from the article\'s date', () => {
    const [c] = claims('The Russell 2000 jumped 5.8% on Nov. 6, its biggest one-day gain in a year.', dec31);
    assert.equal(c.record?.from, '2023-11-06');
  });
  it('"By Nov. 25 it had closed at a record 2,442.03": the close of Nov. 25', () => {
    const s = readArticle(
      'The Russell 2000 rallied. By Nov. 25 it had closed at a record 2,442.03.',
      dec31,
    )[1];
    const r = s.claims[0].readings[0];
    assert.deepEqual(
      [r.metric, r.subjects, r.window],
      ['level', ['^RUT'], { kind: 'since', event: '2024-11-05', to: '2024-11-25' }],
    );
  });
  it('"ended December down 8.4%, and finished 2024 up 10.0%": the month, then the year', () => {
    const got = claims('The Russell 2000 ended December down 8.4%, and finished 2024 up 10.0%.', dec31).map(
      (c) => c.window,
    );
    assert.deepEqual(got, [
      { kind: 'month', month: '2024-12' },
      { kind: 'dates', from: '2023-12-31', to: '2024-12-31' },
    ]);
  });
  const data = embeddedEvaluator();
  it('checked: 2024, 2,230.16 / 2,027.07 − 1 = 10.02%; the close of Nov. 25, 2,442.03, below the record 2,442.74 of Nov. 8, 2021', async () => {
    const a = await checkArticle(
      readArticle(
        'The Russell 2000 finished 2024 up 10.0%. By Nov. 25 it had closed at a record 2,442.03.',
        dec31,
      ),
      data.ev,
      { asOf: dec31.to },
    );
    const [year, level] = a.sentences.map((s) => s.claims[0].readings[0]);
    near(year.computed?.value, pct(2027.0699462890625, 2230.159912109375));
    near(level.computed?.value, 2442.030029296875);
    assert.match(
      level.line ?? '',
      /"at a record": not supported: highest since 2021-11-08, when it was 2,442\.74/,
    );
  });
});

describe('a weekly flows note: "week ended Nov. 11, 2016", "Tuesday\'s vote", "13% of its assets", "a week earlier"', () => {
  const text = `ETF flows weekly — week ended Nov. 11, 2016

U.S.-listed small-cap ETFs gathered $6.5 billion in the week, the most on record. Roughly $5.5 billion of that arrived after Tuesday's vote.

IWM alone took in $4.4 billion, equal to about 13% of its assets. Year-to-date, small-cap funds have now attracted $11.2 billion, up from $4.7 billion a week earlier.`;
  it('the headline dates the note; "Tuesday\'s vote" is the election', () => {
    assert.equal(articleDate(text)?.date, '2016-11-11');
    assert.equal(inferEvent(text, '2016-11-11')?.date, '2016-11-08');
  });
  it('IWM\'s $4.4bn is the whole week, "13% of its assets" no return; the $4.7bn is the year to a week before', () => {
    const s = readArticle(text, { event: '2016-11-08', to: '2016-11-11', funds });
    const flows = s
      .flatMap((x) => x.claims.map((c) => c.readings[0]))
      .map((r) => [r.metric, r.subjects, r.stated, r.window]);
    assert.deepEqual(flows.slice(2), [
      ['flow', ['IWM'], 4.4e9, { kind: 'week', event: '2016-11-08' }],
      ['flow', ['US small cap'], 11.2e9, { kind: 'dates', from: '2015-12-31', to: '2016-11-11' }],
      ['flow', ['US small cap'], 4.7e9, { kind: 'dates', from: '2015-12-31', to: '2016-11-04' }],
    ]);
  });
});

describe('"rose to close 2.6% higher", "closed up 0.5%": the move of the day', () => {
  for (const text of ['The Russell 2000 rose to close 2.6% higher.', 'The Russell 2000 closed up 0.5%.'])
    it(text, () =>
      assert.deepEqual(claims(text)[0].window, { kind: 'dates', from: '2016-11-29', to: '2016-11-30' }),
    );
  it('"has closed up 20% since the election" keeps its own window', () =>
    assert.deepEqual(claims('The Russell 2000 has closed up 11% since the election.')[0].window, {
      kind: 'since',
      event: '2016-11-08',
      to: '2016-11-30',
    }));
  const data = embeddedEvaluator();
  it('checked: Nov. 30, 2016, 1,322.34 / 1,328.22 − 1 = −0.44%, no close up', async () => {
    const [r] = await checkedReadings(data.ev, 'The Russell 2000 closed up 0.5%.', o);
    near(r.computed?.value, pct(1328.219970703125, RUT.nov30));
    assert.equal(r.verdict, 'not supported');
  });
});

describe("a simple past right after a sentence about one day is that day's move", () => {
  const mid: ReadOptions = { event: '2018-11-06', to: '2018-11-09', funds };
  const day = 'The S&P 500 jumped 2.1% on Wednesday, its best day in months.';
  it('"Small caps lagged: the Russell 2000 rose 1.6%." is Wednesday, Nov. 7', () => {
    const r = readArticle(`${day} Small caps lagged: the Russell 2000 rose 1.6%.`, mid)[1].claims[0]
      .readings[0];
    assert.deepEqual(r.window, { kind: 'dates', from: '2018-11-06', to: '2018-11-07' });
  });
  it('"the Russell 2000 has risen 1.6%" is the stretch since the vote', () => {
    const r = readArticle(`${day} The Russell 2000 has risen 1.6%.`, mid)[1].claims[0].readings[0];
    assert.deepEqual(r.window, { kind: 'since', event: '2018-11-06', to: '2018-11-09' });
  });
  const data = embeddedEvaluator();
  it('checked: Nov. 7, 2018, 1,582.16 / 1,556.10 − 1 = 1.67%', async () => {
    const a = await checkArticle(
      readArticle(`${day} Small caps lagged: the Russell 2000 rose 1.6%.`, mid),
      data.ev,
      {
        asOf: mid.to,
      },
    );
    near(a.sentences[1].claims[0].readings[0].computed?.value, pct(1556.0999755859375, 1582.1600341796875));
  });
});

describe('"since the polls closed on Tuesday evening"; "record highs on nine of the 21 trading days since the vote"', () => {
  it('a weekday in a "since … on" clause is the last such day on or before the article\'s date', () => {
    const [c] = claims(
      'Small caps have underperformed large caps by 2.1 percentage points since the polls closed on Tuesday evening.',
      { to: '2020-11-04', funds },
    );
    assert.deepEqual(c.window, { kind: 'since', event: '2020-11-03', to: '2020-11-04' });
  });
  const dec8: ReadOptions = { ...o, to: '2016-12-08' };
  const text = 'The small-cap index has hit record highs on nine of the 21 trading days since the vote.';
  it('a count of record closes over the 21 sessions after the vote', () => {
    const [c] = claims(text, dec8);
    assert.deepEqual(
      [c.record?.times, c.window],
      [9, { kind: 'sessions', event: '2016-11-08', sessions: 21 }],
    );
  });
  const data = embeddedEvaluator();
  it('checked: 12 closes above every earlier one from Nov. 9 to Dec. 8, 2016 (awk over the ^RUT file), not 9', async () => {
    const a = await checkArticle(readArticle(`The Russell 2000 rose 1% on Dec. 8. ${text}`, dec8), data.ev, {
      asOf: dec8.to,
    });
    const r = a.sentences[1].claims[0].readings[0];
    assert.deepEqual([r.computed?.value, r.verdict], [12, 'not supported']);
  });
});

describe('"has risen for 10 straight sessions through Thursday, …, and is up 12.7% since the Nov. 8 election"', () => {
  const nov18: ReadOptions = { event: '2016-11-08', to: '2016-11-18', funds };
  const text =
    'The Russell 2000 has risen for 10 straight sessions through Thursday, its longest winning streak since 2003, and is up 12.7% since the Nov. 8 election.';
  it("the end date inside the streak's words ends the sentence's period", () =>
    assert.deepEqual(claims(text, nov18)[0].window, {
      kind: 'since',
      event: '2016-11-08',
      to: '2016-11-17',
    }));
  const data = embeddedEvaluator();
  it('checked: ten straight daily gains from Nov. 4 to Nov. 17, 2016 (by hand from the ^RUT closes), not the longest since 2003', async () => {
    const [r] = await checkedReadings(data.ev, text, nov18);
    assert.match(
      r.line ?? '',
      /10 straight daily gains through 2016-11-17 \(from 2016-11-04\); longest since 2013-03-11/,
    );
  });
});

describe('a London-dated story: "Trump\'s win", "the gap between U.S. small and large caps this week"', () => {
  const text =
    "LONDON, Nov. 11, 2016\n\nTrump's win has lifted small caps on both sides of the Atlantic. In London, the FTSE 250 rose 1.8% on the week. The gap between U.S. small and large caps this week, about 6.4 percentage points, was the widest since 2008.";
  it('"Trump\'s win" is the US election though the story names the FTSE', () =>
    assert.equal(inferEvent(text, '2016-11-11')?.date, '2016-11-08'));
  const nov11: ReadOptions = { event: '2016-11-08', to: '2016-11-11', funds };
  const data = embeddedEvaluator();
  it('checked: the week to Nov. 11, 2016, (1,282.38 / 1,163.44 − 1) − (2,164.45 / 2,085.18 − 1) = 6.42 points', async () => {
    const a = await checkArticle(readArticle(text, nov11), data.ev, { asOf: nov11.to });
    const r = a.sentences.at(-1)?.claims[0].readings[0];
    assert.match(r?.line ?? '', /^spread of \^RUT vs \^GSPC in the week ended 2016-11-11/);
    near(
      r?.computed?.value,
      pct(1163.43994140625, 1282.3800048828125) - pct(2085.179931640625, 2164.449951171875),
    );
  });
});
