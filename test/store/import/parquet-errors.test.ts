import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../helpers/cli.ts';

// A damaged Parquet file, cut from the embedded real bars (data/bars.parquet), says what is wrong in words:
// exit 1, one line naming the file, never DuckDB's error class ("Invalid Input Error: …") or the path twice.
const BARS = readFileSync(new URL('../../../data/bars.parquet', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'capgap-parquet-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function importBytes(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const r = await runCli(['import', path, '--kind', 'generic', '--db', ':memory:']);
  const lines = r.err.trim().split('\n');
  assert.equal(r.code, 1, r.out);
  assert.equal(lines.length, 1, r.err);
  assert.ok(lines[0].startsWith(`capgap: import failed, nothing written for this file: ${path}: `), lines[0]);
  assert.doesNotMatch(lines[0], /[A-Za-z]+ Error: /, 'DuckDB error class in the message');
  assert.equal(lines[0].split(path).length, 2, 'the path once');
  return lines[0];
}

describe('capgap import on a damaged Parquet file', () => {
  it('a file cut in half has no footer: said in words', async () => {
    const m = await importBytes('cut.parquet', BARS.subarray(0, BARS.length >> 1));
    assert.match(
      m,
      /not a readable Parquet file: no Parquet footer at its end \(the file is cut short, or is not Parquet\)$/,
    );
  });
  it('zeroed data pages under an intact footer: damaged, with DuckDB’s reason', async () => {
    const b = Buffer.from(BARS);
    b.fill(0, 200, 4000);
    const m = await importBytes('zeroed.parquet', b);
    assert.match(m, /not a readable Parquet file: its footer or data pages are damaged \(DuckDB: .+\)$/);
  });
});
