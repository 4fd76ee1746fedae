import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { importBody } from '../../../src/server/routes/import-run.ts';
import { ETF_REGISTRY_FILE, readEtfRegistryFile } from '../../../src/store/etf-registry.ts';
import { ImportError, importFile } from '../../../src/store/import/index.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

// The rule (docs/import.md, "Reading a file"): a gzip is recognised by its magic bytes (1f 8b), whatever its
// name says, and inflated by zlib under the limits of src/formats/limits.ts, on every way in (capgap import,
// POST /api/import, a --registry file). The reference is the plain real fixture: the gzipped copy must store
// exactly its rows (the writer refuses a stored key with a different value, so `new 0` means the same values).

let dir = '';
let store: Store;
withScratchStore(
  'capgap-gzip-',
  (s) => {
    ({ store, dir } = s);
  },
  async (s) => {
    await importFile(s, fixture('yahoo/^RUT.csv')); // 47 real daily bars, 2016-10-25 .. 2016-12-30
  },
);

const RUT = readFileSync(fixture('yahoo/^RUT.csv'));

function put(sub: string, name: string, bytes: Uint8Array): string {
  mkdirSync(join(dir, sub), { recursive: true });
  const path = join(dir, sub, name);
  writeFileSync(path, bytes);
  return path;
}

test('a gzipped CSV imports as its plain text whether its name says .gz (prices.csv.gz) or not (^RUT.csv)', async () => {
  for (const [sub, name] of [
    ['named-gz', 'prices.csv.gz'],
    ['name-lies', '^RUT.csv'],
  ]) {
    const path = put(sub, name, gzipSync(RUT));
    const s = await importFile(store, path, { ticker: '^RUT' });
    assert.equal(s.kind, 'yahoo', name);
    assert.equal(s.rowsRead, 47, name);
    assert.equal(s.stored.bars, 47, name);
    assert.equal(s.added.bars ?? 0, 0, `${name}: the same 47 bars as the plain file`);
  }
});

test('a gzip cut short under a plain name is a corrupt-gzip error naming the file; the store is unchanged', async () => {
  const gz = gzipSync(RUT);
  const path = put('cut', '^RUT.csv', gz.subarray(0, gz.length - 40));
  const before = await storeChecksum(store);
  await assert.rejects(
    importFile(store, path),
    (e: unknown) =>
      e instanceof ImportError &&
      e.file === path &&
      /^corrupt gzip: the data ends early at byte \d+/.test(e.reason),
  );
  assert.equal(await storeChecksum(store), before);
});

test('an uploaded gzip body (POST /api/import) stores the same rows as the plain file', async () => {
  const s = await importBody(store.writer(), gzipSync(RUT), { kind: 'yahoo', name: '^RUT.csv' });
  assert.equal(s.rowsRead, 47);
  assert.equal(s.added.bars ?? 0, 0);
});

test('a gzipped ETF registry (--registry) reads as the shipped plain one', () => {
  const path = put('registry', 'etfs.csv', gzipSync(readFileSync(ETF_REGISTRY_FILE)));
  assert.deepEqual(readEtfRegistryFile(path), readEtfRegistryFile());
});
