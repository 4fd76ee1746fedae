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
import { toDay } from '../../src/calendar/dates.ts';
import { mulberry32 } from '../../src/math/random.ts';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { bucketKernel, replay, WEIGHTINGS, type Weighting } from '../../src/portfolios/kernel.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { indexPanel } from '../../src/portfolios/panel-index.ts';
import { eligibleAt, staticChecks } from '../../src/portfolios/universe.ts';
import { referenceWalk } from './reference-walk.ts';

/** A seeded random panel (rows shuffled); see the file comment. */
function randomPanel(seed: number): Panel {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const S = 2 + int(rand() < 0.5 ? 14 : 60);
  const D = 25 + int(70);
  const days: number[] = [];
  for (let day = toDay('2016-01-04'); days.length < D; day++) if ((day + 4) % 7 < 5) days.push(day);
  const rows: [number, number, number, number][] = [];
  let path: number[] = [];
  let shares = 0;
  const types: (string | null)[] = [];
  for (let s = 0; s < S; s++) {
    if (s === 0 || rand() > 0.2) {
      // a new path; otherwise stock s copies stock s-1's prices and shares (tied caps)
      shares = 1e6 * (1 + int(4));
      path = [5 + rand() * 50];
      for (let d = 1; d < D; d++) path.push(path[d - 1] * (1 + 0.06 * (rand() - 0.5)));
    }
    types.push(rand() < 0.85 ? 'common' : rand() < 0.5 ? 'etf' : null);
    const a = rand() < 0.3 ? int(D) : 0;
    const b = rand() < 0.3 ? a + int(D - a) : D - 1;
    for (let d = a; d <= b; d++) {
      if (rand() < 0.1) continue; // a missing day
      const u = rand();
      const p = u < 0.03 ? Number.NaN : u < 0.05 ? 0 : path[d];
      const c = rand() < 0.08 || !(p > 0) ? Number.NaN : shares * p;
      rows.push([s, days[d], p, c]);
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return {
    ids: Array.from({ length: S }, (_, s) => `S${s}`),
    stock: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    price: Float64Array.from(rows, (r) => r[2]),
    cap: Float64Array.from(rows, (r) => r[3]),
    exchange: types.map((_, s) => (s % 3 ? 'NASDAQ' : 'NYSE')),
    securityType: types,
  };
}

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
