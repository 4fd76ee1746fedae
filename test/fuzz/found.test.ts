import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from '../../src/formats/decode.ts';
import { ImportError } from '../../src/formats/errors.ts';
import { hasHidden } from '../../src/quote.ts';
import { errorBody } from '../../src/server/errors.ts';
import { readQuery } from '../../src/server/params.ts';

// What the fast-check fuzzers (test/fuzz/import-files.test.ts, test/fuzz/http-query.test.ts) found, each
// replayed with the smallest input that showed it, and the rule it broke.

test('a Latin-1 soft hyphen (byte 0xAD) is named in the encoding error as an escape, never as the hidden character', () => {
  // found by import-files (seed 7, run 613): the bytes AD 4B E4 under IWM.csv
  assert.throws(
    () => decodeText(new Uint8Array([0xad, 0x4b, 0xe4]), 'IWM.csv'),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 1 &&
      e.reason.includes("byte 0xAD at byte offset 0 is not UTF-8, '\\u00AD' in Latin-1") &&
      !hasHidden(e.message),
  );
});

/** The 400 body readQuery's error becomes (src/server/errors.ts). */
function bodyOf(search: string, allowed: string[]) {
  try {
    readQuery(new URL(`http://x/api/events${search}`), allowed);
  } catch (err) {
    return errorBody(err as Parameters<typeof errorBody>[0]).error;
  }
  return null;
}

test('a value with no parameter name (`?=%00`) is a 400 whose JSON names the parameter "" and says what it is', () => {
  // found by http-query (seed 20261130, run 78): /api/events?=%00 answered without error.parameter
  const e = bodyOf('?=%00', []);
  assert.equal(e?.status, 400);
  assert.equal(e?.parameter, '');
  assert.equal(
    e?.message,
    'invalid parameter "": a value with no parameter name ("=\\u0000"); this endpoint takes none',
  );
});

test('a broken percent-escape is a 400 naming the parameter, not a value of replacement characters', () => {
  // found while reading http-query's answers: /api/returns-since?event=%E0%A4%A said '"\uFFFD%A" is not a date'
  const cut = bodyOf('?event=%E0%A4%A', ['event']);
  assert.equal(cut?.parameter, 'event');
  assert.match(
    cut?.message ?? '',
    /^invalid parameter "event": "%E0%A4%A" is not valid percent-encoded UTF-8/,
  );
  assert.equal(bodyOf('?%zz=1', ['event'])?.parameter, '%zz');
  assert.equal(bodyOf('?event=2016-11-08&x=%', ['event', 'x'])?.parameter, 'x');
  assert.equal(bodyOf('?event=2016%2D11%2D08', ['event']), null, 'well-formed escapes are fine');
});
