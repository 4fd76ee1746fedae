import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';

// The exit-code rule of src/cli/exit-codes.ts (README "Exit codes"): 1 when the command line is fine but the
// store cannot answer (it says what to import), 2 only for misuse of options and arguments. ':memory:' is a
// fresh store showing the embedded data, which hold French's series and no stock panel.
describe('capgap exit codes: data problems are 1, misuse is 2', () => {
  it('capgap buckets on a store without a stock panel exits 1 and names the import to run', async () => {
    const r = await runCli(['buckets', '--db', ':memory:']);
    assert.equal(r.code, 1, r.err);
    assert.match(
      r.err,
      /^capgap: no stock panel in the store :memory:; import one first: capgap import STOCK_PANEL\.csv\.gz COMPANYLIST\.csv --db :memory:/,
    );
  });
  it('capgap buckets --by sector and capgap sectors say the same, exit 1', async () => {
    for (const argv of [
      ['buckets', '--by', 'sector', '--db', ':memory:'],
      ['sectors', '--event', '2016-11-08', '--db', ':memory:'],
    ]) {
      const r = await runCli(argv);
      assert.equal(r.code, 1, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, /no stock panel in the store :memory:; import one first: capgap import /);
    }
  });
  it('misuse stays 2 on the same store: a malformed value, an unknown option, an impossible combination', async () => {
    const cases: [string[], RegExp][] = [
      [['buckets', '--db', ':memory:', '--scheme', 'halves'], /invalid scheme: "halves"/],
      [['buckets', '--db', ':memory:', '--bogus'], /unknown option "--bogus"/],
      [['buckets', '--db', ':memory:', '--by', 'sector', '--source', 'french'], /--by sector needs stocks/],
      [
        ['buckets', '--db', ':memory:', '--from', '2016-11-12', '--to', '2016-11-13', '--source', 'french'],
        /empty range|no trading day|holds no/,
      ],
    ];
    // an unknown value of an option is misuse too (src/cli/main.ts: "invalid …" or "unknown …" quoting it)
    cases.push([
      ['flows', '--db', ':memory:', '--category', 'nonesuch'],
      /--category: unknown category: "nonesuch"/,
    ]);
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, message);
    }
  });
});
