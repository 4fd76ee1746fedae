import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Forty-seventh round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close); French's factors from
// ../shared/data/kenfrench_data_library/F-F_Research_Data_Factors_monthly_vintage202507_cleaned.csv.
const RUT = {
  may31y2012: 761.8200073242188,
  jun1y2012: 737.4199829101562,
  nov6y2012: 825.6400146484375,
  nov7y2012: 804.52001953125,
  dec15y2015: 1131.550048828125,
  dec16y2015: 1148.969970703125,
  dec17y2015: 1135.3599853515625,
  /** The highest close up to Nov. 11, 2024 (Nov. 8, 2021). */
  nov8y2021: 2442.739990234375,
  nov11y2024: 2434.97998046875,
  sep18y2024: 2206.340087890625,
  sep20y2024: 2227.889892578125,
};
const SPX = {
  may31y2012: 1310.3299560546875,
  jun1y2012: 1278.0400390625,
  nov6y2012: 1428.3900146484375,
  nov7y2012: 1394.530029296875,
  dec16y2015: 2073.070068359375,
  dec17y2015: 2041.8900146484375,
};
/** French's HML, November 2016, and the last month before it above it (February 2001), in per cent. */
const HML = { nov2016: 8.29, feb2001: 12.23 };
const NOV12 = { event: '2012-11-06', to: '2012-11-07', funds };
const NOV16 = { event: '2016-11-08', to: '2016-11-30', funds };
const FED15 = { event: '2015-12-16', to: '2015-12-17', funds };
const TWO = 'The Russell 2000 fell 2.5% and the S&P 500 dropped 2.4%.';

describe('"both indexes" of the sentence before: "It was the worst day for both indexes since June"', () => {
  it('a record of each of the two indexes the sentence before stated returns of (was: the Russell 2000 only)', () => {
    for (const s of [
      'It was the worst day for both indexes since June.',
      'Both indexes posted their worst day since June.',
      'It was the worst day for both since June.',
    ]) {
      const rs = firsts(`${TWO} ${s}`, NOV12).slice(2);
      assert.deepEqual(
        rs.map((r) => [r.metric, r.subjects, r.record?.direction, r.record?.period, r.record?.sinceMonth]),
        [
          ['record', ['^RUT'], 'loss', 'day', '2012-06'],
          ['record', ['^GSPC'], 'loss', 'day', '2012-06'],
        ],
        s,
      );
    }
  });
  it('"Both indexes fell more than 2%", "Both fell more than 2%": a fall of each (was: no subject)', () => {
    for (const s of ['Both indexes fell more than 2%.', 'Both fell more than 2%.']) {
      const rs = firsts(`${TWO} ${s}`, NOV12).slice(2);
      assert.deepEqual(
        rs.map((r) => [r.subjects, r.stated, r.comparator]),
        [
          [['^RUT'], -2, { kind: 'lt', hi: -2, words: 'more than' }],
          [['^GSPC'], -2, { kind: 'lt', hi: -2, words: 'more than' }],
        ],
        s,
      );
    }
  });
  it('"…, the worst day for both indexes since June" after two moves goes on each (was: the last only)', () => {
    const rs = firsts(`${TWO.slice(0, -1)}, the worst day for both indexes since June.`, NOV12);
    assert.deepEqual(
      rs.map((r) => [r.subjects, !!r.record]),
      [
        [['^RUT'], true],
        [['^GSPC'], true],
      ],
    );
  });
  it('a list of its own is not the sentence before\'s: "The S&P 500 and the Dow both fell 2%" stays those two', () => {
    const rs = firsts(`${TWO} The Nasdaq and the Dow both fell more than 2%.`, NOV12).slice(2);
    assert.ok(rs.every((r) => !['^RUT'].includes(r.subjects[0])));
  });
});

describe('the value factor, HML', () => {
  it('"HML gained 8.4%", "the value factor (HML)", "high minus low" are French\'s HML (was: no subject)', () => {
    for (const s of [
      'Value did well too: HML gained 8.4% in November 2016.',
      'The value factor (HML) returned 8.4% in November 2016.',
      'The Fama-French high-minus-low factor returned 8.4% in November 2016.',
    ]) {
      const [r] = firsts(s, NOV16);
      assert.deepEqual(
        [r.metric, r.subjects, r.window],
        ['return', ['HML'], { kind: 'month', month: '2016-11' }],
        s,
      );
    }
  });
  it('"The value factor, HML, posted its best month since 2001": one subject named twice (was: HML against HML; SMB too)', () => {
    for (const [t, id] of [
      ['The value factor, HML, posted its best month since 2001.', 'HML'],
      ['The size factor, SMB, posted its best month since 2000.', 'SMB'],
    ]) {
      const [r] = firsts(t, NOV16);
      assert.deepEqual([r.metric, r.subjects, r.record?.period], ['record', [id], 'month'], t);
    }
  });
  it('beside another region it is not the US factor: "In Europe, the value factor rose 3%" reads none', () => {
    const [s] = readArticle('In Europe, the value factor rose 3% in November 2016.', NOV16);
    assert.equal(s.claims.length, 0);
  });
});

describe('windows and spans', () => {
  it("\"By Thursday's close it had given back 1.2%\" after Wednesday's gain: Thursday's move (was: since the decision)", () => {
    const rs = firsts(
      "The Russell 2000 rose 1.5% on Wednesday. By Thursday's close it had given back 1.2%.",
      FED15,
    );
    assert.deepEqual(rs[1].window, { kind: 'dates', from: '2015-12-16', to: '2015-12-17' });
    const [, since] = firsts(
      'The Russell 2000 rose 1.5% on Wednesday. It has given back 2% since the decision.',
      FED15,
    );
    assert.equal(since.window.kind, 'since');
  });
  it('"Large caps: 3.4%." after "Small caps rose 11% in November.": November too (was: since the event)', () => {
    const [, r] = firsts('Small caps rose 11% in November. Large caps: 3.4%.', NOV16);
    assert.deepEqual(r.window, { kind: 'month', month: '2016-11' });
  });
  it('a thread\'s post numbers ("2/ Russell 2000: +10.2% …") open a post of their own; a date ("11/9") does not', () => {
    const pieces = readArticle(
      'Thread on the post-election size trade 🧵\n2/ Russell 2000: +10.2% in the four sessions after Election Day.',
      NOV16,
    );
    assert.equal(pieces.length, 2);
  });
});

describe('more windows: a bare "since", the month after each election', () => {
  it('"rose 3.7% that day, and has climbed about 13% since": from that day to the article\'s date (was: that day)', () => {
    const rs = firsts(
      'Small caps got a second lift on Nov. 9, when Pfizer said its vaccine was more than 90% effective: the Russell 2000 rose 3.7% that day, and has climbed about 13% since.',
      { event: '2020-11-03', to: '2020-11-30', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'dates', from: '2020-11-06', to: '2020-11-09' },
        { kind: 'dates', from: '2020-11-09', to: '2020-11-30' },
      ],
    );
  });
  it('"in seven of the last 12 post-election months": a tally of the month after each election (was: no claim)', () => {
    const [r] = firsts(
      'Small caps have beaten large caps in seven of the last 12 post-election months.',
      NOV16,
    );
    assert.deepEqual(
      [r.record?.tally?.hits, r.record?.tally?.of, r.record?.tally?.events, r.record?.tally?.after],
      [7, 12, 'elections', { unit: 'month', n: 1 }],
    );
  });
  it('a gain given back with another number ("had given back most of its gains and stood 0.4% below its pre-election level") stays since the vote', () => {
    const [, r] = firsts(
      "The Russell 2000 rose 1.7% on Wednesday. By Friday's close, however, the Russell 2000 had given back most of its gains and stood just 0.4% below its pre-election level.",
      { event: '2018-11-06', to: '2018-11-09', funds },
    );
    assert.deepEqual(r.window, { kind: 'since', event: '2018-11-06', to: '2018-11-09' });
  });
});

describe('a record close: "within 2% of its record close of 2,442.74, set in November 2021"', () => {
  const NOV24 = { event: '2024-11-05', to: '2024-11-11', funds };
  it("the date that describes the record is not the distance's: as of the article's date (was: at the end of Nov. 2021)", () => {
    const [d] = firsts(
      'The small-cap index is now within 2% of its record close of 2,442.74, set in November 2021.',
      NOV24,
    );
    assert.deepEqual(
      [d.metric, d.window],
      ['distance', { kind: 'since', event: '2024-11-05', to: '2024-11-11' }],
    );
  });
  it('"its record close of 2,442.74" with no date is the highest close held (was: the close of the article\'s day)', () => {
    const [, level] = firsts('The small-cap index is now within 2% of its record close of 2,442.74.', NOV24);
    assert.deepEqual(
      [level.metric, level.extreme?.side, level.extreme?.words],
      ['level', 'high', 'its record close of'],
    );
    const [day] = firsts('The Russell 2000 hit a record close of 2,442.03 on Monday.', NOV24);
    assert.equal(day.extreme?.words, 'record close of');
  });
});

describe('"ended the week" in an article of a Wednesday', () => {
  it('is the week that ended the Friday before (was: the week so far); "closing the week" stays this one', () => {
    const [r] = firsts('The Russell 2000 ended the week at 1,282.38.', NOV16);
    assert.deepEqual(r.window, { kind: 'week', weekEnd: '2016-11-25' });
    const [mid] = firsts('The Russell 2000 is up 1%, closing the week strongly.', {
      event: '2016-11-08',
      to: '2016-11-10',
      funds,
    });
    assert.deepEqual(mid.window, { kind: 'dates', from: '2016-11-04', to: '2016-11-10' });
  });
});

describe('"from its election-eve close, compared with a 13% gain at the same point in 2016"', () => {
  it('the eve is the session before the vote; 2016 is as many sessions from its own eve (was: the day after the 2016 vote)', () => {
    const rs = firsts(
      'The Russell 2000 gained 5.8% the day after the 2024 vote. By early December 2024, the index was up just 4% from its election-eve close, compared with a 13% gain at the same point in 2016.',
      { event: '2024-11-05', to: '2024-12-06', funds },
    );
    // Nov. 4 → Dec. 6, 2024 holds 23 NYSE sessions (Thanksgiving shut); from Nov. 7, 2016, 23 sessions end Dec. 9.
    assert.deepEqual(
      rs.slice(1).map((r) => r.window),
      [
        { kind: 'dates', from: '2024-11-04', to: '2024-12-06' },
        { kind: 'dates', from: '2016-11-07', to: '2016-12-09' },
      ],
    );
  });
});

describe('"its election-day level"', () => {
  it('"The S&P 500 slid 2.9%, and remains 4% above its election-day level": since the vote (was: the day\'s)', () => {
    const [, r] = firsts('The S&P 500 slid 2.9%, and remains 4% above its election-day level.', {
      event: '2024-11-05',
      to: '2024-12-18',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-12-18' });
  });
});

describe('sessions that end on a day named', () => {
  it('"By Friday\'s close … for the two sessions since the decision" (the Fed\'s Sept. 18, 2024 cut): Sept. 19 and 20 (was: Sept. 18 and 19)', () => {
    const [r] = firsts(
      "By Friday's close the small-cap index had pared its gain to 1.9% for the two sessions since the decision.",
      { event: '2024-09-18', to: '2024-09-20', funds },
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-09-18', to: '2024-09-20' });
  });
});

describe("a fund selector's comparison", () => {
  const DEC1 = { event: '2016-11-08', to: '2016-12-01', funds };
  it('"IWC … outpaced them all with a 15.1% return" is IWC\'s own return (was: compared with nothing capgap can name)', () => {
    const [r] = firsts(
      'The micro-cap fund IWC, with an average market value of about $500 million, outpaced them all with a 15.1% return.',
      DEC1,
    );
    assert.deepEqual([r.metric, r.subjects, r.stated], ['return', ['IWC'], 15.1]);
  });
  it('"The gap between IJR and IWM, 2.6 percentage points, …" after their returns from Nov. 8 through Nov. 30 is over those days (was: to the article\'s date)', () => {
    const rs = firsts(
      "The iShares Core S&P Small-Cap ETF (IJR) returned 13.6% from Nov. 8 through Nov. 30, ahead of the iShares Russell 2000 ETF (IWM) at 11.0%. The gap between IJR and IWM, 2.6 percentage points, reflects the S&P 600's quality screen.",
      DEC1,
    );
    assert.deepEqual(
      [rs[2].metric, rs[2].subjects, rs[2].window],
      ['spread', ['IJR', 'IWM'], { kind: 'dates', from: '2016-11-08', to: '2016-11-30' }],
    );
  });
});

describe('indexes capgap holds no prices for', () => {
  it('"The Russell 2500", "the Wilshire 5000", "the MSCI World index", "the CRSP US Small Cap index" say so (was: no subject, or the Russell 2000)', () => {
    for (const [t, id] of [
      ['The Russell 2500 gained 9.5% in November.', 'unheld:index:the Russell 2500'],
      ['The Wilshire 5000 rose 3.9% in the month.', 'unheld:index:the Wilshire 5000'],
      ['The MSCI World index rose 2% in November.', 'unheld:index:an MSCI index'],
      ['The CRSP US Small Cap index rose 10% in November.', 'unheld:index:a CRSP US index'],
    ]) {
      const [r] = firsts(t, NOV16);
      assert.deepEqual([r.metric, r.subjects], ['return', [id]], t);
    }
    const [msci] = firsts('The MSCI USA Small Cap index rose 11% in November.', NOV16);
    assert.deepEqual(msci.subjects, ['unheld:msci-small']);
  });
});

describe('a "by the numbers" list', () => {
  const NOV24 = { event: '2024-11-05', to: '2024-11-29', funds };
  it('"• 8.6%: its gain in the week of the election" is the Russell 2000\'s, named in the item before (was: no subject)', () => {
    const rs = firsts(
      "• 5.8%: the Russell 2000's gain on Nov. 6, its best day in two years.\n• 8.6%: its gain in the week of the election, against 4.7% for the S&P 500.",
      NOV24,
    );
    assert.deepEqual(
      rs.map((r) => [r.subjects[0], r.stated]),
      [
        ['^RUT', 5.8],
        ['^RUT', 8.6],
        ['^GSPC', 4.7],
      ],
    );
  });
  it('"for the month as of Nov. 29" after a record "set in November 2021" is November 2024 (was: November 2021)', () => {
    const rs = firsts(
      '• 2,442.74: the record close the Russell 2000 has yet to beat, set in November 2021.\n• 3.5 points: how far small caps were ahead of large caps for the month as of Nov. 29.',
      NOV24,
    );
    assert.deepEqual(rs.at(-1)?.window, { kind: 'month-to-date', month: '2024-11', to: '2024-11-29' });
  });
});

describe('"every day last week"', () => {
  it('"The Russell 2000 rose every day last week": all the sessions of that week went up (was: no number to check)', () => {
    const [r] = firsts('The Russell 2000 rose every day last week.', {
      event: '2016-11-08',
      to: '2016-11-21',
      funds,
    });
    assert.deepEqual(
      [r.metric, r.window, r.record?.tally?.share?.stated, r.record?.direction],
      ['record', { kind: 'week', weekEnd: '2016-11-18' }, 100, 'gain'],
    );
    const [down] = firsts('The Russell 2000 has fallen on every session since the election.', NOV16);
    assert.deepEqual([down.window.kind, down.record?.direction], ['since', 'loss']);
  });
});

describe('a close after the window: "has surged nearly 16% since the election, to 1,386.37"', () => {
  it("the close is read too, on the article's day (was: the return alone)", () => {
    const rs = firsts('The Russell 2000 has surged nearly 16% since the election, to 1,386.37.', {
      event: '2016-11-08',
      to: '2016-12-08',
      funds,
    });
    assert.deepEqual(
      rs.map((r) => [r.metric, r.stated]),
      [
        ['return', 16],
        ['level', 1386.37],
      ],
    );
  });
});

describe('"That leaves it 2.5% below its June 23 close" after "…, but has since climbed 4.9%"', () => {
  it('is as of the end of that later stretch (June 30, 2016), not the last day told (June 27)', () => {
    const rs = firsts(
      'The Russell 2000 fell 3.8% on June 24 and another 3.4% on June 27, but has since climbed 4.9%. That leaves it 2.5% below its June 23 close.',
      { event: '2016-06-23', to: '2016-06-30', funds },
    );
    assert.deepEqual(rs.at(-1)?.window, { kind: 'since', event: '2016-06-23', to: '2016-06-30' });
  });
});

describe('a scorecard table and "over the week"', () => {
  const WEEK = { event: '2024-11-05', to: '2024-11-08', funds };
  it('a "Small minus large" row in "pts" is the spread over each column\'s period (was: a cell with no unit)', () => {
    const rs = firsts(
      '| Index | Week | Since Nov. 5 close |\n|---|---|---|\n| Russell 2000 | +8.6% | +8.6% |\n| Small minus large | +3.9 pts | +3.9 pts |',
      WEEK,
    );
    assert.deepEqual(
      rs.slice(2).map((r) => [r.metric, r.subjects, r.stated, r.window.kind]),
      [
        ['spread', ['^RUT', '^GSPC'], 3.9, 'week'],
        ['spread', ['^RUT', '^GSPC'], 3.9, 'since'],
      ],
    );
  });
  it('"Small caps\' lead over the week was the widest since November 2020" ranks weeks (was: which periods?)', () => {
    const [r] = firsts("Small caps' lead over the week was the widest since November 2020.", WEEK);
    assert.deepEqual([r.metric, r.window], ['record', { kind: 'week', weekEnd: '2024-11-08' }]);
  });
});

describe('a note on every election since 1988, told set first', () => {
  const DEC8 = { event: '2016-11-08', to: '2016-12-08', funds };
  const NOTE =
    'In the month after each of the eight presidential elections from 1988 to 2016, the Russell 2000 beat the S&P 500 five times.';
  it('"In the month after each of the eight … elections from 1988 to 2016, … five times" is a tally of 5 of 8 (was: no number to check)', () => {
    const [r] = firsts(NOTE, DEC8);
    assert.deepEqual(
      [r.subjects, r.record?.tally, r.record?.direction],
      [
        ['^RUT', '^GSPC'],
        { hits: 5, of: 8, events: 'elections', after: { unit: 'month', n: 1 }, sinceYear: 1988 },
        'gain',
      ],
    );
  });
  it('"The average gap was 1.4 percentage points" after it is the mean spread over those elections (was: nothing it is measured against)', () => {
    const [, avg] = firsts(`${NOTE} The average gap was 1.4 percentage points in small caps' favour.`, DEC8);
    assert.deepEqual(
      [avg.metric, avg.subjects, avg.average?.events, avg.average?.sinceYear],
      ['spread', ['^RUT', '^GSPC'], 'elections', 1988],
    );
  });
  it('"Measured over three months, small caps came out ahead after six of the eight elections": the three months after each, against large caps', () => {
    const rs = firsts(
      'Measured over three months, small caps came out ahead after six of the eight elections.',
      DEC8,
    );
    assert.deepEqual(
      [rs[0].subjects, rs[0].record?.tally?.hits, rs[0].record?.tally?.after],
      [['^RUT', '^GSPC'], 6, { unit: 'month', n: 3 }],
    );
  });
});

describe('a streak after another election', () => {
  it('"After the 2016 election, …" and "The 2016 rally ran for 15 straight sessions" in an article on 2024\'s search after Nov. 8, 2016 (was: through the article\'s date)', () => {
    const o = { event: '2024-11-05', to: '2024-12-06', funds };
    for (const t of [
      'After the 2016 election, the Russell 2000 rose for 15 straight sessions.',
      'The Russell 2000 rose 5.8% the day after the 2024 vote. The 2016 rally ran for 15 straight sessions.',
    ]) {
      const r = firsts(t, o).at(-1)!;
      // As many days after that vote as the article is after its own (31), so the 2016 streak is in reach.
      assert.deepEqual(
        [r.record?.streak, r.window],
        [15, { kind: 'since', event: '2016-11-08', to: '2016-12-09' }],
        t,
      );
    }
  });
});

describe('a record "in 20 years" several words after its superlative', () => {
  it('"the best month for small caps relative to large caps in 20 years" is a record of the spread (was: no number to check)', () => {
    const [r] = firsts(
      'November was the best month for small caps relative to large caps in 20 years.',
      NOV16,
    );
    assert.deepEqual(
      [r.metric, r.subjects, r.record?.period, r.record?.direction, r.window],
      ['record', ['^RUT', '^GSPC'], 'month', 'gain', { kind: 'month', month: '2016-11' }],
    );
  });
});

describe('a whole number and a fraction in words', () => {
  it('"about seven and a quarter per cent" is 7.25% (was: 0.25%), "six and a half percentage points" 6.5 points', () => {
    const o = { event: '2016-11-08', to: '2016-11-11', funds };
    const [r] = firsts('The Russell 2000 rose about seven and a quarter per cent.', o);
    assert.deepEqual([r.stated, r.unit], [7.25, 'percent']);
    const [g] = firsts('The Russell 2000 beat the S&P 500 by six and a half percentage points.', o);
    assert.deepEqual([g.metric, g.stated], ['spread', 6.5]);
  });
});

describe('"Over the long run" names no period', () => {
  it('"Over the long run, small caps have returned about 11.9% a year against 10.3% for large caps" is said, not read (was: annualised since the news, 436%)', () => {
    const [s] = readArticle(
      'Over the long run, small caps have returned about 11.9% a year against 10.3% for large caps.',
      NOV16,
    );
    assert.deepEqual([s.status, s.claims.length], ['unreadable', 0]);
    assert.match(s.reason ?? '', /"Over the long run" names no period/);
    const [dated] = firsts(
      'Over the long run, since 1926, small caps have returned about 11.9% a year.',
      NOV16,
    );
    assert.equal(dated.window.kind, 'dates');
  });
});

describe('not a return', () => {
  it('"Advancing issues outnumbered declining ones on the NYSE by a 2.07-to-1 ratio" is breadth (was: a ratio of returns)', () => {
    for (const t of [
      'Advancing issues outnumbered declining ones on the NYSE by a 2.07-to-1 ratio.',
      'On the Nasdaq, decliners beat advancers by a 1.5-to-1 ratio.',
    ]) {
      const [s] = readArticle(t, NOV16);
      assert.match(s.reason ?? '', /not a return \(market breadth/, t);
    }
  });
});

describe('gaps and running totals', () => {
  it('"That\'s an 8-point gap" after two returns is their spread (was: no subject, with "an")', () => {
    const rs = firsts(
      "Russell 2000: +10.2% in the four sessions after Election Day. S&P 500: +2.2%. That's an 8-point gap in under a week.",
      NOV16,
    );
    assert.deepEqual([rs[2].metric, rs[2].subjects, rs[2].stated], ['spread', ['^RUT', '^GSPC'], 8]);
  });
  it('"Over [0, +4], the bottom tercile\'s abnormal return rose to 8.1%": the abnormal return is 8.1% (was: a level)', () => {
    const [r] = firsts("Over [0, +4], the bottom tercile's abnormal return rose to 8.1%.", NOV16);
    assert.deepEqual([r.metric, r.stated, r.window.kind], ['excess-return', 8.1, 'sessions']);
  });
  it('"ahead of the growth index at 8.2%" after the Russell 2000 Value index is the growth counterpart, IWO', () => {
    const rs = firsts(
      'The Russell 2000 Value index rose 13.1% in November, ahead of the growth index at 8.2%.',
      NOV16,
    );
    assert.deepEqual(
      rs.map((r) => r.subjects[0]),
      ['IWN', 'IWO'],
    );
  });
});

describe('checked on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('Nov. 7, 2012: ^RUT 825.64 → 804.52 (−2.56%), ^GSPC 1,428.39 → 1,394.53 (−2.37%), each its worst day since June 1, 2012', async () => {
    const rs = await checkedReadings(
      data.ev,
      `${TWO.slice(0, -1)}, the worst day for both indexes since June.`,
      NOV12,
    );
    near(rs[0].computed?.value, pctOf(RUT.nov6y2012, RUT.nov7y2012));
    near(rs[1].computed?.value, pctOf(SPX.nov6y2012, SPX.nov7y2012));
    // June 1, 2012 was worse for each (^RUT −3.20%, ^GSPC −2.46%), and no day between: since June holds.
    assert.ok(pctOf(RUT.may31y2012, RUT.jun1y2012) < pctOf(RUT.nov6y2012, RUT.nov7y2012));
    assert.ok(pctOf(SPX.may31y2012, SPX.jun1y2012) < pctOf(SPX.nov6y2012, SPX.nov7y2012));
    assert.deepEqual(
      rs.map((r) => r.record?.verdict),
      ['supported', 'supported'],
    );
  });
  it("HML's November 2016, 8.29%: its best month since February 2001 (12.23%)", async () => {
    const [r] = await checkedReadings(
      data.ev,
      'The value factor (HML) had its best month since 2001 in November 2016, returning 8.3%.',
      NOV16,
    );
    near(r.computed?.value, HML.nov2016, 1e-9);
    assert.equal(r.verdict, 'supported');
    assert.equal(r.record?.verdict, 'supported');
    assert.ok(HML.feb2001 > HML.nov2016);
  });
  it('Nov. 11, 2024: ^RUT 2,434.98, 0.32% below its record close of 2,442.74 (Nov. 8, 2021)', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The small-cap index is now within 2% of its record close of 2,442.74, set in November 2021.',
      { event: '2024-11-05', to: '2024-11-11', funds },
    );
    near(rs[0].computed?.value, pctOf(RUT.nov8y2021, RUT.nov11y2024));
    near(rs[1].computed?.value, RUT.nov8y2021);
    const [ever] = (
      await checkedReadings(
        data.ev,
        'The small-cap index is now within 2% of its record close of 2,442.74.',
        {
          event: '2024-11-05',
          to: '2024-11-11',
          funds,
        },
      )
    ).slice(1);
    near(ever.computed?.value, RUT.nov8y2021);
    assert.deepEqual(
      [...rs, ever].map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
  it("the two sessions after the Fed's Sept. 18, 2024 cut, to Friday: ^RUT 2,206.34 → 2,227.89 (+0.98%)", async () => {
    const [r] = await checkedReadings(
      data.ev,
      "By Friday's close the small-cap index had pared its gain to 1.9% for the two sessions since the decision.",
      { event: '2024-09-18', to: '2024-09-20', funds },
    );
    near(r.computed?.value, pctOf(RUT.sep18y2024, RUT.sep20y2024));
    assert.equal(r.verdict, 'not supported');
  });
  it('the week of Nov. 14–18, 2016: ^RUT rose on each of its five sessions; it did not fall on every one', async () => {
    // ^RUT closes Nov. 11 → 18, 2016: each above the one before.
    const closes = [
      1282.3800048828125, 1298.5999755859375, 1302.1400146484375, 1302.199951171875, 1309.47998046875,
      1315.6400146484375,
    ];
    assert.ok(closes.slice(1).every((c, i) => c > closes[i]));
    const o = { event: '2016-11-08', to: '2016-11-21', funds };
    const [up] = await checkedReadings(data.ev, 'The Russell 2000 rose every day last week.', o);
    const [down] = await checkedReadings(data.ev, 'The Russell 2000 fell every day last week.', o);
    assert.deepEqual([up.verdict, down.verdict], ['supported', 'not supported']);
  });
  it('an average over the elections since 1980, with the Russell 2000 held from 1987, is no average of them all: cannot check (was: the 1988–2012 mean, not supported)', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'On average, the Russell 2000 has gained 2.1% in the month after a presidential election since 1980.',
      NOV16,
    );
    assert.equal(r.verdict, 'cannot check');
    assert.match(
      r.reason ?? '',
      /7 of the 9 US presidential elections \(from 1988; not 1980, 1984\); an average needs all of them/,
    );
  });
  it('the note: ^RUT beat ^GSPC in the month after 5 of the 8 elections 1988–2016, by 1.85 points on average', async () => {
    const rs = await checkedReadings(
      data.ev,
      "In the month after each of the eight presidential elections from 1988 to 2016, the Russell 2000 beat the S&P 500 five times. The average gap was 1.85 percentage points in small caps' favour.",
      { event: '2016-11-08', to: '2016-12-08', funds },
    );
    // Election day's close and a month later's (the last session on or before that day), read by hand from
    // ../shared/data/prices: [^RUT from, ^RUT to, ^GSPC from, ^GSPC to] for 1988 … 2016.
    const closes = [
      [145.27000427246094, 143.75, 275.1499938964844, 276.5899963378906],
      [199.6300048828125, 214.77999877929688, 419.9200134277344, 429.9100036621094],
      [339.8599853515625, 359.04998779296875, 714.1400146484375, 744.3800048828125],
      [506.010009765625, 461.1000061035156, 1431.8699951171875, 1343.550048828125],
      [585.4400024414062, 642.510009765625, 1130.56005859375, 1190.3299560546875],
      [545.969970703125, 439.5299987792969, 1005.75, 845.219970703125],
      [825.6400146484375, 821.7899780273438, 1428.3900146484375, 1413.93994140625],
      [1195.1400146484375, 1386.3699951171875, 2139.56005859375, 2246.18994140625],
    ];
    const gaps = closes.map(([a, b, c, d]) => pctOf(a, b) - pctOf(c, d));
    assert.equal(gaps.filter((g) => g > 0).length, 5);
    near(rs[1].computed?.value, gaps.reduce((a, b) => a + b, 0) / gaps.length);
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported'],
    );
  });
  it('an index capgap holds no prices for is "cannot check", saying so and what would add it', async () => {
    const [r] = await checkedReadings(data.ev, 'The Russell 2500 gained 9.5% in November.', NOV16);
    assert.equal(r.verdict, 'cannot check');
    assert.match(r.reason ?? '', /the Russell 2500: an index capgap holds no prices for/);
    assert.match(r.needs ?? '', /capgap import INDEX\.csv/);
  });
  it("the Fed's Dec. 16, 2015 hike: ^RUT 1,148.97 → 1,135.36 (−1.18%) on Thursday, given back", async () => {
    const rs = await checkedReadings(
      data.ev,
      "The Russell 2000 rose 1.5% on Wednesday. By Thursday's close it had given back 1.2%, and the S&P 500 1.5%.",
      FED15,
    );
    near(rs[0].computed?.value, pctOf(RUT.dec15y2015, RUT.dec16y2015));
    near(rs[1].computed?.value, pctOf(RUT.dec16y2015, RUT.dec17y2015));
    near(rs[2].computed?.value, pctOf(SPX.dec16y2015, SPX.dec17y2015));
    assert.deepEqual(
      rs.map((r) => r.verdict),
      ['supported', 'supported', 'supported'],
    );
  });
});
