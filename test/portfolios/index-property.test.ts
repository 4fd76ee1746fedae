/**
 * Property test (fast-check, seeded): on random SYNTHETIC panels (seeded here; not market data) with
 * listings, delistings, missing days, tied caps, NaN and zero prices and unknown caps, rows in a random
 * order, each of the engine's two paths (stock spans; two-level day blocks, formation-day caps, per-stock
 * records), whatever the tile or block size, gives exactly the bucket series, active counts, eligible stocks and exclusion counts of a naive
 * reference walk (reference-walk.ts: a comparator sort by day, then stock for the stock-span path's sum
 * order, and plain arrays).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { bucketKernel, replay, WEIGHTINGS, type Weighting } from '../../src/portfolios/kernel.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { indexPanel } from '../../src/portfolios/panel-index.ts';
import { eligibleAt, staticChecks } from '../../src/portfolios/universe.ts';
import { randomPanel } from './random-panel.ts';
import { referenceWalk } from './reference-walk.ts';

const same = (a: ArrayLike<number>, b: ArrayLike<number>, what: string) =>
  assert.deepEqual(Array.from(a), Array.from(b), what);

test('the index and kernel give exactly the naive reference walk on random shuffled panels', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.constantFrom('p:50', 'terciles', 'deciles'),
      fc.constantFrom(1, 8, 64, 1 << 17),
      fc.constantFrom('stock-spans', 'day-blocks'),
      fc.constantFrom(1, 40, 300, Number.POSITIVE_INFINITY),
      (seed, scheme, blockRows, path, tileCells) => {
        const panel = randomPanel(seed);
        for (const weightings of [WEIGHTINGS, ['equal', 'value'] as Weighting[]]) {
          let res: ReturnType<typeof computeBuckets>;
          try {
            res = computeBuckets(panel, { scheme, formation: 'monthly', weightings, path, tileCells });
          } catch (e) {
            fc.pre(!/no eligible|need at least 2|no formation day|no portfolio is formed/.test(String(e)));
            throw e;
          }
          const K = res.labels.length;
          const W = K + 1;
          assert.equal(res.path, path);
          const ref = referenceWalk(panel, res.formed, K, path === 'stock-spans' ? 'stock' : 'input');
          const from = res.offset * W;
          for (const w of weightings) same(res.returns[w]!, ref.returns[w].slice(from), `${w} returns`);
          same(res.active, ref.active.slice(from), 'active counts');
          res.formed.forEach((fm, i) => {
            const rf = ref.formations[i];
            same(fm.members, rf.eligible, `members at formation ${i}`);
            same(fm.price, rf.price, `formation prices ${i}`);
            same(fm.cap, rf.cap, `formation caps ${i}`);
            const ex = res.formations[i].excluded;
            same(
              [ex['security type'], ex['not listed yet'], ex['no bar on formation day'], ex['no market cap']],
              rf.excluded,
              `exclusions at formation ${i}`,
            );
          });
          // The same walk on an index with small blocks of days (many blocks), forming through eligibleAt.
          const ix = indexPanel(panel, {
            blockRows,
            rowCaps: weightings.includes('value-lag'),
            formations: () => Int32Array.from(res.formed, (f) => f.day),
          });
          const checks = staticChecks(panel);
          const [fdays, replayed] = replay(res.formed);
          const out = bucketKernel(
            ix,
            fdays,
            (f, st) => {
              const el = eligibleAt(ix, st, f, checks);
              const fm = replayed(f, st);
              same(el.members, fm.members, `members with blockRows ${blockRows}`);
              same(el.cap, fm.cap, `caps with blockRows ${blockRows}`);
              return fm;
            },
            K,
            weightings,
          );
          const refInput = path === 'day-blocks' ? ref : referenceWalk(panel, res.formed, K, 'input');
          for (const w of weightings)
            same(out.returns[w]!, refInput.returns[w], `${w} with blockRows ${blockRows}`);
        }
      },
    ),
    { seed: 20261130, numRuns: 150 },
  );
});

test('indexPanel: days more than 89 years apart (outside the one-pass count window) are grouped the same', () => {
  // Hand-checked: day numbers -20000 (1915-03-31), 0 (1970-01-01), 20000 (2024-10-04); rows given out of order.
  const panel: Panel = {
    ids: ['A', 'B'],
    stock: Int32Array.of(0, 1, 0, 1, 0),
    day: Int32Array.of(20000, -20000, 0, 20000, -20000),
    price: Float64Array.of(3, 1, 2, 4, 1),
    cap: Float64Array.of(3, 1, 2, 4, 1),
  };
  const ix = indexPanel(panel, { rowCaps: false });
  same(ix.days, [-20000, 0, 20000], 'days');
  same(ix.dayStart, [0, 2, 3, 5], 'day starts');
  same(ix.first, [0, 0], 'first valid day index per stock');
});
