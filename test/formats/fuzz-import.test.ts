import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  regressionCases,
  runWays,
  type WaysBench,
  waysBench,
  waysCases,
} from '../../scripts/fuzz-ways-in.ts';

// `capgap import FILE` as a child process on a scratch copy of a store holding real fixtures (^RUT, the 2016
// GICS file): every named damage of scripts/fuzz-hostile-files.ts once (round-robin over the 8 real seeds) and
// 4 seeded random ones (npm run fuzz -- --target import runs 400). Each ends accepted, or rejected with exit
// 1/2, one line naming the file, no stack trace and every table's checksum unchanged; then every regression
// case in test/fixtures/fuzz/ways-in/ replays to its expected outcome.
let bench: WaysBench;
before(async () => {
  bench = await waysBench();
});
after(() => bench.close());

test('a short import fuzz run (28 seeded hostile files) finds no crash, no changed store, no hang', async () => {
  const cases = await waysCases('import', 28, 20161108);
  assert.equal(cases.length, 28);
  const r = await runWays(bench, cases, 2);
  assert.deepEqual(
    r.findings.map((f) => `${f.case.how}: ${f.result.outcome}: ${f.result.message}`),
    [],
  );
  // most damages make the file unreadable: the fuzzer reaches the error paths, not only the happy one
  assert.ok(r.counts.rejected >= 20, JSON.stringify(r.counts));
});

for (const [file, c] of regressionCases('import')) {
  test(`import regression ${file} (${c.how}) ends ${c.expect ?? 'accepted or rejected'}`, async () => {
    const r = await bench.run(c);
    if (c.expect) assert.equal(r.outcome, c.expect, r.message);
    else assert.ok(r.outcome === 'accepted' || r.outcome === 'rejected', `${r.outcome}: ${r.message}`);
  });
}
