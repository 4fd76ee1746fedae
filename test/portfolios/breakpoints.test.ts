import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assignBuckets,
  coverageBreakpoints,
  parseScheme,
  percentileBreakpoints,
} from '../../src/portfolios/breakpoints.ts';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('percentileBreakpoints(values, idx, cuts)', () => {
  test('interpolates between order statistics (type 7; numpy.percentile([1,2,3,4,10], [10,50,90]) = 1.4, 3, 7.6)', () => {
    // Hand calculation: h = (5-1)·p/100 → 0.4, 2, 3.6: 1 + 0.4·1 = 1.4; v[2] = 3; 4 + 0.6·(10-4) = 7.6.
    const bp = percentileBreakpoints(Float64Array.of(10, 3, 1, 4, 2), all(5), [10, 50, 90]);
    assert.deepEqual(
      Array.from(bp, (x) => Math.round(x * 1e12) / 1e12),
      [1.4, 3, 7.6],
    );
  });
  test('uses only the stocks in idx (a NYSE-only breakpoint universe)', () => {
    const bp = percentileBreakpoints(Float64Array.of(100, 1, 2, 3), Int32Array.of(1, 2, 3), [50]);
    assert.deepEqual(Array.from(bp), [2]);
  });
  test('throws on an empty breakpoint universe', () => {
    assert.throws(() => percentileBreakpoints(Float64Array.of(1), new Int32Array(0), [50]), /no stocks/);
  });
});

describe('assignBuckets(values, idx, breakpoints)', () => {
  test('a cap equal to a breakpoint goes to the lower bucket', () => {
    assert.deepEqual(
      Array.from(assignBuckets(Float64Array.of(1, 5, 9), all(3), Float64Array.of(5))),
      [0, 0, 1],
    );
  });
  test('tied caps share a bucket and repeated breakpoints leave a bucket empty instead of failing', () => {
    // Ten stocks, seven at the same cap: deciles over [1, 2, 5×7, 9] repeat the breakpoint 5.
    const v = Float64Array.of(1, 2, 5, 5, 5, 5, 5, 5, 5, 9);
    const bp = percentileBreakpoints(v, all(10), [10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const b = assignBuckets(v, all(10), bp);
    const fives = new Set(Array.from(b).slice(2, 9));
    assert.equal(fives.size, 1);
    assert.ok(b[0] < b[2] && b[2] < b[9]);
  });
});

describe('coverageBreakpoints(values, idx, cuts)', () => {
  test('top 50% by cap: the stock that crosses the line is in (hand calculation: 60 of 100 ≥ 50)', () => {
    const v = Float64Array.of(60, 30, 10);
    const bp = coverageBreakpoints(v, all(3), [50]);
    assert.deepEqual(Array.from(bp), [30]);
    assert.deepEqual(Array.from(assignBuckets(v, all(3), bp)), [1, 0, 0]);
  });
  test('top 70/85/98%: caps 50, 20, 15, 10, 5 (total 100) split into {50, 20}, {15}, {10, 5}…', () => {
    // cumulative from the top: 50, 70 (reaches 70) | 85 (reaches 85) | 95, 100 (reaches 98 at the 5)
    const v = Float64Array.of(50, 20, 15, 10, 5);
    const bp = coverageBreakpoints(v, all(5), [70, 85, 98]);
    assert.deepEqual(Array.from(bp), [0, 10, 15]);
    assert.deepEqual(Array.from(assignBuckets(v, all(5), bp)), [3, 3, 2, 1, 1]);
  });
});

describe('parseScheme(name)', () => {
  test("names French's portfolios for deciles, quintiles and 30-40-30", () => {
    assert.deepEqual(parseScheme('deciles').labels.slice(0, 2), ['Lo 10', '2-Dec']);
    assert.deepEqual(parseScheme('quintiles').labels, ['Lo 20', 'Qnt 2', 'Qnt 3', 'Qnt 4', 'Hi 20']);
    assert.deepEqual(parseScheme('30-40-30').cuts, [30, 70]);
  });
  test('custom percentiles p:10,50,90 give four buckets', () => {
    assert.deepEqual(parseScheme('p:10,50,90').labels, ['p0-10', 'p10-50', 'p50-90', 'p90-100']);
  });
  test('rejects an unknown or malformed scheme, naming it', () => {
    assert.throws(() => parseScheme('halves'), /invalid scheme: "halves"/);
    assert.throws(() => parseScheme('p:50,10'), /invalid scheme: "p:50,10"/);
    assert.throws(() => parseScheme('p:0,50'), /strictly between 0 and 100/);
  });
});
