/**
 * Buffers kept from one engine call to the next (src/portfolios/threads/scratch.ts), on a seeded
 * SYNTHETIC panel (synthetic.ts; not market data), shared and shuffled as the loaders give big panels:
 * - the reference is the same call on fresh buffers (dropScratch before it): a call on kept buffers that
 *   were first filled with garbage (0xff bytes: NaN in a price, 65,535 in a cell index) gives
 *   bit-identical series, so the engine reads no element of a borrowed buffer before it writes it;
 * - a result of the first call is not changed by the second (results own their arrays);
 * - borrow never lends one buffer twice, and giveBack keeps at most KEEP_BYTES; dropScratch keeps none.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { type BucketOptions, computeBuckets } from '../../src/portfolios/engine.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';
import { sharePanel } from '../../src/portfolios/threads/pool.ts';
import {
  borrow,
  dropScratch,
  giveBack,
  KEEP_BYTES,
  keptSizes,
} from '../../src/portfolios/threads/scratch.ts';
import { shuffledPanel } from '../helpers/panel-rows.ts';

after(dropScratch);

const panel = sharePanel(shuffledPanel(syntheticPanel({ stocks: 250, days: 2600, seed: 5 }), 3), 0);
const OPTIONS: BucketOptions = {
  scheme: 'deciles',
  formation: 'june',
  weightings: ['equal', 'value', 'equal-hold', 'value-lag'],
  path: 'stock-spans',
};
const total = () => keptSizes().reduce((s, b) => s + b, 0);

test('kept buffers filled with garbage give the fresh buffers series, bit for bit', () => {
  dropScratch();
  const fresh = computeBuckets(panel, OPTIONS);
  const sizes = keptSizes();
  // The partition's price, cap (value-lag) and cell index (2 bytes a row), and the walk's sums (2 groups
  // × 4 sums × 2,600 days × 11 series).
  const n = panel.stock.length;
  const sums = 2 * 4 * 2600 * 11 * 8;
  assert.deepEqual(sizes, [8 * n, 8 * n, sums, 2 * n], `kept: ${sizes.join(', ')}`);
  const firstEqual = Float64Array.from(fresh.returns.equal!);
  const taken = sizes.map((n) => borrow(Uint8Array, n, true).fill(0xff));
  assert.equal(total(), 0, 'every kept buffer was lent');
  giveBack(...taken);
  const again = computeBuckets(panel, OPTIONS);
  for (const w of OPTIONS.weightings!) {
    const a = fresh.returns[w]!;
    const b = again.returns[w]!;
    assert.equal(b.length, a.length);
    for (let i = 0; i < a.length; i++) assert.ok(Object.is(a[i], b[i]), `${w}[${i}]: ${a[i]} vs ${b[i]}`);
  }
  assert.deepEqual(again.active, fresh.active);
  assert.deepEqual(fresh.returns.equal, firstEqual, 'the first result is untouched by the second call');
  assert.deepEqual(keptSizes(), sizes, 'the second call borrowed and gave back the same buffers');
});

test('borrow lends a kept buffer once; giveBack keeps at most KEEP_BYTES; dropScratch none', () => {
  dropScratch();
  const a = borrow(Float64Array, 1 << 18, false); // 2 MiB
  giveBack(a);
  assert.deepEqual(keptSizes(), [2 ** 21]);
  const b = borrow(Float64Array, 1 << 18, false);
  assert.equal(b.buffer, a.buffer, 'the kept buffer is lent again');
  const c = borrow(Float64Array, 1 << 18, false);
  assert.notEqual(c.buffer, b.buffer, 'but not twice');
  assert.deepEqual(keptSizes(), []);
  assert.equal(borrow(Float64Array, 1 << 18, true).buffer instanceof SharedArrayBuffer, true);
  giveBack(b, c, b);
  assert.deepEqual(keptSizes(), [2 ** 21, 2 ** 21], 'a buffer given back twice is kept once');
  const huge = { buffer: { byteLength: KEEP_BYTES + 1 } } as unknown as Float64Array;
  giveBack(huge);
  assert.deepEqual(keptSizes(), [2 ** 21, 2 ** 21], 'a buffer over the cap is not kept, the others are');
  assert.equal(borrow(Float64Array, 1 << 15, false).buffer.byteLength, 2 ** 18, 'nor lent for an eighth');
  dropScratch();
  assert.deepEqual(keptSizes(), []);
});
