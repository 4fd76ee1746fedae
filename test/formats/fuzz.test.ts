import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { runFuzz, TARGETS } from '../../scripts/fuzz-targets.ts';

// The fuzzer's short budget (npm run fuzz runs 120,000 cases): every parser, the byte decoder, the date and
// number readers and the claim number reader end each case in an allowed outcome (accepted with values that
// pass the rule set, or a clean ImportError); then every regression fixture in test/fixtures/fuzz/ (crashers
// and rule breakers found by the fuzzer or by hand) replays to an allowed outcome.
test('a short fuzz run (3,000 seeded cases) finds no crash and no value that breaks the rule set', () => {
  const r = runFuzz({ cases: 3000, seconds: 20, seed: 20161108, batch: 200 });
  assert.ok(r.cases >= 3000, `${r.cases} cases`);
  assert.deepEqual(r.findings, []);
  const total = Object.values(r.counts).reduce((a, c) => a + c.accepted + c.rejected, 0);
  assert.equal(total, r.cases);
  for (const [name, c] of Object.entries(r.counts)) assert.ok(c.rejected > 0, `${name} never rejected`);
});

const dir = new URL('../fixtures/fuzz/', import.meta.url);
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
  const { target, input } = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as {
    target: string;
    input: string;
  };
  test(`fuzz regression ${f} (${target}) ends in an allowed outcome`, () => {
    const t = TARGETS.find((x) => x.name === target);
    assert.ok(t, `no target ${target}`);
    const r = t.run(input);
    assert.ok(r.outcome === 'accepted' || r.outcome === 'rejected', `${r.outcome}: ${r.message}`);
  });
}
