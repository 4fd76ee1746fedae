import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Thirty-fifth round: a Q&A explainer of Nov. 12, 2024, a thread of the day after the 2024 election ("R2K +5.8%
// today. SPX +2.5%. Spread: 330bp."), a Reuters-style wrap of Nov. 6, 2024, and a note on the Fed's cut of
// Sept. 18, 2024 ("On the day after the cut, …. Since then, …"). Each reading was written by hand before the
// reader ran; every value checked on the embedded data is computed here from bars read by hand: ^RUT from
// ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, High, Low,
// Open), ^GSPC from yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).

const RUT = {
  close0918: 2206.340087890625,
  close0919: 2252.7099609375,
  close0930: 2229.969970703125,
  close1105: 2260.840087890625,
  close1106: 2392.919921875,
  close1107: 2382.68994140625,
};
const SPX_CLOSE = { close1105: 5782.759765625, close1106: 5929.0400390625, close1107: 5973.10009765625 };
const DAY_AFTER = { event: '2024-11-05', to: '2024-11-06' };
const FED = { event: '2024-09-18', to: '2024-09-30' };

describe('"trailed the S&P 500 with a 0.4% loss": the laggard\'s own move, not a gap', () => {
  it("a relative verb's object, then a number with its noun of movement: ^RUT's return, signed by the noun", () => {
    const [r, ...rest] = firsts('The Russell 2000 trailed the S&P 500 with a 0.4% loss on Thursday.', {
      event: '2024-11-05',
      to: '2024-11-08',
    });
    assert.deepEqual(
      [r.metric, r.subjects, r.stated, r.window, rest.length],
      ['return', ['^RUT'], -0.4, { kind: 'dates', from: '2024-11-06', to: '2024-11-07' }, 0],
    );
  });
  it('"beat the S&P 500 with a 3-point lead" is still the gap (no noun of movement after the number)', () => {
    const [r] = firsts('The Russell 2000 outpaced the S&P 500 with a 3-point lead.', DAY_AFTER);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['spread', ['^RUT', '^GSPC'], 3]);
  });
});

describe('a record of a close goes on the close nearest it', () => {
  const wrap =
    'The Russell 2000 closed up 5.84% at 2,392.92, while the S&P 500 rose 2.53% to end at 5,929.04, an all-time high.';
  it('"…, while the S&P 500 rose 2.53% to end at 5,929.04, an all-time high": the S&P 500\'s close (was the Russell\'s)', () => {
    const levels = firsts(wrap, DAY_AFTER).filter((r) => r.metric === 'level');
    assert.deepEqual(
      levels.map((r) => [r.subjects[0], r.stated, !!r.record]),
      [
        ['^RUT', 2392.92, false],
        ['^GSPC', 5929.04, true],
      ],
    );
  });
  it('"closed at a record 2,442.03" keeps the close after the phrase', () => {
    const [r] = firsts('The Russell 2000 closed at a record 2,442.03.', { to: '2024-11-25' });
    assert.deepEqual([r.metric, r.stated, r.record?.level], ['level', 2442.03, true]);
  });
});

describe('a thread: "R2K +5.8% today. SPX +2.5%. Spread: 330bp. That\'s the biggest one-day R2K gain since …"', () => {
  const thread =
    "1/ Election day-after recap. 2/ R2K +5.8% today. SPX +2.5%. Spread: 330bp. 3/ That's the biggest one-day R2K gain since Nov 9, 2020.";
  const DAY = { kind: 'dates', from: '2024-11-05', to: '2024-11-06' };
  it('"SPX +2.5%." after "R2K +5.8% today." is over the same day (was since the vote)', () => {
    const [rut, spx] = firsts(thread, DAY_AFTER);
    assert.deepEqual([rut.window, spx.window, spx.windowSource], [DAY, DAY, 'carried']);
  });
  it('"Spread: 330bp." is ^RUT less ^GSPC that day, 3.3 ± 0.1 (the legs are rounded)', () => {
    const [, , spread] = firsts(thread, DAY_AFTER);
    assert.deepEqual(
      [spread.metric, spread.subjects, spread.stated, spread.window, spread.comparator],
      ['spread', ['^RUT', '^GSPC'], 3.3, DAY, { kind: 'eq', lo: 3.2, hi: 3.4 }],
    );
  });
  it('"the biggest one-day R2K gain" ranks ^RUT (was the S&P 500 of the sentence before)', () => {
    const [, , , record] = firsts(thread, DAY_AFTER);
    assert.deepEqual([record.metric, record.subjects], ['record', ['^RUT']]);
  });
  it('"its best day since the 2016 election" keeps its words hidden: no subject from the event', () => {
    const got = firsts(
      'The Russell 2000 rose 5.8% on Wednesday, its best day since the 2016 election.',
      DAY_AFTER,
    );
    assert.deepEqual(
      got.map((r) => r.subjects),
      [['^RUT']],
    );
  });
  it('a table\'s aligned row ("Russell 2000    +8.95%") is no such fragment: it keeps its caption', () => {
    const [, row] = firsts(
      'Small caps have beaten large caps by 7 points since the election.\n\nTable 1: Returns from the Nov. 8 close to the Nov. 15 close\nRussell 2000    +8.95%',
      { event: '2016-11-08', to: '2016-11-15' },
    );
    assert.deepEqual(row.window, { kind: 'dates', from: '2016-11-08', to: '2016-11-15' });
  });
});

describe('"ahead by" / "behind by" with no one after it', () => {
  const ro = { event: '2024-11-05', to: '2024-11-12' };
  it('"Small caps are still ahead by almost four percentage points since the vote": small over large caps', () => {
    const [s] = readArticle(
      'Small caps are still ahead by almost four percentage points since the vote.',
      ro,
    );
    assert.deepEqual(
      s.claims[0].readings.map((r) => [r.subjects, r.stated, r.target]),
      [
        [['^RUT', '^GSPC'], 4, 'opposite-group'],
        [['Lo 30', 'Hi 30'], 4, 'opposite-group'],
      ],
    );
  });
  it('"Small caps are behind by 2 points this week" is −2', () => {
    const [r] = firsts('Small caps are behind by 2 points this week.', ro);
    assert.deepEqual([r.subjects, r.stated], [['^RUT', '^GSPC'], -2]);
  });
});

describe('"the day after the cut", "since the Fed\'s half-point cut", "from the close on the day of the cut"', () => {
  const NEXT = { kind: 'sessions', event: '2024-09-18', sessions: 1, nextDay: true };
  it('"On the day after the cut" is the session after the decision (was since the decision)', () => {
    const [r] = firsts('On the day after the cut, the Russell 2000 jumped 2.1%.', FED);
    assert.deepEqual(r.window, NEXT);
  });
  it('"Since then" after it runs from that session\'s close, Sept. 19, to the article\'s date', () => {
    const [, then] = firsts(
      'On the day after the cut, the Russell 2000 jumped 2.1%. Since then, the Russell 2000 has slipped 1.0%.',
      FED,
    );
    assert.deepEqual(
      [then.window, then.stated],
      [{ kind: 'dates', from: '2024-09-19', to: '2024-09-30' }, -1],
    );
  });
  it('"Measured from the close on the day of the cut" is since the cut, not the day of it', () => {
    const [r] = firsts('Measured from the close on the day of the cut, the S&P 500 is down 9.7%.', {
      event: '2020-03-03',
      to: '2020-03-13',
    });
    assert.deepEqual(
      [r.window, r.windowSource],
      [{ kind: 'since', event: '2020-03-03', to: '2020-03-13' }, 'carried'], // the opener's window, not the default
    );
  });
  it('"tax cuts" is no event: "Since the tax cuts, …" names no window of the decision', () => {
    const [r] = firsts('The Russell 2000 rose 2% after the tax cuts were passed.', FED);
    assert.notEqual(r.window.kind, 'sessions');
  });
});

describe('elections side by side: "14.2% (2016), 16.1% (2020) and 7.7% (2024)", "the same stretches", "in 2016"', () => {
  const ro = { event: '2024-11-05', to: '2024-12-10' };
  const first =
    'In the 20 trading days after each of the last three elections, the Russell 2000 rose 14.2% (2016), 16.1% (2020) and 7.7% (2024).';
  const after = (event: string) => ({ kind: 'sessions', event, sessions: 20 });
  const STRETCHES = [after('2016-11-08'), after('2020-11-03'), after('2024-11-05')];
  it("a bracketed election year after each number moves the sentence's window to that year's election", () => {
    assert.deepEqual(
      firsts(first, ro).map((r) => r.window),
      STRETCHES,
    );
  });
  it('"The S&P 500\'s moves over the same stretches were 4.7%, 7.3% and 3.9% respectively": those three, in order', () => {
    const got = firsts(
      `${first} The S&P 500's moves over the same stretches were 4.7%, 7.3% and 3.9% respectively.`,
      ro,
    );
    assert.deepEqual(
      got.slice(3).map((r) => [r.subjects, r.window]),
      STRETCHES.map((w) => [['^GSPC'], w]),
    );
  });
  it('"Small caps beat large caps by 9.5 ppt in 2016, 8.8 ppt in 2020 and 3.8 ppt in 2024": each year its stretch, all three read', () => {
    const got = firsts(
      `${first} Small caps beat large caps by 9.5 ppt in 2016, 8.8 ppt in 2020 and 3.8 ppt in 2024.`,
      ro,
    );
    assert.deepEqual(
      got.slice(3).map((r) => [r.metric, r.stated, r.window]),
      [
        ['spread', 9.5, STRETCHES[0]],
        ['spread', 8.8, STRETCHES[1]],
        ['spread', 3.8, STRETCHES[2]],
      ],
    );
  });
  it('with no stretches set out before, "in 2016" stays the calendar year', () => {
    const [r] = firsts('Small caps beat large caps by 9.5 ppt in 2016.', ro);
    assert.deepEqual(r.window, { kind: 'dates', from: '2015-12-31', to: '2016-12-31' });
  });
});

describe('sectors listed with their figures in brackets; "the same five sessions" after a week', () => {
  const ro = { event: '2024-11-05', to: '2024-11-15' };
  it('"followed by industrials (+4.5%) and energy (+3.9%)": energy is the sector (was industrials twice)', () => {
    const got = firsts(
      'Financials led the S&P 500 in the week after the vote, up 6.2%, followed by industrials (+4.5%) and energy (+3.9%).',
      ro,
    );
    assert.deepEqual(
      got.map((r) => [r.subjects[0], r.stated]),
      [
        ['sector:Financials', 6.2],
        ['sector:Industrials', 4.5],
        ['sector:Energy', 3.9],
      ],
    );
  });
  it('"over the same five sessions" after another sentence is the week after the vote, not since it', () => {
    const got = firsts(
      'Financials led in the week after the vote, up 6.2%. Real estate fell 1.0%. The Financial Select Sector SPDR Fund (XLF) gained 6.2% over the same five sessions.',
      ro,
    );
    assert.deepEqual(got.at(-1)?.window, { kind: 'week', event: '2024-11-05' });
  });
});

describe('scoreboards with a period\'s abbreviation: "R2K YTD +17.2%, SPX YTD +25.1%", "+10.8% m/m"', () => {
  const ro = { event: '2024-11-05', to: '2024-11-29' };
  it("\"SPX YTD +25.1%\" is the S&P 500's (was the Russell 2000's, the list's first name)", () => {
    const got = firsts('R2K YTD +17.2%, SPX YTD +25.1%.', ro);
    assert.deepEqual(
      got.map((r) => [r.subjects, r.stated, r.window]),
      [
        [['^RUT'], 17.2, { kind: 'dates', from: '2023-12-31', to: '2024-11-29' }],
        [['^GSPC'], 25.1, { kind: 'dates', from: '2023-12-31', to: '2024-11-29' }],
      ],
    );
  });
  it('"m/m" is the last whole month: November on Nov. 29, 2024 (its last session), October on Nov. 27', () => {
    const [w, m] = firsts('The Russell 2000 rose 0.9% w/w and 10.8% m/m.', ro);
    assert.deepEqual(
      [w.window, m.window],
      [
        { kind: 'week', weekEnd: '2024-11-29' },
        { kind: 'month', month: '2024-11' },
      ],
    );
    const [early] = firsts('The Russell 2000 rose 0.9% m/m.', { ...ro, to: '2024-11-27' });
    assert.deepEqual(early.window, { kind: 'month', month: '2024-10' });
  });
});

describe('a streak\'s "combined" move; gains erased "on Friday"', () => {
  const ro = { event: '2024-11-05', to: '2024-11-15' };
  it('"fell for a third straight day on Thursday, shedding a combined 4.2%": the three sessions to Thursday (was Thursday alone)', () => {
    const [r] = firsts(
      'The Russell 2000 fell for a third straight day on Thursday, shedding a combined 4.2%.',
      ro,
    );
    assert.deepEqual(
      [r.stated, r.window, r.record?.streak],
      [-4.2, { kind: 'dates', from: '2024-11-11', to: '2024-11-14' }, 3],
    );
  });
  it('"…, with the Russell 2000 up 1.2% and a cumulative 6.1%" with no day named: the five sessions to the article\'s date', () => {
    const [day, run] = firsts(
      'Small caps rallied for a fifth straight session, with the Russell 2000 up 1.2% and a cumulative 6.1%.',
      { event: '2024-11-05', to: '2024-11-12' },
    );
    assert.deepEqual(
      [day.window, run.window],
      [
        { kind: 'dates', from: '2024-11-11', to: '2024-11-12' },
        { kind: 'dates', from: '2024-11-05', to: '2024-11-12' },
      ],
    );
  });
  it('"Small caps erased their post-election gains on Friday": since the vote, as of Friday (was Friday alone)', () => {
    const got = firsts(
      'Small caps erased their post-election gains on Friday, with the Russell 2000 closing at 2,260.',
      { event: '2024-11-05', to: '2024-11-12' },
    );
    const erased = got.find((r) => r.metric === 'return');
    assert.deepEqual(
      [erased?.window, erased?.comparator?.kind],
      [{ kind: 'since', event: '2024-11-05', to: '2024-11-08' }, 'lt'],
    );
  });
});

describe('"Large caps rose about half as much."; "gained 5.8% to $235.70"', () => {
  const ro = { event: '2024-11-05', to: '2024-11-08' };
  const WED = { kind: 'dates', from: '2024-11-05', to: '2024-11-06' };
  it("a multiple whose other side is elided at the sentence's end is against the move before, over its day", () => {
    const [, half] = firsts(
      'The Russell 2000 jumped 5.8% on Wednesday. The S&P 500 rose less than half as much.',
      ro,
    );
    assert.deepEqual(
      [half.metric, half.subjects, half.stated, half.comparator?.kind, half.window],
      ['ratio', ['^GSPC', '^RUT'], 0.5, 'lt', WED],
    );
  });
  it('"Small caps … Large caps rose about half as much.": each reading against its own side', () => {
    const [s] = readArticle(
      'Small caps jumped 5.8% on Wednesday. Large caps rose about half as much.',
      ro,
    ).slice(1);
    assert.deepEqual(
      s.claims[0].readings.map((r) => r.subjects),
      [
        ['^GSPC', '^RUT'],
        ['Hi 30', 'Lo 30'],
      ],
    );
  });
  it('"IWM … gained 5.8% to $235.70": a move to a price is the day\'s (was since the vote)', () => {
    const [move, price] = firsts('IWM, the largest small-cap ETF, gained 5.8% to $235.70.', ro);
    const FRI = { kind: 'dates', from: '2024-11-07', to: '2024-11-08' };
    assert.deepEqual([move.window, price.metric, price.window], [FRI, 'level', FRI]);
  });
});

describe('a low named after a colon; a base named right after its number', () => {
  const ro = { event: '2016-06-23', to: '2016-07-08' };
  const text =
    'Small caps have since recovered all of that and more: from its June 27 low, the Russell 2000 has rallied 8.0%, leaving it 0.4% above its pre-referendum close.';
  it('"…: from its June 27 low, … has rallied 8.0%" runs from June 27 (was since the vote: the low read as a distance\'s reference)', () => {
    const [rally] = firsts(text, ro);
    assert.deepEqual(rally.window, { kind: 'dates', from: '2016-06-27', to: '2016-07-08' });
  });
  it('"leaving it 0.4% above its pre-referendum close" keeps its own base, since the vote', () => {
    const [, above] = firsts(text, ro);
    assert.deepEqual(
      [above.stated, above.window],
      [0.4, { kind: 'since', event: '2016-06-23', to: '2016-07-08' }],
    );
  });
});

describe('a record since a day ("its worst day since Oct. 31", "since Nov 9, 2020")', () => {
  const ro = { event: '2024-11-05', to: '2024-11-12' };
  it('the day is kept with its month, with or without a year; "since early November" keeps none', () => {
    const rec = (s: string) => firsts(s, ro)[0].record;
    assert.deepEqual(
      [
        rec('The Russell 2000 sank 1.8% on Tuesday, its worst day since Oct. 31.'),
        rec('The Russell 2000 rose 5.8% on Wednesday, its biggest one-day gain since Nov 9, 2020.'),
        rec('The Russell 2000 rose 5.8% on Wednesday, its best day since early November.'),
      ].map((r) => [r?.sinceMonth, r?.sinceDay]),
      [
        ['2024-10', 31],
        ['2020-11', 9],
        ['2024-11', undefined],
      ],
    );
  });
});

describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('on the embedded data: ^RUT 2,382.69 / 2,392.92 − 1 = −0.43% on Nov. 7, 2024, supported as "a 0.4% loss"', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 trailed the S&P 500 with a 0.4% loss on Thursday.',
      { event: '2024-11-05', to: '2024-11-08' },
    );
    near(r.computed?.value, pctOf(RUT.close1106, RUT.close1107));
    assert.equal(r.verdict, 'supported');
  });
  it('on the embedded data: ^GSPC 5,929.04 tops every earlier close (the last high, 5,864.67 on Oct. 18, 2024)', async () => {
    const got = await checkedReadings(
      data.ev,
      'The Russell 2000 closed up 5.84% at 2,392.92, while the S&P 500 rose 2.53% to end at 5,929.04, an all-time high.',
      DAY_AFTER,
    );
    const spx = got[3]; // ^RUT's move and close, then ^GSPC's
    near(spx?.computed?.value, SPX_CLOSE.close1106);
    assert.ok(SPX_CLOSE.close1106 > 5864.669921875);
    assert.equal(spx?.verdict, 'supported');
  });
  it('on the embedded data: "Spread: 330bp." is 5.84 − 2.53 = 3.31 points, supported', async () => {
    const got = await checkedReadings(data.ev, 'R2K +5.8% today. SPX +2.5%. Spread: 330bp.', DAY_AFTER);
    near(
      got[2].computed?.value,
      pctOf(RUT.close1105, RUT.close1106) - pctOf(SPX_CLOSE.close1105, SPX_CLOSE.close1106),
    );
    assert.deepEqual(
      got.map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
  it('on the embedded data: the biggest ^RUT day since Nov. 9, 2020 was Nov. 10, 2022 (6.11%), so 5.84% is not', async () => {
    const got = await checkedReadings(
      data.ev,
      "R2K +5.8% today. That's the biggest one-day R2K gain since Nov 9, 2020.",
      DAY_AFTER,
    );
    assert.equal(got[1].verdict, 'not supported');
  });
  it("on the embedded data: ^RUT over the 20 sessions after 2016's and 2020's votes, 14.17% and 13.86%", async () => {
    const got = await checkedReadings(
      data.ev,
      'In the 20 trading days after each of the last three elections, the Russell 2000 rose 14.2% (2016), 16.1% (2020) and 7.7% (2024).',
      { event: '2024-11-05', to: '2024-12-10' },
    );
    near(got[0].computed?.value, pctOf(1195.1400146484375, 1364.510009765625)); // Nov. 8 → Dec. 7, 2016
    near(got[1].computed?.value, pctOf(1614.300048828125, 1838.030029296875)); // Nov. 3 → Dec. 2, 2020
    assert.deepEqual([got[0].verdict, got[1].verdict], ['supported', 'not supported']);
  });
  it('on the embedded data: ^RUT in November 2024, 2,434.73 / 2,196.65 − 1 = 10.84%, supported as "10.8% m/m"', async () => {
    const [, m] = await checkedReadings(data.ev, 'The Russell 2000 rose 0.9% w/w and 10.8% m/m.', {
      event: '2024-11-05',
      to: '2024-11-29',
    });
    near(m.computed?.value, pctOf(2196.64990234375, 2434.72998046875)); // Oct. 31 → Nov. 29, 2024
    assert.equal(m.verdict, 'supported');
  });
  it('on the embedded data: the three sessions to Nov. 14, 2024, ^RUT 2,336.94 / 2,434.98 − 1 = −4.03%', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 fell for a third straight day on Thursday, shedding a combined 4.0%.',
      { event: '2024-11-05', to: '2024-11-15' },
    );
    near(r.computed?.value, pctOf(2434.97998046875, 2336.93994140625));
    assert.equal(r.verdict, 'supported');
  });
  it('on the embedded data: ^GSPC 2.53% against ^RUT 5.84% on Nov. 6, 2024, a ratio of 0.43: "less than half as much"', async () => {
    const [, half] = await checkedReadings(
      data.ev,
      'The Russell 2000 jumped 5.8% on Wednesday. The S&P 500 rose less than half as much.',
      { event: '2024-11-05', to: '2024-11-08' },
    );
    near(
      half.computed?.value,
      pctOf(SPX_CLOSE.close1105, SPX_CLOSE.close1106) / pctOf(RUT.close1105, RUT.close1106),
    );
    assert.equal(half.verdict, 'supported');
  });
  it("on the embedded data: ^RUT 1,177.36 / 1,089.65 − 1 = 8.05% from June 27, 2016, and 0.44% above June 23's 1,172.22", async () => {
    const [rally, above] = await checkedReadings(
      data.ev,
      'Small caps have since recovered all of that and more: from its June 27 low, the Russell 2000 has rallied 8.0%, leaving it 0.4% above its pre-referendum close.',
      { event: '2016-06-23', to: '2016-07-08' },
    );
    near(rally.computed?.value, pctOf(1089.6500244140625, 1177.3599853515625));
    near(above.computed?.value, pctOf(1172.219970703125, 1177.3599853515625));
    assert.deepEqual([rally.verdict, above.verdict], ['supported', 'supported']);
  });
  it('on the embedded data: ^RUT +5.84% on Nov. 6, 2024 is its best day since Nov. 10, 2022 (+6.11%), not since Nov. 9', async () => {
    const day = 'The Russell 2000 rose 5.8% on Wednesday, its best day since';
    const [held] = await checkedReadings(data.ev, `${day} Nov. 10, 2022.`, DAY_AFTER);
    const [not] = await checkedReadings(data.ev, `${day} Nov. 9, 2022.`, DAY_AFTER);
    near(held.computed?.value, pctOf(RUT.close1105, RUT.close1106));
    assert.deepEqual([held.verdict, not.verdict], ['supported', 'not supported']);
  });
  it('on the embedded data: the day after the cut ^RUT 2,252.71 / 2,206.34 − 1 = 2.10%; since then −1.01%', async () => {
    const [day, then] = await checkedReadings(
      data.ev,
      'On the day after the cut, the Russell 2000 jumped 2.1%. Since then, the Russell 2000 has slipped 1.0%.',
      FED,
    );
    near(day.computed?.value, pctOf(RUT.close0918, RUT.close0919));
    near(then.computed?.value, pctOf(RUT.close0919, RUT.close0930));
    assert.deepEqual([day.verdict, then.verdict], ['supported', 'supported']);
  });
});
