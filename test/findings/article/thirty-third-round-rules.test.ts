import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaim } from '../../../src/findings/check.ts';
import { parseClaims } from '../../../src/findings/claim-file.ts';
import type { ReadClaim } from '../../../src/findings/claim-read.ts';
import { firsts, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Thirty-third round: the morning after the 2024 election told at the open ("The Russell 2000 opened 1.8%
// higher and closed up 5.8%"), a Fed-cut story ("since early July", "since mid-July"). Each reading was
// written by hand before the reader ran; every value checked on the embedded data is computed here from
// bars read by hand: ^RUT from ../shared/data/prices/yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv
// (columns Date, Close, High, Low, Open), ^GSPC from yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open,
// High, Low, Close).

const RUT = { close1105: 2260.840087890625, open1106: 2300.97998046875, close1106: 2392.919921875 };
const SPX = { close1105: 5782.759765625, open1106: 5864.89013671875 };
const VOTE = { event: '2024-11-05', to: '2024-11-08' };
const DAY = { kind: 'dates', from: '2024-11-05', to: '2024-11-06' };

describe('a move to the open ("opened 1.8% higher", "up 1.4% at the open", "opened at 2,300.98")', () => {
  it('the number the opening words touch ends at the open, from the close before (base pinned)', () => {
    const [open, close, level] = firsts(
      'The Russell 2000 opened 1.8% higher on Wednesday and closed up 5.8% at 2,392.92.',
      VOTE,
    );
    assert.deepEqual(
      [open.at, open.conventions.base, open.window, close.at, level.at],
      ['open', 'close-before', DAY, undefined, undefined],
    );
  });
  it('"opened up", "gapped higher by", "higher at the open", "At the opening bell …," and "opened at" are all the open', () => {
    const text = [
      'The Russell 2000 opened up 1.8% on Wednesday.',
      'Small caps gapped higher by 1.8% on Wednesday.',
      'The S&P 500 was 1.4% higher at the open on Wednesday.',
      'At the opening bell on Wednesday, the Russell 2000 was up 1.8% and the S&P 500 1.4%.',
      'The Russell 2000 opened at 2,300.98 on Wednesday.',
    ].join(' ');
    assert.deepEqual(
      firsts(text, VOTE).map((r) => [r.metric, r.at]),
      [
        ['return', 'open'],
        ['return', 'open'],
        ['return', 'open'],
        ['return', 'open'],
        ['return', 'open'],
        ['level', 'open'],
      ],
    );
  });
  it('"opened sharply lower, down 2%, before recovering to close up 0.5%": the open, then the close', () => {
    assert.deepEqual(
      firsts(
        'The Russell 2000 opened sharply lower, down 2%, before recovering to close up 0.5% on Friday.',
        VOTE,
      ).map((r) => r.at),
      ['open', undefined],
    );
  });
  it('not the open: "rose 4% from the open" (a base), "opened higher and closed up 5.8%", "…, and it closed up 5.8%"', () => {
    const text = [
      'The Russell 2000 rose 4% from the open on Wednesday.',
      'The Russell 2000 opened higher on Wednesday and closed up 5.8%.',
      'At the open, the Russell 2000 was up 1.8%, and it closed up 5.8%.',
    ].join(' ');
    assert.deepEqual(
      firsts(text, VOTE).map((r) => r.at),
      [undefined, undefined, 'open', undefined],
    );
  });
  it('a claims file takes `at: open` for a return, a spread, a level or points, and refuses it elsewhere', () => {
    const [c] = parseClaims(
      '- {metric: return, subject: ^RUT, from: 2024-11-05, to: 2024-11-06, at: open, stated: 1.8%}\n',
    );
    assert.equal(c.at, 'open');
    assert.throws(
      () =>
        parseClaims(
          '- {metric: return, subject: ^RUT, from: 2024-11-05, to: 2024-11-06, at: close, stated: 1%}',
        ),
      /claim "claim-1": invalid at "close"; expected open/,
    );
    assert.throws(
      () => parseClaims('- {metric: flow, subject: small-cap, week_end: 2024-11-08, at: open, stated: $1bn}'),
      /claim "claim-1": at: open is for a return, a spread, a level or a move in points, not a flow/,
    );
  });
});

describe('a part of a month as a start ("since early July", "since mid-July", "since late July 2024")', () => {
  const o = { to: '2024-09-20' };
  it("from the close before the 1st, the 11th, the 21st to the article's date (was: one day, or the month)", () => {
    const ws = [
      'Small caps have beaten large caps by 4 percentage points since early July, when a cooler inflation report sparked a rotation.',
      'The Russell 2000 has gained 9% since mid-July.',
      'The Russell 2000 has gained 9% since late July 2024.',
    ].map((t) => firsts(t, o)[0].window);
    assert.deepEqual(ws, [
      { kind: 'dates', from: '2024-06-30', to: '2024-09-20' },
      { kind: 'dates', from: '2024-07-10', to: '2024-09-20' },
      { kind: 'dates', from: '2024-07-20', to: '2024-09-20' },
    ]);
  });
  it('a part of a month after the article\'s month is the year before; "in July, when" stays the month', () => {
    assert.deepEqual(
      [
        firsts('The Russell 2000 has gained 9% since mid-November.', o)[0].window,
        firsts('The Russell 2000 rose 9% in July, when rates fell.', o)[0].window,
      ],
      [
        { kind: 'dates', from: '2023-11-10', to: '2024-09-20' },
        { kind: 'month', month: '2024-07' },
      ],
    );
  });
});

describe('a half of a month ("in the first half of November", "in the second half of the month")', () => {
  it("the 1st to the 15th, and the 15th to the article's date while the month runs (was: the year's first half; since the vote)", () => {
    const o = { event: '2024-11-05', to: '2024-11-29' };
    assert.deepEqual(
      [
        firsts('The Russell 2000 rose 5% in the first half of November.', o)[0].window,
        firsts('In the second half of the month, the Russell 2000 gave back 2%.', o)[0].window,
        firsts('The Russell 2000 gained 8% in the first half of 2024.', o)[0].window,
      ],
      [
        { kind: 'dates', from: '2024-10-31', to: '2024-11-15' },
        { kind: 'dates', from: '2024-11-15', to: '2024-11-29' },
        { kind: 'dates', from: '2023-12-31', to: '2024-06-30' },
      ],
    );
  });
});

describe('"with one session left": the week or month to the session before its last', () => {
  it('a Friday-morning "For the week, … up 2.4%, with one session left" runs to Thursday (was: to Friday)', () => {
    assert.deepEqual(
      firsts('For the week, the Russell 2000 is up 2.4% and the S&P 500 1.5%, with one session left.', {
        to: '2024-09-27',
      }).map((r) => r.window),
      [
        { kind: 'dates', from: '2024-09-20', to: '2024-09-26' },
        { kind: 'dates', from: '2024-09-20', to: '2024-09-26' },
      ],
    );
  });
  it('"with two trading days remaining" in September 2024 (last session Monday the 30th): through the 26th', () => {
    assert.deepEqual(
      firsts('The Russell 2000 is up 10% this month, with two trading days remaining.', {
        to: '2024-09-27',
      })[0].window,
      { kind: 'month-to-date', month: '2024-09', to: '2024-09-26' },
    );
  });
  it("an end after the article's date is not taken: the article cannot know those closes", () => {
    assert.deepEqual(
      firsts('The Russell 2000 is up 10% this month, with two trading days remaining.', {
        to: '2024-09-20',
      })[0].window,
      { kind: 'month-to-date', month: '2024-09', to: '2024-09-20' },
    );
  });
});

describe('a bare weekday in a sentence that goes on from the day just told', () => {
  const OBAMA = { event: '2008-11-04', to: '2008-11-14' };
  const STORY =
    'On the day after the election, the Russell 2000 tumbled 5.7%. It fell another 3.7% on Thursday before rebounding 2% on Friday.';
  it('"It fell another 3.7% on Thursday before rebounding 2% on Friday": Nov. 6 and 7, 2008 (was: Nov. 13 and 14)', () => {
    assert.deepEqual(
      firsts(STORY, OBAMA)
        .slice(1)
        .map((r) => r.window),
      [
        { kind: 'dates', from: '2008-11-05', to: '2008-11-06' },
        { kind: 'dates', from: '2008-11-06', to: '2008-11-07' },
      ],
    );
  });
  it('without words that go on, "on Thursday" is the last Thursday to the article\'s date', () => {
    assert.deepEqual(
      firsts(
        'On the day after the election, the Russell 2000 tumbled 5.7%. It rose 3.7% on Thursday.',
        OBAMA,
      )[1].window,
      { kind: 'dates', from: '2008-11-12', to: '2008-11-13' },
    );
  });
});

describe('an average over elections named by their years ("the 1992 and 1996 elections")', () => {
  const o = { event: '2024-11-05', to: '2024-11-10' };
  it('those elections only, the month after the last one named (was: every election, the 2024 days to the article)', () => {
    const [r] = firsts('Small caps rose an average of 3% in the month after the 1992 and 1996 elections.', o);
    assert.deepEqual(
      [r.average?.years, r.average?.events, r.window],
      [[1992, 1996], 'elections', { kind: 'since', event: '1996-11-05', to: '1996-12-05' }],
    );
  });
  it('"After the 2000, 2004 and 2008 elections, …" takes three years; "the 1992 and 1996 elections" is one clause', () => {
    const [r] = firsts(
      'After the 2000, 2004 and 2008 elections, the Russell 2000 fell an average of 5% in the following month.',
      o,
    );
    assert.deepEqual(r.average?.years, [2000, 2004, 2008]);
  });
  it('a claims file takes `average: {years: [1992, 1996]}` and refuses a year that is not one', () => {
    const [c] = parseClaims(
      '- {metric: return, subject: ^RUT, since: 1996-11-05, to: 1996-12-05, average: {events: elections, years: [1992, 1996]}, stated: 3%}',
    );
    assert.deepEqual((c as ReadClaim).average?.years, [1992, 1996]);
    assert.throws(
      () =>
        parseClaims(
          '- {metric: return, subject: ^RUT, since: 1996-11-05, to: 1996-12-05, average: {events: elections, years: [nineteen]}, stated: 3%}',
        ),
      /claim "claim-1": invalid average years \["nineteen"\]; expected a list of years/,
    );
  });
});

describe('a close past a round level ("closed above 1,850 for the first time")', () => {
  const o = { event: '2020-11-03', to: '2020-11-25' };
  it('a level bounded by "above"/"below", with a first-time record past that level (was: no claim)', () => {
    const [r] = firsts('The Russell 2000 closed above 1,850 for the first time on Tuesday.', o);
    assert.deepEqual(
      [r.metric, r.comparator.kind, r.stated, r.window, r.record?.kind, r.record?.past, r.record?.level],
      [
        'level',
        'gt',
        1850,
        { kind: 'dates', from: '2020-11-23', to: '2020-11-24' },
        'best-on-record',
        1850,
        true,
      ],
    );
  });
  it('"ended below 1,790 for the first time since Nov. 10 on Friday": Friday\'s close, the lowest way, since Nov. 10', () => {
    const [r] = firsts('The Russell 2000 ended below 1,790 for the first time since Nov. 10 on Friday.', o);
    assert.deepEqual(
      [r.comparator.kind, r.window, r.record?.direction, r.record?.past, r.record?.sinceDay],
      ['lt', { kind: 'dates', from: '2020-11-19', to: '2020-11-20' }, 'loss', 1790, 10],
    );
  });
  it('"rose 1.9% to close above 1,850 for the first time": the record goes on the close, not the return', () => {
    const rs = firsts('The Russell 2000 rose 1.9% to close above 1,850 for the first time on Tuesday.', o);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.record?.past]),
      [
        ['return', undefined],
        ['level', 1850],
      ],
    );
  });
  it('"rose for the first time in a week" is no close past a level', () => {
    const rs = firsts('The Russell 2000 rose 1% on Friday for the first time in a week.', o);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.record?.past]),
      [['return', undefined]],
    );
  });
});

describe('ground won on a target ("gained 3.2 points on large caps", "is up 3.2 percentage points on the S&P 500")', () => {
  const o = { event: '2024-11-05', to: '2024-11-08' };
  it('a spread over the one after "on" (was: a move of 3.2 index points, or a difference against nothing)', () => {
    const rs = [
      'Since the election the Russell 2000 is up 3.2 percentage points on the S&P 500.',
      'Small caps have lost 2 points on the S&P 500 since the vote.',
    ].map((t) => firsts(t, o)[0]);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects, r.stated]),
      [
        ['spread', ['^RUT', '^GSPC'], 3.2],
        ['excess-return', ['^RUT', '^GSPC'], -2],
      ],
    );
  });
  it('"gained 18.5 points on the day" is still a move in points', () => {
    assert.equal(firsts('The Russell 2000 gained 18.5 points on the day.', o)[0].metric, 'points');
  });
});

describe('"in the three months following each of the last four first cuts / elections, by an average of 4 points"', () => {
  const o = { event: '2024-09-18', to: '2024-10-02' };
  it('the average over the last four first cuts of easing cycles, three months after each (was: since the cut to the article)', () => {
    const [r] = firsts(
      'Small caps outperformed large caps in the three months following each of the last four first cuts, by an average of 4 points.',
      o,
    );
    assert.deepEqual(
      [r.metric, r.average?.events, r.average?.of, r.window],
      ['spread', 'fomc-first-cuts', 4, { kind: 'since', event: '2024-09-18', to: '2024-12-18' }],
    );
  });
  it('"each of the last four elections" is a window after each too, beside the tally it also states', () => {
    const [r] = firsts(
      'Small caps outperformed large caps in the three months after each of the last four elections, by an average of 4 points.',
      o,
    );
    assert.deepEqual([r.average?.events, r.average?.of, r.window.kind], ['elections', 4, 'since']);
  });
});

describe('a move told after the one it follows ("adding to its 2.2% gain on Wednesday", "a day earlier")', () => {
  const o = { event: '2020-11-03', to: '2020-11-05' };
  const THU = { kind: 'dates', from: '2020-11-04', to: '2020-11-05' };
  const WED = { kind: 'dates', from: '2020-11-03', to: '2020-11-04' };
  it('"rose 1.9%, adding to its 2.2% gain on Wednesday": Thursday, then Wednesday (was: both Wednesday)', () => {
    assert.deepEqual(
      firsts('The S&P 500 rose 1.9%, adding to its 2.2% gain on Wednesday.', o).map((r) => r.window),
      [THU, WED],
    );
  });
  it('"gained 2.0%, after slipping 1.0% a day earlier" and "… on Thursday, after … the day before" (was: since the vote)', () => {
    assert.deepEqual(
      [
        ...firsts('The Russell 2000 gained 2.0%, after slipping 1.0% a day earlier.', o),
        ...firsts('The Russell 2000 gained 2.0% on Thursday, after slipping 1.0% the day before.', o),
      ].map((r) => r.window),
      [THU, WED, THU, WED],
    );
  });
  it('"A day earlier" in the next sentence is the session before the day it told: Friday, Nov. 6 before Monday, Nov. 9', () => {
    assert.deepEqual(
      firsts('On Nov. 9, the Russell 2000 jumped 3.7%. A day earlier, it had fallen 1%.', {
        ...o,
        to: '2020-11-12',
      })[1].window,
      { kind: 'dates', from: '2020-11-05', to: '2020-11-06' },
    );
  });
  it('"the day before the election" keeps its event', () => {
    assert.deepEqual(firsts('The Russell 2000 fell 1% on the day before the election.', o)[0].window, {
      kind: 'dates',
      from: '2020-10-30',
      to: '2020-11-02',
    });
  });
});

describe('an FT-style wrap: "best session since", "Wall Street\'s benchmark"', () => {
  const o = { event: '2024-11-05', to: '2024-11-07' };
  it('"It was the small-cap gauge\'s best session since November 2022": a day\'s record, the day just told (was: no period)', () => {
    const [, r] = firsts(
      "The Russell 2000 rose 5.8 per cent on Wednesday. It was the small-cap gauge's best session since November 2022.",
      o,
    );
    assert.deepEqual(
      [r.record?.period, r.record?.sinceYear, r.window],
      ['day', 2022, { kind: 'dates', from: '2024-11-05', to: '2024-11-06' }],
    );
  });
  it('"Wall Street\'s benchmark" alone is the S&P 500 (was: no subject)', () => {
    assert.deepEqual(
      firsts("Wall Street's benchmark has risen by about a fifth this year.", o).map((r) => r.subjects),
      [['^GSPC']],
    );
  });
});

describe('"Since polls closed on Tuesday evening" in a story of a later week', () => {
  it("is the vote's Tuesday, Nov. 5, 2024 (was: Nov. 19, the last Tuesday before the article)", () => {
    assert.deepEqual(
      firsts('Since polls closed on Tuesday evening, the Russell 2000 has risen 7.3%.', {
        event: '2024-11-05',
        to: '2024-11-22',
      })[0].window,
      { kind: 'since', event: '2024-11-05', to: '2024-11-22' },
    );
  });
  it('a weekday the event did not fall on keeps the last such day: "since the Fed cut rates on Wednesday"', () => {
    assert.deepEqual(
      firsts('Since the Fed cut rates on Wednesday, the Russell 2000 has risen 2%.', {
        event: '2024-11-05',
        to: '2024-11-22',
      })[0].window,
      { kind: 'since', event: '2024-11-20', to: '2024-11-22' },
    );
  });
});

describe('"the size premium", "has averaged 2% a year" (the mean of the yearly returns)', () => {
  const o = { to: '2024-11-15' };
  it('"The size premium" is French\'s SMB (was: no subject)', () => {
    assert.deepEqual(
      firsts('The size premium was 5.5% in November 2016.', o).map((r) => [r.subjects, r.window]),
      [[['SMB'], { kind: 'month', month: '2016-11' }]],
    );
  });
  it('"has averaged … a year" and "an annual return of" are the mean of the yearly returns; "annualized" the compound rate', () => {
    assert.deepEqual(
      [
        'The size premium has averaged about 2% a year since 1927.',
        'The Russell 2000 has averaged an annual return of 9% since 1988.',
        'Small caps have returned an annualized 7.5% over the past decade.',
      ].map((t) => firsts(t, o)[0].conventions.rate),
      ['annual-mean', 'annual-mean', 'annual'],
    );
  });
  it('a claims file takes `rate: annual-mean`', () => {
    const [c] = parseClaims(
      '- {metric: return, subject: ^RUT, from: 2021-12-31, to: 2023-12-31, stated: 0%, conventions: {rate: annual-mean}}',
    );
    assert.equal(c.conventions.rate, 'annual-mean');
  });
});

describe('"five-point-eight percent" (hyphens in a spoken decimal)', () => {
  it('is 5.8%, not -8% (was: "-eight percent" read as a fall)', () => {
    const [r] = firsts('Small caps jumped five-point-eight percent on Wednesday.', {
      event: '2024-11-05',
      to: '2024-11-08',
    });
    assert.deepEqual([r.stated, r.unit], [5.8, 'percent']);
  });
});

describe('"over the five days after the vote, the most since 2001": runs of five sessions', () => {
  it('the record ranks five-day runs (was: "which periods are ranked?")', () => {
    const [r] = firsts('Small caps gained 10% over the five days after the vote, the most since 2001.', {
      event: '2016-11-08',
      to: '2016-11-18',
    });
    assert.deepEqual([r.record?.period, r.record?.stretch, r.record?.sinceYear], ['day', 5, 2001]);
  });
});

describe('a fund the registry lacks, named with its ticker ("the Avantis U.S. Small Cap Value ETF (AVUV)")', () => {
  it('is that ticker, whose prices can be fetched (was: the small-cap value category)', () => {
    assert.deepEqual(
      firsts('The Avantis U.S. Small Cap Value ETF (AVUV) rose 14% in November.', { to: '2024-11-29' }).map(
        (r) => r.subjects,
      ),
      [['AVUV']],
    );
  });
});

describe('checked on the embedded data (hand references from the bars above)', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('the Russell 2000 opened 1.78% higher on Nov. 6, 2024 (2,300.98 / 2,260.84 − 1) and the S&P 500 1.42%', async () => {
    const [rut, spx, rutClose, level] = await checkedReadings(
      data.ev,
      'At the opening bell on Wednesday, the Russell 2000 was up 1.8% and the S&P 500 1.4%. The Russell 2000 closed up 5.8% on Wednesday and opened at 2,300.98.',
      VOTE,
    );
    near(rut.computed?.value, pctOf(RUT.close1105, RUT.open1106));
    near(spx.computed?.value, pctOf(SPX.close1105, SPX.open1106));
    near(rutClose.computed?.value, pctOf(RUT.close1105, RUT.close1106));
    near(level.computed?.value, RUT.open1106);
    assert.deepEqual(
      [rut.verdict, spx.verdict, rutClose.verdict, level.verdict],
      ['supported', 'supported', 'supported', 'supported'],
    );
  });
  it('a wrong opening move is not supported, and its nearest is no open-to-close return', async () => {
    const [r] = await checkedReadings(data.ev, 'The Russell 2000 opened 3.5% higher on Wednesday.', VOTE);
    near(r.computed?.value, pctOf(RUT.close1105, RUT.open1106));
    assert.equal(r.verdict, 'not supported');
    assert.match(r.line ?? '', /to the open 3\.5%: not supported: 1\.78%/);
  });
  it('the week to Thursday, Sept. 19, 2024: ^RUT 2,252.71 / 2,182.49 − 1 = 3.22%', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'For the week, the Russell 2000 is up 3.2%, with one session left.',
      { to: '2024-09-20' },
    );
    near(r.computed?.value, pctOf(2182.489990234375, 2252.7099609375));
    assert.equal(r.verdict, 'supported');
  });
  it('Nov. 6, 2008: 495.84 / 514.64 − 1 = −3.65%; Nov. 7: 505.79 / 495.84 − 1 = +2.01%', async () => {
    const [, thu, fri] = await checkedReadings(
      data.ev,
      'On the day after the election, the Russell 2000 tumbled 5.7%. It fell another 3.7% on Thursday before rebounding 2% on Friday.',
      { event: '2008-11-04', to: '2008-11-14' },
    );
    near(thu.computed?.value, pctOf(514.6400146484375, 495.8399963378906));
    near(fri.computed?.value, pctOf(495.8399963378906, 505.7900085449219));
    assert.deepEqual([thu.verdict, fri.verdict], ['supported', 'supported']);
  });
  it('the month after the 1992 and 1996 elections (21 sessions): (214.78 / 199.63 − 1 + 359.05 / 339.86 − 1) / 2 = 6.62%', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 rose an average of 3% in the month after the 1992 and 1996 elections.',
      { event: '2024-11-05', to: '2024-11-10' },
    );
    near(
      r.computed?.value,
      (pctOf(199.6300048828125, 214.77999877929688) + pctOf(339.8599853515625, 359.04998779296875)) / 2,
    );
    assert.equal(r.verdict, 'not supported');
  });
  it('a year with no election in the set is said, not averaged over the others', async () => {
    const [c] = parseClaims(
      '- {metric: return, subject: ^RUT, since: 1996-11-05, to: 1996-12-05, average: {events: elections, years: [1994, 1996]}, stated: 3%}',
    );
    const v = await checkClaim(c, data.ev);
    assert.deepEqual(
      [v.verdict, v.reason],
      ['cannot check', "capgap's set of US presidential elections holds none in 1994"],
    );
  });
  it('1,853.53 on Nov. 24, 2020 was the first close above 1,850, not above 1,800 (1,818.30 on Nov. 23 was)', async () => {
    const [first, notFirst, monday] = await checkedReadings(
      data.ev,
      'The Russell 2000 closed above 1,850 for the first time on Tuesday. The Russell 2000 closed above 1,800 for the first time on Tuesday. The Russell 2000 closed above 1,800 for the first time on Monday.',
      { event: '2020-11-03', to: '2020-11-25' },
    );
    near(first.computed?.value, 1853.530029296875);
    near(monday.computed?.value, 1818.300048828125);
    assert.deepEqual(
      [first.verdict, notFirst.verdict, monday.verdict],
      ['supported', 'not supported', 'supported'],
    );
    assert.match(notFirst.line ?? '', /the close of 2020-11-23, 1,818\.30, was above 1,800\.00 already/);
  });
  it('"for the first time since 2018" when no close before was past the level: first on record, not since 2018', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The Russell 2000 closed above 1,850 for the first time since 2018 on Tuesday.',
      { event: '2020-11-03', to: '2020-11-25' },
    );
    assert.equal(r.verdict, 'not supported');
    assert.match(r.line ?? '', /the first time on record, not since 2018/);
  });
  it('"below 1,790 for the first time since Nov. 10": the last close below was Nov. 19 (1,784.13), not Nov. 10', async () => {
    const [wrong, right] = await checkedReadings(
      data.ev,
      'The Russell 2000 ended below 1,790 for the first time since Nov. 10 on Friday. The Russell 2000 ended below 1,790 for the first time since Nov. 19 on Friday.',
      { event: '2020-11-03', to: '2020-11-25' },
    );
    near(wrong.computed?.value, 1785.3399658203125);
    assert.deepEqual([wrong.verdict, right.verdict], ['not supported', 'supported']);
  });
  it('since the 2024 vote to Nov. 8: ^RUT 2,399.64 / 2,260.84 − 1 minus ^GSPC 5,995.54 / 5,782.76 − 1 = 2.46 points', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Since the election the Russell 2000 is up 3.2 percentage points on the S&P 500.',
      { event: '2024-11-05', to: '2024-11-08' },
    );
    near(
      r.computed?.value,
      pctOf(2260.840087890625, 2399.639892578125) - pctOf(5782.759765625, 5995.5400390625),
    );
  });
  it('Nov. 5, 2020: ^GSPC 3,510.45 / 3,443.44 − 1 = +1.95%; Nov. 4: 3,443.44 / 3,369.16 − 1 = +2.20%', async () => {
    const [thu, wed] = await checkedReadings(
      data.ev,
      'The S&P 500 rose 1.9%, adding to its 2.2% gain on Wednesday.',
      { event: '2020-11-03', to: '2020-11-05' },
    );
    near(thu.computed?.value, pctOf(3443.43994140625, 3510.449951171875));
    near(wed.computed?.value, pctOf(3369.159912109375, 3443.43994140625));
    assert.deepEqual([thu.verdict, wed.verdict], ['supported', 'supported']);
  });
  it('the mean of 2022 and 2023: (1,761.25 / 2,245.31 − 1 + 2,027.07 / 1,761.25 − 1) / 2 = −3.24%; the compound rate −5.0%', async () => {
    const [mean, cagr] = parseClaims(
      [
        '- {metric: return, subject: ^RUT, from: 2021-12-31, to: 2023-12-31, stated: -3.2%, conventions: {rate: annual-mean}}',
        '- {metric: return, subject: ^RUT, from: 2021-12-31, to: 2023-12-31, stated: -5%, conventions: {rate: annual}}',
      ].join('\n'),
    );
    const m = await checkClaim(mean, data.ev);
    near(m.computed?.value, (pctOf(2245.31005859375, 1761.25) + pctOf(1761.25, 2027.0699462890625)) / 2);
    assert.equal(m.verdict, 'supported');
    const c = await checkClaim(cagr, data.ev);
    // (2,027.07 / 2,245.31)^(365.25 / 728 days) − 1, the closes of Dec. 31, 2021 and Dec. 29, 2023.
    near(c.computed?.value, ((2027.0699462890625 / 2245.31005859375) ** (365.25 / 728) - 1) * 100);
  });
  it('a spread at the open is two opening moves; French portfolios hold no opens', async () => {
    const [spread, french] = parseClaims(
      [
        '- {metric: spread, subjects: [^RUT, ^GSPC], from: 2024-11-05, to: 2024-11-06, at: open, stated: 0.4pp}',
        '- {metric: return, subject: Lo 10, from: 2024-11-05, to: 2024-11-06, at: open, stated: 1.8%}',
      ].join('\n'),
    );
    const s = await checkClaim(spread, data.ev);
    near(s.computed?.value, pctOf(RUT.close1105, RUT.open1106) - pctOf(SPX.close1105, SPX.open1106));
    const f = await checkClaim(french, data.ev);
    assert.deepEqual([f.verdict, f.reason], ['cannot check', 'French portfolios have no opening prices']);
  });
});
