import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  regressionCases,
  runWays,
  type WaysBench,
  waysBench,
  waysCases,
} from '../../scripts/fuzz-ways-in.ts';

// The API on the embedded dataset, in-process: an even seeded pick of 180 of the ~2,700 hostile GET requests
// (every route of the OpenAPI document, each parameter very long, unicode, NUL, repeated, as an array, out of
// range, an impossible date, and an unknown one) and 20 hostile uploads to POST /api/import (npm run fuzz --
// --target http runs 400). Each ends 2xx, or 4xx with a JSON error naming the parameter (the body for
// uploads, whose message names the file), never 5xx, within 20 s, and a failed upload leaves the store's
// checksum as it was; then the regression cases replay.
let bench: WaysBench;
before(async () => {
  bench = await waysBench();
});
after(() => bench.close());

test('a short HTTP fuzz run (200 seeded hostile requests and uploads) finds no 5xx, no unnamed parameter, no hang', async () => {
  const cases = await waysCases('http', 200, 20161108);
  assert.equal(cases.filter((c) => c.target === 'http upload').length, 20);
  const r = await runWays(bench, cases);
  assert.deepEqual(
    r.findings.map((f) => `${f.result.outcome}: ${f.result.message}`),
    [],
  );
  assert.ok(r.counts.rejected >= 150, JSON.stringify(r.counts));
});

for (const [file, c] of [...regressionCases('http get'), ...regressionCases('http upload')]) {
  test(`HTTP regression ${file} (${c.how}) ends ${c.expect ?? 'accepted or rejected'}`, async () => {
    const r = await bench.run(c);
    if (c.expect) assert.equal(r.outcome, c.expect, r.message);
    else assert.ok(r.outcome === 'accepted' || r.outcome === 'rejected', `${r.outcome}: ${r.message}`);
  });
}
