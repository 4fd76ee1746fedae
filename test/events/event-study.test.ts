import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { nyseCalendar } from '../../src/calendar/nyse.ts';
import { TradingCalendar } from '../../src/calendar/trading-days.ts';
import { eventStudy } from '../../src/events/event-study.ts';
import { alignReturns } from '../../src/events/series.ts';
import { fixtureMarket, fixtureSeries, readFixture } from './fixture.ts';

const near = (a: number, b: number, tol = 1e-10) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe('eventStudy', () => {
  it('places the estimation and event windows by t0 and reproduces sipemu/eventstudy market-model t', () => {
    // sipemu/eventstudy golden_market_model_fixture (tests/testthat/helper-golden-data.R): 6 estimation
    // days, then 3 event days; expected AR t 7.64588601153099 … and CAR t 8.70980352630659 at day 3
    // (test_golden_values.R). The 9 returns are put on 9 sessions, the event on the 6th session's close.
    const cal = new TradingCalendar(Int32Array.from({ length: 10 }, (_, i) => 17000 + i));
    const idx = [-0.02, -0.01, 0.0, 0.01, 0.02, 0.03, 0.015, -0.005, 0.01];
    const resid = [0.001, -0.001, 0.002, -0.002, 0.001, -0.001];
    const firm = [...idx.slice(0, 6).map((x, i) => 0.005 + 1.5 * x + resid[i]), 0.04, 0.0, 0.03];
    const r = Float64Array.from([Number.NaN, ...firm]);
    const m = Float64Array.from([Number.NaN, ...idx]);
    // sessions 1..6 (2016-07-19..24, a synthetic calendar) are estimation days; the event is after the close
    // of session 6, so t0 = session 7
    const res = eventStudy(r, m, cal, [{ date: '2016-07-24', timing: 'after-close' }], {
      window: [0, 2],
      estimation: [-6, -1],
      model: 'market-model',
      minObs: 6,
    });
    assert.equal(res.events[0].t0Date, '2016-07-25'); // session 7 (day 17000 = 2016-07-18 is session 0)
    const t = res.tests.find((x) => x.test === 'ar-t')!;
    near(t.daily[0], 7.64588601153099);
    near(t.cumulative[2], 8.70980352630659);
    assert.equal(res.tests[0].test, 'bw-t'); // the default test comes first
  });

  it('market-adjusted AR of French VW Lo 10 on 2016-11-09 is Lo 10 minus (Mkt-RF + RF), by hand', () => {
    const rows = readFixture();
    const cal = nyseCalendar({ from: '2016-01-01', to: '2016-12-31' });
    const lo = alignReturns(fixtureSeries(rows, 'Lo 10'), cal);
    const mkt = alignReturns(fixtureMarket(rows), cal);
    const res = eventStudy(lo, mkt, cal, [{ date: '2016-11-08' }], {
      window: [0, 2],
      estimation: [-25, -1],
      model: 'market-adjusted',
      minObs: 20,
    });
    const e = res.events[0];
    // French daily (PROVENANCE.md and the fixture): Lo 10 +3.26%, Mkt-RF +1.45%, RF 0.001% on 11/9
    near(e.ar[0], 0.0326 - (0.0145 + 0.00001), 1e-15);
    // 11/10: Lo 10 1.70, Mkt-RF 0.33, RF 0.001; 11/11: 3.03, 0.18, 0.001 → CAR by hand
    near(e.car[2], 0.0326 - 0.01451 + (0.017 - 0.00331) + (0.0303 - 0.00181), 1e-15);
    // BHAR: (1.0326)(1.017)(1.0303) − (1.01451)(1.00331)(1.00181)
    near(e.bhar![2], 1.0326 * 1.017 * 1.0303 - 1.01451 * 1.00331 * 1.00181, 1e-15);
    assert.deepEqual(e.dates, ['2016-11-09', '2016-11-10', '2016-11-11']);
  });

  it('refuses an estimation window that overlaps the event window, naming both', () => {
    const cal = new TradingCalendar(Int32Array.from({ length: 50 }, (_, i) => 17000 + i));
    const r = new Float64Array(50);
    assert.throws(
      () => eventStudy(r, r, cal, [{ date: '2016-07-30' }], { window: [0, 2], estimation: [-20, 0] }),
      /estimation window \[-20, 0\].*\[0, 2\]/,
    );
  });
  it('reports a gap inside the event window with its date instead of skipping it', () => {
    const rows = readFixture();
    const cal = nyseCalendar({ from: '2016-01-01', to: '2016-12-31' });
    const lo = alignReturns(fixtureSeries(rows, 'Lo 10'), cal);
    lo[cal.indexOnOrAfter(toDay('2016-11-10'))] = Number.NaN;
    assert.throws(
      () =>
        eventStudy(lo, null, cal, [{ date: '2016-11-08' }], {
          window: [0, 2],
          estimation: [-25, -1],
          minObs: 20,
        }),
      /no return on 2016-11-10/,
    );
  });
  it('refuses too short an estimation window, naming the count', () => {
    const rows = readFixture();
    const cal = nyseCalendar({ from: '2015-01-01', to: '2016-12-31' });
    const lo = alignReturns(fixtureSeries(rows, 'Lo 10'), cal);
    // t0 = 11/9, so t0-11 = 10/25; the fixture holds 2016-10-03 .. 10-25 of the window: 17 sessions (by hand)
    assert.throws(
      () => eventStudy(lo, null, cal, [{ date: '2016-11-08' }], { estimation: [-250, -11] }),
      /17 observations; the minimum is 30/,
    );
  });
});

describe('alignReturns', () => {
  // ^GSPC closes from the yfinance long file (../shared/data/prices/yfinance_YoussefKh200_slow_turtle):
  // Fri 1928-11-02 (no Saturday close in that file), Mon 1928-11-05 and Wed 1928-11-07 (Tue = Election Day)
  const gspc = {
    name: '^GSPC',
    kind: 'level' as const,
    basis: 'price index (close)',
    days: Int32Array.from(['1928-11-02', '1928-11-05', '1928-11-07'], toDay),
    values: Float64Array.of(21.950000762939453, 22.239999771118164, 22.239999771118164), // Close column
  };
  const cal = nyseCalendar({ from: '1928-10-01', to: '1928-11-30' });
  const at = (d: string) => cal.indexOnOrAfter(toDay(d));
  it('makes the session after a missing Saturday NaN by default (a gap is never skipped)', () => {
    const r = alignReturns(gspc, cal);
    assert.ok(Number.isNaN(r[at('1928-11-05')])); // Saturday 11/3 was a session and is missing
    assert.equal(r[at('1928-11-07')], 0); // 22.24 → 22.24; 11/6 was a holiday, not a gap
  });
  it("with gaps: 'span' gives Monday the return since Friday's close", () => {
    const r = alignReturns(gspc, cal, { gaps: 'span' });
    assert.equal(r[at('1928-11-05')], 22.239999771118164 / 21.950000762939453 - 1);
    assert.ok(Number.isNaN(r[at('1928-11-03')]));
  });
});

describe('eventStudy with several series around one event', () => {
  it('treats each series as one observation: AAR and cross-sectional t of Lo 10 and Hi 10 on 2016-11-09, by hand', () => {
    const rows = readFixture();
    const cal = nyseCalendar({ from: '2016-01-01', to: '2016-12-31' });
    const subjects = ['Lo 10', 'Hi 10'].map((n) => ({
      name: n,
      returns: alignReturns(fixtureSeries(rows, n), cal),
    }));
    const res = eventStudy(subjects, alignReturns(fixtureMarket(rows), cal), cal, [{ date: '2016-11-08' }], {
      estimation: [-25, -1],
      model: 'market-adjusted',
      minObs: 20,
    });
    // French daily 11/9: Lo 10 +3.26%, Hi 10 +1.22%, market 1.45% + 0.001% → ARs 0.01809 and −0.00231
    const ar = [0.0326 - 0.01451, 0.0122 - 0.01451];
    near(res.aar[0], (ar[0] + ar[1]) / 2, 1e-15);
    // cross-sectional t with N = 2: √2·mean / sd, sd = |AR1 − AR2| / √2 → t = (AR1 + AR2) / |AR1 − AR2|
    const cs = res.tests.find((t) => t.test === 'cs-t')!;
    near(cs.daily[0], (ar[0] + ar[1]) / Math.abs(ar[0] - ar[1]), 1e-12);
    assert.deepEqual(
      res.events.map((e) => e.subject),
      ['Lo 10', 'Hi 10'],
    );
  });
});
