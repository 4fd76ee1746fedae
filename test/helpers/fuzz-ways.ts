/**
 * The shape every ways-in fuzz test shares (test/formats/fuzz-import|http|args.test.ts): one bench, a short
 * seeded run of a target that must find nothing, then each regression case of test/fixtures/fuzz/ways-in/
 * for the target replayed to its expected outcome.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  regressionCases,
  runWays,
  type WayCase,
  type WaysBench,
  waysBench,
  waysCases,
} from '../../scripts/fuzz-ways-in.ts';

/** Registers the run and the replays; `check` asserts on the run's counts and cases. */
export function waysFuzzSuite(o: {
  target: 'import' | 'http' | 'args';
  /** The test's name, a sentence. */
  title: string;
  cases: number;
  parallel?: number;
  check: (counts: Record<string, number>, cases: WayCase[]) => void;
}): void {
  let bench: WaysBench;
  before(async () => {
    bench = await waysBench();
  });
  after(() => bench.close());
  test(o.title, async () => {
    const cases = await waysCases(o.target, o.cases, 20161108);
    const r = await runWays(bench, cases, o.parallel ?? 1);
    assert.deepEqual(
      r.findings.map((f) => `${f.case.how ?? ''} ${f.result.outcome}: ${f.result.message}`),
      [],
    );
    o.check(r.counts, cases);
  });
  const targets: WayCase['target'][] =
    o.target === 'http' ? ['http get', 'http upload', 'http post'] : [o.target];
  for (const [file, c] of targets.flatMap(regressionCases)) {
    test(`${o.target} regression ${file} (${c.how}) ends ${c.expect ?? 'accepted or rejected'}`, async () => {
      const r = await bench.run(c);
      if (c.expect) assert.equal(r.outcome, c.expect, r.message);
      else assert.ok(r.outcome === 'accepted' || r.outcome === 'rejected', `${r.outcome}: ${r.message}`);
    });
  }
}
