import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { batchStatePath, runBatch } from '../../src/connectors/batch.ts';
import { DownloadCache } from '../../src/connectors/cache.ts';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { fetchCached } from '../../src/connectors/fetch-cached.ts';
import { captureIO } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// The rule (docs/connectors.md, "The download cache"): a cached copy whose meta file does not parse or lacks
// its fields, or whose body no longer matches the size and sha256 recorded when it was fetched, is damaged:
// `--cache auto` fetches it again (and says so), `--cache cached` refuses naming the file, `capgap fetch
// cache` lists it as damaged; a batch state file that does not parse starts the batch over. Before, a JSON
// SyntaxError or "Cannot read properties of undefined" reached the user. The body: the real Stooq IWM file.

const BODY = readFileSync(new URL('../fixtures/connectors/stooq-iwm.us.csv', import.meta.url));
const URL_ = 'https://stooq.example/q/d/l/?s=iwm.us&i=d';

function cacheWith(t: { after(fn: () => void): void }): { cache: DownloadCache; path: string } {
  const cache = new DownloadCache(join(scratchDir('capgap-damaged-cache-', t), 'cache'));
  const { path } = cache.write('stooq', 'iwm.us.csv', BODY, { url: URL_ });
  return { cache, path };
}

const DAMAGE: [string, (path: string) => void, RegExp][] = [
  [
    'a meta file cut short',
    (p) => writeFileSync(`${p}.meta.json`, '{"url": "x", "fetch'),
    /meta file does not parse/,
  ],
  [
    'a meta file of JSON null',
    (p) => writeFileSync(`${p}.meta.json`, 'null'),
    /lacks url, fetchedAt, bytes or sha256/,
  ],
  ['a body cut short', (p) => writeFileSync(p, BODY.subarray(0, 100)), /100 bytes on disk; \d+ were fetched/],
  [
    'a body changed in place',
    (p) => writeFileSync(p, Buffer.from(BODY).fill(0x30, 200, 201)),
    /sha256 differs/,
  ],
];

for (const [what, damage, why] of DAMAGE) {
  test(`${what}: --cache cached refuses naming the copy; --cache auto fetches it again`, async (t) => {
    const { cache, path } = cacheWith(t);
    damage(path);
    assert.match(cache.read('stooq', 'iwm.us.csv')?.damaged ?? '', why);
    const req = { source: 'stooq', key: 'iwm.us.csv', url: URL_, minIntervalMs: 0 };
    await assert.rejects(
      fetchCached({ cache, mode: 'cached' }, req),
      (e: unknown) =>
        e instanceof ConnectorError &&
        e.message.includes(path) &&
        /is damaged: .*--cache auto$/.test(e.message),
    );
    const log: string[] = [];
    const fetch = (async () => new Response(BODY, { status: 200 })) as typeof globalThis.fetch;
    const got = await fetchCached({ cache, mode: 'auto', http: { fetch }, log: (m) => log.push(m) }, req);
    assert.equal(got.fromCache, false);
    assert.deepEqual(Buffer.from(got.body), BODY);
    assert.ok(
      log.some((m) => /is damaged: .*; fetching it again$/.test(m)),
      log.join('\n'),
    );
    assert.equal(cache.read('stooq', 'iwm.us.csv')?.damaged, undefined, 'the copy is sound again');
  });
}

test('capgap fetch cache lists a damaged copy as damaged, exit 0', async (t) => {
  const { cache, path } = cacheWith(t);
  writeFileSync(`${path}.meta.json`, 'null');
  const io = captureIO();
  assert.equal(await main(['fetch', 'cache', '--cache-dir', cache.dir], io), 0, io.stderr);
  assert.match(
    io.stdout,
    /stooq\/iwm\.us\.csv +damaged \(its meta file lacks url, fetchedAt, bytes or sha256\)/,
  );
});

test('a batch state file that does not parse starts the batch over, and says so', async (t) => {
  const stateDir = scratchDir('capgap-damaged-batch-', t);
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(batchStatePath({ stateDir, name: 'unit' }, ['A', 'B']), '{"batch": "unit", "done": {"A": ');
  const log: string[] = [];
  const run = await runBatch(['A', 'B'], async (x) => x.toLowerCase(), {
    stateDir,
    name: 'unit',
    log: (m) => log.push(m),
  });
  assert.deepEqual(
    run.map((o) => o.status),
    ['done', 'done'],
  );
  assert.ok(
    log.some((m) => /the state file .* is damaged; starting the batch over/.test(m)),
    log.join('\n'),
  );
});
