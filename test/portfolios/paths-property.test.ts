/**
 * Property test (fast-check, seeded) of the engine's two paths on random SYNTHETIC panels
 * (random-panel.ts; not market data: listings, delistings, missing days, tied caps, NaN and zero prices,
 * unknown caps), with monthly, quarterly, June and one-date formations, all or NYSE breakpoints, all four
 * weightings and random from/to ranges:
 * - the stock-span path gives the day-block path's series to 1e-12 (the sums within a day run in another
 *   order), the same active counts and the same formations;
 * - the stock-span path gives bit-identical series for the rows shuffled or sorted by (stock, day), and
 *   for any tile size (its sums run in stock order whatever the rows' order).
 * The reference for both paths' exact numbers is the naive walk of index-property.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fromDay } from '../../src/calendar/dates.ts';
import { type BucketOptions, computeBuckets } from '../../src/portfolios/engine.ts';
import { WEIGHTINGS } from '../../src/portfolios/kernel.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { sortedPanel } from '../helpers/panel-rows.ts';
import { randomPanel } from './random-panel.ts';

const EXPECTED =
  /no eligible|need at least 2|no formation day|no portfolio is formed|empty range|before the first trading day/;

function run(panel: Panel, options: BucketOptions) {
  try {
    return computeBuckets(panel, { ...options, weightings: WEIGHTINGS });
  } catch (e) {
    fc.pre(!EXPECTED.test(String(e)));
    throw e;
  }
}

function close(a: Float64Array, b: Float64Array, what: string) {
  assert.equal(a.length, b.length, what);
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) || Number.isNaN(b[i]))
      assert.ok(Number.isNaN(a[i]) && Number.isNaN(b[i]), `${what} [${i}]`);
    else assert.ok(Math.abs(a[i] - b[i]) <= 1e-12, `${what} [${i}]: ${a[i]} vs ${b[i]}`);
  }
}

test('the stock-span and day-block paths agree, and the stock-span path ignores row order and tile size', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom('2016-04-01', '2016-05-16', '2015-11-02'),
      fc.constantFrom('monthly', 'quarterly', 'june', 'date'),
      fc.constantFrom('all', 'nyse'),
      fc.constantFrom('terciles', 'deciles', 'coverage:50,90'),
      fc.tuple(fc.integer({ min: -1, max: 90 }), fc.integer({ min: -1, max: 90 })),
      fc.constantFrom(1, 50, Number.POSITIVE_INFINITY),
      (seed, start, formation, breakpoints, scheme, [a, b], tileCells) => {
        const panel = randomPanel(seed, start);
        const days = [...new Set(panel.day)].sort((x, y) => x - y);
        const options: BucketOptions = {
          scheme,
          breakpoints: breakpoints as 'all' | 'nyse',
          formation: formation === 'date' ? fromDay(days[Math.floor(days.length / 3)]) : formation,
          from: a >= 0 && a < days.length ? fromDay(days[a]) : undefined,
          to: b >= 0 && b < days.length ? fromDay(days[b]) : undefined,
        };
        const spans = run(panel, { ...options, path: 'stock-spans', tileCells });
        const blocks = run(panel, { ...options, path: 'day-blocks' });
        const sorted = run(sortedPanel(panel), { ...options, path: 'stock-spans' });
        assert.deepEqual(spans.dates, blocks.dates);
        assert.deepEqual(spans.formations, blocks.formations);
        assert.deepEqual(Array.from(spans.active), Array.from(blocks.active));
        for (const w of WEIGHTINGS) {
          close(spans.returns[w]!, blocks.returns[w]!, `${w}: stock spans vs day blocks`);
          assert.deepEqual(
            Array.from(spans.returns[w]!),
            Array.from(sorted.returns[w]!),
            `${w}: shuffled vs sorted`,
          );
        }
      },
    ),
    { seed: 20261130, numRuns: 200 },
  );
});
