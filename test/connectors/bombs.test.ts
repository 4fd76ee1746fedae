import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { zipSync } from 'fflate';
import { DownloadCache } from '../../src/connectors/cache.ts';
import { fetchFrench } from '../../src/connectors/connect-french.ts';
import { unzipFrench } from '../../src/connectors/french.ts';
import { download } from '../../src/connectors/http.ts';
import { Store } from '../../src/store/store.ts';
import { type ReplayServer, startReplayServer } from '../helpers/replay-server.ts';

// Issue 18 §1: `capgap fetch french` had no size or inflate limit and kept the bomb in the download cache.
// The bomb is made at run time: a zip of 64 MB of newlines (a ~64 KB body), never committed.
const bomb = zipSync(
  { 'Portfolios_Formed_on_ME.CSV': new Uint8Array(64 * 1024 * 1024).fill(10) },
  { level: 9 },
);

let srv: ReplayServer;
let dir: string;
let store: Store;
before(async () => {
  srv = await startReplayServer({
    '/Portfolios_Formed_on_ME_CSV.zip': { body: bomb },
    '/big.bin': { body: new Uint8Array(3 * 1024 * 1024) },
  });
  dir = mkdtempSync(join(tmpdir(), 'capgap-bombs-'));
  store = await Store.open(':memory:');
});
after(async () => {
  store.close();
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a zip bomb is refused before inflating: file too large when decompressed', () => {
  assert.ok(bomb.length < 200_000, `bomb is ${bomb.length} bytes`);
  assert.throws(
    () => unzipFrench(bomb, 'http://x/Portfolios_Formed_on_ME_CSV.zip'),
    (e: unknown) =>
      (e as { failure?: string }).failure === 'too-large' &&
      /file too large when decompressed \(limit 16 MiB; --max-bytes to raise\)$/.test((e as Error).message),
  );
});

test('fetch french with a bomb fails that item and leaves nothing in the download cache', async () => {
  const cache = new DownloadCache(join(dir, 'cache'));
  const out = await fetchFrench(
    store,
    { cache, http: { sleep: async () => undefined, retries: 0, timeoutMs: 15_000 } },
    ['Portfolios_Formed_on_ME'],
    { baseUrl: srv.baseUrl },
  );
  const failed = JSON.stringify(out);
  assert.match(failed, /file too large when decompressed/);
  const kept = existsSync(join(dir, 'cache', 'french')) ? readdirSync(join(dir, 'cache', 'french')) : [];
  assert.deepEqual(kept, []);
  assert.equal((await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series'))?.n, 0);
});

test('a download longer than maxBytes stops at the limit with failure too-large (not retried)', async () => {
  let tries = 0;
  await assert.rejects(
    download(`${srv.baseUrl}/big.bin`, {
      maxBytes: 1024 * 1024,
      retries: 3,
      sleep: async () => void tries++,
    }),
    (e: unknown) =>
      (e as { failure?: string }).failure === 'too-large' &&
      /file too large \(limit 1 MiB; --max-bytes to raise\)/.test((e as Error).message),
  );
  assert.equal(tries, 0);
});
