import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Store } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';

// Property-based fuzzing (fast-check, seeded, bounded) of the paths a command line names: `--db`, the files
// to import and `--set`, each one of a real fixture file, an empty file, a folder, a FIFO, a loop of
// symbolic links, a missing file, a path through a file, a folder mkdir refuses (/proc), a name holding glob
// characters, or a store that is a text file. Every run exits 0, 1 or 2 with at most one line on stderr,
// `capgap: …`, no stack trace and no raw DuckDB or Node error; nothing hangs on the FIFO; a refused import
// leaves the store's checksum as it was.
const dir = scratchDir('capgap-fuzz-paths-');
const RUT = fileURLToPath(new URL('../fixtures/import/yahoo/^RUT.csv', import.meta.url));
const P: Record<string, string> = {
  rut: join(dir, '^RUT.csv'),
  globbed: join(dir, '*.csv'),
  empty: join(dir, 'empty.csv'),
  folder: join(dir, 'folder'),
  fifo: join(dir, 'fifo.csv'),
  loop: join(dir, 'loop-a'),
  missing: join(dir, 'missing.csv'),
  through: join(dir, 'note.txt', 'x'),
  proc: '/proc/capgap-nope/x',
  note: join(dir, 'note.txt'),
  events: join(dir, 'events.csv'),
};
const store = join(dir, 'store.duckdb');
before(async () => {
  copyFileSync(RUT, P.rut);
  copyFileSync(RUT, P.globbed);
  writeFileSync(P.empty, '');
  mkdirSync(P.folder);
  execFileSync('mkfifo', [P.fifo]);
  symlinkSync(join(dir, 'loop-b'), P.loop);
  symlinkSync(P.loop, join(dir, 'loop-b'));
  writeFileSync(P.note, 'not a store\n');
  writeFileSync(P.events, 'date,label\n2016-11-08,a\n2016-06-23,b\n');
  (await Store.open(store)).close();
});
after(() => undefined);

const files = Object.keys(P);
const dbs = [...files.filter((f) => f !== 'rut' && f !== 'events'), 'store', 'memory'];
const dbPath = (k: string) => (k === 'store' ? store : k === 'memory' ? ':memory:' : P[k]);

async function checksum(): Promise<string> {
  const s = await Store.open(store, { readOnly: true });
  try {
    return await storeChecksum(s);
  } finally {
    s.close();
  }
}

describe('commands naming hostile paths', () => {
  it('exit 0, 1 or 2 with one clean line; a refused import changes nothing', async () => {
    const codes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('import', 'datasets', 'compare-events'),
        fc.constantFrom(...files),
        fc.constantFrom(...dbs),
        async (cmd, f, db) => {
          const argv =
            cmd === 'import'
              ? ['import', P[f], '--db', dbPath(db)]
              : cmd === 'datasets'
                ? ['datasets', '--db', dbPath(db)]
                : ['compare-events', '--set', P[f], '--db', dbPath(db)];
          const before = db === 'store' ? await checksum() : '';
          const r = await runCli(argv);
          codes[r.code] = (codes[r.code] ?? 0) + 1;
          assert.ok([0, 1, 2].includes(r.code), `${argv.join(' ')}: ${r.code}`);
          if (r.code !== 0) {
            const lines = r.err.trim().split('\n');
            assert.equal(lines.length, 1, r.err);
            assert.match(lines[0], /^capgap: /);
            assert.doesNotMatch(
              lines[0],
              /IO Error|Binder Error|EISDIR:|EEXIST:|TypeError|\bat \/|\(E[A-Z]+\)/,
              lines[0],
            );
            if (db === 'store' && cmd === 'import') assert.equal(await checksum(), before, argv.join(' '));
          }
        },
      ),
      {
        seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
        numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 40),
      },
    );
    if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('exit codes', JSON.stringify(codes));
  });
});
