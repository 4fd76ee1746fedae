import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// `capgap check --file` reads an article like an import reads a file: what it cannot read is named, exit 2,
// and it never waits on a FIFO. The one sentence is checked against the embedded data only when it is read.
const dir = scratchDir('capgap-check-input-');
const sentence = 'The Russell 2000 rose 3.1% on Nov. 9, 2016.';
const check = (file: string) => runCli(['check', '--file', file, '--to', '2016-11-10', '--db', ':memory:']);

describe('capgap check --file: the file read', () => {
  it('refuses a FIFO, a folder and a missing file by name, without reading', async () => {
    const fifo = join(dir, 'article.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const [file, why] of [
      [fifo, /is not a regular file; expected a text, HTML or Markdown file/],
      [dir, /is a folder/],
      [join(dir, 'none.txt'), /no such file/],
    ] as const) {
      const r = await check(file);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /cannot read the article "/);
      assert.match(r.err, why);
    }
  });
  it('refuses UTF-16 and Latin-1 bytes, naming the encoding (they were read as garbled text, exit 0)', async () => {
    const u16 = join(dir, 'u16.txt');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]));
    const r = await check(u16);
    assert.equal(r.code, 2);
    assert.match(r.err, /UTF-16 LE/);
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(
      latin1,
      Buffer.from('Caf\xe9 owners: the Russell 2000 rose 3.1% on Nov. 9, 2016.', 'latin1'),
    );
    const l = await check(latin1);
    assert.equal(l.code, 2);
    assert.match(l.err, /not UTF-8|UTF-8/);
  });
  it('reads a gzipped article like the plain one (^RUT +3.10% on 9 Nov 2016: PROVENANCE.md section 2)', async () => {
    const gz = join(dir, 'article.txt.gz');
    writeFileSync(gz, gzipSync(sentence));
    const r = await check(gz);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /supported/);
  });
});
