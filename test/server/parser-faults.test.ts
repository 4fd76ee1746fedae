import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

// Requests Node's HTTP parser refuses before the app sees them, and a body that never ends, through a real
// socket (docs/server.md, "Safety and bounds"): each answer names the part of the request at fault, and the
// server answers the next request.
type ErrorJson = { error: { status: number; message: string; parameter?: string | null } };

describe("requests Node's HTTP parser refuses: 400 naming the part, and the server answers the next", () => {
  let srv: RunningServer;
  let own: Store;
  before(async () => {
    own = await fixtureStore();
    srv = await startServer(own, { port: 0, web: false, timeoutMs: 400 });
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
  it('a chunked POST /api/check body that never ends: 408 naming the body at the deadline (was the 504 of a slow server)', async () => {
    const res = await raw(
      `POST /api/check HTTP/1.1\r\n${H}Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n`,
    );
    assert.match(res, /^HTTP\/1\.1 408 Request Timeout\r\n/);
    const body = JSON.parse(res.slice(res.indexOf('\r\n\r\n') + 4)) as ErrorJson;
    assert.equal(body.error.parameter, 'body');
    assert.match(body.error.message, /^invalid body: still arriving at the request's deadline \(400 ms\)$/);
    assert.equal((await fetch(`${srv.url}/api/health`)).status, 200);
  });
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
