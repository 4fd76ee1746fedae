import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  regressionCases,
  runWays,
  type WaysBench,
  waysBench,
  waysCases,
} from '../../scripts/fuzz-ways-in.ts';

// Every command and `fetch` subcommand, in-process on a scratch store: an unknown option, each string option
// without a value, empty, and given twice (all of them: they fail before the command runs), and 30 seeded
// hostile values (impossible dates, 1e400, NaN, very long, unicode; npm run fuzz -- --target args runs 400).
// Misuse ends with exit 2 and one line naming the option; an error quoting the value given names its option;
// no JavaScript fault reaches the user. Then the regression cases replay.
let bench: WaysBench;
before(async () => {
  bench = await waysBench();
});
after(() => bench.close());

test('a short CLI option fuzz run finds no crash, no unnamed option, no hang', async () => {
  const cases = await waysCases('args', 30, 20161108);
  const r = await runWays(bench, cases);
  assert.deepEqual(
    r.findings.map((f) => `${f.result.outcome}: ${f.result.message}`),
    [],
  );
  assert.ok(r.counts.rejected > 400, JSON.stringify(r.counts));
});

for (const [file, c] of regressionCases('args')) {
  test(`CLI regression ${file} (${c.how}) ends ${c.expect ?? 'accepted or rejected'}`, async () => {
    const r = await bench.run(c);
    if (c.expect) assert.equal(r.outcome, c.expect, r.message);
    else assert.ok(r.outcome === 'accepted' || r.outcome === 'rejected', `${r.outcome}: ${r.message}`);
  });
}
