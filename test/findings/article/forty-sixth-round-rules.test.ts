import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { findWindows } from '../../../src/findings/article/windows.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Forty-sixth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  nov8y2016: 1195.1400146484375,
  nov30y2016: 1322.3399658203125,
  dec13y2016: 1373.530029296875,
  dec14y2016: 1356.02001953125,
  dec15y2016: 1366.4100341796875,
  nov5y2024: 2260.840087890625,
  nov6y2024: 2392.919921875,
  nov25y2024: 2442.030029296875,
  dec31y2024: 2230.159912109375,
  jan8y2025: 2238.9599609375,
  jan10y2025: 2189.22998046875,
};
const SPX = {
  nov8y2016: 2139.56005859375,
  nov30y2016: 2198.81005859375,
  dec13y2016: 2271.719970703125,
  dec14y2016: 2253.280029296875,
  dec15y2016: 2262.030029296875,
  nov5y2024: 5782.759765625,
  nov6y2024: 5929.0400390625,
};
const NOV16 = { event: '2016-11-08', to: '2016-11-30', funds };
const NOV20 = { event: '2020-11-03', to: '2020-11-30', funds };
const FED16 = { event: '2016-12-14', to: '2016-12-30', funds };
const NOV24 = { event: '2024-11-05', to: '2024-11-29', funds };
const sides = (r: { subjects: readonly string[] }) => [...r.subjects];

describe('a label of two sides: "Small vs large: +640bps", "Russell 2000 over S&P 500:"', () => {
  it('"Small-minus-large: +6.4 points" and "Small over large since the vote: 7.9 points" are spreads of the small-cap index over the S&P 500', () => {
    const [a] = firsts('Small-minus-large: +6.4 points over the week.', NOV16);
    assert.deepEqual([a.metric, sides(a), a.stated], ['spread', ['^RUT', '^GSPC'], 6.4]);
    const [b] = firsts('Small over large since the vote: 7.9 points.', NOV16);
    assert.deepEqual(
      [b.metric, sides(b), b.window],
      ['spread', ['^RUT', '^GSPC'], { kind: 'since', event: '2016-11-08', to: '2016-11-30' }],
    );
  });
  it('"Russell 2000 over S&P 500 (Nov. 9-30): 5.2 pts" is the spread over those days (was: nothing it is measured against)', () => {
    const [r] = firsts('Russell 2000 over S&P 500 (Nov. 9-30): 5.2 pts', NOV16);
    assert.deepEqual(
      [r.metric, sides(r), r.window],
      ['spread', ['^RUT', '^GSPC'], { kind: 'dates', from: '2016-11-09', to: '2016-11-30' }],
    );
  });
  it('a size word alone is no subject outside such a label ("Small is beautiful, at 6%")', () => {
    const [s] = readArticle('Small is beautiful, at 6%.', NOV16);
    assert.equal(s.claims.length, 0);
  });
});

describe('days of one month, the month written once', () => {
  const days = (s: string) => findWindows(s, NOV16).map((h) => h.window);
  const nov9to30 = { kind: 'dates', from: '2016-11-09', to: '2016-11-30' };
  it('"between Nov. 9 and 30", "Nov. 9–30", "in the Nov. 9-30 period", "from November 9 to 30, 2016" are Nov. 9 to Nov. 30', () => {
    for (const s of [
      'The Russell 2000 rose 5.2% between Nov. 9 and 30.',
      'Russell 2000, Nov. 9–30: +5.2%',
      'The Russell 2000 rose 5.2% in the Nov. 9-30 period.',
      'The Russell 2000 rose 5.2% from November 9 to 30, 2016.',
      'The Russell 2000 rose 5.2% in the Nov. 9 to Nov. 30 period.',
    ])
      assert.deepEqual(days(s), [nov9to30], s);
    assert.deepEqual(days('The Russell 2000 rose 5.2% Oct. 28-Nov. 30.'), [
      { kind: 'dates', from: '2016-10-28', to: '2016-11-30' },
    ]);
  });
  it('"on Nov. 9 and 30" is no span (the first day alone), "from Nov. 9 to 30%" no window', () => {
    assert.deepEqual(days('The index rose on Nov. 9 and 30.'), [
      { kind: 'dates', from: '2016-11-08', to: '2016-11-09' },
    ]);
    assert.deepEqual(days('It rose from Nov. 9 to 30%.'), []);
  });
});

describe('the other end, its noun left out', () => {
  it('"The smallest decile returned 14.9% in November 2020, the largest 10.6%": the largest decile\'s 10.6% (was: not read)', () => {
    const rs = firsts('The smallest decile returned 14.9% in November 2020, the largest 10.6%.', NOV20);
    assert.deepEqual(
      rs.map((r) => [sides(r), r.stated, r.window]),
      [
        [['Lo 10'], 14.9, { kind: 'month', month: '2020-11' }],
        [['Hi 10'], 10.6, { kind: 'month', month: '2020-11' }],
      ],
    );
  });
  it('"… and the largest 10%." is that decile\'s 10%; "The smallest 10% beat the largest 10%." states no return', () => {
    const rs = firsts('The smallest decile returned 14.9% in November 2020 and the largest 10%.', NOV20);
    assert.deepEqual([sides(rs[1]), rs[1].stated], [['Hi 10'], 10]);
    const [s] = readArticle('The smallest 10% beat the largest 10%.', NOV20);
    assert.equal(s.claims.length, 0);
  });
});

describe('"2016, when …": that year\'s numbers', () => {
  it('"The 4.3-point gap is modest by the standards of 2016, when small stocks led by more than 8 points" after November 2020\'s deciles: November 2016\'s', () => {
    const rs = firsts(
      'The smallest decile returned 14.9% in November 2020, the largest 10.6%. The 4.3-point gap is modest by the standards of 2016, when small stocks led by more than 8 points.',
      NOV20,
    );
    assert.deepEqual(rs[2].window, { kind: 'month', month: '2020-11' });
    assert.deepEqual([rs[3].stated, rs[3].window], [8, { kind: 'month', month: '2016-11' }]);
  });
  it('"… since the election, far less than in 2016, when it rose 9%": the same sessions after the 2016 election', () => {
    const [now, then] = firsts(
      'The Russell 2000 has gained 2% since the election, far less than in 2016, when it rose 9%.',
      NOV20,
    );
    assert.deepEqual(now.window, { kind: 'since', event: '2020-11-03', to: '2020-11-30' });
    assert.equal(then.window.kind === 'sessions' && then.window.event, '2016-11-08');
  });
});

describe('a story that goes on: "but recovered 1.2% on Thursday"', () => {
  const text =
    'The Russell 2000 slipped 1.4% on the day of the decision but recovered 1.2% on Thursday; the S&P 500 fell 0.8% and then rose 0.4%.';
  it('"recovered" is a rise, the Thursday after the decision, and the S&P 500\'s two numbers take those two days', () => {
    const rs = firsts(text, FED16);
    const wed = { kind: 'dates', from: '2016-12-13', to: '2016-12-14' };
    const thu = { kind: 'dates', from: '2016-12-14', to: '2016-12-15' };
    assert.deepEqual(
      rs.map((r) => [r.stated, r.window]),
      [
        [-1.4, wed],
        [1.2, thu],
        [-0.8, wed],
        [0.4, thu],
      ],
    );
  });
});

describe('a list of numbers beside a list of days', () => {
  const MAR20 = { event: '2020-03-15', to: '2020-03-20', funds };
  const thu = { kind: 'dates', from: '2020-03-18', to: '2020-03-19' };
  const fri = { kind: 'dates', from: '2020-03-19', to: '2020-03-20' };
  it('"lost 5.3% and 5.0% on Thursday and Friday", "On Thursday and Friday, … lost 5.3% and 5.0%, respectively": one a day (was: one day for both)', () => {
    for (const t of [
      'The Russell 2000 lost 5.3% and 5.0% on Thursday and Friday.',
      'On Thursday and Friday, the Russell 2000 lost 5.3% and 5.0%, respectively.',
    ])
      assert.deepEqual(
        firsts(t, MAR20).map((r) => r.window),
        [thu, fri],
        t,
      );
  });
  it("two subjects' numbers over the two days are no list of one a day", () => {
    const rs = firsts('On Thursday and Friday, the Russell 2000 lost 5.3% and the S&P 500 3.1%.', MAR20);
    assert.deepEqual(rs[0].window, rs[1].window);
  });
});

describe('an election table with performance labels', () => {
  const table = [
    '# Small caps after the last four elections',
    '',
    '| Election | Russell 2000, 1 month | S&P 500, 1 month | Small minus large |',
    '|---|---|---|---|',
    '| 2008 | -11.8% | -7.9% | -3.9 |',
    '| 2012 | +1.5% | +0.5% | +1.0 |',
    '| 2016 | +11.0% | +3.4% | +7.6 |',
    '| 2020 | +18.4% | +10.8% | +7.6 |',
    '',
    'The Russell 2000 beat the S&P 500 in the month after three of these four elections.',
  ].join('\n');
  const o = { to: '2024-10-05', funds };
  it('"Russell 2000, 1 month" is the month after each vote; "Small minus large" its bare numbers in points, over the same month (was: no window, no unit)', () => {
    const rows = readArticle(table, o).filter((s) => s.text.startsWith('| 2016'));
    const rs = rows[0].claims.map((c) => c.readings[0]);
    const month = { kind: 'since', event: '2016-11-08', to: '2016-12-08' };
    assert.deepEqual(
      rs.map((r) => [r.metric, sides(r), r.stated, r.unit, r.window]),
      [
        ['return', ['^RUT'], 11, 'percent', month],
        ['return', ['^GSPC'], 3.4, 'percent', month],
        ['spread', ['^RUT', '^GSPC'], 7.6, 'pp', month],
      ],
    );
  });
  it('"in the month after three of these four elections" counts the table\'s elections', () => {
    const s = readArticle(table, o).at(-1);
    const r = s?.claims[0]?.readings[0];
    assert.deepEqual(r?.record?.tally, {
      hits: 3,
      of: 4,
      events: 'elections',
      after: { unit: 'month', n: 1 },
    });
  });
});

describe('"in the four weeks before it": before the event named earlier', () => {
  it('"$15 billion in the four weeks since the vote, versus $2 billion in the four weeks before it" (was: since the vote)', () => {
    const [, before] = firsts(
      'Small-cap ETFs have gathered $15 billion in the four weeks since the vote, versus $2 billion in the four weeks before it.',
      NOV24,
    );
    assert.deepEqual(before.window, { kind: 'dates', from: '2024-10-07', to: '2024-11-04' });
  });
});

describe('what "the index", "the sector" and "as measured by the … ETF" point at', () => {
  it('"Small-cap ETFs took in $9 billion in November. The index rose just shy of 10%": the Russell 2000 named before (was: the funds\' category, unreadable)', () => {
    const rs = firsts(
      'The Russell 2000 had its best month since 2011. Small-cap ETFs took in $9 billion in November. The index rose just shy of 10% in November.',
      NOV16,
    );
    const last = rs.at(-1);
    assert.deepEqual([last?.metric, last && sides(last), last?.stated], ['return', ['^RUT'], 10]);
  });
  it('"Industrials led the small-cap rally, with the sector up 14%": the industrials (was: the Russell 2000)', () => {
    const [r] = firsts('Industrials led the small-cap rally, with the sector up 14% since the vote.', NOV16);
    assert.deepEqual(sides(r), ['sector:Industrials']);
  });
  it('"Regional banks, as measured by the KRE ETF, surged 27%": the fund (was: the sector)', () => {
    const [r] = firsts('Regional banks, as measured by the KRE ETF, surged 27% in November.', NOV16);
    assert.deepEqual(sides(r), ['KRE']);
  });
});

describe('an earlier election by its winner, members that rose, a monthly record', () => {
  it('"Four years ago, the election of Joe Biden set off an 18% surge … over the following month": the month after Nov. 3, 2020 (was: since the article\'s event)', () => {
    for (const s of [
      'Four years ago, the election of Joe Biden set off an 18% surge in small caps over the following month.',
      "After Biden's election, small caps rose 18% over the following month.",
      'After the election of Joe Biden, small caps rose 18% over the following month.',
    ]) {
      const [r] = firsts(s, NOV24);
      assert.deepEqual(r.window, { kind: 'since', event: '2020-11-03', to: '2020-12-03' }, s);
    }
  });
  it('"Trump\'s win … over the following month" (a winner of two) stays the article\'s event', () => {
    const [r] = firsts("Trump's win set off a 9% surge in small caps over the following month.", NOV24);
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-11-29' });
  });
  it('"roughly four in five Russell 2000 members are higher since the vote" is no claim on the index (was: the Russell 2000 above zero)', () => {
    const [s] = readArticle(
      'The gains have been broad: roughly four in five Russell 2000 members are higher since the vote.',
      NOV24,
    );
    assert.equal(s.claims.length, 0);
    const [up] = firsts('The Russell 2000 is now higher since the vote.', NOV24);
    assert.deepEqual([up.subjects[0], up.comparator.kind], ['^RUT', 'gt']);
  });
  it('"…, according to EPFR, a monthly record", "a record for any month": the best month on record (was: no record)', () => {
    for (const s of [
      'Investors have put $12bn into US small-cap exchange traded funds this month, according to EPFR, a monthly record.',
      'Investors have put $12bn into US small-cap ETFs this month, a record for any month.',
    ]) {
      const [r] = firsts(s, NOV24);
      assert.deepEqual([r.record?.kind, r.record?.period], ['best-on-record', 'month'], s);
    }
    const [plain] = firsts('US$6.5bn flowed into small-cap ETFs this week, a record.', NOV24);
    assert.deepEqual([plain.record?.kind, plain.record?.period], ['best-on-record', undefined]);
  });
});

describe('"since the exit poll"; money that left a fund', () => {
  const UK19 = { event: '2019-12-12', to: '2019-12-20', funds };
  it('"have now gained 5.6% since the exit poll" is since the election (was: the day before carried)', () => {
    const rs = firsts(
      'The FTSE 250 soared 3.4% on Friday. Domestically focused mid-caps have now gained 5.6% since the exit poll.',
      UK19,
    );
    assert.deepEqual(
      [rs[1].subjects[0], rs[1].window],
      ['^FTMC', { kind: 'since', event: '2019-12-12', to: '2019-12-20' }],
    );
  });
  const DEC24 = { event: '2024-12-18', to: '2024-12-20', funds };
  it('"IWM shed $1.2 billion of assets through outflows" is an outflow (was: a change in assets); "IWM has $70 billion in assets" is none', () => {
    const [r] = firsts('IWM shed $1.2 billion of assets through outflows this week.', DEC24);
    assert.deepEqual([r.metric, r.subjects[0], r.stated], ['flow', 'IWM', -1.2e9]);
    const [s] = readArticle('IWM has $70 billion in assets.', DEC24);
    assert.equal(s.claims.length, 0);
  });
  it('"IWM saw $1.2 billion leave the fund", "… flow out" are outflows (was: inflows); "saw $3 billion pour in" an inflow', () => {
    for (const t of [
      'IWM saw $1.2 billion leave the fund this week.',
      'IWM saw $1.2 billion flow out this week.',
    ]) {
      const [r] = firsts(t, DEC24);
      assert.equal(r.stated, -1.2e9, t);
    }
    const [inn] = firsts('Small-cap ETFs saw $3 billion pour in this week.', DEC24);
    assert.equal(inn.stated, 3e9);
  });
});

describe('"Its worst month was April, …; its best was November, up 10.8%"', () => {
  it("the best month with its noun left out is November's rank among 2024's months (was: April's window, no record)", () => {
    const rs = firsts(
      'The Russell 2000 ended 2024 up 10.0%. Its worst month was April, when it fell 7.1%; its best was November, up 10.8%.',
      { to: '2024-12-31', funds },
    );
    assert.deepEqual(
      rs.slice(1).map((r) => [r.stated, r.window, r.record?.direction]),
      [
        [-7.1, { kind: 'month', month: '2024-04' }, 'loss'],
        [10.8, { kind: 'month', month: '2024-11' }, 'gain'],
      ],
    );
    assert.equal(rs.length, 3);
  });
});

describe('flows: a fund described in an aside, a record set after another election', () => {
  const NOV15 = { event: '2024-11-05', to: '2024-11-15', funds };
  it('"IJR, the second-biggest small-cap fund, drew $700 million" is IJR\'s (was: the category\'s)', () => {
    const [r] = firsts('IJR, the second-biggest small-cap fund, drew $700 million in the week.', NOV15);
    assert.deepEqual(r.subjects, ['IJR']);
  });
  it('"… in the week through Nov. 13, eclipsing the previous record of $6.5 billion set after the 2016 election": that is the week after Nov. 8, 2016 (was: this week\'s part after the vote)', () => {
    const [now, then] = firsts(
      'Flows into small-cap ETFs hit $10.2 billion in the week through Nov. 13, eclipsing the previous record of $6.5 billion set after the 2016 election.',
      NOV15,
    );
    assert.deepEqual(now.window, { kind: 'week', weekEnd: '2024-11-13' });
    assert.deepEqual(then.window, { kind: 'week', event: '2016-11-08' });
  });
});

describe('"Small caps\' post-election gain is the third-largest on record"', () => {
  it('ranks the stretch since the vote among the elections (was: among all stretches of that length)', () => {
    const [r] = firsts("Small caps' post-election gain is the third-largest on record.", {
      event: '2024-11-05',
      to: '2024-12-05',
      funds,
    });
    assert.deepEqual([r.record?.kind, r.record?.rank, r.record?.amongEvents], ['rank', 3, true]);
    const [plain] = firsts('The Russell 2000 rose 1% on Monday, its third-largest gain on record.', NOV16);
    assert.equal(plain.record?.amongEvents, undefined);
  });
});

describe('"Only 2020 saw a bigger post-election rally in small caps"', () => {
  it('is second among the elections, a gain; "only in 2008 was there a steeper post-election drop" a loss (was: no claim)', () => {
    const o = { event: '2024-11-05', to: '2024-12-05', funds };
    const [up] = firsts('Only 2020 saw a bigger post-election rally in small caps.', o);
    assert.deepEqual(
      [up.record?.kind, up.record?.rank, up.record?.amongEvents, up.record?.direction, up.window],
      ['rank', 2, true, 'gain', { kind: 'since', event: '2024-11-05', to: '2024-12-05' }],
    );
    const [down] = firsts('Only in 2008 was there a steeper post-election drop for the Russell 2000.', o);
    assert.deepEqual([down.subjects, down.record?.direction], [['^RUT'], 'loss']);
  });
});

describe('"The market-adjusted return of the largest decile was -0.9%"', () => {
  it("is the decile's excess return over the market (was: the market's own return)", () => {
    const [r] = firsts(
      'The market-adjusted return of the largest decile was -0.9% in the three days after the vote.',
      NOV16,
    );
    assert.deepEqual(
      [r.metric, r.subjects[0], r.stated, r.window],
      ['excess-return', 'Hi 10', -0.9, { kind: 'sessions', event: '2016-11-08', sessions: 3 }],
    );
  });
});

describe('"since the close before the announcement"', () => {
  it("is from the close of the session before the decision's day (was: the day before carried)", () => {
    const FED24 = { event: '2024-09-18', to: '2024-09-19', funds };
    const rs = firsts(
      'The Russell 2000 jumped 2.1% on Thursday. That left the index up 1.9% since the close before the announcement, versus 1.6% for the S&P 500.',
      FED24,
    );
    const eve = { kind: 'dates', from: '2024-09-17', to: '2024-09-19' };
    assert.deepEqual([rs[1].window, rs[2].window], [eve, eve]);
    const [pre] = firsts('The Russell 2000 is up 1.9% since the pre-decision close.', FED24);
    assert.deepEqual(pre.window, eve);
  });
});

describe('a wire\'s "soared 5.84 percent to 2,392.92"', () => {
  it('reads the close after "soared", "increased", "plunged" … "to" (was: the return alone)', () => {
    const day = { event: '2024-11-05', to: '2024-11-06', funds };
    const rs = firsts('The small-cap Russell 2000 index soared 5.84 percent to 2,392.92.', day);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated]),
      [
        ['return', 5.84],
        ['level', 2392.92],
      ],
    );
    const ix = firsts(
      'The Nasdaq Composite Index increased 544.29 points, or 2.95 percent, to 18,983.47.',
      day,
    );
    assert.deepEqual(ix.at(-1)?.metric, 'level');
  });
});

describe('"not … by this much since 2008", "the last time … was in 2008", "go back to 2008 to find"', () => {
  const read = (t: string) => firsts(t, NOV16).at(-1);
  it('are records since 2008 of the lead over large caps (was: no claim)', () => {
    for (const t of [
      'Small caps have not outperformed by this much since 2008.',
      'The Russell 2000 has not outperformed by this much since 2008.',
      'The last time small caps beat large caps by this much in a month was in 2008.',
    ]) {
      const r = read(t);
      assert.deepEqual(
        [r?.metric, r?.subjects, r?.record?.sinceYear, r?.record?.direction],
        ['record', ['^RUT', '^GSPC'], 2008, 'gain'],
        t,
      );
    }
    assert.equal(
      read('The last time small caps beat large caps by this much in a month was in 2008.')?.record?.period,
      'month',
    );
    const lag = read("Small caps haven't lagged this badly since 1999.");
    assert.deepEqual([lag?.record?.sinceYear, lag?.record?.direction], [1999, 'loss']);
    const gap = read(
      'Small caps rose 5% on Monday. You have to go back to 2008 to find a bigger monthly gap.',
    );
    assert.deepEqual(
      [gap?.record?.kind, gap?.record?.period, gap?.subjects],
      ['widest-since', 'month', ['^RUT', '^GSPC']],
    );
  });
  it('"has not been this far above its 200-day average since 2008" is no return record', () => {
    const [s] = readArticle(
      'The Russell 2000 has not been this far above its 200-day average since 2008.',
      NOV16,
    );
    assert.equal(s.claims.length, 0);
  });
});

describe('"narrowing its gap with the S&P 500\'s 26% to 8 points"', () => {
  it('is the spread of the Russell 2000 over the S&P 500 (was: nothing it is measured against); a deficit is negative', () => {
    const y24 = { to: '2024-12-31', funds };
    const rs = firsts(
      "The Russell 2000 rose 18% this year, narrowing its gap with the S&P 500's 26% to 8 points.",
      y24,
    );
    assert.deepEqual([rs[2].metric, rs[2].subjects, rs[2].stated], ['spread', ['^RUT', '^GSPC'], 8]);
    const [lead] = firsts('Small caps have narrowed their lead over large caps to 2 points this year.', y24);
    assert.deepEqual([lead.metric, lead.stated], ['spread', 2]);
    const [down] = firsts(
      'The Russell 2000 trails, its deficit to the S&P 500 at about 13 points this year.',
      y24,
    );
    assert.deepEqual([down.subjects, down.stated], [['^RUT', '^GSPC'], -13]);
  });
});

describe('"It has fallen in 11 of the past 13 sessions, and is 8.6% below its late-November high"', () => {
  it("reads the distance (its subject the pronoun's) and the tally beside it (was: no subject for 8.6%)", () => {
    const rs = firsts(
      'The Russell 2000 tumbled 4.4% on Wednesday. It has fallen in 11 of the past 13 sessions, and is 8.6% below its late-November high.',
      { event: '2024-11-05', to: '2024-12-18', funds },
    );
    assert.deepEqual(
      rs.slice(1).map((r) => [r.metric, r.subjects[0], r.record?.tally?.hits ?? r.stated]),
      [
        ['distance', '^RUT', -8.6],
        ['record', '^RUT', 11],
      ],
    );
  });
});

describe('"$6.5-billion" (a hyphen before the scale)', () => {
  it('is 6.5 billion dollars (was: 6.5 dollars); "$9-10bn" stays a range', () => {
    const [r] = firsts('Small-cap ETFs took in a net $6.5-billion last week.', NOV16);
    assert.equal(r.stated, 6.5e9);
    const [range] = firsts('Small-cap ETFs took in between $9-10bn last week.', NOV16);
    assert.deepEqual([range.comparator.lo, range.comparator.hi], [8.5e9, 10.5e9]);
  });
});

describe('"since Pfizer announced its results", "Since the Pfizer news" (undated)', () => {
  it("are since the article's event (was: the window carried from the sentence before)", () => {
    const o = { event: '2020-11-09', to: '2020-11-30', funds };
    const since = { kind: 'since', event: '2020-11-09', to: '2020-11-30' };
    const rs = firsts(
      'The Russell 2000 rose 2% on Friday. The Russell 2000 has gained 11.7% since Pfizer announced its results. Since the Pfizer news, value stocks have outpaced growth by 9 points.',
      o,
    );
    assert.deepEqual([rs[1].window, rs[2].window], [since, since]);
  });
});

describe('"has risen by a double-digit percentage"', () => {
  it('is a gain of 10% to 100% (was: no number)', () => {
    const [r] = firsts('The Russell 2000 has risen by a double-digit percentage since the vote.', NOV24);
    assert.deepEqual([r.comparator.kind, r.comparator.lo, r.comparator.hi], ['range', 9.95, 99.95]);
    const [s] = readArticle('Inflation rose by a double-digit percentage point margin.', NOV24);
    assert.equal(s.claims.length, 0);
  });
});

describe('"… as yields rose, leaving the index down 5.6% since Dec. 31"', () => {
  it('reads the index\'s return after the participle (was: "not a return (yields)")', () => {
    const rs = firsts(
      'The Russell 2000 fell 2.2% on Friday as yields rose, leaving the index down 5.6% since Dec. 31.',
      { to: '2025-01-10', funds },
    );
    assert.deepEqual(
      [rs[1].subjects, rs[1].stated, rs[1].window],
      [['^RUT'], -5.6, { kind: 'since', event: '2024-12-31', to: '2025-01-10' }],
    );
    const [s] = readArticle('Treasury yields rose 0.2%.', { to: '2025-01-10', funds });
    assert.equal(s.claims.length, 0);
  });
});

describe('"the equal-weighted Russell 2000"', () => {
  it('is an equal-weight index capgap does not hold (was: the Russell 2000 itself); the equal-weight S&P 500 stays ^SPXEW', () => {
    const [r] = firsts('The equal-weighted Russell 2000 rose 11.5% in November.', NOV24);
    assert.deepEqual(r.subjects, ['unheld:equal-weight']);
    const [spx] = firsts('The equal-weight S&P 500 rose 6.1% in November.', NOV24);
    assert.deepEqual(spx.subjects, ['^SPXEW']);
  });
});

describe('"Global small caps ex-US"', () => {
  it('are the developed markets outside the US (was: the developed world with the US)', () => {
    const o = { event: '2016-06-23', to: '2016-07-29', funds };
    for (const t of [
      'Global small caps ex-US rose 4.1% in July.',
      'Global small caps excluding the U.S. rose 4.1% in July.',
    ])
      assert.deepEqual(firsts(t, o)[0].subjects, ['developed-ex-us:small'], t);
    assert.deepEqual(firsts('Global small caps rose 4.1% in July.', o)[0].subjects, ['developed:small']);
  });
});

describe('AP\'s "The S&P 500 rose 146.28, or 2.5%, to 5,929.04"', () => {
  it('reads the bare number a per cent restates as index points (was: the return and the close only)', () => {
    const rs = firsts('The Russell 2000 fell 24.56, or 1.1%, to 2,228.15 on Friday.', {
      event: '2024-11-05',
      to: '2024-11-08',
      funds,
    });
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated]),
      [
        ['points', -24.56],
        ['return', -1.1],
        ['level', 2228.15],
      ],
    );
    const [s] = readArticle('The index rose to 146.28, or so.', NOV24);
    assert.equal(s.claims.filter((c) => c.readings[0].metric === 'points').length, 0);
  });
});

describe('"It was a broad advance: the small-cap value index rose 5.1% and its growth counterpart 3.9%"', () => {
  it('reads IWN and IWO over the week the sentence before told (was: the Russell 2000 twice, since the vote)', () => {
    const rs = firsts(
      'The Russell 2000 rose 4.5% over the five sessions to Friday, Nov. 22. It was a broad advance: the small-cap value index rose 5.1% and its growth counterpart 3.9%.',
      { event: '2024-11-05', to: '2024-11-22', funds },
    );
    const week = { kind: 'dates', from: '2024-11-15', to: '2024-11-22' };
    assert.deepEqual(
      rs.map((r) => [r.subjects[0], r.window]),
      [
        ['^RUT', week],
        ['IWN', week],
        ['IWO', week],
      ],
    );
  });
});

describe('"…, a margin last seen in 2000", "a level not seen since 2015", "since the dot-com era"', () => {
  const DEC9 = { event: '2016-11-08', to: '2016-12-09', funds };
  it('are records since that year, and "in 2000" is no window (was: the spread over calendar 2000)', () => {
    const [r] = firsts(
      'Since Election Day, the Russell 2000 has outperformed the S&P 500 by more than 10 percentage points, a margin last seen in 2000.',
      DEC9,
    );
    assert.deepEqual(
      [r.window, r.record?.kind, r.record?.sinceYear],
      [{ kind: 'since', event: '2016-11-08', to: '2016-12-09' }, 'widest-since', 2000],
    );
    const [close] = firsts('The Russell 2000 closed at 1,388.07, a level not seen since 2015.', DEC9);
    assert.deepEqual([close.metric, close.record?.level, close.record?.sinceYear], ['level', true, 2015]);
    const [era] = firsts('Small caps are beating large caps by the most since the dot-com era.', DEC9);
    assert.deepEqual([era.record?.sinceYear, era.record?.untilYear], [2000, 2002]);
  });
});

describe('"The Russell 2000 outpaced the S&P 500, rising 11% against 3.4%"', () => {
  it("gives the 3.4% to the side the verb set it against (was: the Russell 2000's)", () => {
    for (const t of [
      'The Russell 2000 outpaced the S&P 500, rising 11% against 3.4%.',
      'Small caps outpaced their larger peers, rising 11% against 3.4% in November.',
    ]) {
      const rs = firsts(t, NOV16);
      assert.deepEqual(
        rs.map((r) => [r.subjects[0], r.stated]),
        [
          ['^RUT', 11],
          ['^GSPC', 3.4],
        ],
        t,
      );
    }
  });
});

describe('checked on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it("the Fed's Dec. 14, 2016 hike: ^GSPC 2,271.72 → 2,253.28 (−0.81%) and → 2,262.03 (+0.39%) the Thursday after", async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 slipped 1.3% on the day of the decision but recovered 0.8% on Thursday; the S&P 500 fell 0.8% and then rose 0.4%.',
      FED16,
    );
    near(rs[0].computed?.value, pctOf(RUT.dec13y2016, RUT.dec14y2016));
    near(rs[1].computed?.value, pctOf(RUT.dec14y2016, RUT.dec15y2016));
    near(rs[2].computed?.value, pctOf(SPX.dec13y2016, SPX.dec14y2016));
    near(rs[3].computed?.value, pctOf(SPX.dec14y2016, SPX.dec15y2016));
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported', 'supported'],
    );
  });
  it('"Small over large since the vote: 7.9 points": ^RUT +10.64% less ^GSPC +2.77% to Nov. 30, 2016', async () => {
    const [r] = await checkedReadings(data.ev, 'Small over large since the vote: 7.9 points.', NOV16);
    near(r.computed?.value, pctOf(RUT.nov8y2016, RUT.nov30y2016) - pctOf(SPX.nov8y2016, SPX.nov30y2016));
    assert.equal(r.verdict, 'supported');
  });
  it('the Xinhua wire of Nov. 6, 2024: ^RUT 2,260.84 → 2,392.92 (+5.84%), the close 2,392.92', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The small-cap Russell 2000 index soared 5.84 percent to 2,392.92.',
      { event: '2024-11-05', to: '2024-11-06', funds },
    );
    near(rs[0].computed?.value, pctOf(RUT.nov5y2024, RUT.nov6y2024));
    near(rs[1].computed?.value, RUT.nov6y2024);
    assert.deepEqual([rs[0].verdict, rs[1].verdict], ['supported', 'supported']);
  });
  it('Jan. 10, 2025 (Jan. 9 a market holiday): ^RUT −2.22% on the day, −1.84% since Dec. 31, 10.35% below its Nov. 25 close', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 fell 2.2% on Friday after a stronger-than-expected jobs report pushed Treasury yields higher, leaving the index down 1.8% since Dec. 31 and 10.4% below its Nov. 25 peak.',
      { to: '2025-01-10', funds },
    );
    near(rs[0].computed?.value, pctOf(RUT.jan8y2025, RUT.jan10y2025));
    near(rs[1].computed?.value, pctOf(RUT.dec31y2024, RUT.jan10y2025));
    near(rs[2].computed?.value, pctOf(RUT.nov25y2024, RUT.jan10y2025));
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
  it("AP's Nov. 6, 2024 line: ^GSPC 5,782.76 → 5,929.04 (+146.28 points, +2.53%)", async () => {
    const rs = await checkedReadings(data.ev, 'The S&P 500 rose 146.28, or 2.5%, to 5,929.04.', {
      event: '2024-11-05',
      to: '2024-11-06',
      funds,
    });
    near(rs[0].computed?.value, SPX.nov6y2024 - SPX.nov5y2024);
    near(rs[1].computed?.value, pctOf(SPX.nov5y2024, SPX.nov6y2024));
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
});
