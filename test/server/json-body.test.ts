import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { duplicateKey } from '../../src/server/json-body.ts';

// duplicateKey reads only the top level of a valid JSON text, through strings with escaped quotes and colons.
describe('duplicateKey(json)', () => {
  it('finds a top-level key named twice, and none in nested objects or inside strings', () => {
    assert.equal(duplicateKey('{"text":"a","text":"b"}'), 'text');
    assert.equal(duplicateKey('{"t\\u0065xt":"a","text":"b"}'), 'text');
    assert.equal(duplicateKey('{"a":{"b":1,"b":2},"c":[{"d":1},{"d":2}]}'), undefined);
    assert.equal(duplicateKey('{"text":"\\"text\\": x, \\"text\\": y"}'), undefined);
    assert.equal(duplicateKey('[{"a":1},{"a":1}]'), undefined);
  });
  it('agrees with a reference on random objects: a key is named twice iff the text has fewer keys than it names', () => {
    const key = fc.constantFrom('text', 'event', 'to', 'a"b', 'x:y', '\\', 'é');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), (pairs) => {
        const json = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
        const keys = pairs.map(([k]) => k);
        const twice = keys.find((k, i) => keys.indexOf(k) !== i);
        assert.equal(duplicateKey(json), twice);
      }),
      {
        seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
        numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 500),
      },
    );
  });
});
