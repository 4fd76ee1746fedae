import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp, methodsOf } from '../../src/server/app.ts';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { fixtureStore } from './fixture-store.ts';

// The HTTP API as an attacker meets it (docs/server.md, "Safety and bounds"): a wrong method, a body the
// route cannot read, a request Node's parser refuses. Each is a 4xx whose JSON names the part of the request
// at fault; the server answers the next request.
const TOKEN = 'hostile-token-5c1e';
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false, importToken: TOKEN });
});
after(async () => {
  await app.state.serial.idle();
  store.close();
});

type ErrorJson = { error: { status: number; message: string; parameter?: string | null } };

describe('a method a route does not take: 405 naming the method, with Allow', () => {
  it('every route, asked with every method it does not take, answers 405 and lists the ones it does', async () => {
    const paths = [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))];
    assert.ok(paths.length >= 18, `${paths.length} routes`);
    for (const path of paths) {
      const allow = methodsOf(app, path);
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => !allow.includes(m))) {
        const res = await app.request(path, { method });
        assert.equal(res.status, 405, `${method} ${path}`);
        assert.equal(res.headers.get('allow'), allow.join(', '), `${method} ${path}`);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        const body = (await res.json()) as ErrorJson;
        assert.equal(body.error.parameter, 'method');
        assert.equal(
          body.error.message,
          `method "${method}" is not allowed on ${path}; it takes ${allow.join(', ')}`,
        );
      }
    }
  });
  it('OPTIONS on a route answers 204 with Allow; a path no route serves stays 404 whatever the method', async () => {
    const o = await app.request('/api/check', { method: 'OPTIONS' });
    assert.equal(o.status, 204);
    assert.equal(o.headers.get('allow'), 'GET, HEAD, POST');
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const res = await app.request('/api/nonesuch', { method });
      assert.equal(res.status, 404, method);
      assert.match(((await res.json()) as ErrorJson).error.message, /no such endpoint/);
    }
  });
});

describe('a POST body the route cannot read names "body"', () => {
  const check = (body: BodyInit, type: string, length?: string) =>
    app.request('/api/check', {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(length ? { 'content-length': length } : {}) },
    });
  const cases: [string, () => Response | Promise<Response>, number, RegExp][] = [
    [
      'a declared 50 MB body',
      () => check('x', 'text/plain', '50000000'),
      413,
      /body of 50000000 bytes; at most 100000/,
    ],
    [
      'a 100,001-byte body',
      () => check('a'.repeat(100_001), 'text/plain'),
      413,
      /body longer than 100000 bytes/,
    ],
    [
      'JSON nested 50,000 deep (under the size limit)',
      () => check(`${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'application/json'),
      400,
      /expected a JSON object/,
    ],
    ['JSON cut short', () => check('{"text":', 'application/json'), 400, /the body is not valid JSON/],
    [
      'a form',
      () => check('text=x', 'application/x-www-form-urlencoded'),
      400,
      /content-type "application\/x-www-form-urlencoded"/,
    ],
    ['XML', () => check('<a/>', 'application/xml'), 400, /content-type "application\/xml"/],
  ];
  for (const [what, send, status, message] of cases) {
    it(`${what}: ${status}`, async () => {
      const res = await send();
      assert.equal(res.status, status);
      const body = (await res.json()) as ErrorJson;
      assert.equal(body.error.parameter, 'body');
      assert.match(body.error.message, message);
    });
  }
  it('an upload with a bad file still names the body, and a wrong token is not a body fault (401, no parameter)', async () => {
    const bad = await app.request('/api/import?kind=yahoo&name=x.csv', {
      method: 'POST',
      body: 'Date,Close\n2016-02-30,1\n',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as ErrorJson).error.parameter, 'body');
    const unauth = await app.request('/api/import?kind=yahoo', { method: 'POST', body: 'x' });
    assert.equal(unauth.status, 401);
    assert.equal(((await unauth.json()) as ErrorJson).error.parameter, undefined);
  });
});

describe('reads during an import: every read answers, the import commits whole', () => {
  // a real French monthly file (test/fixtures/import, cut from ../shared/data)
  const FRENCH = readFileSync(
    new URL('../fixtures/import/Portfolios_Formed_on_ME_monthly_vintage202602.CSV', import.meta.url),
  );
  it('30 reads in flight beside one upload: 200s (or 404 for data the store lacks), never 5xx', async () => {
    const before = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    const upload = app.request(
      '/api/import?kind=french&name=Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
      {
        method: 'POST',
        body: FRENCH,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    const paths = [
      '/api/datasets',
      '/api/returns-since?event=2016-11-08&to=2',
      '/api/health',
      '/api/records',
    ];
    const reads = await Promise.all(
      Array.from({ length: 30 }, (_, i) => app.request(paths[i % paths.length])),
    );
    for (const r of reads) assert.ok(r.status === 200 || r.status === 404, `${r.url}: ${r.status}`);
    const res = await upload;
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as { added: { portfolio_series: number } };
    const now = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM portfolio_series');
    assert.equal((now?.n ?? 0) - (before?.n ?? 0), s.added.portfolio_series);
    // and the same upload again is a no-op: the store is as it was
    const sum = await storeChecksum(store, { except: ['datasets'] });
    const again = await app.request(
      '/api/import?kind=french&name=Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
      {
        method: 'POST',
        body: FRENCH,
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    assert.equal(again.status, 200);
    assert.equal(await storeChecksum(store, { except: ['datasets'] }), sum);
  });
});

describe("requests Node's HTTP parser refuses: 400 naming the part, and the server answers the next", () => {
  let srv: RunningServer;
  let own: Store;
  before(async () => {
    own = await fixtureStore();
    srv = await startServer(own, { port: 0, web: false });
  });
  after(async () => {
    await srv.close();
    own.close();
  });
  const raw = (bytes: Buffer | string) =>
    new Promise<string>((resolve, reject) => {
      const sock = connect(srv.port, '127.0.0.1');
      let got = '';
      sock.on('data', (d) => {
        got += d.toString('latin1');
      });
      sock.on('close', () => resolve(got));
      sock.on('error', reject);
      sock.write(bytes);
    });
  const H = 'Host: 127.0.0.1\r\nConnection: close\r\n';
  const cases: [string, Buffer | string, string, RegExp][] = [
    [
      'raw bytes in the query',
      Buffer.concat([
        Buffer.from('GET /api/returns-since?event='),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(` HTTP/1.1\r\n${H}\r\n`),
      ]),
      'url',
      /must be percent-encoded/,
    ],
    [
      'a control character in the path',
      `GET /api/health\x01 HTTP/1.1\r\n${H}\r\n`,
      'url',
      /must be percent-encoded/,
    ],
    [
      'Content-Length twice',
      `POST /api/check HTTP/1.1\r\n${H}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!`,
      'content-length',
      /given twice/,
    ],
    [
      'a negative Content-Length',
      `POST /api/check HTTP/1.1\r\n${H}Content-Length: -5\r\n\r\n`,
      'content-length',
      /not a number of bytes/,
    ],
    [
      'Content-Length and Transfer-Encoding',
      `POST /api/check HTTP/1.1\r\n${H}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      'transfer-encoding',
      /beside Content-Length/,
    ],
    [
      'a chunk size that is not hex',
      `POST /api/check HTTP/1.1\r\n${H}Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      'body',
      /not hexadecimal/,
    ],
    ['an unknown method', `BREW /api/health HTTP/1.1\r\n${H}\r\n`, 'method', /not an HTTP method/],
    [
      'a space in a header name',
      `GET /api/health HTTP/1.1\r\n${H}X Bad: 1\r\n\r\n`,
      'header',
      /header name or value/,
    ],
  ];
  for (const [what, bytes, parameter, message] of cases) {
    it(`${what}: 400 naming "${parameter}"`, async () => {
      const res = await raw(bytes);
      assert.match(res, /^HTTP\/1\.1 400 Bad Request\r\n/);
      const body = JSON.parse(res.slice(res.indexOf('\r\n\r\n') + 4)) as ErrorJson;
      assert.equal(body.error.parameter, parameter);
      assert.match(body.error.message, message);
      const next = await fetch(`${srv.url}/api/health`);
      assert.equal(next.status, 200);
    });
  }
});
