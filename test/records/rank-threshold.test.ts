import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeProvisional } from '../../src/records/provisional.ts';
import { rankAt, rankIn, ranks } from '../../src/records/rank.ts';
import { countBeyond } from '../../src/records/threshold.ts';
import { syntheticSeries } from './prng.ts';

// Brute-force references: rank = 1 + count of strictly better non-NaN values, by a plain loop over all pairs.
function bruteRanks(v: Float64Array, sign: number): Float64Array {
  const out = new Float64Array(v.length).fill(Number.NaN);
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) continue;
    let r = 1;
    for (let j = 0; j < v.length; j++) if (!Number.isNaN(v[j]) && sign * v[j] > sign * v[i]) r++;
    out[i] = r;
  }
  return out;
}

describe('rank', () => {
  it('gives tied periods the same competition rank (worked by hand: 9, 9, 3, 1)', () => {
    assert.deepEqual(Array.from(ranks([3, 9, 1, 9])), [3, 1, 4, 1]);
    assert.deepEqual(rankAt([3, 9, 1, 9], 3), { rank: 1, of: 4, ties: 1 });
    assert.deepEqual(rankIn([3, 9, 1, 9], 9), { rank: 1, of: 4, ties: 2 });
  });
  it('ranks at the time with `to`: the 2nd value was a record when it happened', () => {
    assert.deepEqual(rankAt([3, 9, 1, 12], 1, { to: 1 }), { rank: 1, of: 2, ties: 0 });
    assert.equal(rankAt([3, 9, 1, 12], 1).rank, 2);
  });
  it('values within 1e-12 tie (spreads of two-decimal percentages differ only in floating point); tolerance: 0 separates them', () => {
    // By hand: 7.00 − 4.50 = 2.50 pp; in floating point 0.07 − 0.045 is 0.02500000000000001, not 0.025.
    const a = 0.07 - 0.045;
    const b = 0.025;
    assert.notEqual(a, b);
    assert.deepEqual(rankAt([b, 0.05, a], 2), { rank: 2, of: 3, ties: 1 });
    assert.deepEqual(Array.from(ranks([b, 0.05, a])), [2, 1, 2]);
    assert.deepEqual(rankAt([b, 0.05, a], 2, { tolerance: 0 }), { rank: 2, of: 3, ties: 0 }); // a > b: a is 2nd alone
    assert.equal(rankAt([b, 0.05, a], 0, { tolerance: 0 }).rank, 3);
    assert.throws(() => rankAt([1, 2], 0, { tolerance: -1 }), /invalid tolerance: -1/);
  });
  it('ranks() and rankAt() match the brute-force reference on seeded random series', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const v = syntheticSeries(1000 + seed, 5 + seed * 4, 1, 0.05);
      for (const direction of ['high', 'low'] as const) {
        const ref = bruteRanks(v, direction === 'high' ? 1 : -1);
        assert.deepEqual(ranks(v, { direction }), ref, `seed ${seed} ${direction}`);
        const i = seed % v.length;
        if (!Number.isNaN(v[i])) assert.equal(rankAt(v, i, { direction }).rank, ref[i]);
      }
    }
  });
  it('rejects an index outside the series', () => {
    assert.throws(() => rankAt([1, 2], 2), /invalid index: 2/);
  });
});

describe('countBeyond', () => {
  it('counts strictly above by default, and at-or-above when inclusive (by hand: 0.09, 0.081 > 0.08)', () => {
    const r = countBeyond([0.09, 0.02, 0.081, 0.08, Number.NaN], 0.08);
    assert.equal(r.count, 2);
    assert.deepEqual(Array.from(r.indices), [0, 2]);
    assert.equal(r.of, 4);
    assert.equal(r.missing, 1);
    assert.equal(countBeyond([0.09, 0.02, 0.081, 0.08], 0.08, { inclusive: true }).count, 3);
    assert.equal(countBeyond([0.09, -0.02, -0.081], -0.05, { side: 'below' }).count, 1);
  });
  it('matches a brute-force count on seeded random series', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const v = syntheticSeries(2000 + seed, 300, 1);
      let n = 0;
      for (const x of v) if (x > 2) n++;
      assert.equal(countBeyond(v, 2).count, n);
    }
  });
  it('rejects a bad side or threshold, naming it', () => {
    assert.throws(() => countBeyond([1], 0, { side: 'over' as never }), /invalid side: "over"/);
    assert.throws(() => countBeyond([1], Number.NaN), /invalid threshold: NaN/);
  });
});

describe('placeProvisional', () => {
  it('places a period-to-date value among completed periods (by hand: 0.06 < 0.098, > 0.01, 0.03)', () => {
    assert.deepEqual(placeProvisional([0.098, 0.01, 0.03], 0.06), {
      provisional: true,
      rank: 2,
      of: 3,
      largestSince: 0,
    });
    assert.equal(placeProvisional([0.098, 0.01, 0.03], 0.1).largestSince, -1);
  });
  it('agrees with largestSince of the series extended by the value (seeded random series)', async () => {
    const { largestSince } = await import('../../src/records/largest-since.ts');
    for (let seed = 1; seed <= 50; seed++) {
      const v = syntheticSeries(3000 + seed, 50, 1, 0.1);
      const extended = Float64Array.from([...v, 1.2]);
      assert.equal(placeProvisional(v, 1.2).largestSince, largestSince(extended)[v.length]);
    }
  });
});
