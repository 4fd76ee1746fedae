import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FolderError, makeFolder } from '../../src/make-folder.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// Flags with values that cannot be used (docs/import.md, "Fuzzing"; README "Exit codes"): one line
// `capgap: …` naming the flag and quoting the value, exit 2 for a malformed value, 1 for a folder that
// cannot be made; never a raw ENOTDIR, a stack trace or a hang (Node's recursive mkdir loops under /proc).
const dir = scratchDir('capgap-hostile-flags-');
const note = join(dir, 'notes.txt');
writeFileSync(note, 'a file\n');

async function oneLine(argv: string[], code: number, message: RegExp): Promise<void> {
  const r = await runCli(argv);
  assert.equal(r.code, code, `${argv.join(' ')}: ${r.err}`);
  assert.match(r.err.trim(), message);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.doesNotMatch(r.err, /\n\s+at |ENOTDIR:|EEXIST:/);
}

describe('makeFolder: missing levels one at a time, a file in the way named', () => {
  it('makes a chain of folders, and is a no-op on one that exists', () => {
    const deep = join(dir, 'a', 'b', 'c');
    makeFolder(deep);
    makeFolder(deep);
    assert.ok(existsSync(deep));
  });
  it('names the file in the way, and the level mkdir refused (ENOENT under /proc, where recursive mkdir looped)', () => {
    assert.throws(
      () => makeFolder(join(note, 'x', 'y')),
      (e: Error) => e instanceof FolderError && /notes\.txt" is a file, not a folder$/.test(e.message),
    );
    assert.throws(
      () => makeFolder('/proc/capgap-nope/x'),
      /cannot make the folder "\/proc\/capgap-nope" \(ENOENT: the file system makes no folder there\)/,
    );
  });
});

describe('capgap report --out that cannot be a folder: exit 1 naming --out', () => {
  it('a path through a file', () =>
    oneLine(
      ['report', '--event', '2016-11-08', '--db', ':memory:', '--out', join(note, 'out')],
      1,
      /^capgap: --out ".*notes\.txt\/out": ".*notes\.txt" is a file, not a folder$/,
    ));
  it('a folder mkdir refuses (/proc)', () =>
    oneLine(
      ['report', '--event', '2016-11-08', '--db', ':memory:', '--out', '/proc/capgap-nope/out'],
      1,
      /^capgap: --out "\/proc\/capgap-nope\/out": cannot make the folder "\/proc\/capgap-nope" \(ENOENT: the file system makes no folder there\)$/,
    ));
});

describe('capgap fetch prices with hostile values: exit 2 naming the flag, before any download', () => {
  const cache = join(dir, 'cache');
  const base = ['fetch', 'prices', 'IWM', '--source', 'stooq', '--cache', 'cached', '--db', ':memory:'];
  const cases: [string[], RegExp][] = [
    [
      ['--from', '2016-02-30', '--cache-dir', cache],
      /^capgap: --from: invalid from date: "2016-02-30"; expected a day YYYY-MM-DD in 1900\.\.2100$/,
    ],
    [['--from', '0000-00-00', '--cache-dir', cache], /--from: invalid from date: "0000-00-00"/],
    [['--to', '99999-01-01', '--cache-dir', cache], /--to: invalid to date: "99999-01-01"/],
    [
      ['--from', '2016-11-09', '--to', '2016-11-01', '--cache-dir', cache],
      /invalid from date: "2016-11-09" is after the to date 2016-11-01/,
    ],
    [
      ['--retries', '2.5', '--cache-dir', cache],
      /^capgap: invalid --retries: "2\.5"; expected a whole number >= 0$/,
    ],
    [['--retries', '1e999', '--cache-dir', cache], /invalid --retries: "1e999"/],
    [
      ['--timeout', '0x10', '--cache-dir', cache],
      /^capgap: invalid --timeout: "0x10"; expected a number >= 0\.001$/,
    ],
    [['--timeout', '-0', '--cache-dir', cache], /invalid --timeout: "-0"/],
    [['--max-age', 'NaN', '--cache-dir', cache], /invalid --max-age: "NaN"/],
    [
      ['--cache-dir', join(note, 'c')],
      /^capgap: invalid --cache-dir: ".*notes\.txt\/c": ".*notes\.txt" is a file, not a folder$/,
    ],
    [
      ['--cache-dir', '/proc/capgap-nope/c'],
      /invalid --cache-dir: "\/proc\/capgap-nope\/c": cannot make the folder "\/proc\/capgap-nope" \(ENOENT: the file system makes no folder there\)/,
    ],
  ];
  for (const [extra, message] of cases)
    it(
      extra
        .filter((a) => a !== cache)
        .join(' ')
        .replace(dir, '$DIR'),
      () => oneLine([...base, ...extra], 2, message),
    );
});

describe('a connector config file ($CAPGAP_CONFIG) that is not a file', () => {
  it('a FIFO is named, never read (reading it waited forever), exit 2', async () => {
    const fifo = join(dir, 'config.fifo');
    execFileSync('mkfifo', [fifo]);
    const before = process.env.CAPGAP_CONFIG;
    process.env.CAPGAP_CONFIG = fifo;
    try {
      await oneLine(
        [
          'fetch',
          'prices',
          'IWM',
          '--source',
          'stooq',
          '--cache',
          'cached',
          '--db',
          ':memory:',
          '--cache-dir',
          join(dir, 'cache'),
        ],
        2,
        /^capgap: .*config\.fifo: is not a regular file/,
      );
    } finally {
      if (before === undefined) delete process.env.CAPGAP_CONFIG;
      else process.env.CAPGAP_CONFIG = before;
    }
  });
});

describe('help for a subcommand', () => {
  it("capgap fetch prices --help shows prices' own options", async () => {
    const r = await runCli(['fetch', 'prices', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /USAGE capgap fetch prices/);
    assert.match(r.out, /--from/);
    assert.match(r.out, /--source/);
  });
});

describe('capgap import --date that is not a day: exit 2 naming --date, whatever the file', () => {
  const vtwo = new URL('../fixtures/import/yahoo/VTWO.csv', import.meta.url).pathname;
  const db = join(dir, 'date.duckdb');
  for (const [value, reason] of [
    ['2016-02-30', 'no such calendar day "2016-02-30"'],
    ['1e309', 'unknown date format "1e309"; expected YYYY-MM-DD or YYYYMMDD'],
    ['0000-00-00', 'no such calendar day "0000-00-00"'],
  ]) {
    it(`--date ${value} with a Yahoo file (which does not use it): ${reason}`, async () => {
      await oneLine(
        ['import', vtwo, '--date', value, '--db', db],
        2,
        new RegExp(`^capgap: invalid --date: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
      assert.equal(existsSync(db), false, 'no store made');
    });
  }
});
