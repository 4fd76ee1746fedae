import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { dataGaps } from '../../src/calendar/gaps.ts';
import { nyseCalendar, nyseClosure } from '../../src/calendar/nyse.ts';
import { anchorEvent } from '../../src/calendar/trading-days.ts';
import {
  eventMonthWindow,
  monthToDateWindow,
  parseWindow,
  relativeWindow,
  sinceEventWindow,
} from '../../src/calendar/windows.ts';

const cal = nyseCalendar({ from: '2016-01-01', to: '2016-12-31' });
const a = anchorEvent(cal, '2016-11-08');

describe('windows', () => {
  it('[0, 2] after the 2016 election runs from the close of 11/8 to the close of 11/11', () => {
    const w = relativeWindow(cal, a, 0, 2);
    assert.deepEqual([w.fromDate, w.toDate], ['2016-11-08', '2016-11-11']);
  });
  it('since the event to a Sunday ends on the Friday before', () => {
    const w = sinceEventWindow(cal, a, '2016-11-13');
    assert.deepEqual([w.fromDate, w.toDate], ['2016-11-08', '2016-11-11']);
  });
  it("the event's calendar month runs from the last October close to the last November close", () => {
    const w = eventMonthWindow(cal, a);
    assert.deepEqual([w.fromDate, w.toDate], ['2016-10-31', '2016-11-30']);
  });
  it('month-to-date at t0+11 (Thanksgiving week) starts from the last October close', () => {
    // Sessions from 11/9: 9,10,11,14,15,16,17,18,21,22,23,25 (24 = Thanksgiving) → t0+11 = 11/25
    const w = monthToDateWindow(cal, a, 11);
    assert.deepEqual([w.fromDate, w.toDate], ['2016-10-31', '2016-11-25']);
  });
  it('parses "a,b" and rejects a reversed window, naming it', () => {
    assert.deepEqual(parseWindow('-5, 20'), [-5, 20]);
    assert.throws(() => parseWindow('2,0'), /"2,0"/);
    assert.throws(() => parseWindow('t0'), /"t0"/);
  });
  it('an end date before t0 is refused, naming it', () => {
    assert.throws(() => sinceEventWindow(cal, a, '2016-11-01'), /2016-11-01/);
  });
});

describe('dataGaps', () => {
  it('tells a missing session apart from a holiday and flags a date that was no session', () => {
    // 21–28 Nov 2016: sessions 21, 22, 23, 25, 28; Thanksgiving 24 Nov. The series lacks 22 Nov (a gap)
    // and has a value on Saturday 26 Nov (not a session).
    const days = ['2016-11-21', '2016-11-23', '2016-11-25', '2016-11-26', '2016-11-28'].map(toDay);
    const r = dataGaps(days, cal, { reason: nyseClosure });
    assert.deepEqual(r.missing, ['2016-11-22']);
    assert.deepEqual(r.holidays, [{ date: '2016-11-24', reason: 'Thanksgiving Day' }]);
    assert.equal(r.extra[0].date, '2016-11-26');
    assert.equal(r.sessions, 5);
    assert.equal(r.present, 4);
  });
  it('refuses an empty series', () => {
    assert.throws(() => dataGaps([], cal), /no dates/);
  });
});
