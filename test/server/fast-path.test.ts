import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { createApp, LOOPBACK_HOSTS } from '../../src/server/app.ts';
import { cachedFastPath } from '../../src/server/fast-path.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from './embedded-store.ts';

// The cached fast path (src/server/fast-path.ts) against the reference: the app's own answer to the same
// request (Hono routing, parameters, cache), over a real socket. Same status, body and headers.
const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
const URLS = [
  '/api/returns-since?event=2016-11-08&from=-5&to=20',
  '/api/returns-since?event=2016-06-23&from=-10&to=60&format=csv',
  '/api/events',
  '/api/datasets',
];

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('the cached fast path', { skip }, () => {
  let store: Store;
  let base = '';
  let fastAnswers = 0;
  let app: ReturnType<typeof createApp>;
  let close = () => {};
  before(async () => {
    store = await embeddedStore();
    app = createApp({ store, web: false });
    const fast = cachedFastPath(app.state.cache, LOOPBACK_HOSTS);
    const toApp = getRequestListener(app.fetch);
    const server = createServer((req, res) => {
      if (fast(req, res)) fastAnswers++;
      else void toApp(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => {
      server.closeAllConnections();
      server.close();
    };
  });
  after(() => {
    close();
    store.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<Got>((resolve, reject) => {
      const req = request(`${base}${path}`, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (b: string) => {
          body += b;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const comparable = (h: IncomingHttpHeaders) => {
    const { date: _d, connection: _c, 'keep-alive': _k, ...rest } = h;
    return rest;
  };

  it('answers a URL the app answered from its cache with the same status, body and headers', async () => {
    for (const url of URLS) {
      const before = fastAnswers;
      const byApp = await get(url);
      assert.equal(byApp.status, 200, url);
      assert.equal(fastAnswers, before, 'the first answer comes from the app');
      const byFast = await get(url);
      assert.equal(fastAnswers, before + 1, `the second answer to ${url} comes from the fast path`);
      assert.equal(byFast.status, byApp.status);
      assert.equal(byFast.body, byApp.body);
      assert.deepEqual(comparable(byFast.headers), comparable(byApp.headers));
    }
  });

  it('answers 304 to a matching If-None-Match, as the app does', async () => {
    const url = URLS[0];
    const { headers } = await get(url);
    const etag = String(headers.etag);
    const fast = await get(url, { 'if-none-match': etag });
    app.state.cache.clear();
    const byApp = await get(url, { 'if-none-match': etag });
    assert.equal(fast.status, 304);
    assert.equal(byApp.status, 304);
    assert.deepEqual(comparable(fast.headers), comparable(byApp.headers));
  });

  it('leaves a foreign Host to the app (421), and forgets every URL when the cache is cleared (an import)', async () => {
    const url = URLS[2];
    await get(url);
    const n = fastAnswers;
    assert.equal((await get(url, { host: 'attacker.example' })).status, 421);
    assert.equal(fastAnswers, n);
    app.state.cache.clear();
    assert.equal((await get(url)).status, 200);
    assert.equal(fastAnswers, n, 'after clear() the app answers again');
  });
});
