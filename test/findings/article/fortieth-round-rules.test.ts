import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedLines, checkedReadings } from '../../helpers/first-verdict.ts';

// Fortieth round. Each reading was written by hand before the reader ran; every value checked on the embedded
// data is computed here from closes read by hand from ../shared/data/prices (the folder each comes from is named
// where it is used).
// ^RUT closes of Nov. 5–11 and Dec. 18, 2024, from yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv
// (Date, Close, …); ^GSPC's from yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  nov5: 2260.840087890625,
  nov6: 2392.919921875,
  nov7: 2382.68994140625,
  nov8: 2399.639892578125,
  nov11: 2434.97998046875,
  dec18: 2231.510009765625,
};
const SPX = { nov5: 5782.759765625, nov6: 5929.0400390625, nov7: 5973.10009765625 };
const TRUMP = { event: '2024-11-05', to: '2024-11-07', funds };

describe('"over four sessions" inside any period that does not hold the event is said unread', () => {
  const o = { event: '2024-11-05', to: '2024-12-06' };
  for (const [text, within] of [
    ['Last week, the Russell 2000 climbed 4% over three sessions.', 'last week'],
    ['In 2023, the Russell 2000 climbed more than 10% over four sessions.', '2023'],
    ['In the third quarter, the Russell 2000 climbed 9% over four sessions.', 'the third quarter'],
    ['This week, the Russell 2000 climbed 2% over three sessions.', 'this week'],
  ])
    it(`"${text}": unreadable within ${within} (was the sessions after the vote; a month alone before)`, () => {
      const [s] = readArticle(text, o);
      assert.equal(s.status, 'unreadable');
      assert.match(s.reason ?? '', new RegExp(`within ${within}: which \\d sessions\\?`));
    });
  it('a period that holds the event, or a day that ends the stretch, still reads as the sessions after it', () => {
    const [nov] = firsts('In November, the Russell 2000 climbed 6% over four sessions.', o);
    assert.deepEqual(nov.window, { kind: 'sessions', event: '2024-11-05', sessions: 4 });
    const [day] = firsts('On Nov. 7, small caps had gained 8% over two sessions.', o);
    assert.deepEqual(day.window, { kind: 'sessions', event: '2024-11-05', sessions: 2 });
  });
});

describe('"the widest since July, when …" and "its best day since Nov. 10, when …" name the last such month or day', () => {
  const o = { event: '2024-11-05', to: '2024-11-30' };
  it('"since Nov. 6, when" in an article of Nov. 30 is this year\'s Nov. 6 (was the year before\'s)', () => {
    const [then] = firsts("It was the Russell 2000's best day since Nov. 6, when it rose 5.8%.", o);
    assert.deepEqual(then.window, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' });
  });
  it('"since July, when" is the last July before the article', () => {
    const [then] = firsts("It was the Russell 2000's best month since July, when it rose 10.1%.", o);
    assert.deepEqual(then.window, { kind: 'month', month: '2024-07' });
  });
});

describe('a thread (Nov. 7, 2024): a question fragment asks, an answer after it speaks back, a label carries', () => {
  const thread = [
    '1/ The Russell 2000 closed Wednesday at 2,392.92, up 5.8%. Its best day in two years? Close: it was the biggest one-day gain since Nov. 10, 2022.',
    "2/ That beat the S&P 500's 2.5% gain by more than 3 percentage points. IWM: +5.8%. SPY: +2.5%.",
  ].join('\n\n');
  it('"Its best day in two years?" is a question, no claim (was a record claim on Thursday)', () => {
    const q = readArticle(thread, TRUMP).find((x) => x.text.startsWith('Its best day'));
    assert.equal(q?.status, 'not a quantitative claim');
    assert.match(q?.reason ?? '', /^a question/);
  });
  it('"Close: it was the biggest one-day gain since …" ranks Wednesday, the day before (was Thursday)', () => {
    const [, , record, spx, gap, iwm, spy] = firsts(thread, TRUMP);
    const wednesday = { kind: 'dates', from: '2024-11-05', to: '2024-11-06' };
    assert.equal(record.metric, 'record');
    assert.deepEqual(record.window, wednesday);
    assert.deepEqual([spx.window, gap.window], [wednesday, wednesday]);
    // "IWM: +5.8%." in the same paragraph: Wednesday's too (was since the vote, to Thursday).
    assert.deepEqual([iwm.subjects, iwm.window], [['IWM'], wednesday]);
    assert.deepEqual([spy.subjects, spy.window], [['SPY'], wednesday]);
  });
  it('a statement before its question still states; a wh-question presupposes its number', () => {
    const [s] = firsts('Small caps rose 5% this week; can it last?', TRUMP);
    assert.equal(s.stated, 5);
    const [why] = firsts('Why did the Russell 2000 gain 5.8% on Wednesday?', TRUMP);
    assert.equal(why.stated, 5.8);
    const [yes] = readArticle('Was it the best day since 2022?', TRUMP);
    assert.match(yes.reason ?? '', /^a question \("Was …\?"\)/);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,392.92 / 2,260.84 − 1 = 5.84%; ^GSPC 5,929.04 / 5,782.76 − 1 = 2.53%: the gap 3.31 > 3', async () => {
      const [, ret, , spx, gap] = await checkedReadings(data.ev, thread, TRUMP);
      near(ret.computed?.value, pctOf(RUT.nov5, RUT.nov6));
      near(spx.computed?.value, pctOf(SPX.nov5, SPX.nov6));
      near(gap.computed?.value, pctOf(RUT.nov5, RUT.nov6) - pctOf(SPX.nov5, SPX.nov6));
      assert.deepEqual([ret.verdict, spx.verdict, gap.verdict], ['supported', 'supported', 'supported']);
    });
  });
});

describe('"the day after" with nothing after it is the day after the one just named', () => {
  const o = { event: '2016-11-08', to: '2016-12-02' };
  it('"3.1% on Nov. 9 and another 1.6% the day after": Nov. 10 (was Nov. 9 again)', () => {
    const [a, b] = firsts('The Russell gained 3.1% on Nov. 9 and another 1.6% the day after.', o);
    assert.deepEqual(a.window, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' });
    assert.deepEqual(b.window, { kind: 'dates', from: '2016-11-09', to: '2016-11-10' });
  });
  it('"It added another 1.6% the day after." after a day: the next (was the day before\'s, carried)', () => {
    const [, b] = firsts('The Russell gained 3.1% on Nov. 9. It added another 1.6% the day after.', o);
    assert.deepEqual(b.window, { kind: 'dates', from: '2016-11-09', to: '2016-11-10' });
  });
  it('"the day after the election" keeps its object: the first session after the vote', () => {
    const [a] = firsts('The Russell gained 3.1% the day after the election.', o);
    assert.deepEqual(a.window, { kind: 'sessions', event: '2016-11-08', sessions: 1 });
  });
});

describe('a wire story\'s "with the Russell 2000 jumping 1.5% to 2,434.98, a fresh post-election high"', () => {
  const o = { event: '2024-11-05', to: '2024-11-11' };
  const text =
    'U.S. stocks rose on Monday, with the small-cap Russell 2000 index jumping 1.5% to 2,434.98, a fresh post-election high.';
  it('the level after a participle\'s "to" is a close (was not read), and the high a rank among closes since the vote', () => {
    const [ret, level] = firsts(text, o);
    assert.equal(ret.stated, 1.5);
    assert.deepEqual([level.metric, level.stated], ['level', 2434.98]);
    const { words: _, ...record } = level.record ?? {};
    assert.deepEqual(record, { kind: 'rank', rank: 1, from: '2024-11-05', level: true, direction: 'gain' });
  });
  it('"its highest close since the election", "its lowest since the vote", "a new post-Brexit low" likewise', () => {
    const [hi] = firsts(
      'The Russell 2000 closed at 2,434.98 on Monday, its highest close since the election.',
      o,
    );
    assert.deepEqual([hi.record?.kind, hi.record?.from, hi.record?.level], ['rank', '2024-11-05', true]);
    const [lo] = firsts('The Russell 2000 fell to its lowest since the vote on Dec. 18.', {
      ...o,
      to: '2024-12-18',
    });
    assert.deepEqual([lo.record?.from, lo.record?.direction], ['2024-11-05', 'loss']);
    const [brexit] = firsts('The FTSE 250 hit a new post-Brexit low.', {
      event: '2016-06-23',
      to: '2016-06-27',
    });
    assert.deepEqual([brexit.record?.from, brexit.record?.direction], ['2016-06-23', 'loss']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('Nov. 11: 2,434.98 is the highest of the 5 closes since Nov. 5 (2,260.84 … 2,399.64); ^RUT 2,434.98 / 2,399.64 − 1 = 1.47%', async () => {
      const got = await checkedLines(data.ev, text, o);
      near(Number(/supported, ([\d.]+)%/.exec(got[0])?.[1]), +pctOf(RUT.nov8, RUT.nov11).toFixed(2));
      assert.match(got[1], /supported: the highest of 5 closes since 2024-11-05/);
    });
    it("Dec. 18: 2,231.51 is the lowest close since the vote (below Nov. 5's 2,260.84)", async () => {
      const got = await checkedLines(
        data.ev,
        'The Russell 2000 fell to its lowest close since the election on Dec. 18.',
        { ...o, to: '2024-12-18' },
      );
      assert.ok(RUT.dec18 < RUT.nov5);
      assert.match(got[0], /supported: the lowest of \d+ closes since 2024-11-05/);
    });
  });
});

describe('a "by the numbers" box: a reference or a trailing period in the label before the colon', () => {
  const o = { event: '2024-11-05', to: '2024-12-06', funds };
  it('"Russell 2000 from its Nov. 25 high: -1.2%" is a distance from the Nov. 25 close (was a return since the vote)', () => {
    const [d] = firsts('🔻 Russell 2000 from its Nov. 25 high: -1.2%', o);
    assert.equal(d.metric, 'distance');
    assert.equal(d.stated, -1.2);
    assert.deepEqual([d.extreme?.side, d.extreme?.from], ['high', '2024-11-25']);
  });
  for (const [label, from] of [
    ['IWM, one month: +5.9%', '2024-11-06'],
    ['IWM 1M: +5.9%', '2024-11-06'],
    ['IWM, 3-mo: +5.9%', '2024-09-06'],
    ['IWM 1Y: +5.9%', '2023-12-06'],
  ])
    it(`"${label}": the months to the article's date, from ${from} (was since the vote)`, () => {
      const [r] = firsts(label, o);
      assert.deepEqual(r.window, { kind: 'dates', from, to: '2024-12-06' });
    });
  it('"$1M:" is money, no period', () => {
    const [s] = readArticle('Inflows, $1M: ignored', o);
    assert.notEqual(s.status, 'claims');
  });
});

describe('a year-on story (Nov. 5, 2025): an opening participle, a slide to a dated low, a first close past a record', () => {
  const o = { event: '2024-11-05', to: '2025-11-05' };
  const slide =
    'After peaking at 2,442.03 on Nov. 25, 2024, the small-cap index slid 27.9% to its April 8 low, when tariff fears gripped markets. From that trough it has since rallied 40%.';
  it("the opening clause's level is the main clause's subject's (was no subject); the slide runs peak to low (was Nov. 25's session)", () => {
    const [level, slid, rally] = firsts(slide, o);
    assert.deepEqual([level.metric, level.subjects, level.stated], ['level', ['^RUT'], 2442.03]);
    assert.deepEqual(level.window, { kind: 'dates', from: '2024-11-22', to: '2024-11-25' });
    assert.deepEqual(slid.window, { kind: 'dates', from: '2024-11-25', to: '2025-04-08' });
    // "From that trough": from the low the sentence before ended at (was from Nov. 25).
    assert.deepEqual(rally.window, { kind: 'dates', from: '2025-04-08', to: '2025-11-05' });
  });
  it('"After rising 5.8% on Nov. 6, 2024, the Russell 2000 fell 0.4% the next day": both the Russell\'s', () => {
    const [rose, fell] = firsts(
      'After rising 5.8% on Nov. 6, 2024, the Russell 2000 fell 0.4% the next day.',
      o,
    );
    assert.deepEqual([rose.subjects, fell.subjects], [['^RUT'], ['^RUT']]);
    assert.deepEqual(fell.window, { kind: 'dates', from: '2024-11-06', to: '2024-11-07' });
  });
  const first =
    'In September the Russell 2000 finally closed above its November 2021 record of 2,442.74 for the first time.';
  it('"closed above its November 2021 record of 2,442.74 for the first time": a first close past 2,442.74 (was no number)', () => {
    const [r] = firsts(first, o);
    assert.deepEqual(r.window, { kind: 'month', month: '2025-09' });
    assert.deepEqual([r.record?.level, r.record?.past, r.record?.direction], [true, 2442.74, 'gain']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT: 2,442.74 on Nov. 8, 2021 (the record), 2,442.03 on Nov. 25, 2024, 1,760.71 on Apr. 8, 2025, 2,467.70
    // on Sept. 18, 2025 (the first close above 2,442.74), 2,448.77 on Sept. 19, 2,464.78 on Nov. 5, 2025.
    it('slide 1,760.71 / 2,442.03 − 1 = −27.90%; rally 2,464.78 / 1,760.71 − 1 = 39.99%: supported', async () => {
      const [, slid, rally] = await checkedReadings(data.ev, slide, o);
      near(slid.computed?.value, pctOf(2442.030029296875, 1760.7099609375));
      near(rally.computed?.value, pctOf(1760.7099609375, 2464.780029296875));
      assert.deepEqual([slid.verdict, rally.verdict], ['supported', 'supported']);
    });
    it('Sept. 18, 2025 is the first close above 2,442.74; "On Sept. 19 … for the first time" is not', async () => {
      const [sept] = await checkedLines(data.ev, first, o);
      assert.match(sept, /supported: the first close above 2,442\.74 .*\(2025-09-18: 2,467\.70\)/);
      const [late] = await checkedLines(data.ev, first.replace('In September', 'On Sept. 19'), o);
      assert.match(late, /not supported: the close of 2025-09-18, 2,467\.70, was above 2,442\.74 already/);
    });
  });
});

describe("a desk note (Sept. 19, 2024, the day after the Fed's 50bp cut): slashes, a two-day tally, a lead after a dash", () => {
  const o = { event: '2024-09-18', to: '2024-09-19' };
  it('"RTY +2.1% / SPX +1.7% on the day after the Fed\'s 50bp cut": two clauses (was both the Russell\'s), the session after the cut', () => {
    const [rty, spx] = firsts("RTY +2.1% / SPX +1.7% on the day after the Fed's 50bp cut.", o);
    assert.deepEqual([rty.subjects, spx.subjects], [['^RUT'], ['^GSPC']]);
    const after = { kind: 'sessions', event: '2024-09-18', sessions: 1, nextDay: true };
    assert.deepEqual([rty.window, spx.window], [after, after]);
  });
  it('"Two-day tally: RTY +2.1%, SPX +1.4% — small caps ahead by ~70bps": Sept. 17–19, and the gap is theirs', () => {
    const [rty, spx, gap] = firsts('Two-day tally: RTY +2.1%, SPX +1.4% — small caps ahead by ~70bps.', o);
    const two = { kind: 'dates', from: '2024-09-17', to: '2024-09-19' };
    assert.deepEqual([rty.window, spx.window, gap.window], [two, two, two]);
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['^RUT', '^GSPC'], 0.7]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT 2,205.48 (Sept. 17), 2,252.71 (Sept. 19); ^GSPC 5,634.58, 5,713.64.
    it('^RUT 2.14%, ^GSPC 1.40% over the two days: a gap of 0.74 points, "~70bps" supported', async () => {
      const [, , gap] = await checkedReadings(
        data.ev,
        'Two-day tally: RTY +2.1%, SPX +1.4% — small caps ahead by ~70bps.',
        o,
      );
      near(
        gap.computed?.value,
        pctOf(2205.47998046875, 2252.7099609375) - pctOf(5634.580078125, 5713.64013671875),
      );
      assert.equal(gap.verdict, 'supported');
    });
  });
});

describe('a London desk on the 2018 midterms (Dec. 6, 2018): "lower than its pre-election close", "By Friday November 9"', () => {
  const o = { event: '2018-11-06', to: '2018-12-06' };
  it('"By Friday November 9 the index was 0.4 per cent lower than its pre-election close": −0.4 since the vote, to Nov. 9', () => {
    const text =
      'The Russell 2000 rallied on the day after the vote. By Friday November 9 the index was 0.4 per cent lower than its pre-election close, while the S&P 500 held on to a gain of 0.9 per cent.';
    const [rut, spx] = firsts(text, o);
    const toNov9 = { kind: 'since', event: '2018-11-06', to: '2018-11-09' };
    assert.deepEqual([rut.subjects, rut.stated, rut.window], [['^RUT'], -0.4, toNov9]);
    assert.deepEqual([spx.subjects, spx.stated, spx.window], [['^GSPC'], 0.9, toNov9]);
  });
  it('"2% higher than its Nov. 9 close" is a return from that close, not a comparison with nothing named', () => {
    const [r] = firsts('The Russell 2000 is 2% higher than its Nov. 9 close.', o);
    assert.deepEqual(
      [r.metric, r.stated, r.window],
      ['return', 2, { kind: 'dates', from: '2018-11-09', to: '2018-12-06' }],
    );
  });
  it("\"trailing the blue-chip benchmark's 1.8 per cent\" is the S&P 500's return; beside the FTSE 250, the FTSE 100's", () => {
    const [, spx] = firsts(
      "Small caps rose 1.4 per cent in November, trailing the blue-chip benchmark's 1.8 per cent.",
      o,
    );
    assert.deepEqual([spx.metric, spx.subjects, spx.stated], ['return', ['^GSPC'], 1.8]);
    const [, ftse] = firsts("The FTSE 250 rose 1.4% in November, trailing the blue-chip index's 1.8%.", o);
    assert.deepEqual(ftse.subjects, ['^FTSE']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT 1,556.10 (Nov. 6), 1,549.49 (Nov. 9); ^GSPC 2,755.45, 2,781.01.
    it('^RUT 1,549.49 / 1,556.10 − 1 = −0.42%; ^GSPC 2,781.01 / 2,755.45 − 1 = 0.93%: both supported', async () => {
      const [rut, spx] = await checkedReadings(
        data.ev,
        'By Friday November 9 the Russell 2000 was 0.4 per cent lower than its pre-election close, while the S&P 500 held on to a gain of 0.9 per cent.',
        o,
      );
      near(rut.computed?.value, pctOf(1556.0999755859375, 1549.489990234375));
      near(spx.computed?.value, pctOf(2755.449951171875, 2781.010009765625));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
    });
  });
});

describe('a move named again by its number ("Of that 10.6% gain", "That 10.6% gain is …"): its subject and period', () => {
  const o = { event: '2016-11-08', to: '2016-11-30' };
  const text =
    "The Russell 2000 has gained 10.6% since the election. Of that 10.6% gain, about 3.1 points came on Nov. 9 alone. That 10.6% gain is nearly four times the S&P 500's 2.8%.";
  it("the part is Nov. 9's return, about 3.1% (was 3.1 index points); the whole stays since the vote (was Nov. 9)", () => {
    const [, whole, part, again, ratio, spx] = firsts(text, o);
    const since = { kind: 'since', event: '2016-11-08', to: '2016-11-30' };
    assert.deepEqual([whole.subjects, whole.window], [['^RUT'], since]);
    assert.deepEqual([part.metric, part.subjects, part.stated], ['return', ['^RUT'], 3.1]);
    assert.deepEqual(part.window, { kind: 'dates', from: '2016-11-08', to: '2016-11-09' });
    // "That 10.6% gain is nearly four times …": the Russell's since the vote (was no subject, then Nov. 9).
    assert.deepEqual([again.subjects, again.window], [['^RUT'], since]);
    assert.deepEqual([ratio.metric, ratio.subjects, ratio.window], ['ratio', ['^RUT', '^GSPC'], since]);
    assert.deepEqual(spx.window, since);
  });
});

describe('small things', () => {
  it('"has outperformed the S&P 500 for six of the last seven sessions" is a tally, as "in six of …" was', () => {
    const [r] = firsts('The Russell 2000 has outperformed the S&P 500 for six of the last seven sessions.', {
      event: '2024-11-05',
      to: '2024-11-15',
    });
    assert.equal(r.metric, 'record');
    assert.equal(r.record?.words, 'for six of the last seven sessions');
  });
  it('"measured from the post-referendum low" is a reference, no record; "a new post-referendum low" is one', () => {
    const o = { event: '2016-06-23', to: '2017-06-23' };
    const [m] = firsts(
      'Measured from the post-referendum low on June 27, 2016, the FTSE 250 is up more than 30%.',
      o,
    );
    assert.equal(m.record, undefined);
    assert.deepEqual(m.window, { kind: 'dates', from: '2016-06-27', to: '2017-06-23' });
  });
});

describe('"from the same low": the low the sentence before measured from (a Brexit column of July 22, 2016)', () => {
  const o = { event: '2016-06-23', to: '2016-07-22' };
  const text =
    'The small-cap benchmark has climbed more than a tenth from its June 27 trough. Large caps have done a little less well, regaining about 8.7 per cent from the same low.';
  it("the S&P 500's distance is from June 27's close too (was from its lowest close on record, 1932)", () => {
    const [rut, spx] = firsts(text, o);
    assert.deepEqual([rut.extreme?.side, rut.extreme?.from], ['low', '2016-06-27']);
    assert.deepEqual([spx.subjects, spx.extreme?.side, spx.extreme?.from], [['^GSPC'], 'low', '2016-06-27']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT 1,089.65 and ^GSPC 2,000.54 on June 27, 2016; 1,212.89 and 2,175.03 on July 22.
    it('^RUT 1,212.89 / 1,089.65 − 1 = 11.31% (> 10); ^GSPC 2,175.03 / 2,000.54 − 1 = 8.72%: both supported', async () => {
      const [rut, spx] = await checkedReadings(data.ev, text, o);
      near(rut.computed?.value, pctOf(1089.6500244140625, 1212.8900146484375));
      near(spx.computed?.value, pctOf(2000.5400390625, 2175.030029296875));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
    });
  });
});

describe('"their worst two-day post-election drop on record" (Nov. 7, 2008): a run of sessions after the vote', () => {
  const o = { event: '2008-11-04', to: '2008-11-07' };
  const text =
    'Stocks posted their worst two-day post-election drop on record, with the Russell 2000 losing 9.2% and the S&P 500 10%.';
  it("the numbers are the two sessions after the vote (was the article's day); the record ranks elections", () => {
    const [rut, spx] = firsts(text, o);
    const two = { kind: 'sessions', event: '2008-11-04', sessions: 2 };
    assert.deepEqual([rut.window, spx.window], [two, two]);
    assert.deepEqual(
      [rut.record?.kind, rut.record?.stretch, rut.record?.direction],
      ['worst-on-record', 2, 'loss'],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 495.84 / 545.97 − 1 = −9.18%, the worst of the 6 elections from 1988 over the same two sessions', async () => {
      const [rut] = await checkedLines(data.ev, text, o);
      assert.match(rut, /-9\.2%: supported, -9\.18%/);
      assert.match(rut, /supported: 1st of the 6 US presidential elections from 1988 to then/);
    });
  });
});

describe('a table of elections under a title over a dateline; a tally that opens its sentence', () => {
  const o = { event: '2024-11-05', to: '2024-12-05' };
  const article = [
    'How 2024 stacks up: small caps in the month after each election',
    '',
    'December 5, 2024',
    '',
    'Election   Russell 2000   S&P 500',
    '2016       +11.0%         +3.4%',
    '2020       +14.5%         +8.8%',
  ].join('\n');
  it("the title's window after each election is every column's (was unread: no window in the columns)", () => {
    const [r16, s16, r20] = firsts(article, o);
    assert.deepEqual([r16.subjects, r16.stated], [['^RUT'], 11]);
    assert.deepEqual(r16.window, { kind: 'since', event: '2016-11-08', to: '2016-12-08' });
    assert.deepEqual([s16.subjects, s16.window], [['^GSPC'], r16.window]);
    assert.deepEqual(r20.window, { kind: 'since', event: '2020-11-03', to: '2020-12-03' });
  });
  it('"In each of the last three elections, small caps beat large caps in the month after the vote" is a tally (was no number)', () => {
    const [r] = firsts(
      'In each of the last three elections, small caps beat large caps in the month after the vote.',
      o,
    );
    assert.equal(r.metric, 'record');
    assert.deepEqual(
      [r.record?.tally?.hits, r.record?.tally?.of, r.record?.tally?.events, r.record?.direction],
      [3, 3, 'elections', 'gain'],
    );
  });
});

describe('"its third-best day on record": a place among every period, not the best', () => {
  const o = { event: '2024-11-05', to: '2024-11-06' };
  it('reads a rank with no start (was no record at all); "its best day on record" stays the best', () => {
    const [third] = firsts('The Russell 2000 rose 5.8%, its third-best day on record.', o);
    const { words: _w, ...r } = third.record ?? {};
    assert.deepEqual(r, { kind: 'rank', rank: 3, period: 'day', direction: 'gain' });
    const [tenth] = firsts('The Russell 2000 rose 5.8%, its 10th-best day ever.', o);
    assert.deepEqual([tenth.record?.kind, tenth.record?.rank], ['rank', 10]);
    const [best] = firsts('The Russell 2000 rose 5.8%, its best day on record.', o);
    assert.equal(best.record?.kind, 'best-on-record');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // Counted apart from capgap over ^RUT.csv (Date, Close): 9,363 daily returns from Sept. 11, 1987 to Nov. 6,
    // 2024, 25 of them above 2,392.92 / 2,260.84 − 1 = 5.84%.
    it("Nov. 6, 2024's 5.84% is the 26th of the Russell's 9,363 days from 1987: 26th holds, third does not", async () => {
      const [third] = await checkedLines(
        data.ev,
        'The Russell 2000 rose 5.8%, its third-best day on record.',
        o,
      );
      assert.match(
        third,
        /"its third-best day on record": not supported: .*26th of 9,363 days from 1987-09-11/,
      );
      const [right] = await checkedLines(
        data.ev,
        'The Russell 2000 rose 5.8%, its 26th-best day on record.',
        o,
      );
      assert.match(right, /"its 26th-best day on record": supported: .*26th of 9,363 days/);
    });
  });
});

describe("a share of an index's members is no return, and says so", () => {
  const o = { event: '2024-11-05', to: '2024-11-06' };
  it('"More than 90% of Russell 2000 stocks rose on Wednesday", as "… members" did (was "no subject for 90%")', () => {
    const [s] = readArticle('More than 90% of Russell 2000 stocks rose on Wednesday.', o);
    assert.equal(s.status, 'not a quantitative claim');
    assert.equal(s.reason, 'not a return (breadth: a share of an index\'s members, not their return): "90%"');
  });
  it('a size group written the same way still reads: "The smallest 10% of US stocks returned 8.6% more …"', () => {
    const [r] = firsts(
      'The smallest 10% of US stocks returned 8.6% more than the largest 10% in November.',
      o,
    );
    assert.deepEqual([r.metric, r.subjects, r.stated], ['spread', ['Lo 10', 'Hi 10'], 8.6]);
  });
});

describe('a verb that passes the number is its bound: "topped $4bn", "surpassed 2,400", "crossed 6,000"', () => {
  const o = { event: '2024-11-05', to: '2024-11-11', funds };
  it('each is more than the number (was equal to it; "surpassed 2,400" was no number at all)', () => {
    const [flow] = firsts('Inflows into IWM alone topped $4bn in the five sessions after the vote.', o);
    assert.deepEqual([flow.metric, flow.comparator.kind, flow.stated], ['flow', 'gt', 4e9]);
    const [level] = firsts('The Russell 2000 surpassed 2,400 on Friday.', o);
    assert.deepEqual([level.metric, level.comparator.kind, level.stated], ['level', 'gt', 2400]);
    const [spx] = firsts('The S&P 500 crossed 6,000 on Monday.', o);
    assert.deepEqual([spx.comparator.kind, spx.stated], ['gt', 6000]);
    const [below] = firsts('The S&P 500 crossed below 5,000 on Monday.', o);
    assert.equal(below.comparator.kind, 'lt');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('Nov. 11, 2024: ^GSPC closed at 6,001.35, above 6,000', async () => {
      const [line] = await checkedLines(data.ev, 'The S&P 500 crossed 6,000 on Monday.', o);
      assert.match(line, /crossed 6000 points: supported, 6,001\.35 points/);
    });
  });
});

describe('a record after a possessive: "the Russell 2000\'s best month of 2024", "… best month on record"', () => {
  const o = { event: '2024-11-05', to: '2024-11-29' };
  it('reads the record after the name (was no record: only "its", "their", "the" came before it)', () => {
    const [year] = firsts("November was the Russell 2000's best month of 2024, a 10.8% gain.", o);
    assert.deepEqual(
      [year.record?.kind, year.record?.from, year.record?.period],
      ['rank', '2024-01-01', 'month'],
    );
    const [ever] = firsts("It was the Russell 2000's best month on record.", o);
    assert.equal(ever.record?.kind, 'best-on-record');
    const [third] = firsts("It was the Russell 2000's third-best month of the year.", o);
    assert.deepEqual([third.record?.kind, third.record?.rank], ['rank', 3]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT: 2,196.65 (Oct. 31, 2024) to 2,434.73 (Nov. 29): +10.84%; July 2024, the next best, +10.10%.
    it('November 2024 (+10.84%) is the best of the 11 months of 2024', async () => {
      const [line] = await checkedLines(
        data.ev,
        "November was the Russell 2000's best month of 2024, a 10.8% gain.",
        o,
      );
      assert.match(
        line,
        /"best month of 2024": supported: the best of 11 months since 2024-01-01 \(Nov 2024: 10\.84%\)/,
      );
    });
  });
});

describe("a running total and its peak, told in a day's words (Nov. 13, 2024)", () => {
  const o = { event: '2024-11-05', to: '2024-11-13' };
  it('"up 4.8% since the vote, down from 7.7% on Monday": the 7.7% is the total as of Monday (was Monday\'s own move)', () => {
    const [now, then] = firsts(
      'The Russell 2000 is now up 4.8% since the vote, down from 7.7% on Monday.',
      o,
    );
    assert.deepEqual(now.window, { kind: 'since', event: '2024-11-05', to: '2024-11-13' });
    assert.deepEqual(then.window, { kind: 'since', event: '2024-11-05', to: '2024-11-11' });
    // A day's move after "up from" a day's move stays that day's.
    const [, friday] = firsts('The Russell 2000 rose 1.5% on Monday, up from a 0.7% gain on Friday.', o);
    assert.deepEqual(friday.window, { kind: 'dates', from: '2024-11-07', to: '2024-11-08' });
  });
  it('"3% below Monday\'s post-election peak" is measured from Monday\'s close (was from the highest close on record)', () => {
    const [d] = firsts("That leaves the Russell 2000 3% below Monday's post-election peak.", o);
    assert.deepEqual(
      [d.metric, d.extreme?.side, d.extreme?.from, d.extreme?.to],
      ['distance', 'high', '2024-11-11', '2024-11-11'],
    );
  });
  it('"have given up a third of their post-election gains" is a share given back, not "up a third" (−33%)', () => {
    const rs = firsts('Small caps have given up a third of their post-election gains in two sessions.', o);
    assert.deepEqual(
      rs.map((r) => [r.metric, +r.stated.toFixed(4)]),
      [['ratio', 0.3333]],
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT 2,260.84 (Nov. 5), 2,434.98 (Nov. 11), 2,369.37 (Nov. 13).
    it('since the vote: 4.80% to Nov. 13 and 7.70% to Nov. 11; 2,369.37 / 2,434.98 − 1 = −2.69% from Monday', async () => {
      const [now, then] = await checkedReadings(
        data.ev,
        'The Russell 2000 is now up 4.8% since the vote, down from 7.7% on Monday.',
        o,
      );
      near(now.computed?.value, pctOf(RUT.nov5, 2369.3701171875));
      near(then.computed?.value, pctOf(RUT.nov5, RUT.nov11));
      assert.deepEqual([now.verdict, then.verdict], ['supported', 'supported']);
      const [d] = await checkedReadings(
        data.ev,
        "That leaves the Russell 2000 2.7% below Monday's post-election peak.",
        o,
      );
      near(d.computed?.value, pctOf(RUT.nov11, 2369.3701171875));
      assert.equal(d.verdict, 'supported');
    });
  });
});

describe('a scorecard of Nov. 22, 2024: the base close a move ran from, and "over the same stretch" after it', () => {
  const o = { event: '2024-11-05', to: '2024-11-22' };
  const text =
    'The Russell 2000 closed Friday at 2,406.67, up 6.4% from its Election Day close of 2,260.84. The S&P 500, at 5,969.34, is up 3.2% over the same stretch.';
  it("the base close is Election Day's (was Friday's); the next sentence's stretch is the move's, since the vote (was Friday)", () => {
    const [friday, move, base, spxLevel, spx] = firsts(text, o);
    assert.deepEqual(
      [friday.metric, friday.window],
      ['level', { kind: 'dates', from: '2024-11-21', to: '2024-11-22' }],
    );
    assert.deepEqual(move.window, { kind: 'since', event: '2024-11-05', to: '2024-11-22' });
    assert.deepEqual(
      [base.metric, base.stated, base.window],
      ['level', 2260.84, { kind: 'dates', from: '2024-11-05', to: '2024-11-05' }],
    );
    // "The S&P 500, at 5,969.34, …": a close set off by commas (was not read).
    assert.deepEqual([spxLevel.metric, spxLevel.subjects, spxLevel.stated], ['level', ['^GSPC'], 5969.34]);
    assert.deepEqual(spx.window, { kind: 'since', event: '2024-11-05', to: '2024-11-22' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    // ^RUT 2,260.84 (Nov. 5) and 2,406.67 (Nov. 22); ^GSPC 5,782.76 and 5,969.34.
    it('both closes supported; ^GSPC 5,969.34 / 5,782.76 − 1 = 3.23% supported; ^RUT +6.45% is not "6.4%"', async () => {
      const [friday, move, base, spxLevel, spx] = await checkedReadings(data.ev, text, o);
      assert.deepEqual(
        [friday.verdict, base.verdict, spxLevel.verdict],
        ['supported', 'supported', 'supported'],
      );
      near(spx.computed?.value, pctOf(SPX.nov5, 5969.33984375));
      assert.equal(spx.verdict, 'supported');
      near(move.computed?.value, pctOf(RUT.nov5, 2406.669921875));
      assert.equal(move.verdict, 'not supported');
    });
  });
});
