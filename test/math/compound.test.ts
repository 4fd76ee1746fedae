import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compound, compoundColumns, compoundPath } from '../../src/math/compound.ts';

// Every expected number is a hand calculation written next to it.
const close = (a: number, b: number) => Math.abs(a - b) < 1e-15;

describe('compound(returns, base, end): from the close at base to the close at end', () => {
  const r = Float64Array.of(0.5, 0.01, 0.02, -0.03);

  it('leaves out the return at base and keeps the return at end', () => {
    assert.ok(close(compound(r, 0, 2), 1.01 * 1.02 - 1)); // 0.0302: r[0] = 0.5 is not in
    assert.ok(close(compound(r, 1, 3), 1.02 * 0.97 - 1)); // -0.0106
  });
  it('starts before the first return with base = -1, and is 0 over an empty span', () => {
    assert.ok(close(compound(r, -1, 1), 1.5 * 1.01 - 1)); // 0.515
    assert.equal(compound(r, 2, 2), 0);
  });
  it('a session window [a, b] is compound(r, a - 1, b): days 1 to 2 are 1.01 × 1.02 − 1', () => {
    assert.ok(close(compound(r, 1 - 1, 2), 0.0302));
  });
  it('is NaN when a return inside the span is missing, unless skipMissing counts it as 0', () => {
    const gap = Float64Array.of(0.01, Number.NaN, 0.02);
    assert.ok(Number.isNaN(compound(gap, -1, 2)));
    assert.ok(close(compound(gap, -1, 2, { skipMissing: true }), 1.01 * 1.02 - 1));
    assert.ok(close(compound(gap, 1, 2), 0.02)); // the NaN at base is outside the span
  });
  it('rejects a span that runs backwards, starts before -1 or ends past the data, naming it', () => {
    assert.throws(() => compound(r, 2, 1), /invalid span: base 2, end 1/);
    assert.throws(() => compound(r, -2, 1), /invalid span: base -2, end 1/);
    assert.throws(() => compound(r, 0, 4), /end 4 is past the last return \(index 3\)/);
    assert.throws(() => compound(r, 0.5, 2), /invalid span: base 0.5/);
  });
});

describe('compoundColumns(matrix, width, base, end): the same rule for each column', () => {
  it('compounds each column of a row-major matrix', () => {
    const m = Float64Array.of(0.9, 0.9, 0.01, 0.1, 0.02, 0.2); // rows: closes 0, 1, 2
    const out = compoundColumns(m, 2, 0, 2);
    assert.ok(close(out[0], 1.01 * 1.02 - 1)); // 0.0302
    assert.ok(close(out[1], 1.1 * 1.2 - 1)); // 0.32
  });
  it('rejects a bad width or span', () => {
    assert.throws(() => compoundColumns(Float64Array.of(1, 2), 0, 0, 0), /invalid width: 0/);
    assert.throws(() => compoundColumns(Float64Array.of(1, 2), 2, 0, 1), /end 1.*< 1/);
  });
});

describe('compoundPath(returns, base, from, to): the return since the base close at every close', () => {
  const r = Float64Array.of(0.01, 0.02, 0.03);
  it('is 0 at the base, compounds forward and takes the reciprocal backward', () => {
    const p = compoundPath(r, 1, -1, 2);
    assert.ok(close(p[0], 1 / (1.01 * 1.02) - 1)); // close -1 relative to close 1
    assert.ok(close(p[1], 1 / 1.02 - 1)); // close 0
    assert.equal(p[2], 0); // the base
    assert.ok(close(p[3], 0.03)); // close 2
  });
  it('agrees with compound() forward of the base', () => {
    const p = compoundPath(r, -1, -1, 2);
    for (let j = 0; j <= 2; j++) assert.equal(p[j + 1], compound(r, -1, j));
  });
  it('is NaN outside the closes -1 … n-1 and past a missing return, away from the base', () => {
    const p = compoundPath(Float64Array.of(0.01, Number.NaN, 0.03), 0, -2, 3);
    assert.ok(Number.isNaN(p[0])); // close -2 does not exist
    assert.ok(close(p[1], 1 / 1.01 - 1));
    assert.equal(p[2], 0);
    assert.ok(Number.isNaN(p[3]) && Number.isNaN(p[4])); // past the NaN at index 1
    assert.ok(Number.isNaN(p[5])); // close 3 does not exist
  });
  it('rejects a path whose end is before its start', () => {
    assert.throws(() => compoundPath(r, 0, 2, 1), /invalid path: base 0, from 2, to 1/);
  });
});
