import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TradingCalendar } from '../../src/calendar/trading-days.ts';
import { sinceWindow } from '../../src/server/data/since-window.ts';
import { ApiError } from '../../src/server/errors.ts';

// The one window rule of the US and regional returns-since answers, on a small inline calendar of NYSE
// sessions around the 2016 election (Thu 3 Nov .. Tue 15 Nov 2016; expected values counted by hand).
const DATES = [
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
const cal = TradingCalendar.fromIso(DATES);
const at = (i: number) => DATES[i];
const q = { event: '2016-11-08', timing: 'after-close' as const, from: -2, to: 2 };
const o = { what: 'the Europe data', through: '2016-11-15' };

describe('sinceWindow (src/server/data/since-window.ts)', () => {
  it('anchors an after-close event on the next session and lists days from .. to with their dates', () => {
    const w = sinceWindow(cal, at, q, o);
    assert.equal(w.anchor.t0Date, '2016-11-09');
    assert.equal(w.anchor.baseDate, '2016-11-08');
    assert.deepEqual(w.day, [-2, -1, 0, 1, 2]);
    assert.deepEqual(w.date, ['2016-11-07', '2016-11-08', '2016-11-09', '2016-11-10', '2016-11-11']);
    assert.equal(w.to, 2);
    assert.equal(w.cut, null);
  });

  it("cuts a window past the data's end at its last date and says so", () => {
    // t0 = 2016-11-09 (index 4); the last date (index 8) is day 4.
    const w = sinceWindow(cal, at, { ...q, to: 10 }, o);
    assert.equal(w.to, 4);
    assert.equal(w.date.at(-1), '2016-11-15');
    assert.equal(
      w.cut,
      'the Europe data end on 2016-11-15 (day 4): the window is cut there (day 10 was asked for)',
    );
  });

  it('refuses a window past the last date read when that date is not the data\u2019s end (a gap in the store)', () => {
    assert.throws(
      () => sinceWindow(cal, at, { ...q, to: 10 }, { what: 'the data for deciles', through: '2025-05-30' }),
      (e: unknown) =>
        e instanceof ApiError &&
        e.status === 422 &&
        e.message ===
          'window [-2, 10] around 2016-11-08 leaves the data for deciles (2016-11-03 .. 2016-11-15)',
    );
  });

  it('names the data\u2019s span when the window starts before them, and the event when it cannot be anchored', () => {
    assert.throws(
      () => sinceWindow(cal, at, { ...q, from: -6 }, o),
      (e: unknown) =>
        e instanceof ApiError && e.status === 422 && /2016-11-03 \.\. 2016-11-15/.test(e.message),
    );
    assert.throws(
      () => sinceWindow(cal, at, { ...q, event: '2016-11-15' }, o),
      (e: unknown) =>
        e instanceof ApiError &&
        e.status === 422 &&
        /event 2016-11-15: no trading day after it/.test(e.message),
    );
  });
});
