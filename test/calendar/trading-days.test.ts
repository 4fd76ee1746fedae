import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromDay, monthEnd, toDay, weekday } from '../../src/calendar/dates.ts';
import { anchorEvent, TradingCalendar, windowCloses } from '../../src/calendar/trading-days.ts';

// The NYSE sessions around the 2016 election, read off the daily files in ../shared/data (French, Yahoo).
const NOV_2016 = [
  '2016-11-03',
  '2016-11-04',
  '2016-11-07',
  '2016-11-08',
  '2016-11-09',
  '2016-11-10',
  '2016-11-11',
  '2016-11-14',
];

describe('dates', () => {
  it('toDay and fromDay round-trip, with 1970-01-01 as day 0 (a Thursday)', () => {
    assert.equal(toDay('1970-01-01'), 0);
    assert.equal(fromDay(toDay('2016-11-08')), '2016-11-08');
    assert.equal(weekday(toDay('2016-11-08')), 2); // a Tuesday
    assert.equal(fromDay(monthEnd(toDay('2016-02-10'))), '2016-02-29');
  });
  it('toDay rejects impossible dates, naming them', () => {
    assert.throws(() => toDay('2016-02-30'), /2016-02-30/);
    assert.throws(() => toDay('11/08/2016'), /expected YYYY-MM-DD/);
  });
});

describe('anchorEvent', () => {
  const cal = TradingCalendar.fromIso(NOV_2016);
  it('puts t0 on the next session for news after the close, with the event day as base', () => {
    const a = anchorEvent(cal, '2016-11-08', 'after-close');
    assert.equal(a.t0Date, '2016-11-09');
    assert.equal(a.baseDate, '2016-11-08');
  });
  it('puts t0 on the event day for news before the open, with the previous close as base', () => {
    const a = anchorEvent(cal, '2016-11-08', 'before-open');
    assert.equal(a.t0Date, '2016-11-08');
    assert.equal(a.baseDate, '2016-11-07');
  });
  it('moves an event on a weekend to the next session', () => {
    const a = anchorEvent(cal, '2016-11-05', 'after-close');
    assert.equal(a.t0Date, '2016-11-07');
    assert.equal(a.baseDate, '2016-11-04');
  });
  it('window [0, 2] runs from the base close to the close of t0+2', () => {
    const a = anchorEvent(cal, '2016-11-08');
    const w = windowCloses(cal, a, 0, 2);
    assert.equal(fromDay(cal.days[w.from]), '2016-11-08');
    assert.equal(fromDay(cal.days[w.to]), '2016-11-11');
  });
  it('a window past the data says where the data end', () => {
    const a = anchorEvent(cal, '2016-11-08');
    assert.throws(() => windowCloses(cal, a, 0, 20), /2016-11-14/);
  });
  it('an event after the data names the last day; a calendar with no day says so (no "Invalid time value")', () => {
    assert.throws(
      () => anchorEvent(cal, '2016-12-01', 'intraday'),
      /^Error: event 2016-12-01: no trading day after it in the data \(data end 2016-11-14\)$/,
    );
    assert.throws(
      () => anchorEvent(TradingCalendar.fromIso([]), '2016-12-01', 'intraday'),
      /^Error: event 2016-12-01: the data hold no trading days$/,
    );
  });
});
