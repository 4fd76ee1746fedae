import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { monthToDate } from '../../src/server/data/month-standing.ts';

const days = (...iso: string[]) => Int32Array.from(iso, toDay);

describe('monthToDate (src/server/data/month-standing.ts)', () => {
  // Small inline table; every expected number is a hand calculation written beside it.
  const daily = {
    days: days('2016-10-28', '2016-10-31', '2016-11-01', '2016-11-02'),
    small: Float64Array.of(0.5, 0.5, 0.1, 0.2),
    large: Float64Array.of(-0.5, -0.5, 0.01, -0.02),
  };
  const monthly = {
    days: days('2016-08-31', '2016-09-30', '2016-10-31'),
    small: Float64Array.of(0.01, -0.02, 0.03),
    large: Float64Array.of(0.02, 0.01, 0.0),
  };

  it("compounds from the close before the month's first session to its last close (October's returns not in)", () => {
    const m = monthToDate(daily, monthly, '2016-11');
    // small: 1.1 × 1.2 − 1 = 0.32; large: 1.01 × 0.98 − 1 = −0.0102; spread 0.3302
    assert.ok(Math.abs(m.small - 0.32) < 1e-15, String(m.small));
    assert.ok(Math.abs(m.large - -0.0102) < 1e-15, String(m.large));
    assert.ok(Math.abs(m.spread - 0.3302) < 1e-15, String(m.spread));
    assert.equal(m.sessions, 2);
    assert.equal(m.through, '2016-11-02');
    // Spreads before: −0.01, −0.03, +0.03; +0.3302 is the widest of the 4 months in favour of small caps.
    assert.deepEqual(m.atTheTime, { rank: 1, of: 4, ties: 0 });
    assert.equal(m.since, null);
    assert.equal(m.provisional, true);
  });

  it('names the daily file\u2019s end when the month has no session in it', () => {
    assert.throws(
      () => monthToDate(daily, monthly, '2016-12'),
      /no daily size returns in 2016-12: the daily file runs to 2016-11/,
    );
  });
});
