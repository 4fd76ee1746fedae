import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { nyseCalendar } from '../../src/calendar/nyse.ts';
import { anchorEvent } from '../../src/calendar/trading-days.ts';
import { compareEvents } from '../../src/events/compare-events.ts';
import { presidentialElections } from '../../src/events/event-sets.ts';
import { alignReturns, eventWindowReturn } from '../../src/events/series.ts';
import { fixtureSeries, readFixture } from './fixture.ts';

const near = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);
const rows = readFixture();
const lo = fixtureSeries(rows, 'Lo 10');
const hi = fixtureSeries(rows, 'Hi 10');
const cal = nyseCalendar({ to: '2025-05-30' });

describe('eventWindowReturn', () => {
  it('compounds French VW Lo 10 over [0, 2] after the 2016 election from the close of 11/8 to 11/11', () => {
    // French daily VW Lo 10 (PROVENANCE.md): +3.26 (11/9), +1.70 (11/10), +3.03 (11/11).
    const r = eventWindowReturn(lo, cal, '2016-11-08', [0, 2]);
    assert.equal(r.fromDate, '2016-11-08');
    assert.equal(r.toDate, '2016-11-11');
    near(r.value, 1.0326 * 1.017 * 1.0303 - 1); // = 0.081974876...
  });
  it('is NaN when a session of the window has no data (a gap, not skipped)', () => {
    const r = eventWindowReturn(lo, cal, '2016-11-08', [0, 30]);
    assert.ok(Number.isNaN(r.value));
  });
});

describe('compareEvents on the 25 elections 1928–2024 (French VW Lo 10 − Hi 10, [0, 2])', () => {
  const legs = [
    { name: 'Lo 10', returns: alignReturns(lo, cal), sign: 1 as const },
    { name: 'Hi 10', returns: alignReturns(hi, cal), sign: -1 as const },
  ];
  const r = compareEvents(legs, cal, presidentialElections(), { window: [0, 2] });
  const byYear = (y: number) => r.rows.find((x) => x.eventDate.startsWith(String(y)))!;

  it('ranks 2016 the largest of 25 and 2020 the smallest', () => {
    // Reference: an independent Python computation over the same fixture rows (t0 = the first date in the
    // file after election day; compounding Lo 10 and Hi 10 over 3 sessions): 2016 +7.0585 pp (largest),
    // 1940 +4.2266 (2nd), 2000 +3.4676 (3rd), 2020 −4.3359 (smallest).
    assert.equal(r.rows.length, 25);
    assert.equal(byYear(2016).rank, 1);
    near(byYear(2016).value, 1.0326 * 1.017 * 1.0303 - 1.0122 * 1.0008 * 0.9984); // 0.070584927876
    assert.equal(byYear(1940).rank, 2);
    near(byYear(1940).value, 0.04226624313800009, 1e-12);
    assert.equal(byYear(2000).rank, 3);
    assert.equal(byYear(2020).rank, 25);
    near(byYear(2020).value, -0.043358578184999885, 1e-12);
  });
  it('places windows before 1952 on Saturday sessions and skips the Election Day holiday', () => {
    // 1928: Election Day (Tue 11/6) was a holiday; t0 = Wed 11/7; base = Mon 11/5; t0+2 = Fri 11/9.
    assert.equal(byYear(1928).fromDate, '1928-11-05');
    assert.equal(byYear(1928).toDate, '1928-11-09');
    // 1932: t0 = Wed 11/9, t0+1 = Thu 11/10, t0+2 = Fri 11/11 (Armistice Day only closed from 1934).
    assert.equal(byYear(1932).toDate, '1932-11-11');
  });
  it('tests the mean exactly: 13 of 25 above zero gives sign-test p = 1', () => {
    // 13 positive of 25 (the Python list above); binomial two-sided p with 13 of 25 is 1 (the mode).
    assert.equal(r.signTest.above, 13);
    assert.equal(r.signTest.p, 1);
    assert.equal(r.permutationTest.assignments, 2 ** 25);
  });

  it('skips an event before the data, saying where the data start and end', () => {
    const x = compareEvents(legs, cal, [
      { date: '1927-06-01', label: 'before' },
      ...presidentialElections(2016, 2016),
    ]);
    // the fixture's rows run 1928-11-01 .. 2024-11-18, so the first close to start from is 1928-10-31's
    assert.deepEqual(x.skipped, [
      { label: 'before', reason: 'outside the data of Lo 10 (1928-10-31 .. 2024-11-18)' },
    ]);
  });

  const SHARED = new URL('../../../shared/data/kenfrench_data_library/', import.meta.url);
  const skip = existsSync(SHARED)
    ? false
    : 'skipped: ../shared/data is absent (needs the full French daily file)';
  it('puts 2016 at the 99.49th percentile of all 26,000 three-session windows since 1926', { skip }, () => {
    const text = readFileSync(
      new URL('Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv', SHARED),
      'utf8',
    );
    const days: number[] = [];
    const l: number[] = [];
    const h: number[] = [];
    for (const line of text.trim().split('\n').slice(1)) {
      const c = line.split(',');
      days.push(toDay(`${c[0].slice(0, 4)}-${c[0].slice(4, 6)}-${c[0].slice(6, 8)}`));
      l.push(Number(c[10]) / 100);
      h.push(Number(c[19]) / 100);
    }
    const mk = (v: number[]) => ({
      name: '',
      kind: 'return' as const,
      basis: '',
      days: Int32Array.from(days),
      values: Float64Array.from(v),
    });
    const full = compareEvents(
      [
        { name: 'Lo 10', returns: alignReturns(mk(l), cal), sign: 1 },
        { name: 'Hi 10', returns: alignReturns(mk(h), cal), sign: -1 },
      ],
      cal,
      presidentialElections(),
    );
    // Reference: pandas 1.5.3 over the same file: rolling(3) products of (1 + r) for Lo 10 and Hi 10, their
    // difference, without the first window (it would start before the first close, 1926-07-01): 26,000
    // windows, 25,868 of them <= +7.0585 pp, so 99.492%.
    assert.equal(full.history.windows, 26000);
    near(full.rows.find((x) => x.eventDate === '2016-11-08')!.percentile, (100 * 25868) / 26000, 1e-9);
  });
});

describe('eventWindowReturn with an anchor', () => {
  it('takes an anchor from anchorEvent, as the report calls it', () => {
    // French daily VW Hi 10 (PROVENANCE.md): +1.22 (11/9), +0.08 (11/10), −0.16 (11/11)
    const anchor = anchorEvent(cal, '2016-11-08', 'after-close');
    near(eventWindowReturn(hi, cal, anchor, [0, 2]).value, 1.0122 * 1.0008 * 0.9984 - 1);
  });
});
