import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Store } from '../../src/store/store.ts';
import { prepareStorePath, StoreOpenError, storeOpenReason } from '../../src/store/store-path.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// A --db path that cannot be a store is one line naming the path and why (src/store/store-path.ts), exit 1,
// and the path is left as it was: never a raw DuckDB "IO Error", a stack trace or a hang.
const dir = scratchDir('capgap-store-path-');
const note = join(dir, 'notes.txt');
writeFileSync(note, 'not a store\n');
const folder = join(dir, 'a-folder');
mkdirSync(folder);
const loop = join(dir, 'loop-a');
symlinkSync(join(dir, 'loop-b'), loop);
symlinkSync(loop, join(dir, 'loop-b'));
const fifo = join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);

describe('prepareStorePath and Store.open refuse a path that cannot be a store, naming it', () => {
  const cases: [string, string, boolean, RegExp][] = [
    ['a folder', folder, true, /is a folder; expected a store file/],
    ['a folder, read-only', folder, false, /is a folder/],
    ['a FIFO', fifo, false, /is not a regular file \(a FIFO, socket or device\)/],
    ['a symbolic-link loop', loop, true, /a loop of symbolic links/],
    ['a path through a file', join(note, 'capgap.duckdb'), true, /notes\.txt" is a file, not a folder/],
    ['a path through a file, read-only', join(note, 'capgap.duckdb'), false, /is a file, not a folder/],
    // mkdir answers ENOENT under /proc, which exists: Node's recursive mkdir looped there forever
    [
      'a folder that cannot be made (/proc)',
      '/proc/capgap-nope/x.duckdb',
      true,
      /cannot make the folder "\/proc\/capgap-nope" \(ENOENT\)/,
    ],
    ['the empty path', '', true, /an empty path/],
  ];
  for (const [what, path, writing, reason] of cases) {
    it(`${what}: StoreOpenError ${reason}`, async () => {
      assert.throws(
        () => prepareStorePath(path, writing),
        (e: Error) => e instanceof StoreOpenError && reason.test(e.message),
      );
      await assert.rejects(
        Store.open(path, { readOnly: !writing }),
        (e: Error) => e instanceof StoreOpenError && reason.test(e.message),
      );
    });
  }

  it('an existing file that is not DuckDB is refused and left byte for byte as it was', async () => {
    await assert.rejects(
      Store.open(note),
      /not a DuckDB store: the file exists but is not a DuckDB database/,
    );
    await assert.rejects(Store.open(note, { readOnly: true }), /not a DuckDB store/);
    assert.equal(readFileSync(note, 'utf8'), 'not a store\n');
  });

  it('makes a missing folder chain one level at a time, then opens', async () => {
    const deep = join(dir, 'x', 'y', 'z', 'store.duckdb');
    const store = await Store.open(deep);
    store.close();
    assert.ok(existsSync(deep));
  });

  it("storeOpenReason puts DuckDB's messages in a reader's words", () => {
    assert.equal(
      storeOpenReason('IO Error: The file "/x" exists, but it is not a valid DuckDB database file!'),
      'not a DuckDB store: the file exists but is not a DuckDB database (capgap never overwrites it)',
    );
    assert.equal(
      storeOpenReason('IO Error: Could not read from file "x": Is a directory'),
      'is a folder; expected a store file',
    );
    assert.equal(storeOpenReason('IO Error: Cannot open file "/x": Permission denied'), 'permission denied');
    assert.equal(storeOpenReason('IO Error: something new\nmore'), 'cannot open it (DuckDB: something new)');
  });
});

describe('capgap with a --db that cannot be a store: one line naming --db and the value, exit 1', () => {
  const cases: [string[], RegExp][] = [
    [
      ['datasets', '--db', note],
      /^capgap: --db ".*notes\.txt": not a DuckDB store: the file exists but is not a DuckDB database/,
    ],
    [['report', '--event', '2016-11-08', '--db', note], /^capgap: --db ".*notes\.txt": not a DuckDB store/],
    [['import', note, '--db', folder], /^capgap: --db ".*a-folder": is a folder; expected a store file/],
    [['datasets', '--db', fifo], /^capgap: --db ".*fifo": is not a regular file/],
    [['datasets', '--db', loop], /^capgap: --db ".*loop-a": the path is a loop of symbolic links/],
    [
      ['import', note, '--db', '/proc/capgap-nope/x.duckdb'],
      /^capgap: --db "\/proc\/capgap-nope\/x\.duckdb": cannot make the folder/,
    ],
    [
      ['import', note, '--db', join(note, 'x.duckdb')],
      /^capgap: --db ".*": ".*notes\.txt" is a file, not a folder/,
    ],
  ];
  for (const [argv, message] of cases) {
    it(`capgap ${argv.map((a) => a.replace(dir, '$DIR')).join(' ')}`, async () => {
      const r = await runCli(argv);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.doesNotMatch(r.err, /IO Error| {4}at /);
    });
  }
  it('names $CAPGAP_DB when the path came from it', async () => {
    const before = process.env.CAPGAP_DB;
    process.env.CAPGAP_DB = note;
    try {
      const r = await runCli(['datasets']);
      assert.equal(r.code, 1);
      assert.match(r.err, /^capgap: \$CAPGAP_DB ".*notes\.txt": not a DuckDB store/);
    } finally {
      if (before === undefined) delete process.env.CAPGAP_DB;
      else process.env.CAPGAP_DB = before;
    }
  });
});
