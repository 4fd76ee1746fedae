import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readArticle } from '../../../src/findings/article/read.ts';
import { checkArticle } from '../../../src/findings/check-article.ts';
import { reproduceCommand } from '../../../src/findings/check-command.ts';
import type { Claim } from '../../../src/findings/claim.ts';
import { parseClaims } from '../../../src/findings/claim-file.ts';
import type { ReadClaim } from '../../../src/findings/claim-read.ts';
import { unitValue } from '../../../src/findings/verdict-line.ts';
import { firsts, funds, near, pctOf } from '../../helpers/article-reader.ts';
import { runCli } from '../../helpers/cli.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../../helpers/embedded-evaluator.ts';
import { checkedReadings } from '../../helpers/first-verdict.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';

// Thirty-ninth round: a month-after story of Dec. 6, 2012 ("the Russell 2000 is almost exactly where it stood
// on Election Day, down about half a percent", "by the Nov. 15 close, the small-cap index had shed 6.8% from its
// Election Day level", "Since that trough …") and a fund selector's note of Dec. 4, 2020 ("IJR 18.3% and
// Vanguard's VB 15.4%", "IWM's lead over SPY since the election: 7.4 points"). Each reading was written by hand
// before the reader ran; every value checked on the embedded data is computed here from closes read by hand from
// ../shared/data/prices: yfinance_autoadjusted_alitalbi_storage_data_fy/ (^RUT, IWM, SPY: Date, Close, …),
// yfinance_YoussefKh200_slow_turtle/^GSPC.csv (Date, Open, High, Low, Close) and
// alphavantage_tareqalyousef_backtester/ (VB: timestamp, open, high, low, close, …).
const RUT = { nov6_2012: 825.6400146484375, nov15_2012: 769.47998046875, dec6_2012: 821.7899780273438 };
const SPX = { nov6_2012: 1428.3900146484375, nov15_2012: 1353.3299560546875, dec6_2012: 1413.93994140625 };
const FUNDS_2020 = {
  IWM: [151.15000915527344, 177.52389526367188],
  SPY: [314.1361389160156, 345.7525634765625],
  VB: [163.48, 188.57],
};
const OBAMA = { event: '2012-11-06', to: '2012-12-06' };
const BIDEN = { event: '2020-11-03', to: '2020-12-04', funds };

describe('"half a percent" is a number, as "half a point" is', () => {
  it('"down about half a percent": −0.5%, to the nearest quarter (was no number to check)', () => {
    const [r] = firsts('The Russell 2000 is down about half a percent since the vote.', OBAMA);
    assert.equal(r.metric, 'return');
    assert.equal(r.stated, -0.5);
    assert.equal(r.comparator.kind, 'approx');
  });
  it('"rose about a percent on Tuesday" is one per cent; "half a point" stays a point difference', () => {
    const [pct] = firsts('The Russell 2000 rose about a percent on Tuesday, Nov. 27.', OBAMA);
    assert.equal(pct.stated, 1);
    assert.equal(pct.metric, 'return');
    const [pp] = firsts('Small caps beat large caps by half a point since the vote.', OBAMA);
    assert.equal(pp.metric, 'spread');
    assert.equal(pp.stated, 0.5);
  });
});

describe('"where it stood on Election Day": a distance from the event\'s close, whatever the words before it', () => {
  const text =
    'A month after President Obama won a second term, the Russell 2000 is almost exactly where it stood on Election Day, down about half a percent. The S&P 500 has lost roughly 1% over the same stretch.';
  it("both numbers run since the vote to the article's date (was Election Day's own session, then no number)", () => {
    const [rut, spx] = firsts(text, OBAMA);
    assert.deepEqual(rut.window, { kind: 'since', event: '2012-11-06', to: '2012-12-06' });
    assert.deepEqual(spx.window, { kind: 'since', event: '2012-11-06', to: '2012-12-06' });
    assert.deepEqual([rut.subjects, spx.subjects], [['^RUT'], ['^GSPC']]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 821.79 / 825.64 − 1 = −0.47%; ^GSPC 1,413.94 / 1,428.39 − 1 = −1.01%: both supported', async () => {
      const [rut, spx] = await checkedReadings(data.ev, text, OBAMA);
      near(rut.computed?.value, pctOf(RUT.nov6_2012, RUT.dec6_2012));
      near(spx.computed?.value, pctOf(SPX.nov6_2012, SPX.dec6_2012));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
    });
  });
});

describe('"by the Nov. 15 close": the day a move since the vote ends, and "Since that trough" starts', () => {
  const text =
    'The selling ran for seven sessions: by the Nov. 15 close, the small-cap index had shed 6.8% from its Election Day level, against a 5.3% loss for the S&P 500. Since that trough, the Russell 2000 has climbed 6.8%, outpacing a 4.5% rebound in the S&P 500.';
  it("the losses end on Nov. 15 (was the article's date); the rebounds run from Nov. 15 to it", () => {
    const [shed, loss, climb, rebound] = firsts(text, OBAMA);
    assert.deepEqual(shed.window, { kind: 'since', event: '2012-11-06', to: '2012-11-15' });
    assert.deepEqual(loss.window, shed.window);
    assert.deepEqual(climb.window, { kind: 'dates', from: '2012-11-15', to: '2012-12-06' });
    assert.deepEqual(rebound.window, climb.window);
    assert.deepEqual([shed.stated, loss.stated, climb.stated, rebound.stated], [-6.8, -5.3, 6.8, 4.5]);
  });
  it('"by its Nov. 15 low" likewise; "by Nov. 15" already was', () => {
    const [low] = firsts('By its Nov. 15 low, the Russell 2000 had shed 6.8% since the vote.', OBAMA);
    const [plain] = firsts('By Nov. 15, the Russell 2000 had shed 6.8% since the vote.', OBAMA);
    assert.deepEqual(low.window, { kind: 'since', event: '2012-11-06', to: '2012-11-15' });
    assert.deepEqual(plain.window, low.window);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 769.48 / 825.64 − 1 = −6.80%, then 821.79 / 769.48 − 1 = +6.80%; ^GSPC −5.25%, +4.48%', async () => {
      const [shed, loss, climb, rebound] = await checkedReadings(data.ev, text, OBAMA);
      near(shed.computed?.value, pctOf(RUT.nov6_2012, RUT.nov15_2012));
      near(loss.computed?.value, pctOf(SPX.nov6_2012, SPX.nov15_2012));
      near(climb.computed?.value, pctOf(RUT.nov15_2012, RUT.dec6_2012));
      near(rebound.computed?.value, pctOf(SPX.nov15_2012, SPX.dec6_2012));
      assert.ok([shed, loss, climb, rebound].every((r) => r.verdict === 'supported'));
    });
  });
});

describe('an issuer before a ticker: "and Vanguard\'s VB 15.4%" is VB\'s own clause', () => {
  const text =
    "Since the election, IJR has returned 18.3% and Vanguard's VB 15.4%, all well ahead of SPY's 10.1%.";
  it('VB gets 15.4% (was IJR); "iShares IWM" and "Vanguard VB" likewise', () => {
    const [ijr, vb, spy] = firsts(text, BIDEN);
    assert.deepEqual([ijr.subjects, vb.subjects, spy.subjects], [['IJR'], ['VB'], ['SPY']]);
    assert.equal(vb.stated, 15.4);
    const [, iwm] = firsts('Since the election, IJR has returned 18.3% and iShares IWM 17.4%.', BIDEN);
    const [, vb2] = firsts('Since the election, IJR has returned 18.3% and Vanguard VB 15.4%.', BIDEN);
    assert.deepEqual([iwm.subjects, vb2.subjects], [['IWM'], ['VB']]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('VB 188.57 / 163.48 − 1 = 15.35%: 15.4 within its conventions; SPY 345.75 / 314.14 − 1 = 10.06%', async () => {
      const [, vb, spy] = await checkedReadings(data.ev, text, BIDEN);
      near(vb.computed?.value, pctOf(FUNDS_2020.VB[0], FUNDS_2020.VB[1]));
      near(spy.computed?.value, pctOf(FUNDS_2020.SPY[0], FUNDS_2020.SPY[1]));
      assert.equal(spy.verdict, 'supported');
    });
  });
});

describe('"IWM\'s lead over SPY since the election: 7.4 points": a lead with its number after a colon', () => {
  const text = "IWM's lead over SPY since the election: 7.4 points.";
  it('a spread of IWM over SPY since the vote (was a point difference with nothing against it)', () => {
    const [r] = firsts(text, BIDEN);
    assert.equal(r.metric, 'spread');
    assert.deepEqual(r.subjects, ['IWM', 'SPY']);
    assert.deepEqual(r.window, { kind: 'since', event: '2020-11-03', to: '2020-12-04' });
    assert.equal(r.stated, 7.4);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('IWM 17.45% − SPY 10.06% = 7.38 points: supported', async () => {
      const [r] = await checkedReadings(data.ev, text, BIDEN);
      const spread =
        pctOf(FUNDS_2020.IWM[0], FUNDS_2020.IWM[1]) - pctOf(FUNDS_2020.SPY[0], FUNDS_2020.SPY[1]);
      near(r.computed?.value, spread);
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('a computed value is printed with the digits that show which way it rounds', () => {
  const claim = { unit: 'percent', stated: 17.5, precision: { decimals: 1 } } as unknown as Claim;
  it('17.449% is printed "17.449%", not "17.45%" (which reads as the 17.5% it does not round to)', () => {
    assert.equal(unitValue(claim, pctOf(FUNDS_2020.IWM[0], FUNDS_2020.IWM[1])), '17.449%');
  });
  it('values that round the same either way keep one digit more than the article: 6.798 → "6.80%"', () => {
    assert.equal(unitValue(claim, pctOf(RUT.nov15_2012, RUT.dec6_2012)), '6.80%');
    assert.equal(unitValue(claim, 17.4501), '17.45%');
  });
});

describe('"median": the middle of the events\' values, not their mean', () => {
  const EVE = { to: '2024-11-04' };
  const text =
    "The Russell 2000's median return in the month after the 2008, 2012 and 2016 elections was -0.5%.";
  it('reads an average over those elections with stat "median" (was their mean)', () => {
    const [r] = firsts(text, EVE);
    assert.deepEqual(r.average?.years, [2008, 2012, 2016]);
    assert.equal(r.average?.stat, 'median');
    const [mean] = firsts(text.replace('median', 'average'), EVE);
    assert.equal(mean.average?.stat, undefined);
  });
  it('"Since 1988, … a median gain of 3.1% in the month after presidential elections": elections from 1988', () => {
    const [r] = firsts(
      'Since 1988, the Russell 2000 has posted a median gain of 3.1% in the month after presidential elections.',
      EVE,
    );
    assert.equal(r.average?.sinceYear, 1988);
    assert.equal(r.average?.stat, 'median');
  });
  it('"in the month after each election since 1988": 1988 is the first election, not the window\'s start', () => {
    const [r] = firsts(
      "The S&P 500's median return in the month after each election since 1988 is 1.5%.",
      EVE,
    );
    assert.equal(r.average?.sinceYear, 1988);
    assert.notEqual((r.window as { from?: string }).from, '1987-12-31');
  });
  it('a claims file takes `average: {…, stat: median}` and refuses another statistic', () => {
    const line = (stat: string) =>
      `- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-12-08, average: {events: elections, years: [2008, 2012, 2016], stat: ${stat}}, stated: -0.5%}`;
    const [c] = parseClaims(line('median'));
    assert.equal((c as ReadClaim).average?.stat, 'median');
    // The reproducing command keeps the statistic, so the command's verdict is the check's.
    assert.match(
      reproduceCommand(c),
      /average: \{events: elections, years: \[2008, 2012, 2016\], stat: median\}/,
    );
    assert.throws(
      () => parseClaims(line('mode')),
      /claim "claim-1": invalid average stat "mode"; expected median \(the mean is the default\)/,
    );
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it("the median of 2008's −19.5%, 2012's and 2016's +16.0% is 2012's 821.79 / 825.64 − 1 = −0.47%", async () => {
      const [r] = await checkedReadings(data.ev, text, EVE);
      near(r.computed?.value, pctOf(RUT.nov6_2012, RUT.dec6_2012));
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('a move noun heads its clause: "The average gain for the Russell 2000 …", "The S&P 500\'s loss …: 1.2%"', () => {
  const o = { event: '2012-11-06', to: '2012-12-06' };
  it('"The average gain for the Russell 2000 is 3.1%": the Russell 2000\'s (was no subject: "gain" read as a verb)', () => {
    const [r] = firsts('The average gain for the Russell 2000 is 3.1%.', o);
    assert.deepEqual(r.subjects, ['^RUT']);
    assert.equal(r.stated, 3.1);
  });
  it('"The S&P 500\'s loss since the vote: 1.2%" and "The drop for the S&P 500 since the vote is 1.2%" are −1.2% (were +1.2%)', () => {
    const [loss] = firsts("The S&P 500's loss since the vote: 1.2%.", o);
    const [drop] = firsts('The drop for the S&P 500 since the vote is 1.2%.', o);
    assert.deepEqual([loss.stated, drop.stated], [-1.2, -1.2]);
    assert.deepEqual(loss.subjects, ['^GSPC']);
  });
  it('a drop that only leads into another clause signs nothing: "The drop last week means it is up 2%"', () => {
    const [r] = firsts('The drop in the Russell 2000 last week means it is up 2% for the month.', o);
    assert.equal(r.stated, 2);
  });
});

// A month-end wrap of Nov. 29, 2024: closes (^RUT, ^GSPC) read by hand as above.
const WRAP = {
  RUT: {
    jun28: 2047.68994140625,
    jul31: 2254.47998046875,
    oct31: 2196.64990234375,
    nov5: 2260.840087890625,
    nov29: 2434.72998046875,
  },
  SPX: {
    jun28: 5460.47998046875,
    jul31: 5522.2998046875,
    oct31: 5705.4501953125,
    nov5: 5782.759765625,
    nov29: 6032.3798828125,
  },
};
const NOV_2024 = { event: '2024-11-05', to: '2024-11-29' };

describe('a month just told keeps its period for the next sentence\'s simple past: "The S&P 500 added 5.7%."', () => {
  const text = 'The Russell 2000 rose 10.8% in November. The S&P 500 added 5.7%.';
  it('November to date, as the sentence before (was since the vote)', () => {
    const [rut, spx] = firsts(text, NOV_2024);
    assert.deepEqual(spx.window, rut.window);
    assert.deepEqual(rut.window, { kind: 'month-to-date', month: '2024-11', to: '2024-11-29' });
  });
  it("not before the month's last session: on Nov. 25, 2016 a wrap's simple past stays since the vote", () => {
    const [, spx] = firsts('The small-cap index is up 10.8 pct for November. The S&P 500 gained 0.8 pct.', {
      event: '2016-11-08',
      to: '2016-11-25',
    });
    assert.deepEqual(spx.window, { kind: 'since', event: '2016-11-08', to: '2016-11-25' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^GSPC 6,032.38 / 5,705.45 − 1 = 5.73%: supported', async () => {
      const [, spx] = await checkedReadings(data.ev, text, NOV_2024);
      near(spx.computed?.value, pctOf(WRAP.SPX.oct31, WRAP.SPX.nov29));
      assert.equal(spx.verdict, 'supported');
    });
  });
});

describe('a place after the number with no one named: "That puts small caps 3.4 percentage points ahead"', () => {
  const text =
    'The small-cap index is up 7.7% since the vote, against 4.3% for the S&P 500. That puts small caps 3.4 percentage points ahead since Election Day.';
  it('the two returns just stated, the leader over the other (was a point difference with nothing against it)', () => {
    const [, , gap] = firsts(text, NOV_2024);
    assert.equal(gap.metric, 'spread');
    assert.deepEqual(gap.subjects, ['^RUT', '^GSPC']);
    assert.equal(gap.stated, 3.4);
    const [, , behind] = firsts(
      'The small-cap index is up 7.7% since the vote, against 4.3% for the S&P 500. That leaves the S&P 500 3.4 points behind.',
      NOV_2024,
    );
    assert.deepEqual([behind.subjects, behind.stated], [['^GSPC', '^RUT'], -3.4]);
  });
  it('"It is now 3 points ahead of the S&P 500": the pronoun\'s subject (was nothing measured)', () => {
    const [, it3] = firsts('The Russell 2000 rose 2%. It is now 3 points ahead of the S&P 500.', NOV_2024);
    assert.deepEqual([it3.metric, it3.subjects, it3.stated], ['spread', ['^RUT', '^GSPC'], 3]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 7.69% − ^GSPC 4.32% = 3.37 points: supported', async () => {
      const [, , gap] = await checkedReadings(data.ev, text, NOV_2024);
      near(gap.computed?.value, pctOf(WRAP.RUT.nov5, WRAP.RUT.nov29) - pctOf(WRAP.SPX.nov5, WRAP.SPX.nov29));
      assert.equal(gap.verdict, 'supported');
    });
  });
});

describe('"November\'s gap of about 5 points … was the widest since July, when small caps beat large caps by 9 points"', () => {
  const text =
    "The Russell 2000 rose 10.8% in November and the S&P 500 5.7%. November's gap of about 5 points between the two indexes was the widest since July, when small caps beat large caps by 9 points.";
  it("the gap is the two returns' spread with the record; the 9 points are July 2024's (were: no subject; November's with the record)", () => {
    const [, , gap, july] = firsts(text, NOV_2024);
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['^RUT', '^GSPC'], 5]);
    assert.equal(gap.record?.words, 'widest since July');
    assert.deepEqual(july.window, { kind: 'month', month: '2024-07' });
    assert.equal(july.record, undefined);
  });
  it('"since July" in a July names the July before', () => {
    const [, , , july] = firsts(text, { event: '2025-07-01', to: '2025-07-29' });
    assert.deepEqual(july.window, { kind: 'month', month: '2024-07' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('November: 10.84% − 5.73% = 5.11 points; July: (2,254.48 / 2,047.69 − 1) − (5,522.30 / 5,460.48 − 1) = 8.97 points', async () => {
      const [, , gap, july] = await checkedReadings(data.ev, text, NOV_2024);
      near(
        gap.computed?.value,
        pctOf(WRAP.RUT.oct31, WRAP.RUT.nov29) - pctOf(WRAP.SPX.oct31, WRAP.SPX.nov29),
      );
      near(
        july.computed?.value,
        pctOf(WRAP.RUT.jun28, WRAP.RUT.jul31) - pctOf(WRAP.SPX.jun28, WRAP.SPX.jul31),
      );
      assert.deepEqual([gap.verdict, july.verdict], ['supported', 'supported']);
    });
  });
});

describe('a gap written with its minus is the first return less the second', () => {
  const o = { event: '2008-11-04', to: '2008-12-08' };
  it('"lost 14.2%, the top decile 8.1%: a spread of about -6 percentage points": Lo 10 − Hi 10 = −6 (was Hi 10 − Lo 10 = +6)', () => {
    const [, , gap] = firsts(
      'Over the four weeks after Nov. 4, the bottom size decile lost 14.2%, the top decile 8.1%: a spread of about -6 percentage points.',
      o,
    );
    assert.deepEqual([gap.metric, gap.subjects, gap.stated], ['spread', ['Lo 10', 'Hi 10'], -6]);
  });
  it('without a minus, the higher less the lower, as before', () => {
    const [, , gap] = firsts('The Russell 2000 rose 3%, the S&P 500 5%: a gap of 2 points.', o);
    assert.deepEqual([gap.subjects, gap.stated], [['^GSPC', '^RUT'], 2]);
  });
});

describe('"N times since YEAR": a tally of the elections since that year', () => {
  const o = { event: '2008-11-04', to: '2008-12-08' };
  const text =
    'Only twice since 1988 has the Russell 2000 fallen in the month after a presidential election.';
  it('two of the elections since 1988 down in the month after (was no number to check)', () => {
    const [r] = firsts(text, o);
    assert.deepEqual(r.record?.tally, {
      hits: 2,
      sinceYear: 1988,
      events: 'elections',
      after: { unit: 'month', n: 1 },
    });
    assert.equal(r.record?.direction, 'loss');
    const [three] = firsts(
      'The Russell 2000 has fallen in the month after a presidential election only three times since 1988.',
      o,
    );
    assert.equal(three.record?.tally?.hits, 3);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('1988, 2000 and 2008 fell in the month after (2012 −0.47% is later): 3, not 2 — not supported', async () => {
      const [r] = await checkedReadings(data.ev, text, o);
      assert.equal(r.computed?.value, 3);
      assert.equal(r.verdict, 'not supported');
      const [later] = await checkedReadings(data.ev, text.replace('twice', 'four times'), {
        event: '2012-11-06',
        to: '2012-12-07',
      });
      assert.equal(later.computed?.value, 4, '2012 (821.79 / 825.64 − 1 = −0.47%) makes a fourth');
    });
  });
});

// The Fed's cut of Dec. 18, 2024: closes (^RUT, ^GSPC) read by hand as above.
const FED = {
  RUT: { dec17: 2334.080078125, dec18: 2231.510009765625 },
  SPX: { dec17: 6050.60986328125, dec18: 5872.16015625 },
};
const DEC_19 = { event: '2024-11-05', to: '2024-12-19' };

describe('a "by the numbers" line: the number, a dash or a colon, then whose it is', () => {
  it('"• 2.9% — the S&P 500\'s loss on the day": the S&P 500\'s, −2.9% (was no subject)', () => {
    const [r] = firsts("• 2.9% — the S&P 500's loss on Wednesday.", DEC_19);
    assert.deepEqual([r.subjects, r.stated], [['^GSPC'], -2.9]);
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-12-17', to: '2024-12-18' });
  });
  it('"• 1.5 points: small caps\' shortfall against the S&P 500 on Wednesday": −1.5 points against it (was no subject)', () => {
    const [r] = firsts("• 1.5 points: small caps' shortfall against the S&P 500 on Wednesday.", DEC_19);
    assert.deepEqual([r.subjects, r.stated], [['^RUT', '^GSPC'], -1.5]);
    assert.deepEqual(r.window, { kind: 'dates', from: '2024-12-17', to: '2024-12-18' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^GSPC 5,872.16 / 6,050.61 − 1 = −2.949%: supported, and printed so ("−2.95%" would read as −3.0)', async () => {
      const res = await checkArticle(
        readArticle("• 2.9% — the S&P 500's loss on Wednesday.", DEC_19),
        data.ev,
        {
          asOf: DEC_19.to,
        },
      );
      const r = res.sentences[0].claims[0].readings[0];
      near(r.computed?.value, pctOf(FED.SPX.dec17, FED.SPX.dec18));
      assert.equal(r.verdict, 'supported');
      assert.match(r.line ?? '', /supported, -2\.949%/);
    });
  });
});

describe("a shortfall against a named index after both stated returns is held to both legs' rounding", () => {
  const text =
    'The Russell 2000 fell 4.4% on Wednesday and the S&P 500 2.9%. On Wednesday, small caps trailed the S&P 500 by 1.5 points.';
  it('the excess return of the Russell 2000 over the S&P 500 is −1.5 ± 0.1 (was ± 0.05)', () => {
    const [, , r] = firsts(text, DEC_19);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['excess-return', ['^RUT', '^GSPC'], -1.5]);
    assert.deepEqual([r.comparator.lo, r.comparator.hi], [-1.6, -1.4]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it("−4.39% − (−2.95%) = −1.445 points: supported within the legs' rounding", async () => {
      const [, , r] = await checkedReadings(data.ev, text, DEC_19);
      near(r.computed?.value, pctOf(FED.RUT.dec17, FED.RUT.dec18) - pctOf(FED.SPX.dec17, FED.SPX.dec18));
      assert.equal(r.verdict, 'supported');
    });
  });
});

// A week-in-review column of Saturday, Nov. 14, 2020: ^RUT closes read by hand as above.
const RUT_2020 = {
  oct30: 1538.47998046875,
  nov6: 1648.260009765625,
  nov10: 1737.010009765625,
  nov13: 1744.0400390625,
};
const REVIEW = { event: '2020-11-03', to: '2020-11-14' };

describe('"By Tuesday\'s close, it was up 5.4% from the previous Friday": the Friday before that Tuesday', () => {
  const text =
    "The Russell 2000 jumped 3.4% on Monday. By Tuesday's close, it was up 5.4% from the previous Friday.";
  it('Nov. 6 to Nov. 10 (was Nov. 13, the Friday before the article, to Nov. 14); "from Friday\'s close" likewise', () => {
    const [, up] = firsts(text, REVIEW);
    assert.deepEqual(up.window, { kind: 'dates', from: '2020-11-06', to: '2020-11-10' });
    const [plain] = firsts("By Tuesday's close, the Russell 2000 was up 5.4% from Friday's close.", REVIEW);
    assert.deepEqual(plain.window, up.window);
  });
  it('with no end date, "since last Friday" stays from the Friday before the article\'s date', () => {
    const [r] = firsts('The Russell 2000 has risen 2.1% since last Friday.', { ...REVIEW, to: '2020-11-12' });
    assert.deepEqual(r.window, { kind: 'dates', from: '2020-11-06', to: '2020-11-12' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,737.01 / 1,648.26 − 1 = 5.38%: supported', async () => {
      const [, up] = await checkedReadings(data.ev, text, REVIEW);
      near(up.computed?.value, pctOf(RUT_2020.nov6, RUT_2020.nov10));
      assert.equal(up.verdict, 'supported');
    });
  });
});

describe('"In the first two weeks of November": from the Friday before the first to the second Friday', () => {
  const text = 'In the first two weeks of November, the Russell 2000 climbed 13.4%.';
  it('Oct. 30 to Nov. 13, 2020 (was since the vote); "the first week of November" stays the week to Nov. 6', () => {
    const [r] = firsts(text, REVIEW);
    assert.deepEqual(r.window, { kind: 'dates', from: '2020-10-30', to: '2020-11-13' });
    const [one] = firsts('In the first week of November, the Russell 2000 climbed 7.1%.', REVIEW);
    assert.deepEqual(one.window, { kind: 'week', weekEnd: '2020-11-06' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,744.04 / 1,538.48 − 1 = 13.36%: supported', async () => {
      const [r] = await checkedReadings(data.ev, text, REVIEW);
      near(r.computed?.value, pctOf(RUT_2020.oct30, RUT_2020.nov13));
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('"ended November 10.8% higher": the month, not the date "November 10"', () => {
  const text = 'The Russell 2000 ended November 10.8% higher.';
  it('November to its last session (was since the vote); "ended November 8 up 2%" is no month', () => {
    const [r] = firsts(text, NOV_2024);
    assert.deepEqual(r.window, { kind: 'month-to-date', month: '2024-11', to: '2024-11-29' });
    const [dated] = firsts('The Russell 2000 ended November 8 up 2%.', NOV_2024);
    assert.notEqual(dated.window.kind, 'month-to-date');
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,434.73 / 2,196.65 − 1 = 10.84%: supported', async () => {
      const [r] = await checkedReadings(data.ev, text, NOV_2024);
      near(r.computed?.value, pctOf(WRAP.RUT.oct31, WRAP.RUT.nov29));
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('"That left American small caps down …": as of the day the sentence before spoke of', () => {
  const BREXIT = { event: '2016-06-23', to: '2016-06-28' };
  const text =
    'The Russell 2000 lost 3.8 per cent on Friday and a further 3.4 per cent on Monday, while the S&P 500 fell 3.6 per cent and 1.8 per cent. That left American small caps down 7.0 per cent from their pre-referendum close, against 5.3 per cent for the S&P 500.';
  it("since the vote to Monday, June 27 (was to the article's date, June 28)", () => {
    const [, , , , left, spx] = firsts(text, BREXIT);
    assert.deepEqual(left.window, { kind: 'since', event: '2016-06-23', to: '2016-06-27' });
    assert.deepEqual(spx.window, left.window);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 1,089.65 / 1,172.22 − 1 = −7.04%, ^GSPC 2,000.54 / 2,113.32 − 1 = −5.34%: supported', async () => {
      const [, , , , left, spx] = await checkedReadings(data.ev, text, BREXIT);
      near(left.computed?.value, pctOf(1172.219970703125, 1089.6500244140625));
      near(spx.computed?.value, pctOf(2113.320068359375, 2000.5400390625));
      assert.deepEqual([left.verdict, spx.verdict], ['supported', 'supported']);
    });
  });
});

describe('"So large caps won the year by around 13 points": large caps against the Russell 2000', () => {
  const YEAR_END = { event: '2024-11-05', to: '2024-12-31' };
  const text = 'So large caps won the year by around 13 points.';
  it('a spread of the S&P 500 over the Russell 2000 in 2024 (was a point difference with nothing against it)', () => {
    const [r] = firsts(text, YEAR_END);
    assert.deepEqual([r.metric, r.subjects, r.stated], ['spread', ['^GSPC', '^RUT'], 13]);
    assert.deepEqual(r.window, { kind: 'dates', from: '2023-12-31', to: '2024-12-31' });
  });
  it('"won" compares only with a point difference after "by": "Trump won the election by 312 votes" is no comparison', () => {
    const [r] = firsts('Trump won the election by 312 votes, and the Russell 2000 rose 5.8%.', YEAR_END);
    assert.deepEqual([r.metric, r.subjects], ['return', ['^RUT']]);
    // "lost the year's gains" names no year: the sentence's own "since the vote".
    const [gains] = firsts(
      "The Russell 2000 has lost the year's gains, falling 2% since the vote.",
      YEAR_END,
    );
    assert.deepEqual(gains.window, { kind: 'since', event: '2024-11-05', to: '2024-12-31' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^GSPC 5,881.63 / 4,769.83 − 1 = 23.31% less ^RUT 2,230.16 / 2,027.07 − 1 = 10.02%: 13.29 points, supported', async () => {
      const [r] = await checkedReadings(data.ev, text, YEAR_END);
      near(
        r.computed?.value,
        pctOf(4769.830078125, 5881.6298828125) - pctOf(2027.0699462890625, 2230.159912109375),
      );
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('"In July, … over four sessions": a stretch inside another month than the event\'s is said unread', () => {
  const o = { event: '2024-11-05', to: '2024-12-05' };
  it('unreadable, saying which words and why (was the four sessions after the vote)', () => {
    const [s] = readArticle('In July, the Russell 2000 climbed more than 10% over four sessions.', o);
    assert.equal(s.status, 'unreadable');
    assert.match(s.reason ?? '', /"over four sessions" within July: which 4 sessions\?/);
  });
  it("in the event's own month, or with the sessions placed, it still reads", () => {
    const [nov] = firsts('In November, the Russell 2000 climbed more than 10% over four sessions.', o);
    assert.deepEqual(nov.window, { kind: 'sessions', event: '2024-11-05', sessions: 4 });
    const [placed] = firsts('The Russell 2000 climbed more than 10% in the four sessions to July 16.', o);
    assert.deepEqual(placed.window, { kind: 'dates', from: '2024-07-10', to: '2024-07-16' });
  });
});

describe('a Markdown note pasted into a .txt file reads as Markdown', () => {
  const note = [
    '# Post-election size effect',
    '',
    '*Published November 30, 2016*',
    '',
    'Since the Nov. 8 election the Russell 2000 has gained **10.6%**, the S&P 500 **2.8%**.',
    '',
    '- Smallest decile: up about 10% since the vote',
    '- Largest decile: up about 3%',
    '- Spread: roughly 7 percentage points',
  ].join('\n');
  it('the first line says Markdown; "the S&P 500 **2.8%**" is the S&P 500\'s (was the Russell 2000\'s)', async (t) => {
    const file = join(scratchDir('capgap-md-txt-', t), 'note.txt');
    writeFileSync(file, note);
    const md = await runCli(['check', '--file', file]);
    assert.match(md.out, /^Read as Markdown; article dated 2016-11-30/);
    assert.match(md.out, /return of \^GSPC since 2016-11-08 through 2016-11-30 2\.8%/);
  });
  it('"- Spread: roughly 7 percentage points": the two deciles just stated (was no subject)', () => {
    const rows = firsts(note.split('\n').slice(6).join('\n'), { event: '2016-11-08', to: '2016-11-30' });
    const spread = rows.at(-1);
    assert.deepEqual([spread?.metric, spread?.subjects, spread?.stated], ['spread', ['Lo 10', 'Hi 10'], 7]);
  });
});

describe('"over the whole of 2023", "in all of 2023": that calendar year', () => {
  const o = { event: '2024-11-05', to: '2024-11-18', funds };
  it("2023 (was: no window, so the year to date of the sentence's other number)", () => {
    const [ytd, whole] = firsts(
      'Year to date, small-cap ETFs have attracted $18bn, more than double the $8bn they took in over the whole of 2023.',
      o,
    );
    assert.deepEqual(ytd.window, { kind: 'dates', from: '2023-12-31', to: '2024-11-18' });
    assert.deepEqual(whole.window, { kind: 'dates', from: '2022-12-31', to: '2023-12-31' });
    const [all] = firsts('The Russell 2000 rose 15.1% in all of 2023.', o);
    assert.deepEqual(all.window, whole.window);
  });
});

describe('"climbed 3.1% that day and finished the week up 5.4%": "that day" is the nearer number\'s', () => {
  const HIKE = { to: '2022-03-19' };
  const text =
    'The Federal Reserve raised rates by a quarter point on Wednesday, its first increase since 2018. Small caps took it in stride: the Russell 2000 climbed 3.1% that day and finished the week up 5.4%.';
  it('Wednesday, March 16, for 3.1% (was the week); the week to March 18 for 5.4%', () => {
    const [day, week] = firsts(text, HIKE);
    assert.deepEqual(day.window, { kind: 'dates', from: '2022-03-15', to: '2022-03-16' });
    assert.deepEqual(week.window, { kind: 'week', weekEnd: '2022-03-18' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,030.72 / 1,968.97 − 1 = 3.14%; 2,086.14 / 1,979.67 − 1 = 5.38%: both supported', async () => {
      const [day, week] = await checkedReadings(data.ev, text, HIKE);
      near(day.computed?.value, pctOf(1968.969970703125, 2030.719970703125));
      near(week.computed?.value, pctOf(1979.6700439453125, 2086.139892578125));
      assert.deepEqual([day.verdict, week.verdict], ['supported', 'supported']);
    });
  });
});

describe('"since the race was called": from the call, where it was not election night', () => {
  const text = 'Since the race was called for Biden on Saturday, the Russell 2000 has gained 5.8%.';
  it("2020: Saturday, Nov. 7 (was no window: one session to the article's date)", () => {
    const [r] = firsts(text, { event: '2020-11-03', to: '2020-11-13' });
    assert.deepEqual(r.window, { kind: 'since', event: '2020-11-07', to: '2020-11-13' });
    const [nets] = firsts('Since the networks called the race, small caps have risen 5.8%.', {
      event: '2020-11-03',
      to: '2020-11-13',
    });
    assert.deepEqual(nets.window, r.window);
  });
  it("2000: the Supreme Court's ruling of Dec. 12; 2016: election night, the election itself", () => {
    const plain = 'Since the race was called, the Russell 2000 is up 5%.';
    const [y2000] = firsts(plain, { event: '2000-11-07', to: '2000-12-20' });
    assert.deepEqual(y2000.window, { kind: 'since', event: '2000-12-12', to: '2000-12-20' });
    const [y2016] = firsts(plain, { event: '2016-11-08', to: '2016-11-15' });
    assert.deepEqual(y2016.window, { kind: 'since', event: '2016-11-08', to: '2016-11-15' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('from the last close before the call: ^RUT 1,744.04 / 1,648.26 − 1 = 5.81% (Nov. 6 to Nov. 13)', async () => {
      const [r] = await checkedReadings(data.ev, text, { event: '2020-11-03', to: '2020-11-13' });
      near(r.computed?.value, pctOf(RUT_2020.nov6, RUT_2020.nov13));
      assert.equal(r.verdict, 'supported');
    });
  });
});

describe('"Real estate and utilities were the only sectors to fall": as many sectors as the list names', () => {
  /** Closes of the Select Sector SPDRs on 2024-11-05 and 2024-11-06. */
  const SPDR: Record<string, [number, number]> = {
    XLB: [92.2817611694336, 93.55250549316406],
    XLC: [92.3703384399414, 94.64214324951172],
    XLE: [88.01185607910156, 91.32071685791016],
    XLF: [46.18503189086914, 48.99311065673828],
    XLI: [134.59425354003906, 139.86524963378906],
    XLK: [225.7476806640625, 232.1751708984375],
    XLP: [79.303955078125, 78.00967407226562],
    XLRE: [42.682106018066406, 41.54222869873047],
    XLU: [76.63633728027344, 75.84415435791016],
    XLV: [145.91976928710938, 146.10726928710938],
    XLY: [201.5615997314453, 208.00784301757807],
  };
  const DAY_AFTER = { event: '2024-11-05', to: '2024-11-06' };
  const two = 'Real estate and utilities were the only sectors to fall on Wednesday.';
  const three = 'Utilities, real estate and consumer staples were the only sectors to fall on Wednesday.';
  it('two, and three (was no count: "the only sector" was read, "the only sectors" was not)', () => {
    const [r2] = firsts(two, DAY_AFTER);
    const [r3] = firsts(three, DAY_AFTER);
    assert.deepEqual([r2.metric, r2.stated, r2.breadth?.side], ['breadth', 2, 'down']);
    assert.deepEqual([r3.metric, r3.stated], ['breadth', 3]);
    const [both] = firsts('Energy and utilities were the only two sectors to rise.', DAY_AFTER);
    assert.deepEqual([both.stated, both.breadth?.side], [2, 'up']);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('XLP, XLRE and XLU fell on Nov. 6, 2024 (the other eight rose): three, not two', async () => {
      const fell = Object.values(SPDR).filter(([a, b]) => b < a).length;
      const [r2] = await checkedReadings(data.ev, two, DAY_AFTER);
      const [r3] = await checkedReadings(data.ev, three, DAY_AFTER);
      assert.deepEqual([r2.computed?.value, r3.computed?.value], [fell, fell]);
      assert.deepEqual([r2.verdict, r3.verdict], ['not supported', 'supported']);
    });
  });
});

describe('"That compares with an average post-election gain of 9% since 2012": an average, and whose', () => {
  const o = { event: '2024-11-05', to: '2024-12-05' };
  const text =
    'The Russell 2000 has gained 6% in the month since the vote. That compares with an average post-election gain of 9% since 2012.';
  it('the Russell 2000 (the sentence before\'s), averaged over the elections since 2012 (was no subject; "since 2012" a window)', () => {
    const [now, avg] = firsts(text, o);
    assert.equal(now.average, undefined);
    assert.deepEqual(avg.subjects, ['^RUT']);
    assert.deepEqual([avg.average?.events, avg.average?.sinceYear], ['elections', 2012]);
    assert.deepEqual(avg.window, { kind: 'since', event: '2024-11-05', to: '2024-12-05' });
    const [, inline] = firsts(
      'The Russell 2000 has gained 6% in the month since the vote, against an average post-election gain of 9% since 2012.',
      o,
    );
    assert.equal(inline.average?.sinceYear, 2012);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('the mean of the month after 2012, 2016, 2020 and 2024 (each by hand from ^RUT closes): 9.01%, supported', async () => {
      const [, avg] = await checkedReadings(data.ev, text, o);
      const mean =
        (pctOf(RUT.nov6_2012, RUT.dec6_2012) +
          pctOf(1195.1400146484375, 1386.3699951171875) +
          pctOf(1614.300048828125, 1848.699951171875) +
          pctOf(WRAP.RUT.nov5, 2396.169921875)) /
        4;
      near(avg.computed?.value, mean);
      assert.equal(avg.verdict, 'supported');
    });
  });
});

describe('earlier elections named by a year and elided clauses: "In 2016, …; in 2020, by 5.7 points; this time, by about 1"', () => {
  const o = { event: '2024-11-05', to: '2024-12-05' };
  const RUT_M = {
    nov8_2016: 1195.1400146484375,
    dec8_2016: 1386.3699951171875,
    nov3_2020: 1614.300048828125,
    dec3_2020: 1848.699951171875,
  };
  const SPX_M = {
    nov8_2016: 2139.56005859375,
    dec8_2016: 2246.18994140625,
    nov3_2020: 3369.159912109375,
    dec3_2020: 3666.719970703125,
    nov5_2024: 5782.759765625,
    dec5_2024: 6075.10986328125,
  };
  const text =
    'In 2016, small caps beat large caps by 11 points in the month after the vote; in 2020, by 5.7 points; this time, by about 1.';
  it('the month after the 2016 vote, after the 2020 vote and after this one, each the same two sides (were: this year, then unread)', () => {
    const [y16, y20, y24] = firsts(text, o);
    assert.deepEqual(y16.window, { kind: 'since', event: '2016-11-08', to: '2016-12-08' });
    assert.deepEqual(y20.window, { kind: 'since', event: '2020-11-03', to: '2020-12-03' });
    assert.deepEqual(y24.window, { kind: 'since', event: '2024-11-05', to: '2024-12-05' });
    assert.deepEqual(
      [y20.subjects, y24.subjects],
      [
        ['^RUT', '^GSPC'],
        ['^RUT', '^GSPC'],
      ],
    );
  });
  it('"rose 16% in the month after the 2016 vote and 14.5% after the 2020 vote": each its election (were both 2024)', () => {
    const [a, b] = firsts(
      'The Russell 2000 rose 16% in the month after the 2016 vote and 14.5% after the 2020 vote.',
      o,
    );
    assert.deepEqual(a.window, { kind: 'since', event: '2016-11-08', to: '2016-12-08' });
    assert.deepEqual(b.window, { kind: 'since', event: '2020-11-03', to: '2020-12-03' });
  });
  it('"Stocks … in 2023; in 2024, it rose 20%" keeps the calendar year', () => {
    const [, y] = firsts('The Russell 2000 rose 10% in 2023; in 2024, it rose 20%.', o);
    assert.deepEqual(y.window, { kind: 'dates', from: '2023-12-31', to: '2024-12-05' });
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('16.00 − 4.98 = 11.0, 14.52 − 8.83 = 5.69 and 5.99 − 5.06 = 0.94 points: all supported', async () => {
      const [y16, y20, y24] = await checkedReadings(data.ev, text, o);
      near(
        y16.computed?.value,
        pctOf(RUT_M.nov8_2016, RUT_M.dec8_2016) - pctOf(SPX_M.nov8_2016, SPX_M.dec8_2016),
      );
      near(
        y20.computed?.value,
        pctOf(RUT_M.nov3_2020, RUT_M.dec3_2020) - pctOf(SPX_M.nov3_2020, SPX_M.dec3_2020),
      );
      near(
        y24.computed?.value,
        pctOf(WRAP.RUT.nov5, 2396.169921875) - pctOf(SPX_M.nov5_2024, SPX_M.dec5_2024),
      );
      assert.deepEqual([y16.verdict, y20.verdict, y24.verdict], ['supported', 'supported', 'supported']);
    });
  });
});

describe('levels: a close elided after one, and a chart rebased to 100', () => {
  it('"… stood at 2,434.73 on Friday and the S&P 500 at 6,032.38": the S&P 500\'s close too (was none)', () => {
    const [rut, spx] = firsts(
      'The Russell 2000 stood at 2,434.73 on Friday and the S&P 500 at 6,032.38.',
      NOV_2024,
    );
    assert.deepEqual([rut.metric, rut.stated], ['level', 2434.73]);
    assert.deepEqual([spx.metric, spx.subjects, spx.stated], ['level', ['^GSPC'], 6032.38]);
  });
  const text =
    'Rebased to 100 on Election Day, the Russell 2000 stood at 107.7 on Friday and the S&P 500 at 104.3.';
  it('107.7 and 104.3 rebased to 100 on Election Day are returns of 7.7% and 4.3% since the vote (were closes of 107.7 points)', () => {
    const [rut, spx] = firsts(text, NOV_2024);
    assert.deepEqual([rut.metric, rut.unit, rut.stated], ['return', 'percent', 7.7]);
    assert.deepEqual([rut.comparator.lo, rut.comparator.hi], [7.65, 7.75]);
    assert.deepEqual(rut.window, { kind: 'since', event: '2024-11-05', to: '2024-11-29' });
    assert.deepEqual([spx.subjects, spx.stated], [['^GSPC'], 4.3]);
    const [dated] = firsts('The Russell 2000 (Nov. 5 = 100) closed at 107.7 on Friday.', NOV_2024);
    assert.deepEqual([dated.metric, dated.stated], ['return', 7.7]);
  });
  describe('on the embedded data', { skip: NO_EMBEDDED }, () => {
    const data = embeddedEvaluator();
    it('^RUT 2,434.73 / 2,260.84 − 1 = 7.69%, ^GSPC 6,032.38 / 5,782.76 − 1 = 4.32%: supported', async () => {
      const [rut, spx] = await checkedReadings(data.ev, text, NOV_2024);
      near(rut.computed?.value, pctOf(WRAP.RUT.nov5, WRAP.RUT.nov29));
      near(spx.computed?.value, pctOf(WRAP.SPX.nov5, WRAP.SPX.nov29));
      assert.deepEqual([rut.verdict, spx.verdict], ['supported', 'supported']);
    });
  });
});
