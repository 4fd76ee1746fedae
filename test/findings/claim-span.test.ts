import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { DEFAULT_CONVENTIONS } from '../../src/findings/claim.ts';
import { claimSpan } from '../../src/findings/claim-span.ts';
import type { Resolved } from '../../src/findings/evaluator.ts';

// A series whose first session is 2016-12-01 (the NYSE sessions of 1–7 Dec 2016, by hand: Thu 1, Fri 2,
// Mon 5, Tue 6, Wed 7) and claims about November 2016, before it.
const days = Int32Array.from(['2016-12-01', '2016-12-02', '2016-12-05', '2016-12-06', '2016-12-07'], toDay);
const conv = (c: Partial<Resolved>): Resolved => ({ ...DEFAULT_CONVENTIONS, groups: 10, ...c });

describe('claimSpan on a window before the data', () => {
  it('a November window stays outside December data when a convention moves its end or base later', () => {
    const w = { kind: 'dates', from: '2016-11-09', to: '2016-11-10' } as const;
    for (const c of [conv({}), conv({ endShift: 2 }), conv({ base: 'close-t0', endShift: 2 })]) {
      const s = claimSpan(days, w, c);
      assert.ok('cannot' in s, JSON.stringify(s));
      assert.match(s.cannot, /before the data \(2016-12-01 \.\. 2016-12-07\)/);
    }
  });
  it('a window inside the data is unchanged: 2 to 6 Dec is sessions 1 .. 3', () => {
    assert.deepEqual(claimSpan(days, { kind: 'dates', from: '2016-12-02', to: '2016-12-06' }, conv({})), {
      base: 1,
      end: 3,
      open: false,
    });
  });
});

// The NYSE sessions around Thanksgiving 2016 (closed Thursday 24 Nov; a half day Friday 25), by hand.
const thanksgiving = Int32Array.from(['2016-11-22', '2016-11-23', '2016-11-25', '2016-11-28'], toDay);

describe('claimSpan on dates with no session between them', () => {
  it('"on Thursday" 2016-11-24 (Thanksgiving) says the market was closed that day', () => {
    const s = claimSpan(thanksgiving, { kind: 'dates', from: '2016-11-23', to: '2016-11-24' }, conv({}));
    assert.deepEqual(s, {
      cannot:
        'no session after 2016-11-23 through 2016-11-24: the data have no trading day on 2016-11-24 (the market was closed)',
    });
  });
  it('an end shift past the holiday is a window again (23 Nov close to 25 Nov close: sessions 1 .. 2)', () => {
    const w = { kind: 'dates', from: '2016-11-23', to: '2016-11-24' } as const;
    assert.deepEqual(claimSpan(thanksgiving, w, conv({ endShift: 1 })), { base: 1, end: 2, open: false });
  });
});

// The NYSE sessions around Good Friday 2020 (closed Friday 10 April), by hand from the exchange's calendar.
const goodFriday = Int32Array.from(
  [
    '2020-03-31',
    '2020-04-01',
    '2020-04-02',
    '2020-04-03',
    '2020-04-06',
    '2020-04-07',
    '2020-04-08',
    '2020-04-09',
    '2020-04-13',
  ],
  toDay,
);

describe('claimSpan on a week a holiday cut short', () => {
  it('"the week ended April 9" (Thursday, before Good Friday) runs from Friday 3 April\'s close, not Thursday 2 April\'s', () => {
    // ^RUT 1,052.05 on 3 April to 1,246.73 on 9 April is +18.50%, the week as FTSE Russell's weekly returns count it.
    assert.deepEqual(claimSpan(goodFriday, { kind: 'week', weekEnd: '2020-04-09' }, conv({})), {
      base: 3,
      end: 7,
      open: false,
    });
  });
  it("a week ended Wednesday with sessions after it (a fund flow's week) still runs from the Wednesday before", () => {
    assert.deepEqual(claimSpan(goodFriday, { kind: 'week', weekEnd: '2020-04-08' }, conv({})), {
      base: 1,
      end: 6,
      open: false,
    });
  });
});
