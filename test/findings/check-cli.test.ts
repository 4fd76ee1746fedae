import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
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
  it('checks a YAML file and prints verdicts with computed values and the command that adds missing data', async () => {
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
      /\[supported\] rut: return of \^RUT since 2016-11-08 through 2016-11-15 8\.95%: supported, 8\.953%/,
    );
    assert.match(
      r.out,
      /\[cannot check\] flows: flow of US small cap in the week after 2016-11-08 \$1\.2bn: cannot check \(no flow data in the store for US small cap's 14 funds \(IJR, IJS, IJT, IWM, IWN, IWO, …\): capgap import --kind etf-flows FILE, where FILE is a CSV of date,ticker,flow in USD, or of date,ticker,shares_outstanding,nav; capgap ships no flow data\)/,
    );
    assert.match(r.out, /2 claims: 1 supported, 1 cannot check/);
  });

  it('checks an article with --text FILE: a table per sentence, --json verdicts, not-quantitative sentences', async () => {
    const file = join(dir, 'article.txt');
    writeFileSync(
      file,
      [
        'The Russell 2000 rose 4.8% over the first two sessions after the election.',
        'Investors cheered.',
        'The smallest 10% beat the largest 10% by 2.5 percentage points in November 2016.',
      ].join(' '),
    );
    const text = await run(['check', '--text', file, '--event', '2016-11-08', '--db', db]);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /\| claim \| stated \| computed \| verdict \| convention \| reproduce \|/);
    // 1251.60999 / 1194.33997 − 1 = 4.795%: from the open of Nov 9 (^RUT.csv); default 1251.60999 / 1195.14001 − 1 = 4.725%
    assert.match(
      text.out,
      /return of \^RUT over 2 sessions after 2016-11-08 4\.8%: supported under another convention: from the open of the first session after the news, 4\.80% \(default convention: 4\.72%\)/,
    );
    assert.match(text.out, /2\. Investors cheered\.\n\s+not a quantitative claim/);
    const r = await run(['check', '--text', file, '--event', '2016-11-08', '--db', db, '--json']);
    const doc = JSON.parse(r.out);
    const verdicts = doc.sentences.flatMap((s: { claims: { verdict: string }[] }) =>
      s.claims.map((c) => c.verdict),
    );
    assert.deepEqual(verdicts, ['supported under another convention', 'supported under another convention']);
    assert.equal(doc.sentences[1].status, 'not a quantitative claim');
    assert.equal(doc.sentences[0].claims[0].readings[0].matches[0].conventions.base, 'open-t0');
    // French monthly EW Nov 2016: 6.98 − 4.46 = 2.52 pp
    assert.equal(doc.sentences[2].claims[0].readings[0].matches[0].conventions.weighting, 'equal');
    assert.match(
      doc.sentences[2].claims[0].readings[0].command,
      /^capgap check --claim '\{metric: spread, .*weighting: equal/,
    );
  });

  it('writes the article back in Markdown with a footnote after each number (--format md)', async () => {
    const file = join(dir, 'md.txt');
    writeFileSync(file, 'The Russell 2000 has returned 8.95% since the election. Nothing else.\n');
    const r = await run([
      'check',
      '--text',
      file,
      '--event',
      '2016-11-08',
      '--to',
      '2016-11-15',
      '--format',
      'md',
      '--db',
      db,
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\[\^1\]/);
    assert.match(
      r.out,
      /\n\[\^1\]: return of \^RUT since 2016-11-08 through 2016-11-15 8\.95%: supported, 8\.953%/,
    );
  });

  it('reproduces a computed value from the command printed beside it (--claim)', async () => {
    const r = await run([
      'check',
      '--claim',
      '{metric: return, subject: "^RUT", event: 2016-11-08, sessions: 2, stated: "4.8%", conventions: {base: open-t0}}',
      '--db',
      db,
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /supported, 4\.80%\n\s+default convention: \^RUT price index: open 2016-11-09 → close 2016-11-10/,
    );
  });

  it('reads the article from stdin with --text -', () => {
    const bin = fileURLToPath(new URL('../../bin/capgap.js', import.meta.url));
    const r = spawnSync(
      process.execPath,
      [bin, 'check', '--text', '-', '--event', '2016-11-08', '--to', '2016-11-15', '--db', db],
      {
        input: 'The Russell 2000 has returned 8.95% since the election.',
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    // 1302.14001 / 1195.14001 − 1 = 8.9529% (^RUT.csv closes of Nov 15 and Nov 8, 2016)
    assert.match(r.stdout, /return of \^RUT since 2016-11-08 through 2016-11-15 8\.95%: supported, 8\.953%/);
  });

  it('takes --event and --to for YAML claims that name neither', async () => {
    const file = join(dir, 'bare.yaml');
    writeFileSync(file, '- {id: bare, metric: return, subject: ^RUT, stated: 4.72%}\n');
    const r = await run(['check', file, '--event', '2016-11-08', '--to', '2016-11-10', '--db', db]);
    // 1251.60999 / 1195.14001 − 1 = 4.725% (^RUT.csv): PROVENANCE's "+4.72%"
    assert.match(r.out, /\[supported\] bare: return of \^RUT since 2016-11-08 through 2016-11-10/);
  });

  it('exits 2 on bad input (a bad --event, no input, an empty article) and 1 when a claim is not supported', async () => {
    const bad = await run(['check', 'x.yaml', '--event', '2016-13-01', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /invalid --event: "2016-13-01"/);
    const none = await run(['check', '--db', db]);
    assert.equal(none.code, 2);
    assert.match(none.err, /give exactly one of/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const e = await run(['check', '--text', empty, '--db', db]);
    assert.equal(e.code, 2);
    assert.match(e.err, /is empty/);
    const fmt = await run(['check', '--text', empty, '--format', 'pdf', '--db', db]);
    assert.equal(fmt.code, 2);
    assert.match(fmt.err, /invalid --format: "pdf"/);
    const file = join(dir, 'wrong.yaml');
    writeFileSync(
      file,
      '- {metric: return, subject: ^RUT, since: 2016-11-08, to: 2016-11-15, stated: 12%}\n',
    );
    const r = await run(['check', file, '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.out, /\[not supported\]/);
  });
});

describe('capgap check --file on an undated wire (sixth round)', () => {
  it('says UNDATED first, says why each claim needing the date is unchecked, and lists them at the end (text and md)', async () => {
    const file = join(dir, 'undated.txt');
    writeFileSync(
      file,
      'NEW YORK, Nov 10 (Reuters) - The Russell 2000 rose 1.6 percent on Thursday.\n\nThe S&P 500 rose 0.2% last week.\n',
    );
    const text = await run(['check', '--file', file, '--db', db]);
    assert.match(
      text.out,
      /^Read as text; the article is UNDATED: its dateline "NEW YORK, Nov 10 \(Reuters\)" gives no year/,
    );
    assert.match(
      text.out,
      /cannot check \(needs the article's date for "on Thursday": the article is undated \(give --to DATE/,
    );
    assert.match(
      text.out,
      /Undated article \("NEW YORK, Nov 10 \(Reuters\)" has no year\): sentences 1, 2 not checked/,
    );
    const md = await run(['check', '--file', file, '--db', db, '--format', 'md']);
    assert.match(md.out, /sentences 1, 2 not checked for want of its date; give --to YYYY-MM-DD/);
  });
  it('a year elsewhere in the body dates it, and the first line says where the year came from', async () => {
    const file = join(dir, 'dated-by-body.txt');
    writeFileSync(
      file,
      'NEW YORK, Nov 10 (Reuters) - The Russell 2000 rose 1.6 percent on Thursday, extending its gains since the 2016 election.\n',
    );
    const r = await run(['check', '--file', file, '--db', db]);
    assert.match(
      r.out,
      /article dated 2016-11-10 from "NEW YORK, Nov 10 \(Reuters\)", its year from "the 2016 election"/,
    );
    // ^RUT 2016-11-09 -> 11-10 +1.58% (round4.py, "Thursday"): the day reads and holds.
    assert.match(r.out, /return of \^RUT from 2016-11-09 to 2016-11-10 \| 1\.6% \| 1\.58% \| supported/);
  });
});
