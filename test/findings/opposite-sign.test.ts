// Opposite sign (src/findings/check-judge.ts, oppositeSign; docs/report.md "Verdicts"): a spread or excess
// return says who led. When the default convention says the other side led, a convention that flips the
// sign does not support the claim: the verdict is 'not supported', and the line names that convention as
// the only one that reproduces the number. Values by the independent script
// test/findings/reference/round10/expected.py (Python over ../shared/data, no capgap code): after the 2012
// election (2012-11-06, results after the close) to 2012-11-30, French's daily VW Lo 10 − Hi 10 is
// −1.4067 − (−0.5410) = −0.8658 pp and ^RUT − ^GSPC is −0.4506 − (−0.8548) = +0.4042 pp.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkClaim } from '../../src/findings/check.ts';
import { oppositeSign } from '../../src/findings/check-judge.ts';
import { parseClaims } from '../../src/findings/claim-file.ts';
import { embeddedEvaluator, NO_EMBEDDED } from '../helpers/embedded-evaluator.ts';

const claim = (yaml: string) => parseClaims(`- {${yaml}, since: 2012-11-06, to: 2012-11-30}`)[0];
const result = (value: number) => ({ value }) as Parameters<typeof oppositeSign>[1];

describe('oppositeSign(claim, default)', () => {
  it('is true for a spread or an excess return whose default has the other sign', () => {
    assert.equal(
      oppositeSign(claim('metric: spread, subjects: [Lo 10, Hi 10], stated: 0.9pp'), result(-0.87)),
      true,
    );
    assert.equal(
      oppositeSign(claim('metric: excess-return, subject: Lo 10, stated: -2pp'), result(0.5)),
      true,
    );
  });
  it('is false for the same sign, a zero default, and a return (a rise or fall is judged by its interval)', () => {
    assert.equal(
      oppositeSign(claim('metric: spread, subjects: [Lo 10, Hi 10], stated: 0.9pp'), result(0.2)),
      false,
    );
    assert.equal(
      oppositeSign(claim('metric: spread, subjects: [Lo 10, Hi 10], stated: 0.9pp'), result(0)),
      false,
    );
    assert.equal(oppositeSign(claim('metric: return, subject: ^RUT, stated: 0.4%'), result(-0.45)), false);
    assert.equal(
      oppositeSign(claim('metric: spread, subjects: [Lo 10, Hi 10], stated: 0.9pp'), undefined),
      false,
    );
  });
});

describe('an opposite-sign result on the embedded data', { skip: NO_EMBEDDED }, () => {
  const data = embeddedEvaluator();
  it('"the smallest 10% beat the largest 10% by 0.9 points" (default −0.87 pp) is not supported', async () => {
    const v = await checkClaim(claim('metric: spread, subjects: [Lo 10, Hi 10], stated: 0.9pp'), data.ev, {
      asOf: '2012-11-30',
    });
    assert.equal(v.verdict, 'not supported');
    assert.ok(Math.abs(v.computed!.value - -0.8658) < 5e-5, String(v.computed!.value));
    assert.equal(v.oppositeSign, true);
    // A convention that reproduces 0.9 exists (it is named), but it flips who led.
    assert.ok(v.nearest && v.nearest.value > 0.85 && v.nearest.value < 0.95, String(v.nearest?.value));
    assert.match(
      v.line!,
      /not supported: -0\.87 pp; the default convention gives the opposite sign, only another convention reproduces the number: /,
    );
  });
  it('a same-sign alternative still supports: ^RUT − ^GSPC "1.2 points" (default +0.40 pp)', async () => {
    const v = await checkClaim(claim('metric: spread, subjects: [^RUT, ^GSPC], stated: 1.2pp'), data.ev, {
      asOf: '2012-11-30',
    });
    assert.equal(v.verdict, 'supported under another convention');
    assert.ok(Math.abs(v.computed!.value - 0.4042) < 5e-5, String(v.computed!.value));
    assert.equal(v.oppositeSign, undefined);
  });
  it('a claim the default bears out is supported whatever the alternatives: "beat by 0.4 points"', async () => {
    const v = await checkClaim(claim('metric: spread, subjects: [^RUT, ^GSPC], stated: 0.4pp'), data.ev, {
      asOf: '2012-11-30',
    });
    assert.equal(v.verdict, 'supported');
  });
});
