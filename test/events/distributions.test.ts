import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binomialTest, normalCdf, pNormal, pStudentT, studentTCdf } from '../../src/events/distributions.ts';

const near = (a: number, b: number, tol: number) => assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b}`);

describe('distributions', () => {
  it('normalCdf and pNormal match published quantiles (z 0.975 = 1.959963984540054)', () => {
    near(normalCdf(1.959963984540054), 0.975, 1e-14);
    near(pNormal(1.959963984540054), 0.05, 1e-14);
    near(normalCdf(-1), 0.15865525393145707, 1e-14); // scipy 1.10.1 stats.norm.cdf(-1)
    near(pNormal(8), 1.244192114854348e-15, 1e-25); // scipy 2*norm.sf(8)
  });
  it('Student t matches table quantiles (t 0.975 with 4 df = 2.776445105; with 10 df = 2.228138852)', () => {
    near(studentTCdf(2.776445105, 4), 0.975, 1e-9);
    near(pStudentT(2.228138852, 10), 0.05, 1e-9);
    near(pStudentT(7.64588601153099, 4), 0.0015720563516390383, 1e-14); // scipy 2*t.sf(x, 4)
  });
  it('binomialTest is the exact two-sided test of R binom.test', () => {
    // binom.test(9, 10): p = 2 * (1 + 10) / 1024 = 0.021484375, by hand
    near(binomialTest(9, 10), 0.021484375, 1e-15);
    near(binomialTest(3, 25), 0.00015652179718017578, 1e-15); // scipy stats.binomtest(3, 25).pvalue
  });
  it('binomialTest rejects an impossible outcome, naming it', () => {
    assert.throws(() => binomialTest(11, 10), /11 of 10/);
  });
});
