import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false });
});
// Let any query still queued finish before closing DuckDB under it.
after(async () => {
  await app.state.serial.idle();
  store.close();
});

const error = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  const body = (await res.json()) as { error: { status: number; message: string; parameter?: string } };
  return { ...body.error, status: res.status };
};

describe('parameters are validated: a 400 names the bad one', () => {
  const cases: [string, string, RegExp][] = [
    ['/api/returns-since', 'event', /required/],
    ['/api/returns-since?event=2016-02-30', 'event', /2016-02-30/],
    ['/api/returns-since?event=1776-07-04', 'event', /outside 1900\.\.2100/],
    [
      '/api/returns-since?event=2016-11-08&scheme=cap',
      'scheme',
      /"cap"; expected one of deciles, quintiles, terciles, indexes/,
    ],
    ['/api/returns-since?event=2016-11-08&weighting=cap', 'weighting', /expected one of value, equal/],
    ['/api/returns-since?event=2016-11-08&scheme=indexes&weighting=equal', 'weighting', /has only value/],
    ['/api/returns-since?event=2016-11-08&timing=noon', 'timing', /after-close, before-open, intraday/],
    ['/api/returns-since?event=2016-11-08&to=1e3', 'to', /not an integer/],
    ['/api/returns-since?event=2016-11-08&to=757', 'to', /outside -250\.\.756/],
    ['/api/returns-since?event=2016-11-08&from=-251', 'from', /outside -250\.\.756/],
    ['/api/returns-since?event=2016-11-08&from=3&to=1', 'to', /before from/],
    ['/api/returns-since?event=2016-11-08&format=xml', 'format', /json, csv/],
    ['/api/returns-since?event=2016-11-08&event=2020-11-03', 'event', /more than once/],
    ["/api/returns-since?event=2016-11-08&table=bars';DROP TABLE bars;--", 'table', /unknown parameter/],
    ['/api/compare-events', 'events', /required/],
    [
      `/api/compare-events?events=${Array(13).fill('2016-11-08').join(',')}`,
      'events',
      /13 items; at most 12/,
    ],
    ['/api/compare-events?events=2016-11-08,../../etc/passwd', 'events', /not a date/],
    ['/api/datasets?name=x', 'name', /unknown parameter; this endpoint takes none/],
    ['/api/report?event=2016-11-08&to=2016-11-01', 'to', /not after the event/],
  ];
  for (const [path, parameter, message] of cases) {
    it(`${path} -> 400 on "${parameter}"`, async () => {
      const e = await error(path);
      assert.equal(e.status, 400);
      assert.equal(e.parameter, parameter);
      assert.match(e.message, new RegExp(`^invalid parameter "${parameter}"`));
      assert.match(e.message, message);
    });
  }
  it('leaves the store untouched by a request carrying SQL', async () => {
    const counts = await store.counts();
    assert.equal(counts.bars, 1234); // rows in test/fixtures/server/bars.csv
  });
});

describe('bounds and edges', () => {
  it('refuses a query string over 2048 characters with 414', async () => {
    const e = await error(`/api/returns-since?event=2016-11-08&x=${'a'.repeat(2100)}`);
    assert.equal(e.status, 414);
  });
  it('refuses a Host that is not loopback (DNS rebinding) with 421', async () => {
    const e = await error('/api/health', { headers: { host: 'evil.example:8080' } });
    assert.equal(e.status, 421);
    assert.match(e.message, /evil\.example/);
  });
  it('answers unknown paths with 404 JSON pointing to the OpenAPI document', async () => {
    const e = await error('/api/../../etc/passwd');
    assert.equal(e.status, 404);
    assert.match(e.message, /openapi/);
  });
  it('gives up on a request past its deadline with 504', async () => {
    // A store whose queries never finish stands in for a slow query.
    const stuck = {
      all: () => new Promise(() => {}),
      counts: () => new Promise(() => {}),
    } as unknown as Store;
    const slow = createApp({ store: stuck, web: false, timeoutMs: 50 });
    const res = await slow.request('/api/datasets');
    assert.equal(res.status, 504);
  });
  it('sends a strict Content-Security-Policy (same origin only) on every response', async () => {
    for (const path of ['/api/health', '/api/nope']) {
      const res = await app.request(path);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });
});

describe('caching', () => {
  it('answers a repeated query from the cache, and 304 when the client has the ETag', async () => {
    const path = '/api/returns-since?event=2016-06-23&to=5';
    const first = await app.request(path);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const hits = app.state.cache.hits;
    const again = await app.request(path);
    assert.equal(await again.text(), await first.text());
    assert.equal(app.state.cache.hits, hits + 1);
    const revalidate = await app.request(path, { headers: { 'if-none-match': etag } });
    assert.equal(revalidate.status, 304);
  });
});

describe('POST /api/import', () => {
  it('is disabled (403) when no token is configured', async () => {
    const e = await error('/api/import?kind=yahoo', { method: 'POST', body: 'Date,Close\n' });
    assert.equal(e.status, 403);
    assert.match(e.message, /CAPGAP_IMPORT_TOKEN/);
  });
  it('refuses a missing or wrong token (401), before reading parameters', async () => {
    const guarded = createApp({ store, web: false, importToken: 's3cret-token' });
    const none = await guarded.request('/api/import?kind=yahoo', { method: 'POST', body: 'x' });
    assert.equal(none.status, 401);
    const wrong = await guarded.request('/api/import?kind=yahoo', {
      method: 'POST',
      body: 'x',
      headers: { authorization: 'Bearer s3cret-tokem' },
    });
    assert.equal(wrong.status, 401);
  });
  it('with the token, still refuses a name with a folder in it (400 on "name")', async () => {
    const guarded = createApp({ store, web: false, importToken: 's3cret-token' });
    const res = await guarded.request('/api/import?kind=yahoo&name=../../x.csv', {
      method: 'POST',
      body: 'x',
      headers: { authorization: 'Bearer s3cret-token' },
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { parameter: string } }).error.parameter, 'name');
  });
});
