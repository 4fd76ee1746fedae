import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleDate } from '../../../src/findings/article/dateline.ts';
import { readArticle } from '../../../src/findings/article/read.ts';
import { parseClaims } from '../../../src/findings/claim-file.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';

// Forty-ninth round. Each reading was written by hand before the reader ran; every value checked on the
// embedded data is computed here from closes read by hand from ../shared/data/prices: ^RUT's from
// yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv (Date, Close, …), ^GSPC's from
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close).
const RUT = {
  oct30y2020: 1538.47998046875,
  nov30y2020: 1819.8199462890625,
  nov5y2024: 2260.840087890625,
  nov6y2024: 2392.919921875,
  nov7y2024: 2382.68994140625,
  nov11y2024: 2434.97998046875,
  /** The highest close from Nov. 11, 2021 to Nov. 8, 2024 (Nov. 12, 2021), found by a scan of those rows (awk). */
  highestNov11y2021toNov8y2024: 2411.780029296875,
  /** The highest close from Nov. 5 to Dec. 18, 2024 (Nov. 25), found by a scan of those rows (awk). */
  nov25y2024: 2442.030029296875,
  /** Dec. 18, 2024: also the lowest close from Nov. 5 to that day (the same scan). */
  dec18y2024: 2231.510009765625,
  /** The highest close of January 2020 (Jan. 16), found by a scan of that month's rows. */
  jan16y2020: 1705.219970703125,
  mar18y2020: 991.1599731445312,
  oct27y2023: 1636.93994140625,
  dec14y2023: 2000.510009765625,
  nov8y2016: 1195.1400146484375,
  nov29y2016: 1328.219970703125,
  /** Nov. 3 to Nov. 28, 2016: fifteen rises to Nov. 25, then a fall. */
  nov3to28y2016: [
    1156.8900146484375, 1163.43994140625, 1192.25, 1195.1400146484375, 1232.1600341796875, 1251.6099853515625,
    1282.3800048828125, 1298.5999755859375, 1302.1400146484375, 1302.199951171875, 1309.47998046875,
    1315.6400146484375, 1322.22998046875, 1334.3399658203125, 1342.0899658203125, 1347.199951171875,
    1329.8299560546875,
  ],
};
const SPX = {
  nov4y1932: 6.880000114440918,
  nov11y1932: 7.679999828338623,
  nov6y2020: 3509.43994140625,
  nov4y2008: 1005.75,
  nov5y2008: 952.77001953125,
  may31y2012: 1310.3299560546875,
  jun1y2012: 1278.0400390625,
  nov6y2012: 1428.3900146484375,
  nov7y2012: 1394.530029296875,
  oct30y2020: 3269.9599609375,
  nov30y2020: 3621.6298828125,
  oct27y2023: 4117.3701171875,
  dec14y2023: 4719.5498046875,
};
const NOV20 = { event: '2020-11-03', to: '2020-11-30', funds };
const DEC24 = { event: '2024-11-05', to: '2024-12-18', funds };
const DEC23 = { to: '2023-12-14', funds };

describe('a previous record beside a new one keeps the sentence its own period for the next', () => {
  it('"smashing the previous record of 16.4% set in December 1991": the next sentence is November\'s', () => {
    const rs = firsts(
      'The Russell 2000 rose 18.3% in November, smashing the previous record of 16.4% set in December 1991. The S&P 500 gained 10.8%, its best month since April.',
      NOV20,
    );
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'month', month: '2020-11' },
        { kind: 'month', month: '1991-12' },
        { kind: 'month', month: '2020-11' }, // was: December 1991, the earlier record's
      ],
    );
  });
  it('"since the index began in 1979" is on record (as "since the index was created in 1979")', () => {
    const [r] = firsts(
      'The Russell 2000 rose 18.3% in November, its best monthly gain since the index began in 1979.',
      NOV20,
    );
    assert.deepEqual([r.record?.kind, r.record?.period], ['best-on-record', 'month']);
  });
});

describe('"the most in any month since February 2000": the number is a month\'s, not the day a later clause dates', () => {
  it('"…, as vaccine news on Nov. 9 sent investors …" leaves the spread November\'s', () => {
    const [r] = firsts(
      'Small stocks beat large ones by 7.5 percentage points, the most in any month since February 2000, as vaccine news on Nov. 9 sent investors into the stocks most hurt by the pandemic.',
      NOV20,
    );
    assert.deepEqual(r.window, { kind: 'month', month: '2020-11' }); // was: Nov. 9 alone
    assert.equal(r.record?.sinceYear, 2000);
  });
  it("in the month's course, the month to the article's day", () => {
    const [r] = firsts(
      'Small stocks beat large ones by 5 percentage points, the most in any month since 2000, as vaccine news on Nov. 9 lifted beaten-down stocks.',
      { ...NOV20, to: '2020-11-20' },
    );
    assert.deepEqual(r.window, { kind: 'month-to-date', month: '2020-11', to: '2020-11-20' });
  });
  it('"its best day since March" stays the day (no "in any month")', () => {
    const [r] = firsts('The Russell 2000 rose 5% on Nov. 9, its best day since March.', NOV20);
    assert.deepEqual(r.window, { kind: 'dates', from: '2020-11-06', to: '2020-11-09' });
  });
});

describe('"in the first three weeks" after an election named before', () => {
  it('"After the 2016 vote the Russell 2000 gained 13% in the first three weeks" in a 2024 story: after 2016\'s', () => {
    const [r] = firsts('After the 2016 vote the Russell 2000 gained 13% in the first three weeks.', {
      event: '2024-11-05',
      to: '2024-11-22',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'since', event: '2016-11-08', to: '2016-11-29' }); // was: since 2024's
  });
  it('"in its first three weeks after the vote" names the event itself', () => {
    const [r] = firsts('The Russell 2000 rose 8% in its first three weeks after the vote.', {
      event: '2024-11-05',
      to: '2024-12-18',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-11-26' });
  });
});

describe('"At its peak, the Russell 2000 was up 10.1% since the vote": a return to the stretch\'s highest close', () => {
  it('fronted, or after the number in its clause, marks the claim at: peak; "At their lowest", at: trough', () => {
    const rs = firsts(
      'At its peak, the Russell 2000 was up 10.1% since the vote. The Russell 2000 was up 8% since the vote at its high. At their lowest, small caps were down 2% since the election.',
      DEC24,
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.at]),
      [
        ['return', 'peak'],
        ['return', 'peak'], // was: a distance from its highest close on record
        ['return', 'trough'],
      ],
    );
  });
  it("not an intraday word, nor a day's move, nor a move with no such words", () => {
    const rs = firsts(
      'The Russell 2000 rose 2% at the height of the session. The Russell 2000 fell 4.4% on Wednesday. The index is up 0.9% since Election Day.',
      DEC24,
    );
    assert.deepEqual(
      rs.map((r) => r.at),
      [undefined, undefined, undefined],
    );
  });
  it('a claim file takes at: peak or trough for a return (or, since the fifty-fifth round, a spread) only, with a clear error otherwise', () => {
    const [c] = parseClaims(
      '- {metric: return, subject: "^RUT", since: 2024-11-05, to: 2024-12-18, at: peak, stated: 8%}',
    );
    assert.equal(c.at, 'peak');
    assert.throws(
      () =>
        parseClaims(
          '- {metric: level, subject: "^RUT", from: 2024-12-17, to: 2024-12-18, at: peak, stated: 2231}',
        ),
      /at: peak is for a return or a spread, not a level/,
    );
    assert.throws(
      () => parseClaims('- {metric: return, subject: "^RUT", since: 2024-11-05, at: top, stated: 8%}'),
      /invalid at "top"; expected open, peak or trough/,
    );
  });
});

describe('a running total from a high or a low is a distance from it', () => {
  it('"taking its loss from its January peak to 41%": below January\'s highest close', () => {
    const [day, total] = firsts(
      'The Russell 2000 plunged 10.4% on Wednesday, taking its loss from its January peak to 41%.',
      { to: '2020-03-18', funds },
    );
    assert.deepEqual(day.window, { kind: 'dates', from: '2020-03-17', to: '2020-03-18' });
    assert.equal(total.metric, 'distance');
    assert.equal(total.stated, -41);
    assert.deepEqual(
      [total.extreme?.side, total.extreme?.from, total.extreme?.to],
      ['high', '2020-01-01', '2020-01-31'],
    );
  });
  it('"bringing its gain since its Oct. 27 low to 22%": above that close', () => {
    const [, total] = firsts(
      'The Russell 2000 jumped 2.7% on Thursday, bringing its gain since its Oct. 27 low to 22%.',
      DEC23,
    );
    assert.deepEqual(
      [total.metric, total.stated, total.extreme?.side, total.extreme?.from],
      ['distance', 22, 'low', '2023-10-27'],
    );
  });
});

describe('a definition named before its number is no claim; "since the October low" runs from the low named before', () => {
  const text =
    'The Russell 2000 is now up 22.2% from its Oct. 27 low, putting it in a bull market by the common definition of a 20% rise from a recent trough. Small caps have outpaced the S&P 500 by about 10 percentage points since the October low.';
  it('the 20% is a definition (was: a distance from the lowest close on record)', () => {
    const [s] = readArticle(text, DEC23);
    assert.equal(s.claims.length, 1);
    assert.match(
      s.reason ?? '',
      /a definition \("20%", "by the common definition of a 20%"\): the threshold of a bull market/,
    );
  });
  it('the gap since "the October low" runs from Oct. 27 (was: the day before\'s session)', () => {
    const rs = firsts(text, DEC23);
    assert.deepEqual(rs[1].window, { kind: 'dates', from: '2023-10-27', to: '2023-12-14' });
  });
  it('"since the November low" with an October low named before takes no day from it', () => {
    const rs = firsts(
      'The Russell 2000 is now up 22.2% from its Oct. 27 low. Small caps have outpaced the S&P 500 by about 10 percentage points since the November low.',
      DEC23,
    );
    assert.notDeepEqual(rs[1].window, { kind: 'dates', from: '2023-10-27', to: '2023-12-14' });
  });
});

describe('a streak the subject of its own end', () => {
  it('"The Russell 2000\'s 15-day winning streak ended on Monday" (was: no claim)', () => {
    const [r] = firsts("The Russell 2000's 15-day winning streak ended on Monday.", {
      to: '2016-11-29',
      funds,
    });
    assert.deepEqual(
      [r.metric, r.record?.streak, r.record?.ended, r.record?.direction, r.record?.period],
      ['record', 15, true, 'gain', 'day'],
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2016-11-25', to: '2016-11-28' });
  });
});

describe('a wire of Nov. 7, 2012: "a day after President Barack Obama won re-election"', () => {
  const WIRE =
    'NEW YORK, Nov 7 (Reuters) - U.S. stocks fell sharply on Wednesday, a day after President Barack Obama won re-election.\nThe S&P 500 lost 2.4 percent to 1,394.53.';
  it('dates "Nov 7" to 2012: a re-election is not his first (was: undated, 2008 and 2012 both fit)', () => {
    assert.deepEqual(
      [articleDate(WIRE)?.date, articleDate(WIRE)?.yearFrom],
      ['2012-11-07', 'Obama won re-election'],
    );
  });
  it('"a day after Donald Trump won the presidential election" on Nov 6 is 2024\'s (his 2016 election was Nov. 8)', () => {
    const text =
      'NEW YORK, Nov 6 (Reuters) - Stocks soared on Wednesday, a day after Donald Trump won the presidential election.';
    assert.equal(articleDate(text)?.date, '2024-11-06');
  });
  it('"a day after Obama\'s victory" on Nov 7 is 2012\'s too: the election the day before the dateline', () => {
    const text = "NEW YORK, Nov 7 (Reuters) - Stocks fell on Wednesday, a day after Obama's victory.";
    assert.equal(articleDate(text)?.date, '2012-11-07');
  });
  it('"Since the start of the year" after stretches of two elections stays the year to date', () => {
    const rs = firsts(
      "The S&P 500 lost 2.4 percent. The decline was the S&P 500's worst post-election day since 2008, when it tumbled 5.3 percent the day after Obama's first victory. Since the start of the year, the benchmark index is still up 10.9 percent.",
      { event: '2012-11-06', to: '2012-11-07', funds },
    );
    // (was: the stretch after the 2012 election, taken as the year "2012" the sentence never names)
    assert.deepEqual(rs.at(-1)?.window, { kind: 'dates', from: '2011-12-31', to: '2012-11-07' });
  });
  it('"worst post-election day since 2008, when it tumbled 5.3 percent …": the record is the decline\'s, the 5.3 is 2008\'s', () => {
    const [then, record] = firsts(
      "The decline was the S&P 500's worst post-election day since 2008, when it tumbled 5.3 percent the day after Obama's first victory.",
      { event: '2012-11-06', to: '2012-11-07', funds },
    );
    assert.deepEqual([then.metric, then.stated, then.record], ['return', -5.3, undefined]);
    assert.deepEqual(then.window, { kind: 'sessions', event: '2008-11-04', sessions: 1 });
    assert.deepEqual([record.metric, record.record?.sinceYear], ['record', 2008]);
    assert.deepEqual(record.window, { kind: 'sessions', event: '2012-11-06', sessions: 1 }); // was: 2008's
  });
  it('a record with its own number keeps it: "fell 2.5%, its worst day since 2008, when it tumbled 5.3 percent"', () => {
    const [r] = firsts('The Russell 2000 fell 2.5%, its worst day since 2008, when it tumbled 5.3 percent.', {
      event: '2012-11-06',
      to: '2012-11-07',
      funds,
    });
    assert.deepEqual([r.stated, r.record?.sinceYear], [-2.5, 2008]);
  });
});

describe('a level at a look-back high is checked: "closed at a three-year high of 2,434.98"', () => {
  it('the level is a claim with the record on it (was: the record alone, any level "supported")', () => {
    const [r] = firsts('The Russell 2000 closed at a three-year high of 2,500.00 on Monday.', {
      event: '2024-11-05',
      to: '2024-11-11',
      funds,
    });
    assert.deepEqual([r.metric, r.stated, r.record?.kind, r.record?.level], ['level', 2500, 'rank', true]);
  });
  it('"hit a five-year low of 1,700" too', () => {
    const [r] = firsts('The Russell 2000 hit a five-year low of 1,700 on Monday.', {
      to: '2024-11-11',
      funds,
    });
    assert.deepEqual([r.metric, r.stated], ['level', 1700]);
  });
});

describe('a leg set against the subject ("versus 26.5% for the S&P 500") leaves "the index" the subject\'s', () => {
  it('"The index" after "the Russell 2000 is up 17.3%, versus 26.5% for the S&P 500" is the Russell 2000', () => {
    const rs = firsts(
      'Year to date, the Russell 2000 is up 17.3%, versus 26.5% for the S&P 500. The index ended the month about 1.3% shy of its Nov. 25 record close of 2,442.03.',
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.subjects[0]),
      ['^RUT', '^GSPC', '^RUT', '^RUT'], // was: the S&P 500 for the last two
    );
  });
  it('"That gap of roughly nine points" (the pair before) leaves "The index" the Russell 2000 too', () => {
    const rs = firsts(
      'Year to date, the Russell 2000 is up 17.3%, versus 26.5% for the S&P 500. That gap of roughly nine points is wide. The index ended the month about 1.3% shy of its Nov. 25 record close of 2,442.03.',
      { event: '2024-11-05', to: '2024-11-29', funds },
    );
    assert.deepEqual(
      rs.map((r) => r.subjects.join(' vs ')),
      ['^RUT', '^GSPC', '^GSPC vs ^RUT', '^RUT', '^RUT'], // was: the S&P 500 for the last two
    );
  });
  it('a leg the sentence leads with stays the subject: "The S&P 500 rose 1%, compared with 2% for the Russell 2000"', () => {
    const rs = firsts(
      'The S&P 500 rose 1% on Friday, compared with 2% for the Russell 2000. The index closed at 5,969.34.',
      { to: '2024-11-29', funds },
    );
    assert.equal(rs.at(-1)?.subjects[0], '^GSPC');
  });
});

describe('"more than any week on record"; "From that high to year-end"; a run "that the S&P 500 beat the Russell 2000"', () => {
  it('"took in $10.2bn …, more than any week on record" is the best week on record (was: no record)', () => {
    const [r] = firsts(
      'US small-cap ETFs took in $10.2bn in the week to Nov. 13, more than any week on record.',
      {
        event: '2024-11-05',
        to: '2024-11-15',
        funds,
      },
    );
    assert.deepEqual([r.metric, r.record?.kind, r.record?.period], ['flow', 'best-on-record', 'week']);
  });
  it('"Small caps peaked on Nov. 25. From that high to year-end, …" runs from Nov. 25 to Dec. 31', () => {
    const [r] = firsts(
      'Small caps peaked on Nov. 25. From that high to year-end, the Russell 2000 fell 8.7%.',
      {
        event: '2024-11-05',
        to: '2024-12-31',
        funds,
      },
    );
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-11-25', to: '2024-12-31' }); // was: Nov. 25 alone
  });
  it('"the second year in a row that the S&P 500 beat the Russell 2000 by more than ten points" is the lead\'s run', () => {
    const rs = firsts(
      'For the full year, small caps rose 10.0% and large caps 23.3%, the second year in a row that the S&P 500 beat the Russell 2000 by more than ten points.',
      { event: '2024-11-05', to: '2024-12-31', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.metric, r.record?.streak]),
      [
        ['return', undefined],
        ['return', undefined], // was: the S&P 500's own run of yearly gains
        ['spread', 2],
      ],
    );
  });
});

describe('"since Franklin Roosevelt\'s first victory in 1932": a record since that year', () => {
  it('reads the second record of "its best week since April and its biggest election-week gain since …" (was: none)', () => {
    const rs = firsts(
      "The S&P 500 rose 7.3% this week, its best week since April and its biggest election-week gain since Franklin Roosevelt's first victory in 1932.",
      { event: '2020-11-03', to: '2020-11-06', funds },
    );
    assert.deepEqual(
      rs.map((r) => [r.record?.sinceYear, r.record?.amongEvents]),
      [
        [2020, undefined],
        [1932, true],
      ],
    );
  });
});

describe("a fund selector's table in prose: each fund's number is its own", () => {
  const DEC16 = { event: '2016-11-08', to: '2016-12-09', funds };
  it('"well ahead of the Vanguard Small-Cap ETF (VB), up 11.3%" is VB\'s (was: IWM\'s)', () => {
    const rs = firsts(
      'Since the election, IWM has returned 15.1%, well ahead of the Vanguard Small-Cap ETF (VB), up 11.3%.',
      DEC16,
    );
    assert.deepEqual(
      rs.map((r) => [r.subjects[0], r.stated]),
      [
        ['IWM', 15.1],
        ['VB', 11.3],
      ],
    );
  });
  it('"nearly double the 9.8% of its growth sibling, IWO" is IWO\'s (was: IWN\'s)', () => {
    const rs = firsts('IWN gained 18.4%, nearly double the 9.8% of its growth sibling, IWO.', DEC16);
    assert.deepEqual(
      rs.map((r) => [r.metric, r.subjects.join(' vs ')]),
      [
        ['return', 'IWN'],
        ['ratio', 'IWN vs IWO'],
        ['return', 'IWO'],
      ],
    );
  });
  it('"IJR topped the table with a 12.4% return" is IJR\'s November (was: a comparison with nothing named)', () => {
    const [r] = firsts('For the month of November, IJR topped the table with a 12.4% return.', DEC16);
    assert.deepEqual([r.metric, r.subjects[0], r.stated], ['return', 'IJR', 12.4]);
    assert.deepEqual(r.window, { kind: 'month', month: '2016-11' });
  });
});

describe('2024 set against earlier elections', () => {
  const NOV27 = { event: '2024-11-05', to: '2024-11-27', funds };
  it('"This time, the gain is 8%" is the subject the sentence before spoke of (was: no subject)', () => {
    const rs = firsts(
      "Eight years ago, small caps jumped 13% in the three weeks after Trump's first win. This time, the gain is 8%.",
      NOV27,
    );
    assert.deepEqual(
      rs.map((r) => r.subjects[0]),
      ['^RUT', '^RUT'],
    );
  });
  it('"post-election gain of 8% compares with 13% in 2016 and 14% in 2020": as many sessions after each vote', () => {
    const rs = firsts(
      "The Russell 2000's post-election gain of 8% compares with 13% in 2016 and 14% in 2020.",
      NOV27,
    );
    // Nov. 5 to Nov. 27, 2024: 16 sessions (was: the calendar years 2016 and 2020, and the 8% in 2016).
    assert.deepEqual(
      rs.map((r) => r.window),
      [
        { kind: 'since', event: '2024-11-05', to: '2024-11-27' },
        { kind: 'sessions', event: '2016-11-08', sessions: 16 },
        { kind: 'sessions', event: '2020-11-03', sessions: 16 },
      ],
    );
  });
  it('a year with no comparison before it stays the calendar year: "It rose 19% in 2016 after the election"', () => {
    const [r] = firsts('The Russell 2000 rose 19% in 2016 after the election.', NOV27);
    assert.notEqual(r.window.kind, 'sessions');
  });
});

describe('a wire\'s "U.S. stocks" is the market', () => {
  const NOV12 = { event: '2012-11-06', to: '2012-11-07', funds };
  it('"U.S. stocks fell 2.4% on Wednesday" is the market\'s move (was: no subject); "small-cap U.S. stocks" stays small caps', () => {
    const rs = firsts('U.S. stocks fell 2.4% on Wednesday. Small-cap U.S. stocks fell 2.5%.', NOV12);
    assert.deepEqual(
      rs.map((r) => r.subjects[0]),
      ['market', '^RUT'],
    );
  });
  it('"U.S. stocks suffered their worst day since 2011" is a record of the market', () => {
    const [r] = firsts('U.S. stocks suffered their worst day since 2011 on Wednesday.', NOV12);
    assert.deepEqual([r.metric, r.subjects[0], r.record?.sinceYear], ['record', 'market', 2011]);
  });
});

describe('"after the decision" in a story read against an election is the Fed decision it names', () => {
  const TEXT =
    'Fed cuts again; small caps extend post-election rally\n\nThe Federal Reserve lowered rates by a quarter point on Thursday.\n\nThe Russell 2000 added 0.1% after the decision.';
  it('runs since Nov. 7, 2024 (was: since the election of Nov. 5)', () => {
    const [r] = firsts(TEXT, { event: '2024-11-05', to: '2024-11-07', funds });
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-07', to: '2024-11-07' });
  });
  it('with no Fed decision named, "after the decision" stays the article\'s event', () => {
    const [r] = firsts('The Russell 2000 added 0.1% after the decision.', {
      event: '2024-11-05',
      to: '2024-11-07',
      funds,
    });
    assert.deepEqual(r.window, { kind: 'since', event: '2024-11-05', to: '2024-11-07' });
  });
});

describe('"its previous all-time high of 2,442.74 from Nov. 8, 2021" is that day\'s close', () => {
  it('a level, said of Nov. 8, 2021 (was: not read)', () => {
    const [now, then] = firsts(
      'The Russell 2000 closed at 2,442.03 on Monday, just short of its previous all-time high of 2,442.74 from Nov. 8, 2021.',
      { to: '2024-11-26', funds },
    );
    assert.deepEqual(
      [now.metric, now.stated, then.metric, then.stated],
      ['level', 2442.03, 'level', 2442.74],
    );
    assert.equal(then.window.kind === 'dates' ? then.window.to : '', '2021-11-08');
  });
});

describe('AP\'s "How major US stock indexes fared Wednesday, 11/6/2024"', () => {
  const AP = (gap: string) =>
    `How major US stock indexes fared Wednesday, 11/6/2024\n\nOn Wednesday:${gap}The S&P 500 rose 146.28 points, or 2.5%, to 5,929.04.${gap}The Russell 2000 index of smaller companies rose 132.08 points, or 5.8%, to 2,392.92.\n\nFor the week:${gap}The S&P 500 is up 200.55 points, or 3.5%.${gap}The Russell 2000 is up 183.31 points, or 8.3%.\n\nFor the year:${gap}The S&P 500 is up 1,159.21 points, or 24.3%.${gap}The Russell 2000 is up 365.85 points, or 18%.`;
  it("dates the article from its headline's numeric date, month first (was: undated)", () => {
    assert.deepEqual(articleDate(AP('\n')), { date: '2024-11-06', source: 'Wednesday, 11/6/2024' });
    // A day past 12, or the weekday named, puts the day first: Aug. 11, 2024 was a Sunday, Nov. 8 a Friday.
    assert.equal(articleDate('How major indexes fared Friday, 8/11/2024')?.date, '2024-11-08');
    assert.equal(articleDate('Markets wrap, 25/11/2024')?.date, '2024-11-25');
  });
  it('a year before 1900 ("27 June 0816", a typo the seeded fuzz made) dates nothing: the article is undated', () => {
    assert.equal(
      articleDate('LONDON, 27 June 0816\n\nThe Russell 2000 is now down 4.1 per cent this year.'),
      undefined,
    );
    // (was: dated 0816-06-27, and "this year" failed inside the reader on the year 815's end)
    const [s] = readArticle('The Russell 2000 is now down 4.1 per cent this year.', {
      to: '2016-06-27',
      funds,
    });
    assert.deepEqual(s.claims[0].readings[0].window, { kind: 'dates', from: '2015-12-31', to: '2016-06-27' });
  });
  it("each label's period goes to every line under it, with or without blank lines (was: the first line only)", () => {
    for (const gap of ['\n', '\n\n']) {
      const ws = firsts(AP(gap), { event: '2024-11-05', to: '2024-11-06', funds })
        .filter((r) => r.metric === 'return')
        .map((r) => (r.window.kind === 'dates' ? r.window.from : r.window.kind));
      assert.deepEqual(ws, [
        '2024-11-05',
        '2024-11-05',
        '2024-11-01',
        '2024-11-01',
        '2023-12-31',
        '2023-12-31',
      ]);
    }
  });
});

describe('checked on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('November 2020: ^RUT +18.29%, ^GSPC +10.75%; the spread 7.53 points, not the most since 2000 (Nov. 2016 7.57)', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 rose 18.3% in November, smashing the previous record of 16.4% set in December 1991. The S&P 500 gained 10.8%. Small stocks beat large ones by 7.5 percentage points, the most in any month since February 2000, as vaccine news on Nov. 9 sent investors into beaten-down stocks.',
      NOV20,
    );
    const rut = pctOf(RUT.oct30y2020, RUT.nov30y2020);
    const spx = pctOf(SPX.oct30y2020, SPX.nov30y2020);
    near(rs[0].computed?.value, rut);
    near(rs[2].computed?.value, spx); // was: December 1991's
    assert.equal(rs[2].verdict, 'supported');
    // "Small stocks" has two readings (the Russell 2000, French's smallest 30%): the first is the index's.
    near(rs[3].computed?.value, rut - spx);
    assert.equal(rs[3].record?.verdict, 'not supported');
  });
  it('Nov. 5 → Dec. 18, 2024: up 8.01% at the Nov. 25 peak (2,442.03), −1.30% at the end; the trough is Dec. 18', async () => {
    const [peak, trough] = await checkedReadings(
      data.ev,
      'At its peak, the Russell 2000 was up 8% since the vote. At its lowest, the Russell 2000 was down 1.3% since the vote.',
      DEC24,
    );
    near(peak.computed?.value, pctOf(RUT.nov5y2024, RUT.nov25y2024));
    assert.equal(peak.verdict, 'supported');
    near(trough.computed?.value, pctOf(RUT.nov5y2024, RUT.dec18y2024));
    assert.equal(trough.verdict, 'supported');
  });
  it('March 18, 2020: ^RUT 991.16, 41.9% below its Jan. 16 close (1,705.22)', async () => {
    const [, total] = await checkedReadings(
      data.ev,
      'The Russell 2000 plunged 10.4% on Wednesday, taking its loss from its January peak to 42%.',
      { to: '2020-03-18', funds },
    );
    near(total.computed?.value, pctOf(RUT.jan16y2020, RUT.mar18y2020));
    assert.equal(total.verdict, 'supported');
  });
  it('Oct. 27 → Dec. 14, 2023: ^RUT +22.21%, ^GSPC +14.62%: 7.59 points since the October low', async () => {
    const rs = await checkedReadings(
      data.ev,
      'The Russell 2000 is now up 22.2% from its Oct. 27 low. Small caps have outpaced the S&P 500 by about 7.6 percentage points since the October low.',
      DEC23,
    );
    near(rs[0].computed?.value, pctOf(RUT.oct27y2023, RUT.dec14y2023));
    near(
      rs[1].computed?.value,
      pctOf(RUT.oct27y2023, RUT.dec14y2023) - pctOf(SPX.oct27y2023, SPX.dec14y2023),
    );
    assert.deepEqual([rs[0].verdict, rs[1].verdict], ['supported', 'supported']);
  });
  it('Nov. 6 → 7, 2012: ^GSPC −2.37%, its worst day after an election since 2008 (−5.27%)', async () => {
    const [then, record] = await checkedReadings(
      data.ev,
      "The decline was the S&P 500's worst post-election day since 2008, when it tumbled 5.3 percent the day after Obama's first victory.",
      { event: '2012-11-06', to: '2012-11-07', funds },
    );
    near(then.computed?.value, pctOf(SPX.nov4y2008, SPX.nov5y2008));
    near((record.computed?.value ?? Number.NaN) * 100, pctOf(SPX.nov6y2012, SPX.nov7y2012)); // a decimal
    assert.deepEqual([then.verdict, record.verdict], ['supported', 'supported']);
  });
  it('Nov. 11, 2024: ^RUT 2,434.98, the highest close in three years; a misstated 2,500.00 is not supported', async () => {
    const [right, wrong] = await checkedReadings(
      data.ev,
      'The Russell 2000 closed at a three-year high of 2,434.98 on Monday. The Russell 2000 closed at a three-year high of 2,500.00 on Monday.',
      { event: '2024-11-05', to: '2024-11-11', funds },
    );
    near(right.computed?.value, RUT.nov11y2024);
    assert.ok(RUT.highestNov11y2021toNov8y2024 < RUT.nov11y2024); // the highest in the three years before
    assert.deepEqual(
      [right.verdict, right.record?.verdict, wrong.verdict],
      ['supported', 'supported', 'not supported'],
    );
  });
  it('the week to Nov. 6, 2020: ^GSPC +7.32%, the best election week since 1932 (+11.63%)', async () => {
    const [, among] = await checkedReadings(
      data.ev,
      "The S&P 500 rose 7.3% this week, its best week since April and its biggest election-week gain since Franklin Roosevelt's first victory in 1932.",
      { event: '2020-11-03', to: '2020-11-06', funds },
    );
    near(among.computed?.value, pctOf(SPX.oct30y2020, SPX.nov6y2020));
    // 1932's election week: from Friday Nov. 4 to Friday Nov. 11 (the market shut on Election Day, Nov. 8).
    assert.ok(pctOf(SPX.nov4y1932, SPX.nov11y1932) > pctOf(SPX.oct30y2020, SPX.nov6y2020));
    assert.equal(among.record?.verdict, 'supported');
  });
  it("Nov. 7, 2012: the market's worst day since June 1, 2012 (French's Mkt-RF + RF), not since 2011", async () => {
    const [r] = await checkedReadings(
      data.ev,
      'U.S. stocks suffered their worst day since 2011 on Wednesday.',
      {
        event: '2012-11-06',
        to: '2012-11-07',
        funds,
      },
    );
    // (was: "cannot check: no prices for market in the store"). The S&P 500 fell 2.46% on June 1, 2012 and
    // 2.37% on Nov. 7 (../shared/data/prices); French's market ranks the same way.
    assert.ok(pctOf(SPX.may31y2012, SPX.jun1y2012) < pctOf(SPX.nov6y2012, SPX.nov7y2012));
    assert.equal(r.verdict, 'not supported');
    assert.match(r.line ?? '', /worst since 2012-06-01/);
  });
  it('Nov. 6 → 7, 2024: ^RUT 2,392.92 → 2,382.69 (−0.43%) after the Fed\'s cut: "added 0.1%" is not supported', async () => {
    const [r] = await checkedReadings(
      data.ev,
      'Fed cuts again; small caps extend post-election rally\n\nThe Federal Reserve lowered rates by a quarter point on Thursday.\n\nThe Russell 2000 added 0.1% after the decision.',
      { event: '2024-11-05', to: '2024-11-07', funds },
    );
    near(r.computed?.value, pctOf(RUT.nov6y2024, RUT.nov7y2024));
    assert.equal(r.verdict, 'not supported');
  });
  it('Nov. 8 → 29, 2016: ^RUT +11.14% in the three weeks after the vote; fifteen rises to Nov. 25, a fall on Nov. 28', async () => {
    const [weeks] = await checkedReadings(
      data.ev,
      'After the 2016 vote the Russell 2000 gained 11% in the first three weeks.',
      { event: '2024-11-05', to: '2024-11-22', funds },
    );
    near(weeks.computed?.value, pctOf(RUT.nov8y2016, RUT.nov29y2016));
    assert.equal(weeks.verdict, 'supported');
    const c = RUT.nov3to28y2016;
    assert.ok(c.slice(1, 16).every((x, i) => x > c[i]) && c[16] < c[15]);
    const [streak] = await checkedReadings(
      data.ev,
      "The Russell 2000's 15-day winning streak ended on Monday.",
      {
        to: '2016-11-29',
        funds,
      },
    );
    assert.equal(streak.verdict, 'supported');
  });
});
