/**
 * A kind parsed whole (French, companylist, GICS, ETF registry, generic long) takes about 30 times its text in
 * memory, so its text is capped at `maxWholeBytes` (64 MiB; --max-bytes raises it): past it, a clear error and
 * the store unchanged, where a 200 MB generic long file grew past 4.5 GB of memory. Streamed kinds are not
 * bound by it. Files: the real French daily factors and NYSE companylist fixtures and Yahoo's VTWO; the limit
 * is set to 1,000 bytes here so the fixtures pass it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { importFile } from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { scratchDir } from '../../helpers/scratch-dir.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixture } from './helpers.ts';

const dir = scratchDir('capgap-whole-limit-');
const limits = { maxWholeBytes: 1000 };

async function refused(path: string, reason: string): Promise<void> {
  const store = await Store.open(':memory:');
  try {
    const before = await storeChecksum(store);
    await assert.rejects(importFile(store, path, { limits }), { message: `${path}: ${reason}` });
    assert.equal(await storeChecksum(store), before);
  } finally {
    store.close();
  }
}

describe('the text of a file parsed whole is capped (maxWholeBytes)', () => {
  it('a French file over the cap is refused, naming the limit and --max-bytes', () =>
    refused(
      fixture('F-F_Research_Data_Factors_daily_vintage202604.CSV'),
      'file too large (limit 1000 bytes; --max-bytes to raise)',
    ));

  it('a gzipped companylist over the cap is refused once inflated past it', () => {
    const path = join(dir, 'companylist_NYSE_2016-09-21.csv.gz');
    writeFileSync(path, gzipSync(readFileSync(fixture('companylist_NYSE_2016-09-21.csv'))));
    return refused(path, 'file too large when decompressed (limit 1000 bytes; --max-bytes to raise)');
  });

  it('a streamed kind (Yahoo) is not bound by it: VTWO, 3.4 KB, imports its 47 rows', async () => {
    const store = await Store.open(':memory:');
    try {
      const s = await importFile(store, fixture('yahoo/VTWO.csv'), { limits });
      assert.equal(s.stored.bars, 47);
    } finally {
      store.close();
    }
  });
});
