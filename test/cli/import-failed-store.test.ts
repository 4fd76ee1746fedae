/**
 * A failed `capgap import` leaves the store as it found it: with no store before, no store file (nor its
 * .wal) after; with one, the same bytes. Files are the shipped VTWO fixture and copies of it with one cell
 * broken (the reference is the file itself: its sha256 before and after).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

const VTWO = fileURLToPath(new URL('../fixtures/import/yahoo/VTWO.csv', import.meta.url));
const dir = scratchDir('capgap-failed-store-');
const lines = readFileSync(VTWO, 'utf8').split('\n');

/** VTWO.csv with line `n` (1-based) replaced. */
function vtwoWith(name: string, n: number, line: string): string {
  const copy = [...lines];
  copy[n - 1] = line;
  const path = join(dir, name);
  writeFileSync(path, copy.join('\n'));
  return path;
}

function quiet(): CliIO & { stderr: string[] } {
  const stderr: string[] = [];
  return { stderr, out: () => {}, err: (t) => void stderr.push(t), isTTY: false };
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('a failed capgap import and the store file', () => {
  const badDate = vtwoWith(
    'VTWO.csv',
    3,
    '2016-02-30,48.18,48.494999,47.915001,48.025002,44.156921,124600,x',
  );

  it('leaves no store file and no .wal when there was no store before', async () => {
    const db = join(dir, 'new', 'store.duckdb');
    const io = quiet();
    assert.equal(await main(['import', badDate, '--db', db], io), 1);
    assert.match(io.stderr.join('\n'), /VTWO\.csv:3: column "Date": no such calendar day "2016-02-30"/);
    assert.equal(existsSync(db), false);
    assert.equal(existsSync(`${db}.wal`), false);
    assert.deepEqual(readdirSync(join(dir, 'new')), []);
  });

  it('keeps the store when an earlier file of the same command was imported', async () => {
    const db = join(dir, 'kept.duckdb');
    assert.equal(await main(['import', VTWO, badDate, '--db', db], quiet()), 1);
    assert.equal(existsSync(db), true);
  });

  it('leaves an existing store byte for byte as it was (a bad cell, a key the store holds with another value)', async () => {
    const db = join(dir, 'old.duckdb');
    assert.equal(await main(['import', VTWO, '--db', db], quiet()), 0);
    const before = sha(db);
    const wal = existsSync(`${db}.wal`);
    const io = quiet();
    assert.equal(await main(['import', badDate, '--db', db], io), 1);
    assert.equal(sha(db), before);
    // the same key (VTWO, 2016-10-26) with a close of 49 instead of 48.025002
    const clash = vtwoWith('VTWO.csv', 3, '2016-10-26,48.18,48.494999,47.915001,49,44.156921,124600,x');
    const io2 = quiet();
    assert.equal(await main(['import', clash, '--db', db], io2), 1);
    assert.match(io2.stderr.join('\n'), /VTWO\.csv:3: column "close": the store already holds key/);
    assert.equal(sha(db), before);
    assert.equal(existsSync(`${db}.wal`), wal);
  });
});
