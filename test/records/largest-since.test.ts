import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { largestSince, NO_VALUE, SINCE_START } from '../../src/records/largest-since.ts';
import { syntheticSeries } from './prng.ts';

// The brute-force reference: scan back from i for the first j with value >= value[i] (<= for 'low').
function bruteLargestSince(values: Float64Array, direction: 'high' | 'low'): Int32Array {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      out[i] = NO_VALUE;
      continue;
    }
    out[i] = SINCE_START;
    for (let j = i - 1; j >= 0; j--) {
      if (Number.isNaN(values[j])) continue;
      if (direction === 'high' ? values[j] >= values[i] : values[j] <= values[i]) {
        out[i] = j;
        break;
      }
    }
  }
  return out;
}

describe('largestSince(values)', () => {
  it('finds the most recent earlier period at least as large (worked by hand)', () => {
    // 5 is first (record); 1 < 5 -> 0; 3: 1 is smaller, 5 is not -> 0; 4: 3,1 smaller -> 0; 2: 4 >= 2 -> 3
    assert.deepEqual(Array.from(largestSince([5, 1, 3, 4, 2])), [-1, 0, 0, 0, 3]);
  });
  it('ends the run at a tie (>=), so an equal earlier value answers', () => {
    assert.deepEqual(Array.from(largestSince([2, 1, 2])), [-1, 0, 0]);
  });
  it('skips NaN periods and marks them NO_VALUE', () => {
    assert.deepEqual(Array.from(largestSince([3, Number.NaN, 1, 4])), [-1, NO_VALUE, 0, SINCE_START]);
  });
  it("with direction 'low' finds the most recent period at least as low", () => {
    assert.deepEqual(Array.from(largestSince([-5, -1, -3, -6], { direction: 'low' })), [-1, 0, 0, -1]);
  });
  it('matches the brute-force reference on 200 seeded random series with ties and NaNs', () => {
    // Synthetic data from mulberry32 seeds 1..200 (test/records/prng.ts), rounded to 0.1 so ties occur.
    for (let seed = 1; seed <= 200; seed++) {
      const v = syntheticSeries(seed, 1 + (seed % 97) * 3, 1, 0.07);
      for (const direction of ['high', 'low'] as const) {
        assert.deepEqual(
          largestSince(v, { direction }),
          bruteLargestSince(v, direction),
          `seed ${seed} ${direction}`,
        );
      }
    }
  });
  it('rejects an unknown direction, naming it', () => {
    assert.throws(() => largestSince([1], { direction: 'up' as never }), /invalid direction: "up"/);
  });
});
