/**
 * The engine's threads (src/portfolios/threads/pool.ts) on a seeded SYNTHETIC panel (synthetic.ts; not
 * market data) whose columns live in SharedArrayBuffers, about 560k rows so that the passes have several
 * chunks and the walk two groups:
 * - one thread and two give bit-identical series for every weighting, rows sorted or shuffled, and the
 *   helper thread did take chunks (threadStats);
 * - the reference for the numbers is the day-block path (kernel.ts, a different walk, single-threaded):
 *   to 1e-12;
 * - a (stock, day) pair given twice and a bad stock index are refused with the same messages as on one
 *   thread;
 * - a chunk that throws in a helper is run again on the main thread (a kernel that reads a module
 *   variable cannot run from its source text there).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type BucketOptions, computeBuckets } from '../../src/portfolios/engine.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { groupCount } from '../../src/portfolios/span-tiles.ts';
import { stockSpans } from '../../src/portfolios/stock-spans.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';
import { runChunks, sharePanel, threadStats, warmThreads } from '../../src/portfolios/threads/pool.ts';
import { shuffledPanel } from '../helpers/panel-rows.ts';

const saved = process.env.CAPGAP_THREADS;
before(async () => {
  process.env.CAPGAP_THREADS = '2';
  await warmThreads();
});
after(() => {
  if (saved === undefined) delete process.env.CAPGAP_THREADS;
  else process.env.CAPGAP_THREADS = saved;
});

const base = syntheticPanel({ stocks: 250, days: 2600, seed: 11 });
const OPTIONS: BucketOptions = {
  scheme: 'deciles',
  formation: 'june',
  weightings: ['equal', 'value', 'equal-hold', 'value-lag'],
};

function withThreads(n: number, panel: Panel, options: BucketOptions = OPTIONS) {
  process.env.CAPGAP_THREADS = String(n);
  try {
    return computeBuckets(panel, options);
  } finally {
    process.env.CAPGAP_THREADS = '2';
  }
}

test('one thread and two give bit-identical series, rows sorted or shuffled; the helper took chunks', () => {
  const sorted = sharePanel(base, 0);
  const shuffled = sharePanel(shuffledPanel(base, 3), 0);
  assert.ok(sorted.stock.buffer instanceof SharedArrayBuffer);
  assert.ok(sorted.stock.length > 2 ** 19, `${sorted.stock.length} rows`);
  const sp = stockSpans(sorted);
  assert.ok(groupCount(sp.cells, 32 * sp.days.length * 11) >= 2, 'the walk has one group only');
  const one = withThreads(1, sorted);
  const before = threadStats().helperChunks;
  const two = withThreads(2, shuffled);
  assert.ok(threadStats().helperChunks > before, 'the helper thread ran no chunk');
  assert.equal(threadStats().failedChunks, 0);
  for (const w of OPTIONS.weightings ?? []) {
    const a = one.returns[w] as Float64Array;
    const b = two.returns[w] as Float64Array;
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) assert.ok(Object.is(a[i], b[i]), `${w}[${i}]: ${a[i]} vs ${b[i]}`);
  }
  assert.deepEqual(Array.from(one.active), Array.from(two.active));
});

test('two threads give the day-block walk’s series to 1e-12 (a different walk as the reference)', () => {
  const panel = sharePanel(shuffledPanel(base, 5), 0);
  const spans = withThreads(2, panel);
  const blocks = withThreads(1, panel, { ...OPTIONS, path: 'day-blocks' });
  assert.equal(spans.path, 'stock-spans');
  let checked = 0;
  for (const w of OPTIONS.weightings ?? []) {
    const a = spans.returns[w] as Float64Array;
    const b = blocks.returns[w] as Float64Array;
    for (let i = 0; i < a.length; i++) {
      if (Number.isNaN(b[i])) assert.ok(Number.isNaN(a[i]), `${w}[${i}]`);
      else {
        assert.ok(Math.abs(a[i] - b[i]) <= 1e-12, `${w}[${i}]: ${a[i]} vs ${b[i]}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 50_000, `${checked} cells`);
});

test('a duplicate (stock, day) and a bad stock index are refused as on one thread', () => {
  const n = base.stock.length;
  const dup = sharePanel({ ...base, stock: base.stock.slice(), day: base.day.slice() }, 0);
  dup.stock[n - 7] = dup.stock[100_000];
  dup.day[n - 7] = dup.day[100_000];
  const name = base.ids[base.stock[100_000]];
  for (const t of [1, 2])
    assert.throws(
      () => withThreads(t, dup),
      new RegExp(`stock ${name} has two rows on day`),
      `${t} thread(s)`,
    );
  const bad = sharePanel({ ...base, stock: base.stock.slice() }, 0);
  bad.stock[200_000] = 250;
  for (const t of [1, 2])
    assert.throws(
      () => withThreads(t, bad),
      /row 200000 has stock index 250; expected 0\.\.249/,
      `${t} thread(s)`,
    );
});

const OFFSET = 1000; // a module variable: a helper running the kernel's source text cannot see it
export function addOffset(a: { out: Float64Array }, c: number): void {
  let spin = 0;
  for (let i = 0; i < 2e6; i++) spin += i & 1; // about a millisecond, so that the helper takes chunks
  a.out[c] = c + spin * 0 + OFFSET;
}

test('a chunk that throws in a helper is run again on the main thread', async () => {
  await warmThreads();
  const a = { out: new Float64Array(new SharedArrayBuffer(8 * 64)) };
  const before = threadStats().failedChunks;
  // On a busy machine the helper may not be scheduled before the main thread has run every chunk: try again
  // (each run must give the main thread's numbers either way).
  for (let k = 0; k < 20 && threadStats().failedChunks === before; k++) {
    a.out.fill(0);
    runChunks(addOffset, [], a, 64, true);
    assert.deepEqual(
      Array.from(a.out),
      Array.from({ length: 64 }, (_, c) => c + 1000),
    );
  }
  assert.ok(threadStats().failedChunks > before, 'no chunk failed in the helper');
});
