import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonText, roundForJson } from '../src/json.ts';
import { conventionsJson, windowJson } from '../src/report/json-vocabulary.ts';

describe('the JSON edge (src/json.ts): one function for every JSON answer', () => {
  it('roundForJson(v) keeps 12 significant digits (by hand: 1232.16/1195.14 − 1 = 0.030975466537399576 → 0.0309754665374)', () => {
    assert.equal(roundForJson(1232.1600341796875 / 1195.1400146484375 - 1), 0.0309754665374);
    assert.equal(roundForJson(0.1 + 0.2), 0.3);
    assert.equal(roundForJson(-0.00000123456789012345), -0.00000123456789012);
  });
  it('passes integers (counts, timestamps in ms) as they are and writes NaN and Infinity as null', () => {
    assert.equal(roundForJson(1_764_495_600_123), 1_764_495_600_123);
    assert.equal(roundForJson(Number.NaN), null);
    assert.equal(roundForJson(Number.NEGATIVE_INFINITY), null);
  });
  it('jsonText(value) writes bigints as numbers and typed arrays as arrays', () => {
    assert.equal(jsonText({ n: 3n, a: Float64Array.of(0.1 + 0.2, Number.NaN) }), '{"n":3,"a":[0.3,null]}');
  });
  it('windowJson([a, b]) is { from, to }; conventionsJson keys sentences by their first word', () => {
    assert.deepEqual(windowJson([0, 2]), { from: 0, to: 2 });
    assert.deepEqual(conventionsJson(['t0: the first session', 'model: market', 'model again']), {
      t0: 't0: the first session',
      model: 'model: market',
      'model-2': 'model again',
    });
    assert.deepEqual(conventionsJson('one sentence'), { summary: 'one sentence' });
  });
});
