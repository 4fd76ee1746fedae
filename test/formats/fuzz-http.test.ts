import assert from 'node:assert/strict';
import { waysFuzzSuite } from '../helpers/fuzz-ways.ts';

// The API on the embedded dataset, in-process: an even seeded pick of 180 of the ~2,700 hostile GET requests
// (every route of the OpenAPI document, each parameter very long, unicode, NUL, repeated, as an array, out of
// range, an impossible date, and an unknown one), 20 hostile uploads to POST /api/import and every hostile POST
// body of scripts/fuzz-http-post.ts (JSON that is not an object, Content-Type lies, a byte over the limit, a
// body that stops arriving: 408 or the deadline's 504 after 10 s) (npm run fuzz -- --target http runs 400). Each ends 2xx, or 4xx with a JSON error naming the parameter (the body for
// uploads, whose message names the file), never 5xx, within 20 s, and a failed upload leaves the store's
// checksum as it was; then the regression cases replay.
waysFuzzSuite({
  target: 'http',
  title:
    'a short HTTP fuzz run (200 seeded hostile requests and uploads) finds no 5xx, no unnamed parameter, no hang',
  cases: 200,
  check: (counts, cases) => {
    assert.equal(cases.filter((c) => c.target === 'http upload').length, 20);
    assert.ok(cases.filter((c) => c.target === 'http post').length >= 30);
    assert.ok(counts.rejected >= 150, JSON.stringify(counts));
  },
});
