/**
 * `capgap report` states its data-quality flags in text, --json, Markdown and HTML. The store is the embedded
 * 2016 data (data/PROVENANCE.md) plus one import that hides its ^RUT: the real Yahoo ^RUT rows of
 * test/fixtures/flows/yahoo (2016-10-03 .. 2016-11-18) with the damage of issue 18 — the 2016-11-09 and
 * 2016-11-10 rows removed. On the clean embedded data the same report has no flag at all.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-report-flags-'));
const db = join(dir, 'store.duckdb');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`), isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}

before(async () => {
  const rut = readFileSync(new URL('../../fixtures/flows/yahoo/^RUT.csv', import.meta.url), 'utf8');
  const damaged = rut
    .split('\n')
    .filter((l) => !l.startsWith('2016-11-09') && !l.startsWith('2016-11-10'))
    .join('\n');
  writeFileSync(join(dir, '^RUT.csv'), damaged);
  const r = await run(['import', join(dir, '^RUT.csv'), '--db', db]);
  assert.equal(r.code, 0, r.err);
});
after(() => rmSync(dir, { recursive: true, force: true }));

// hand: the 2016-11-11 close over the 2016-11-08 close of the Yahoo file
const ONE_DAY = 1282.38 / 1195.14001 - 1;

describe('capgap report on ^RUT without 2016-11-09 and 2016-11-10', () => {
  it('--json: one t0 (NYSE 2016-11-09), ^RUT flagged as moved and its "1 day" as spanning 3 sessions', async () => {
    const r = await run(['report', '--event', '2016-11-08', '--json', '--db', db]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.t0, '2016-11-09');
    assert.equal(j.baseDate, '2016-11-08');
    const rut = j.indices.find((i: { id: string }) => i.id === '^RUT');
    assert.ok(Math.abs(rut.returns[0].value - ONE_DAY) < 1e-9);
    const kinds = j.flags.map(
      (f: { kind: string; series: string; effect: string }) => `${f.kind}/${f.effect}`,
    );
    assert.deepEqual(kinds, ['t0-moved/moved', 'missing-session/spans-sessions', 'ends-early/withheld']);
    const gap = j.flags[1];
    assert.equal(gap.series, '^RUT');
    assert.deepEqual(gap.dates, ['2016-11-09', '2016-11-10']);
    assert.match(
      gap.detail,
      /the '1 day' figure is from the 2016-11-08 close to the 2016-11-11 close, 3 NYSE sessions, not 1/,
    );
    // the size section keeps the NYSE t0: its first session is 2016-11-09, as the header says
    assert.equal(j.size.sessions[0], '2016-11-09');
  });

  it('text: the header states the NYSE t0, the flags follow it, and the flagged figures carry "!"', async () => {
    const r = await run(['report', '--event', '2016-11-08', '--db', db]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.match(lines[0], /t0 = 2016-11-09, base = close of 2016-11-08/);
    assert.match(lines[1], /^Data quality \(3 flags/);
    assert.match(r.out, /! \^RUT has no bars for 2016-11-09 and 2016-11-10/);
    assert.match(r.out, new RegExp(`Russell 2000\\s+\\+${(ONE_DAY * 100).toFixed(2)}%!`));
  });

  it('Markdown and HTML: a "Data quality" section before the findings', async () => {
    const md = await run(['report', '--event', '2016-11-08', '--format', 'md', '--db', db]);
    assert.equal(md.code, 0, md.err);
    const at = md.out.indexOf('## Data quality');
    assert.ok(at > 0 && at < md.out.indexOf('## Headline findings'));
    assert.match(
      md.out,
      /- \*\*missing-session\*\* \(\^RUT\): \^RUT has no bars for 2016-11-09 and 2016-11-10/,
    );
    const html = await run(['report', '--event', '2016-11-08', '--format', 'html', '--db', db]);
    assert.match(html.out, /<section class="flags"><h2>Data quality<\/h2>/);
    assert.match(
      html.out,
      /<li data-kind="t0-moved"><strong>t0-moved<\/strong>: \^RUT has no bar on 2016-11-09/,
    );
  });
});

describe('capgap report on the clean embedded data', () => {
  it('raises no flag for the 2016 election (zero false alarms), in JSON and in Markdown', async () => {
    const j = JSON.parse((await run(['report', '--event', '2016-11-08', '--json', '--db', ':memory:'])).out);
    assert.deepEqual(j.flags, []);
    assert.equal(j.t0, '2016-11-09');
    const md = await run(['report', '--event', '2016-11-08', '--format', 'md', '--db', ':memory:']);
    assert.ok(!md.out.includes('## Data quality'));
  });
});
