import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hasHidden, MESSAGE_MAX } from '../../src/quote.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { fixtureStore } from '../server/fixture-store.ts';
import { testApp } from '../server/test-app.ts';

// Property-based fuzzing (fast-check, seeded, bounded) of what the query-string fuzzer does not reach: every
// route with any method, Content-Type headers that lie or repeat, and bodies that are deep JSON, wrong JSON,
// invalid UTF-8, random bytes or over the limits, with and without the import token. Every answer is 2xx/204,
// or 4xx with a JSON error (no hidden character, at most MESSAGE_MAX characters) that names a parameter for a
// 400, 405 or 413; never 5xx; a refused upload leaves the store's checksum as it was; the server answers
// /api/health after each request.
const TOKEN = 'fuzz-token-2b7d';
// the first read of the ETF registry writes the shipped one into an empty etfs table (src/store/etf-registry.ts)
const t = testApp(fixtureStore, { importToken: TOKEN }, { ready: (a) => a.app.request('/api/flows') });

const deep = (n: number, open: string, close: string) => `${open.repeat(n)}${close.repeat(n)}`;
const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    deep(20_000, '[', ']'),
    `{"text":${deep(20_000, '[', ']')}}`,
    '{"text":"a","text":"b"}',
    '{"__proto__":{"text":"x"}}',
    '{"text":"The Russell 2000 rose 3.1% on Nov. 9, 2016.","event":"2016-02-30"}',
    '{"text":"x","to":["2016-11-08"]}',
    'Date,Close\n2016-11-08,1\n',
    'Date,Open,High,Low,Close,Adj Close,Volume\n2016-11-08,1,1,1,1e999,1,1\n',
    'a'.repeat(100_001),
  ),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  fc.string({ unit: 'binary', maxLength: 64 }),
);
const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'text/plain',
  'text/csv',
  'text/html',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/json, text/plain',
  'application/json; charset=latin1',
  '',
);
// the methods routes take, more often than those they do not
const method = fc.constantFrom(
  'GET',
  'GET',
  'POST',
  'POST',
  'POST',
  'HEAD',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
);
const query = fc.constantFrom(
  '',
  '?kind=yahoo',
  '?kind=yahoo&name=..%2Fx',
  '?event=2016-11-08',
  '?x=1',
  '?kind=french&kind=yahoo',
);

describe('any method, Content-Type and body on every route', () => {
  it('answer 2xx/204, or 4xx with a JSON error naming the part at fault; never 5xx; the t.store unchanged on refusal', async () => {
    const paths = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))];
    const statuses: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        method,
        query,
        contentType,
        body,
        fc.boolean(),
        async (path, m, q, type, b, token) => {
          const before = await storeChecksum(t.store);
          const headers: Record<string, string> = {};
          if (type !== undefined) headers['content-type'] = type;
          if (token) headers.authorization = `Bearer ${TOKEN}`;
          const hasBody = m !== 'GET' && m !== 'HEAD';
          const res = await t.app.request(`${path}${q}`, {
            method: m,
            headers,
            body: hasBody ? b : undefined,
          });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const text = await res.text();
          assert.ok(res.status < 500, `${m} ${path}${q} (${type}): ${res.status} ${text}`);
          if (res.status >= 400 && m !== 'HEAD') {
            const e = (JSON.parse(text) as { error: { status: number; message: string; parameter?: string } })
              .error;
            assert.equal(e.status, res.status);
            assert.ok(!hasHidden(e.message) && e.message.length <= MESSAGE_MAX, e.message);
            if ([400, 405, 413].includes(res.status))
              assert.equal(typeof e.parameter, 'string', `${m} ${path}: ${text}`);
          }
          const wrote = m === 'POST' && path === '/api/import' && res.status === 200;
          if (!wrote) assert.equal(await storeChecksum(t.store), before, `${m} ${path}${q}: ${res.status}`);
          assert.equal((await t.app.request('/api/health')).status, 200);
        },
      ),
      {
        seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261201),
        numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 150),
      },
    );
    if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('statuses', JSON.stringify(statuses));
  });
});
