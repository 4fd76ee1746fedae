/**
 * The sector commands run in-process on a store file built from the real fixtures: `capgap buckets --by
 * sector`, `capgap sectors`, `capgap instruments` and `--inception`, with the lines a reader relies on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.ts';
import { writePanelStore } from '../helpers/fixture-stores.ts';

const _fx = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'capgap-sectors-'));
const db = join(dir, 'store.duckdb');

const run = (args: string[]) => runCli([...args, '--db', db]);

describe('capgap sectors, buckets --by sector, instruments (real fixtures)', () => {
  before(async () => {
    await writePanelStore(db);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('capgap buckets --by sector --within sector prints the cells and states the breakpoint choice', async () => {
    const r = await run([
      'buckets',
      '--by',
      'sector',
      '--within',
      'sector',
      '--scheme',
      'terciles',
      '--formation',
      '2016-11-08',
      '--from',
      '2016-11-09',
      '--to',
      '2016-11-30',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^sector × terciles, value-weighted, 2016-11-09 \.\. 2016-11-30 \(15 days\)/);
    assert.match(r.out, /breakpoints within each sector/);
    assert.match(r.out, /sector coverage: \d+ eligible stocks: \d+ GICS, \d+ NASDAQ mapped to GICS/);
    assert.match(r.out, /\nIndustrials\s+-?\d+\.\d\d% \(\d+\)/);
    const j = await run([
      'buckets',
      '--by',
      'sector',
      '--scheme',
      'terciles',
      '--formation',
      '2016-11-08',
      '--from',
      '2016-11-09',
      '--to',
      '2016-11-15',
      '--json',
    ]);
    const s = JSON.parse(j.out);
    assert.equal(s.within, 'universe');
    assert.deepEqual(s.labels, ['T1', 'T2', 'T3']);
    assert.equal(s.returns.length, 5);
  });

  test('capgap sectors prints the ranking, the decomposition summing to the spread, and the sector-neutral spread', async () => {
    const r = await run(['sectors', '--event', '2016-11-08', '--window', '0,4']);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /^Sectors around 2016-11-08, window \[0,4\] \(2016-11-08 close to 2016-11-15 close\), terciles by size/,
    );
    assert.match(r.out, /\n1 {4}Financials/);
    const m = /T1 (-?[\d.]+)% minus T3 (-?[\d.]+)% = \+?(-?[\d.]+) pp \(value-weighted\)/.exec(r.out);
    assert.ok(m, 'the value-weighted spread line');
    const sum = /\n {2}sum\s+\+?(-?[\d.]+)\n/.exec(r.out);
    assert.equal(sum?.[1], m[3], 'the printed sum equals the printed spread');
    assert.match(r.out, /sector-neutral spread \(both legs on the same sector weights\): [+-]\d+\.\d\d pp/);
    const map = await run(['sectors', '--mapping']);
    assert.match(map.out, /Capital Goods\s+→ Industrials/);
  });

  test('capgap instruments lists funds, says which exposures have none, and audits inceptions', async () => {
    const r = await run([
      'instruments',
      '--exposure',
      'US industrials',
      '--event',
      '2016-11-08',
      '--window',
      '0,14',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\nXLI\s+exact\s+US industrials\s+7\.22%/); // 61.176 / 57.058 − 1 (xli.us.txt closes)
    assert.match(r.out, /\nPSCI\s+narrower .* no prices/);
    assert.match(r.out, /no fund in the registry for: US mid cap industrials; US large cap industrials/);
    const inc = await run(['instruments', '--inception']);
    // The store holds the fixture's bars and (opened by the CLI) the embedded dataset: no date is contradicted.
    assert.match(inc.out, /\nXLI\s+1998-12-16\s+\d{4}-\d\d-\d\d\s+(consistent|data start later)/);
    assert.doesNotMatch(inc.out, /contradicted/);
    assert.match(inc.out, /\nSCHA\s+2009-11-03\s+-\s+no bars\s+unverified/);
  });
});
