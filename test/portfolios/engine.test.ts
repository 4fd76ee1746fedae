/**
 * computeBuckets on a small inline panel, every expected number worked out by hand in the comments.
 * Day numbers: 17112 = 2016-11-07, 17113 = 2016-11-08, 17114 = 2016-11-09, 17115 = 2016-11-10.
 *   A (common, NYSE)   prices 10, 10, 11, 12.1   cap = 10 × price  (100 at formation)
 *   B (common, NASDAQ) prices 20, 20, 19, —      cap = 10 × price  (200; no bar on 11-10: held at 19)
 *   C (common, NYSE)   prices 50, 50, 51, 50     cap = 20 × price  (1000)
 *   D (etf)            prices 30, 30, 30, 30     excluded: security type
 *   E (common)         first bar on 11-09        excluded: not listed yet
 *   F (common)         prices 5, 5, 5, 5, no cap excluded: no market cap
 * Formed at the 2016-11-08 close with p:50 over all eligible caps {100, 200, 1000}: breakpoint 200, so
 * bucket 0 = {A, B} (B's cap equals the breakpoint: lower bucket), bucket 1 = {C}.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { compoundBuckets, contributions, spreads } from '../../src/portfolios/windows.ts';

const rows: [string, number, number, number][] = [
  ['A', 17112, 10, 100],
  ['A', 17113, 10, 100],
  ['A', 17114, 11, 110],
  ['A', 17115, 12.1, 121],
  ['B', 17112, 20, 200],
  ['B', 17113, 20, 200],
  ['B', 17114, 19, 190],
  ['C', 17112, 50, 1000],
  ['C', 17113, 50, 1000],
  ['C', 17114, 51, 1020],
  ['C', 17115, 50, 1000],
  ['D', 17112, 30, 9e9],
  ['D', 17113, 30, 9e9],
  ['D', 17114, 30, 9e9],
  ['D', 17115, 30, 9e9],
  ['E', 17114, 7, 70],
  ['E', 17115, 7, 70],
  ['F', 17112, 5, Number.NaN],
  ['F', 17113, 5, Number.NaN],
  ['F', 17114, 5, Number.NaN],
  ['F', 17115, 5, Number.NaN],
];
const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
const panel: Panel = {
  ids,
  stock: Int32Array.from(rows, (r) => ids.indexOf(r[0])),
  day: Int32Array.from(rows, (r) => r[1]),
  price: Float64Array.from(rows, (r) => r[2]),
  cap: Float64Array.from(rows, (r) => r[3]),
  exchange: ['NYSE', 'NASDAQ', 'NYSE', 'NYSE', 'NASDAQ', 'NASDAQ'],
  securityType: ['common', 'common', 'common', 'etf', 'common', 'common'],
};
const run = () =>
  computeBuckets(panel, {
    scheme: 'p:50',
    formation: '2016-11-08',
    weightings: ['equal', 'equal-hold', 'value', 'value-lag'],
  });
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-14, `${a} vs ${b}`);

describe('computeBuckets(panel, options) on a hand-worked panel', () => {
  test('forms at the 2016-11-08 close, counts members and every exclusion by reason', () => {
    const r = run();
    assert.deepEqual(r.dates, ['2016-11-09', '2016-11-10']);
    const f = r.formations[0];
    assert.equal(f.date, '2016-11-08');
    assert.deepEqual(f.breakpoints, [200]);
    assert.deepEqual(f.counts, [2, 1]);
    assert.deepEqual(f.meanCap, [150, 1000]);
    assert.equal(f.excluded['security type'], 1);
    assert.equal(f.excluded['not listed yet'], 1);
    assert.equal(f.excluded['no market cap'], 1);
  });
  test('equal weights, rebalanced daily: 11-09 (0.10 − 0.05)/2 = 0.025; 11-10 (0.10 + 0)/2 = 0.05 (B held at its last price)', () => {
    const e = run().returns.equal!;
    close(e[0], 0.025);
    close(e[1], 0.02); // C: 51/50 − 1
    close(e[2], (0.1 - 0.05 + 0.02) / 3); // market
    close(e[3], 0.05);
    close(e[4], 50 / 51 - 1);
  });
  test('equal at formation, then buy-and-hold: 11-10 weights 1.1 and 0.95 → 1.1 × 0.10 / 2.05', () => {
    const e = run().returns['equal-hold']!;
    close(e[0], 0.025);
    close(e[3], 0.11 / 2.05);
  });
  test('value weights with drift: 11-09 (100 × 0.10 − 200 × 0.05)/300 = 0; 11-10 (110 × 0.10)/300; market 11-09 = 20/1300', () => {
    const r = run();
    const v = r.returns.value!;
    close(v[0], 0);
    close(v[2], 20 / 1300);
    close(v[3], 11 / 300);
    // caps here are shares × price, so the previous day's cap gives the same weights
    const l = r.returns['value-lag']!;
    for (let i = 0; i < 6; i++) close(l[i], v[i]);
  });
  test('compounds windows, spreads and contributions: bucket 0 VW 11-09..11-10 = (121 + 190)/300 − 1', () => {
    const r = run();
    const c = compoundBuckets(r, 'value');
    close(c[0], 311 / 300 - 1);
    close(c[1], 50 / 50 - 1);
    close(spreads(r, 'value').smallMinusLarge, 311 / 300 - 1);
    const parts = contributions(r, 'value', 'p0-50');
    assert.deepEqual(
      parts.map((p) => p.id),
      ['A', 'B'],
    );
    close(parts[0].contribution, (100 / 300) * 0.21); // A: 10 → 12.1
    close(parts[1].contribution, (200 / 300) * -0.05); // B: 20 → 19
  });
  test('active counts show B without a bar on 11-10', () => {
    const r = run();
    assert.deepEqual(Array.from(r.active), [2, 1, 3, 1, 1, 2]);
  });
  test('rows in any order give the same result (the panel is grouped by stock and day first)', () => {
    const rev = Int32Array.from(rows, (_, i) => rows.length - 1 - i);
    const shuffled: Panel = {
      ...panel,
      stock: Int32Array.from(rev, (i) => panel.stock[i]),
      day: Int32Array.from(rev, (i) => panel.day[i]),
      price: Float64Array.from(rev, (i) => panel.price[i]),
      cap: Float64Array.from(rev, (i) => panel.cap[i]),
    };
    const a = run();
    const b = computeBuckets(shuffled, {
      scheme: 'p:50',
      formation: '2016-11-08',
      weightings: ['equal', 'equal-hold', 'value', 'value-lag'],
    });
    for (const w of a.weightings) assert.deepEqual(Array.from(b.returns[w]!), Array.from(a.returns[w]!));
    assert.deepEqual(Array.from(b.active), Array.from(a.active));
    assert.deepEqual(b.formations, a.formations);
  });
  test('two rows for one stock and day are refused', () => {
    const dup: Panel = {
      ...panel,
      stock: Int32Array.of(0, 1, 0, 0),
      day: Int32Array.of(17113, 17113, 17113, 17114),
      price: Float64Array.of(1, 1, 1, 1),
      cap: Float64Array.of(1, 1, 1, 1),
    };
    for (const path of ['stock-spans', 'day-blocks'] as const) {
      for (const tileCells of [1, Number.POSITIVE_INFINITY]) {
        assert.throws(
          () => computeBuckets(dup, { formation: '2016-11-08', path, tileCells }),
          /stock A has two rows on day 17113/,
          `${path}, tiles of ${tileCells} cells`,
        );
      }
    }
  });
  test('NYSE breakpoints use only A and C: median of {100, 1000} = 550, so B (200) joins A', () => {
    const r = computeBuckets(panel, { scheme: 'p:50', breakpoints: 'nyse', formation: '2016-11-08' });
    assert.deepEqual(r.formations[0].breakpoints, [550]);
    assert.deepEqual(r.formations[0].counts, [2, 1]);
    assert.equal(r.formations[0].breakpointStocks, 2);
  });
  test('misuse throws naming the bad value', () => {
    assert.throws(() => computeBuckets(panel, { weightings: ['cap' as never] }), /invalid weighting: "cap"/);
    assert.throws(() => computeBuckets(panel, { formation: 'weekly' }), /invalid formation: "weekly"/);
    assert.throws(() => computeBuckets(panel, { path: 'grid' as never }), /invalid path: "grid"/);
    assert.throws(
      () => computeBuckets(panel, { breakpoints: 'amex' as never }),
      /invalid breakpoints: "amex"/,
    );
    assert.throws(() => computeBuckets(panel, { formation: '2016-11-01' }), /before the first trading day/);
    assert.throws(() => computeBuckets(panel, { formation: 'june' }), /no formation day/);
  });
});
