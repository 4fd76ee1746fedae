import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { monthSpread } from '../../src/findings/month-spread.ts';
import { returnsSince } from '../../src/findings/returns-since.ts';
import { sizeWindow } from '../../src/findings/size-window.ts';

const days = (xs: string[]) => Int32Array.from(xs.map(toDay));
const close = 1e-12;

// ^RUT closes, Yahoo export in ../shared/data/prices/yahoo_xjcarter_data/^RUT.csv (column Close).
const RUT_DATES = [
  '2016-11-03',
  '2016-11-04',
  '2016-11-07',
  '2016-11-08',
  '2016-11-09',
  '2016-11-10',
  '2016-11-11',
  '2016-11-14',
  '2016-11-15',
];
const RUT = Float64Array.of(
  1156.89001,
  1163.43994,
  1192.25,
  1195.14001,
  1232.16003,
  1251.60999,
  1282.38,
  1298.59998,
  1302.14001,
);

describe('returnsSince(series, event)', () => {
  it('measures from the event-day close (news after the close) to t0+k-1, by hand on the Russell 2000', () => {
    const r = returnsSince({ days: days(RUT_DATES), values: RUT }, '2016-11-08', { horizons: [1, 3, 5] });
    assert.equal(r.anchor.baseDate, '2016-11-08');
    assert.equal(r.anchor.t0Date, '2016-11-09');
    assert.deepEqual(
      r.returns.map((x) => x.endDate),
      ['2016-11-09', '2016-11-11', '2016-11-15'],
    );
    // hand: 1232.16003 / 1195.14001 - 1 = 3.0976%; 1282.38 / 1195.14001 - 1 = 7.2995%; 1302.14001 / 1195.14001 - 1 = 8.9529%
    assert.ok(Math.abs(r.returns[0].value - (1232.16003 / 1195.14001 - 1)) < close);
    assert.ok(Math.abs(r.returns[1].value - (1282.38 / 1195.14001 - 1)) < close);
    assert.ok(Math.abs(r.returns[2].value - 0.0895292) < 1e-6);
    assert.deepEqual(r.beyondData, []);
  });
  it('lists horizons past the end of the data instead of inventing them', () => {
    const r = returnsSince({ days: days(RUT_DATES), values: RUT }, '2016-11-08', { horizons: [1, 20] });
    assert.deepEqual(r.beyondData, [20]);
    assert.equal(r.returns.length, 1);
  });
  it('returns to a --to date use the last close on or before it', () => {
    const r = returnsSince({ days: days(RUT_DATES), values: RUT }, '2016-11-08', {
      horizons: [],
      to: '2016-11-13',
    });
    assert.equal(r.returns[0].endDate, '2016-11-11');
  });
  it('rejects a --to date before the base close, naming it', () => {
    assert.throws(
      () => returnsSince({ days: days(RUT_DATES), values: RUT }, '2016-11-08', { to: '2016-11-04' }),
      /2016-11-04/,
    );
  });
});

describe('sizeWindow(panel, market, event)', () => {
  // French daily VW size portfolios, vintage 202505 (../shared/data/kenfrench_data_library/
  // Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv), percent → decimal.
  const d = days(['2016-11-07', '2016-11-08', '2016-11-09', '2016-11-10', '2016-11-11', '2016-11-14']);
  const lo10 = Float64Array.of(1.97, 0.38, 3.26, 1.7, 3.03, 0.86).map((x) => x / 100);
  const hi10 = Float64Array.of(2.24, 0.44, 1.22, 0.08, -0.16, -0.25).map((x) => x / 100);
  // Market = Mkt-RF + RF from F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv
  const mkt = Float64Array.of(
    2.24 + 0.001,
    0.41 + 0.001,
    1.45 + 0.001,
    0.33 + 0.001,
    0.18 + 0.001,
    0.2 + 0.001,
  ).map((x) => x / 100);
  it('compounds [t0, t0+2] = 9, 10, 11 Nov 2016 and subtracts the market compounded the same way', () => {
    const r = sizeWindow(
      { days: d, returns: { 'Lo 10': lo10, 'Hi 10': hi10 } },
      { days: d, values: mkt },
      '2016-11-08',
    );
    assert.deepEqual(r.sessions, ['2016-11-09', '2016-11-10', '2016-11-11']);
    // hand: Lo 10 = 1.0326 * 1.017 * 1.0303 - 1 = 0.081992...; market = 1.01451 * 1.00331 * 1.00181 - 1
    const lo = 1.0326 * 1.017 * 1.0303 - 1;
    const m = 1.01451 * 1.00331 * 1.00181 - 1;
    assert.ok(Math.abs(r.buckets[0].value - lo) < close);
    assert.ok(Math.abs(r.buckets[0].market - m) < close);
    assert.ok(Math.abs(r.buckets[0].excess - (lo - m)) < close);
    assert.ok(Math.abs(r.buckets[1].value - (1.0122 * 1.0008 * 0.9984 - 1)) < close);
  });
  it('says where the size data end when the window runs past them', () => {
    assert.throws(
      () =>
        sizeWindow({ days: d, returns: { 'Lo 10': lo10 } }, { days: d, values: mkt }, '2016-11-08', {
          window: [0, 5],
        }),
      /2016-11-14/,
    );
  });
});

describe('monthSpread(monthly, date)', () => {
  // French monthly size portfolios, vintage 202602, Lo 10 and Hi 10 (percent), VW section, read off
  // Portfolios_Formed_on_ME_monthly_vintage202602.CSV for 2016-01 .. 2016-11.
  const months = days([
    '2016-01-31',
    '2016-02-29',
    '2016-03-31',
    '2016-04-30',
    '2016-05-31',
    '2016-06-30',
    '2016-07-31',
    '2016-08-31',
    '2016-09-30',
    '2016-10-31',
    '2016-11-30',
  ]);
  const lo = Float64Array.of(-9.65, -0.63, 5.24, 4.42, 0.04, -0.34, 4.55, 3.08, 4.75, -7.11, 9.75).map(
    (x) => x / 100,
  );
  const hi = Float64Array.of(-5.08, -0.54, 6.45, 0.53, 1.74, -0.14, 3.5, 0.31, -0.03, -1.29, 3.42).map(
    (x) => x / 100,
  );
  it('takes the spread of the month containing the date, Lo 10 − Hi 10', () => {
    const r = monthSpread({ days: months, small: lo, large: hi }, '2016-11-08');
    // hand: 9.75 − 3.42 = 6.33 pp
    assert.ok(Math.abs(r.spread - 0.0633) < close);
    assert.equal(r.month, '2016-11');
  });
  it('names the widest since: none in this short history, and the rank', () => {
    const r = monthSpread({ days: months, small: lo, large: hi }, '2016-11-08');
    assert.equal(r.widestSince, null);
    assert.equal(r.rank, 1);
    assert.equal(r.historyStart, '2016-01');
  });
  it('for 2016-08 the most recent month at least as wide is 2016-04; 2016-09 has none', () => {
    // hand: spreads (pp) Jan −4.57, Feb −0.09, Mar −1.21, Apr 3.89, May −1.70, Jun −0.20, Jul 1.05,
    // Aug 2.77, Sep 4.78: Aug's 2.77 was last matched by Apr's 3.89; Sep's 4.78 by no earlier month.
    const aug = monthSpread({ days: months, small: lo, large: hi }, '2016-08-15');
    assert.equal(aug.widestSince?.month, '2016-04');
    assert.ok(Math.abs((aug.widestSince?.spread ?? 0) - 0.0389) < close);
    assert.equal(aug.rank, 2);
    const sep = monthSpread({ days: months, small: lo, large: hi }, '2016-09-30');
    assert.equal(sep.widestSince, null);
  });
  it('rejects a month the data do not hold, saying where they end', () => {
    assert.throws(() => monthSpread({ days: months, small: lo, large: hi }, '2017-01-03'), /2016-11/);
  });
});
