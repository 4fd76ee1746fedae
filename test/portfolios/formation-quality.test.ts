import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromDay, toDay } from '../../src/calendar/dates.ts';
import { formationDays, parseFormation } from '../../src/portfolios/formation.ts';
import { gridPanel, type Panel } from '../../src/portfolios/panel.ts';
import { qualityReport } from '../../src/portfolios/quality.ts';
import { returnsToIndex } from '../../src/portfolios/returns-input.ts';

// NYSE sessions around the 2016 quarter and year ends (holidays 2016-11-24 Thanksgiving, 2016-12-26 and
// 2017-01-02 closed): a hand-made calendar slice.
const days = Int32Array.from(
  [
    '2016-06-29',
    '2016-06-30',
    '2016-07-01',
    '2016-09-29',
    '2016-09-30',
    '2016-10-03',
    '2016-11-23',
    '2016-11-25',
    '2016-11-30',
    '2016-12-01',
    '2016-12-30',
    '2017-01-03',
  ],
  toDay,
);
const dates = (idx: Int32Array) => Array.from(idx, (i) => fromDay(days[i]));

describe('formationDays(days, formation)', () => {
  test('monthly forms at each month’s last session in the data; the last day of the data forms nothing', () => {
    // In this slice July's only session is 07-01 and October's is 10-03, so they end their months.
    assert.deepEqual(dates(formationDays(days, parseFormation('monthly'))), [
      '2016-06-30',
      '2016-07-01',
      '2016-09-30',
      '2016-10-03',
      '2016-11-30',
      '2016-12-30',
    ]);
  });
  test('quarterly keeps March/June/September/December ends; june keeps only 2016-06-30', () => {
    assert.deepEqual(dates(formationDays(days, parseFormation('quarterly'))), [
      '2016-06-30',
      '2016-09-30',
      '2016-12-30',
    ]);
    assert.deepEqual(dates(formationDays(days, parseFormation('june'))), ['2016-06-30']);
  });
  test('a date forms at the last session on or before it (Thanksgiving 2016-11-24 → 2016-11-23)', () => {
    assert.deepEqual(dates(formationDays(days, parseFormation('2016-11-24'))), ['2016-11-23']);
  });
  test('rejects a formation that is not a date or a rule, and an impossible date', () => {
    assert.throws(() => parseFormation('yearly'), /invalid formation: "yearly"/);
    assert.throws(() => parseFormation('2016-02-30'), /no such calendar day/);
  });
});

describe('qualityReport(grid, ids, options)', () => {
  // X: 5 bars at 10 (stale), then 25 (+150% jump). Y: a gap on day 3, ends a day early.
  const panel: Panel = {
    ids: ['X', 'Y'],
    stock: Int32Array.of(0, 0, 0, 0, 0, 0, 1, 1, 1, 1),
    day: Int32Array.of(17112, 17113, 17114, 17115, 17116, 17119, 17112, 17113, 17115, 17116),
    price: Float64Array.of(10, 10, 10, 10, 10, 25, 3, 3.1, 3.2, -1),
    cap: new Float64Array(10).fill(Number.NaN),
  };
  const q = qualityReport(gridPanel(panel), panel.ids, { staleDays: 5, jump: 0.5 });
  test('flags a run of 5 unchanged bars as stale and a +150% move as a jump', () => {
    assert.equal(q.stale.runs, 1);
    assert.deepEqual(q.stale.top[0], { id: 'X', from: '2016-11-07', to: '2016-11-11', bars: 5 });
    assert.equal(q.jumps.count, 1);
    assert.equal(q.jumps.top[0].return, 1.5);
  });
  test('counts the gap, the bad price (treated as no bar) and the stock that ended early', () => {
    assert.deepEqual(q.gaps, { stocks: 1, days: 1 });
    assert.equal(q.badPriceRows, 1);
    assert.deepEqual(q.endedEarly.top, [{ id: 'Y', lastDate: '2016-11-10' }]);
  });
});

describe('returnsToIndex(stock, day, ret)', () => {
  test('compounds each stock’s returns in day order, whatever the row order (hand calculation: 1.1 × 0.5 = 0.55)', () => {
    const r = returnsToIndex(
      Int32Array.of(1, 0, 0, 1),
      Int32Array.of(17113, 17114, 17113, 17114),
      Float64Array.of(0.2, -0.5, 0.1, Number.NaN),
    );
    assert.deepEqual(
      Array.from(r.index, (x) => Math.round(x * 1e12) / 1e12),
      [1.2, 0.55, 1.1, 1.2],
    );
    assert.equal(r.missingReturns, 1);
  });
  test('rejects two rows for one stock and day', () => {
    assert.throws(
      () => returnsToIndex(Int32Array.of(0, 0), Int32Array.of(5, 5), Float64Array.of(0, 0)),
      /two rows on day 5/,
    );
  });
});
