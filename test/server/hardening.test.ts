import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app.ts';
import { clientErrorAnswer, type RunningServer, startServer } from '../../src/server/serve.ts';
import { Cancel, QueryCancelledError, withSignal } from '../../src/store/pool.ts';
import { Store } from '../../src/store/store.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { fixtureText } from '../store/import/helpers.ts';
import { fixtureStore } from './fixture-store.ts';

// Issue 18 §4 and §8, one test per defect, each reproduced first on main.
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await fixtureStore();
  app = createApp({ store, web: false });
});
after(async () => {
  await app.state.serial.idle();
  store.close();
});

const error = async (path: string) => {
  const res = await app.request(path);
  const body = (await res.json()) as { error: { status: number; message: string; parameter?: string } };
  return { ...body.error, status: res.status };
};

describe('every parameter is validated, even when unused', () => {
  it('/api/flows?timing=abc answers 400 naming timing (no event given)', async () => {
    const e = await error('/api/flows?timing=abc');
    assert.equal(e.status, 400);
    assert.equal(e.parameter, 'timing');
  });
  it('/api/compare-events?events=9999-12-31 answers 400: outside the documented 1900..2100', async () => {
    const e = await error('/api/compare-events?events=9999-12-31');
    assert.equal(e.status, 400);
    assert.equal(e.parameter, 'events');
    assert.match(e.message, /9999-12-31 is outside 1900\.\.2100/);
  });
});

describe('an HTTP import past its deadline rolls back (504), never commits', () => {
  it('with a 1 ms deadline the real ^RUT file answers 504 and the store is unchanged', async () => {
    const s = await Store.open(':memory:');
    const a = createApp({ store: s, web: false, importToken: 'secret', timeoutMs: 1 });
    const before = await storeChecksum(s);
    const res = await a.request('/api/import?kind=yahoo&name=^RUT.csv', {
      method: 'POST',
      headers: { authorization: 'Bearer secret' },
      body: fixtureText('yahoo/^RUT.csv'),
    });
    assert.equal(res.status, 504);
    await a.state.serial.idle();
    assert.equal(await storeChecksum(s), before);
    // with time enough, the same upload commits and answers 200
    const b = createApp({ store: s, web: false, importToken: 'secret', timeoutMs: 60_000 });
    const ok = await b.request('/api/import?kind=yahoo&name=^RUT.csv', {
      method: 'POST',
      headers: { authorization: 'Bearer secret' },
      body: fixtureText('yahoo/^RUT.csv'),
    });
    assert.equal(ok.status, 200);
    assert.notEqual(await storeChecksum(s), before);
    s.close();
  });
});

describe('an uploaded gzip bomb is refused (413), the store unchanged and the server still answering', () => {
  it('a 64 MB-of-newlines gzip under a Yahoo header answers 413 with the decompressed-size limit', async () => {
    const s = await Store.open(':memory:');
    const a = createApp({ store: s, web: false, importToken: 'secret' });
    const before = await storeChecksum(s);
    const head = fixtureText('yahoo/^RUT.csv').split('\n').slice(0, 3).join('\n');
    const bomb = gzipSync(Buffer.concat([Buffer.from(`${head}\n`), Buffer.alloc(64 * 1024 * 1024, 10)]), {
      level: 9,
    });
    const res = await a.request('/api/import?kind=yahoo&name=^RUT.csv.gz', {
      method: 'POST',
      headers: { authorization: 'Bearer secret' },
      body: bomb,
    });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { error: { message: string } };
    assert.match(
      body.error.message,
      /file too large when decompressed \(limit 16 MiB; --max-bytes to raise\)/,
    );
    assert.equal(await storeChecksum(s), before);
    assert.equal((await a.request('/api/health')).status < 500, true);
    s.close();
  });
});

describe('a transaction whose request is cancelled before COMMIT rolls back', () => {
  it('the rows written inside it are gone and the error is QueryCancelledError', async () => {
    const s = await Store.open(':memory:');
    const cancel = new Cancel();
    await assert.rejects(
      withSignal(cancel, () =>
        s.transaction(async () => {
          await s.run("INSERT INTO datasets (name, kind, source, rows) VALUES ('x', 'generic', 'test', 0)");
          cancel.cancel(); // the deadline passes while the writes run
        }),
      ),
      QueryCancelledError,
    );
    assert.equal((await s.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM datasets'))?.n, 0);
    s.close();
  });
});

describe("Node's own 400 and 431 answers carry the security headers", () => {
  let srv: RunningServer;
  before(async () => {
    srv = await startServer(store, { port: 0, web: false });
  });
  after(async () => {
    await srv.close();
  });
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const sock = connect(srv.port, '127.0.0.1');
      let got = '';
      sock.on('data', (d) => {
        got += d.toString('latin1');
      });
      sock.on('end', () => resolve(got));
      sock.on('close', () => resolve(got));
      sock.on('error', reject);
      sock.write(text);
    });
  it('a malformed request line gets 400 with nosniff and the CSP', async () => {
    const res = await raw('GARBAGE\r\n\r\n');
    assert.match(res, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(res, /\r\nx-content-type-options: nosniff\r\n/i);
    assert.match(res, /\r\ncontent-security-policy: /i);
  });
  it('headers over the size limit get 431 with the security headers', async () => {
    const res = await raw(
      `GET /api/datasets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assert.match(res, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    assert.match(res, /\r\nx-content-type-options: nosniff\r\n/i);
  });
  it('the header timeout answer (Node closes slow-header connections) is a 408 with the same headers', () => {
    const res = clientErrorAnswer(Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }));
    assert.match(res, /^HTTP\/1\.1 408 Request Timeout\r\n/);
    assert.match(res, /\r\nx-content-type-options: nosniff\r\n/i);
  });
});
