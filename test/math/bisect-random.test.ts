import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bisectLeft, bisectRight, bisectWhere } from '../../src/math/bisect.ts';
import { mulberry32 } from '../../src/math/random.ts';

describe('bisectLeft / bisectRight / bisectWhere (hand-checked positions in small arrays)', () => {
  const a = Int32Array.of(1, 3, 3, 5);
  it('bisectLeft goes before equals, bisectRight after them', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((x) => bisectLeft(a, x)),
      [0, 0, 1, 1, 3, 3, 4],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((x) => bisectRight(a, x)),
      [0, 1, 1, 3, 3, 4, 4],
    );
  });
  it('searches inside [lo, hi) only', () => {
    assert.equal(bisectLeft(a, 0, 2, 4), 2);
    assert.equal(bisectRight(a, 9, 0, 2), 2);
  });
  it('bisectWhere finds where a predicate turns false, e.g. through a permutation', () => {
    const values = [5, 1, 3, 3];
    const order = [1, 2, 3, 0]; // ascending: 1, 3, 3, 5
    assert.equal(
      bisectWhere(0, 4, (i) => values[order[i]] <= 3),
      3,
    );
    assert.equal(
      bisectWhere(0, 0, () => true),
      0,
    );
  });
  it('agrees with a linear scan on an empty array and on all-equal arrays', () => {
    assert.equal(bisectLeft(new Float64Array(0), 1), 0);
    const same = Float64Array.of(2, 2, 2);
    assert.equal(bisectLeft(same, 2), 0);
    assert.equal(bisectRight(same, 2), 3);
  });
});

describe('mulberry32 (the one seeded generator)', () => {
  it('gives the reference sequence (an independent Python port of the same 32-bit operations)', () => {
    const one = mulberry32(1);
    assert.deepEqual([one(), one(), one()], [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const r42 = mulberry32(42);
    assert.deepEqual([r42(), r42(), r42()], [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });
  it('stays in [0, 1) and rejects a seed that is not a number', () => {
    const r = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const u = r();
      assert.ok(u >= 0 && u < 1);
    }
    assert.throws(() => mulberry32(Number.NaN), /invalid seed: NaN/);
  });
});
