import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { Store } from '../../src/store/store.ts';
import { loadRealRows } from './real-rows.ts';

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'capgap-check-'));
  db = join(dir, 'store.duckdb');
  const store = await Store.open(db);
  await loadRealRows(store); // real ^RUT/^GSPC/IWM and French rows (see real-rows.ts for their files)
  store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('capgap check', () => {
  it('checks a YAML file and prints verdicts with computed values and sources', async () => {
    const file = join(dir, 'claims.yaml');
    writeFileSync(
      file,
      [
        'event: 2016-11-08',
        'claims:',
        '  - {id: rut, metric: return, subject: ^RUT, to: 2016-11-15, stated: 8.95%}',
        '  - {id: flows, metric: flow, subject: US small cap, stated: $1.2 billion}',
      ].join('\n'),
    );
    const r = await run(['check', file, '--db', db]);
    assert.equal(r.code, 0, r.err);
    // 1302.14001 / 1195.14001 − 1 = 8.9529% (^RUT.csv closes of Nov 15 and Nov 8, 2016)
    assert.match(
      r.out,
      /\[supported\] rut: return of \^RUT since 2016-11-08 through 2016-11-15; stated 8\.950% .*\n\s+computed 8\.953%/,
    );
    assert.match(r.out, /yahoo\/\^RUT \(2022-11-18\)/);
    assert.match(r.out, /\[cannot evaluate\] flows:[^\n]*\n\s+no flow data in the store/);
    assert.match(r.out, /2 claims: 1 supported, 1 cannot evaluate/);
  });

  it('checks sentences with --text --event, reporting ambiguous lines and --json verdicts', async () => {
    const file = join(dir, 'claims.txt');
    writeFileSync(
      file,
      [
        'The Russell 2000 rose 4.8% over the first two sessions after the election',
        'Small caps beat the market by 6% over three days',
        'The smallest 10% beat the largest 10% by 2.5 percentage points in November 2016',
      ].join('\n'),
    );
    const r = await run(['check', file, '--text', '--event', '2016-11-08', '--db', db, '--json']);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.deepEqual(
      doc.verdicts.map((v: { verdict: string }) => v.verdict),
      ['supported under another convention', 'ambiguous', 'supported under another convention'],
    );
    // 1251.60999 / 1194.33997 − 1 = 4.795%: from the open of Nov 9 (^RUT.csv)
    assert.equal(doc.verdicts[0].matches[0].conventions.base, 'open-t0');
    // French monthly EW Nov 2016: 6.98 − 4.46 = 2.52 pp
    assert.equal(doc.verdicts[2].matches[0].conventions.weighting, 'equal');
  });

  it('takes --event and --to for YAML claims that name neither', async () => {
    const file = join(dir, 'bare.yaml');
    writeFileSync(file, '- {id: bare, metric: return, subject: ^RUT, stated: 4.72%}\n');
    const r = await run(['check', file, '--event', '2016-11-08', '--to', '2016-11-10', '--db', db]);
    // 1251.60999 / 1195.14001 − 1 = 4.725% (^RUT.csv): PROVENANCE's "+4.72%"
    assert.match(r.out, /\[supported\] bare: return of \^RUT since 2016-11-08 through 2016-11-10/);
  });

  it('fails with exit 2 naming a bad --event, and exit 1 under --strict when a claim is not supported', async () => {
    const bad = await run(['check', 'x.yaml', '--event', '2016-13-01', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /invalid --event: "2016-13-01"/);
    const file = join(dir, 'wrong.yaml');
    writeFileSync(
      file,
      '- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-15, stated: 12%}\n',
    );
    const r = await run(['check', file, '--db', db, '--strict']);
    assert.equal(r.code, 1);
    assert.match(r.out, /\[not supported\]/);
  });
});
