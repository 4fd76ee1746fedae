import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { ApiError } from '../../src/server/errors.ts';
import { readBounded } from '../../src/server/routes/import.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

// Upload: 11 real rows of IWM from the Yahoo CSV export (../shared/data/prices/yahoo_xjcarter_data/IWM.csv).
const IWM = readFileSync(new URL('../fixtures/server/IWM.csv', import.meta.url));
const TOKEN = 'test-token-7f3a';
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false, importToken: TOKEN });
});
// Let any query still queued finish before closing DuckDB under it.
after(async () => {
  await app.state.serial.idle();
  store.close();
});

const post = (query: string, body: BodyInit, token = TOKEN) =>
  app.request(`/api/import?${query}`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}` },
  });

describe('POST /api/import with the configured token', () => {
  it('stores an uploaded Yahoo file as dataset yahoo/IWM, lists it, and clears the cache', async () => {
    await app.request('/api/datasets'); // cached now
    const res = await post('kind=yahoo&name=IWM.csv', IWM);
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as { dataset: string; rowsRead: number; stored: Record<string, number> };
    assert.equal(s.dataset, 'yahoo/IWM');
    assert.equal(s.rowsRead, 11); // data lines in the fixture
    assert.equal(s.stored.bars, 11);
    assert.equal(app.state.cache.size, 0);
    const ds = (await (await app.request('/api/datasets')).json()) as {
      datasets: { name: string }[];
      tables: { bars: number };
    };
    assert.ok(ds.datasets.some((d) => d.name === 'yahoo/IWM'));
    assert.equal(ds.tables.bars, 1234 + 11);
    // The stored adjusted close is the file's: 114.44729 on 2016-11-09 (line 8 of the fixture).
    const row = await store.one<{ adj_close: number }>(
      "SELECT adj_close FROM bars WHERE id = 'IWM' AND date = DATE '2016-11-09'",
    );
    assert.equal(row?.adj_close, 114.44729);
  });
  it('refuses a malformed file with 400, naming the line and column, and leaves the store unchanged', async () => {
    const before = (await store.counts()).bars;
    const bad = IWM.toString().replace('2016-11-10,124.26', '2016-11-10,12x.26');
    const res = await post('kind=yahoo&name=IWM2.csv', bad);
    assert.equal(res.status, 400);
    const e = (await res.json()) as { error: { message: string; parameter: string } };
    assert.equal(e.error.parameter, 'body');
    assert.match(e.error.message, /IWM2\.csv:9/);
    assert.match(e.error.message, /Open/);
    assert.equal((await store.counts()).bars, before);
  });
  it('refuses a Parquet body (whole or cut short) in words naming the file, not as a missing "Date" column', async () => {
    const parquet = readFileSync(new URL('../../data/bars.parquet', import.meta.url)); // the embedded real bars
    for (const body of [parquet, parquet.subarray(0, 200)]) {
      const before = await store.counts();
      const res = await post('kind=yahoo&name=IWM.parquet', body);
      assert.equal(res.status, 400);
      const e = (await res.json()) as { error: { message: string; parameter: string } };
      assert.equal(e.error.parameter, 'body');
      assert.match(
        e.error.message,
        /^invalid body: IWM\.parquet: a Parquet file \(it starts with "PAR1"\); upload CSV text/,
      );
      assert.doesNotMatch(e.error.message, /missing required column/);
      assert.deepEqual(await store.counts(), before);
    }
  });
  it('a clash with stored rows names the command that replaces them, not a --replace the route lacks', async () => {
    // after the first test stored IWM: 2016-11-10 Open 124.26 in the store, 124.27 in this upload
    const before = await store.counts();
    const res = await post(
      'kind=yahoo&name=IWM.csv',
      IWM.toString().replace('2016-11-10,124.26', '2016-11-10,124.27'),
    );
    assert.equal(res.status, 400);
    const m = ((await res.json()) as { error: { message: string } }).error.message;
    assert.match(m, /IWM\.csv:9: column "open": the store already holds/);
    assert.match(m, /an upload never replaces stored rows: run `capgap import FILE --replace` to replace/);
    assert.deepEqual(await store.counts(), before);
  });
  it('refuses a kind outside the allow-list and an empty body', async () => {
    const k = await post('kind=stock-panel&name=x.csv', IWM);
    assert.equal(k.status, 400);
    assert.match(((await k.json()) as { error: { message: string } }).error.message, /"kind"/);
    const empty = await post('kind=yahoo', '');
    assert.equal(empty.status, 400);
  });
});

describe('readBounded', () => {
  it('stops a streamed body as soon as it passes the limit (413), without reading the rest', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        pulled++;
        ctrl.enqueue(new Uint8Array(1000));
      },
    });
    await assert.rejects(readBounded(stream, 2500), (e: ApiError) => e.status === 413);
    assert.ok(pulled <= 4, `pulled ${pulled} chunks`);
    const ok = await readBounded(new Blob(['abc']).stream(), 10);
    assert.equal(new TextDecoder().decode(ok), 'abc');
  });
});
