import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fromDay, toDay } from '../../src/calendar/dates.ts';
import { compoundByPeriod, periodReturns, relativeReturns } from '../../src/records/period-returns.ts';
import { describeRecord } from '../../src/records/record.ts';

// Russell 2000 (^RUT) closes, 28 Oct .. 18 Nov 2016, from ../shared/data/prices/yahoo_xjcarter_data/^RUT.csv.
const RUT: [string, number][] = [
  ['2016-10-28', 1187.60999],
  ['2016-10-31', 1191.39001],
  ['2016-11-01', 1177.93994],
  ['2016-11-02', 1162.52002],
  ['2016-11-03', 1156.89001],
  ['2016-11-04', 1163.43994],
  ['2016-11-07', 1192.25],
  ['2016-11-08', 1195.14001],
  ['2016-11-09', 1232.16003],
  ['2016-11-10', 1251.60999],
  ['2016-11-11', 1282.38],
  ['2016-11-14', 1298.59998],
  ['2016-11-15', 1302.14001],
];
const days = Int32Array.from(RUT, (r) => toDay(r[0]));
const closes = Float64Array.from(RUT, (r) => r[1]);

describe('periodReturns', () => {
  it('weekly returns run Friday close to Friday close (by hand: 1282.38 / 1163.43994 − 1 = +10.223%)', () => {
    const w = periodReturns(days, closes, { period: 'week' });
    assert.deepEqual(Array.from(w.end, fromDay), ['2016-10-28', '2016-11-04', '2016-11-11', '2016-11-18']);
    assert.ok(Number.isNaN(w.ret[0]));
    assert.ok(Math.abs(w.ret[1] - (1163.43994 / 1187.60999 - 1)) < 1e-15);
    assert.ok(Math.abs(w.ret[2] - 0.10223137) < 1e-8);
    // the week ending 18 Nov has data only through Tue 15 Nov: provisional
    assert.deepEqual(Array.from(w.provisional), [0, 0, 0, 1]);
  });
  it('monthly returns run from the last close of the previous month (by hand: 1302.14001 / 1191.39001 − 1)', () => {
    const m = periodReturns(days, closes, { period: 'month' });
    assert.ok(Math.abs(m.ret[1] - (1302.14001 / 1191.39001 - 1)) < 1e-15);
    assert.equal(m.provisional[1], 1);
  });
  it('compoundByPeriod compounds daily returns within each week (French daily VW Lo 10, 4-11 Nov 2016)', () => {
    // 0.38% on Fri 4 Nov; then 1.97 0.38 3.26 1.70 3.03 % -> (1.0197)(1.0038)(1.0326)(1.0170)(1.0303) − 1 = +10.7481%
    const d = Int32Array.from(
      ['2016-11-04', '2016-11-07', '2016-11-08', '2016-11-09', '2016-11-10', '2016-11-11'],
      toDay,
    );
    const r = Float64Array.of(0.0038, 0.0197, 0.0038, 0.0326, 0.017, 0.0303);
    const w = compoundByPeriod(d, r, { period: 'week' });
    assert.deepEqual(Array.from(w.end, fromDay), ['2016-11-04', '2016-11-11']);
    assert.ok(Math.abs(w.ret[0] - 0.0038) < 1e-15);
    assert.ok(Math.abs(w.ret[1] - 0.1074812548) < 1e-9);
  });
  it('rejects days out of order', () => {
    assert.throws(
      () => periodReturns(Int32Array.of(2, 1), Float64Array.of(1, 1)),
      /days must increase \(index 1\)/,
    );
  });
});

const SHARED = new URL('../../../shared/data/prices/yahoo_xjcarter_data/', import.meta.url);
function closesOf(name: string) {
  const lines = readFileSync(new URL(name, SHARED), 'utf8').trim().split('\n').slice(1);
  return {
    days: Int32Array.from(lines, (l) => toDay(l.slice(0, 10))),
    closes: Float64Array.from(lines, (l) => Number(l.split(',')[4])),
  };
}

describe('Russell 2000 minus S&P 500 weekly, Yahoo 2000-2022', {
  skip: !existsSync(SHARED) && 'needs ../shared/data (not in a user clone)',
}, () => {
  it('the election week (+6.42 pp) is the largest since the week ending 21 Jan 2000, 2nd of 1193 weeks', () => {
    // Closes from the files: ^RUT 1163.43994 -> 1282.38 (+10.2231%), ^GSPC 2085.17993 -> 2164.44995 (+3.8016%);
    // difference 6.4215 pp. Week ending 2000-01-21: ^RUT 507.56 -> 533.94 (+5.1974%), ^GSPC 1465.15002 ->
    // 1441.35999 (−1.6237%): 6.8211 pp >= 6.4215. An independent Python scan over both files (Friday-ending
    // weeks, last close per week) finds no week in between as wide, and 1 wider week in all 1193 since 2000-01-14.
    const r = closesOf('^RUT.csv');
    const g = closesOf('^GSPC.csv');
    const rel = relativeReturns(periodReturns(r.days, r.closes), periodReturns(g.days, g.closes));
    const ends = rel.end.map(fromDay);
    const values = Float64Array.from(rel.diff);
    const i = ends.indexOf('2016-11-11');
    assert.ok(Math.abs(values[i] - 0.0642154573) < 1e-9);
    const completed = rel.provisional.indexOf(true) < 0 ? ends.length : rel.provisional.indexOf(true);
    const rc = describeRecord(
      { ends: ends.slice(0, completed), values: values.slice(0, completed), frequency: 'weekly' },
      '2016-11-11',
    );
    assert.equal(rc.largestSince?.periodEnd, '2000-01-21');
    assert.equal(rc.rank, 2);
    assert.equal(rc.of, 1193);
  });
});
