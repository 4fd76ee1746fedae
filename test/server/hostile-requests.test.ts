import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { methodsOf } from '../../src/server/app.ts';
import { fixtureStore } from './fixture-store.ts';
import { testApp } from './test-app.ts';

// The HTTP API as an attacker meets it (docs/server.md, "Safety and bounds"): a wrong method, a body the
// route cannot read, a request Node's parser refuses. Each is a 4xx whose JSON names the part of the request
// at fault; the server answers the next request.
const TOKEN = 'hostile-token-5c1e';
const t = testApp(fixtureStore, { importToken: TOKEN });

type ErrorJson = { error: { status: number; message: string; parameter?: string | null } };

describe('a method a route does not take: 405 naming the method, with Allow', () => {
  it('every route, asked with every method it does not take, answers 405 and lists the ones it does', async () => {
    const paths = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))];
    assert.ok(paths.length >= 18, `${paths.length} routes`);
    for (const path of paths) {
      const allow = methodsOf(t.app, path);
      for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].filter((m) => !allow.includes(m))) {
        const res = await t.app.request(path, { method });
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
    const o = await t.app.request('/api/check', { method: 'OPTIONS' });
    assert.equal(o.status, 204);
    assert.equal(o.headers.get('allow'), 'GET, HEAD, POST');
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const res = await t.app.request('/api/nonesuch', { method });
      assert.equal(res.status, 404, method);
      assert.match(((await res.json()) as ErrorJson).error.message, /no such endpoint/);
    }
  });
});

describe('a query string over 2,048 characters: 414 naming its longest parameter', () => {
  // 3023 = "event=2016-11-08" (16) + "&" (1) + "claim=" (6) + 3000; the claim piece is 3006
  it('names the parameter that made it long, with the lengths', async () => {
    const res = await t.app.request(`/api/check?event=2016-11-08&claim=${'x'.repeat(3000)}`);
    assert.equal(res.status, 414);
    const e = ((await res.json()) as ErrorJson).error;
    assert.equal(e.parameter, 'claim');
    assert.equal(
      e.message,
      'query string of 3023 characters; at most 2048 (the longest parameter, "claim", has 3006)',
    );
  });
});

describe('a POST body the route cannot read names "body"', () => {
  const check = (body: BodyInit, type: string, length?: string) =>
    t.app.request('/api/check', {
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
  it('bytes that are not UTF-8 (Latin-1, UTF-16) are refused naming the body and the byte, never read as U+FFFD', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{"text":"The Russell 2000 rose '),
      Buffer.from([0xff]),
      Buffer.from(' 3%"}'),
    ]);
    const a = await check(latin1, 'application/json');
    assert.equal(a.status, 400);
    const ea = ((await a.json()) as ErrorJson).error;
    assert.equal(ea.parameter, 'body');
    assert.equal(
      ea.message,
      "invalid body: encoding found: Latin-1/Windows-1252 (byte 0xFF at byte offset 31 is not UTF-8, 'ÿ' in Latin-1); expected UTF-8",
    );
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('The Russell 2000 rose 3%', 'utf16le'),
    ]);
    const b = await check(utf16, 'text/plain');
    assert.equal(b.status, 400);
    assert.match(((await b.json()) as ErrorJson).error.message, /^invalid body: encoding found: UTF-16 LE/);
  });
  it('a JSON key given twice is refused naming it (JSON.parse kept the last silently)', async () => {
    const res = await check('{"text":"a","event":"2016-11-08","text":"b"}', 'application/json');
    assert.equal(res.status, 400);
    const e = ((await res.json()) as ErrorJson).error;
    assert.equal(e.parameter, 'text');
    assert.equal(e.message, 'invalid parameter "text": given more than once in the JSON body');
  });
  it('an upload with a bad file still names the body, and a wrong token is not a body fault (401, no parameter)', async () => {
    const bad = await t.app.request('/api/import?kind=yahoo&name=x.csv', {
      method: 'POST',
      body: 'Date,Close\n2016-02-30,1\n',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as ErrorJson).error.parameter, 'body');
    const unauth = await t.app.request('/api/import?kind=yahoo', { method: 'POST', body: 'x' });
    assert.equal(unauth.status, 401);
    assert.equal(((await unauth.json()) as ErrorJson).error.parameter, undefined);
  });
});
