import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactSignTest, signFlipTest } from '../../src/events/exact-tests.ts';
import { mulberry32 } from '../../src/math/random.ts'; // seeded synthetic test values; not market data

/** Reference: brute-force enumeration of all 2^M sign assignments (independent of the meet-in-the-middle). */
function bruteForce(x: number[]): number {
  const obs = Math.abs(x.reduce((s, v) => s + v, 0));
  let count = 0;
  for (let mask = 0; mask < 2 ** x.length; mask++) {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += mask & (1 << i) ? -Math.abs(x[i]) : Math.abs(x[i]);
    if (Math.abs(s) >= obs - 1e-12) count++;
  }
  return count / 2 ** x.length;
}

describe('signFlipTest', () => {
  it('counts 2 of 8 assignments as extreme for three positive values (by hand: +++ and −−−)', () => {
    assert.equal(signFlipTest([0.02, 0.01, 0.015]).p, 0.25);
  });
  it('agrees with brute-force enumeration on seeded synthetic sets of 1 to 14 values', () => {
    const rnd = mulberry32(42);
    for (let m = 1; m <= 14; m++) {
      const x = Array.from({ length: m }, () => rnd() - 0.4);
      assert.equal(signFlipTest(x).p, bruteForce(x), `m = ${m}`);
    }
  });
  it('tests about a center other than zero', () => {
    // deviations from 0.01: +0.01, +0.02, −0.005 → by hand |sum| = 0.025; assignments with |sum| >= 0.025:
    // (+,+,+) 0.035, (+,+,−) 0.025, and their negatives → 4 of 8.
    assert.equal(signFlipTest([0.02, 0.03, 0.005], 0.01).p, 0.5);
  });
  it('above 40 values estimates p from seeded random assignments, within 0.004 of the binomial reference', () => {
    // Reference: with every |deviation| = 1, Σ±1 = 2K − M with K ~ Binomial(M, 1/2), so the exact two-sided
    // p is P(|2K − M| >= |observed|), computed here from binomial coefficients (independent of the test).
    const binomialP = (m: number, obs: number) => {
      let p = 0;
      let c = 1; // C(m, k), k = 0 ..
      for (let k = 0; k <= m; k++) {
        if (Math.abs(2 * k - m) >= obs) p += c / 2 ** m;
        c = (c * (m - k)) / (k + 1);
      }
      return p;
    };
    for (const [m, neg] of [
      [60, 26],
      [68, 30],
      [41, 15],
    ]) {
      const x = Array.from({ length: m }, (_, i) => (i < neg ? -1 : 1));
      const r = signFlipTest(x);
      assert.equal(r.method, 'monte-carlo');
      assert.equal(r.assignments, 200_000);
      const ref = binomialP(m, Math.abs(m - 2 * neg));
      assert.ok(Math.abs(r.p - ref) < 0.004, `m = ${m}: ${r.p} against ${ref}`);
      assert.equal(signFlipTest(x).p, r.p); // seeded: the same p on every run
    }
    assert.equal(signFlipTest(new Array(40).fill(1)).method, 'exact');
    // A set far from symmetric: no random assignment is as extreme, and p is 1 / (draws + 1), never 0.
    assert.equal(signFlipTest(new Array(50).fill(1)).p, 1 / 200_001);
  });
  it('refuses a value that is not a finite number', () => {
    assert.throws(() => signFlipTest([0.01, Number.NaN]), /not a finite number/);
  });
});

describe('exactSignTest', () => {
  it('is the binomial two-sided test: 9 of 10 positive gives p = 22/1024 (by hand)', () => {
    const r = exactSignTest([1, 2, 3, 4, 5, 6, 7, 8, 9, -1]);
    assert.equal(r.above, 9);
    assert.ok(Math.abs(r.p - 22 / 1024) < 1e-15);
  });
});
