import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument, SCHEMAS } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';
import { check } from './schema-check.ts';

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

// One real request per documented GET operation.
const SAMPLES: Record<string, string> = {
  '/api/health': '',
  '/api/datasets': '',
  '/api/events': '',
  '/api/schemes': '',
  '/api/returns-since': '?event=2016-11-08&from=-3&to=10',
  '/api/compare-events': '?events=2012-11-06,2016-06-23,2016-11-08,2020-11-03,2024-11-05&scheme=indexes',
};

describe('the OpenAPI document matches the API', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, any>> };
  it('is OpenAPI 3.1 and served at /openapi.json', async () => {
    const res = await app.request('/openapi.json');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(doc)));
    assert.equal(doc.openapi, '3.1.0');
  });
  for (const [path, query] of Object.entries(SAMPLES)) {
    it(`GET ${path}: the real 200 response conforms to its documented schema`, async () => {
      const op = doc.paths[path].get;
      const res = await app.request(path + query);
      assert.equal(res.status, 200, await res.clone().text());
      const schema = op.responses['200'].content['application/json'].schema;
      assert.deepEqual(check(await res.json(), schema), []);
    });
  }
  // (Responses of the engine endpoints are checked on the embedded data in engines.test.ts.)
  for (const path of Object.keys(doc.paths).filter((p) => doc.paths[p].get)) {
    it(`GET ${path}: the documented parameters are exactly those the route accepts`, async () => {
      const documented = (doc.paths[path].get.parameters as { name: string }[]).map((p) => p.name).sort();
      const res = await app.request(`${path}?zz_not_a_parameter=1`);
      assert.equal(res.status, 400);
      const msg = ((await res.json()) as { error: { message: string } }).error.message;
      const takes = msg.replace(/.*this endpoint takes /, '');
      assert.deepEqual(takes === 'none' ? [] : takes.split(', ').sort(), documented);
    });
  }
  it('documents every route the app has (no undocumented /api path)', () => {
    const routes = new Set(app.routes.filter((r) => r.path.startsWith('/api/')).map((r) => r.path));
    for (const r of routes) assert.ok(r in doc.paths, `${r} is not in the OpenAPI document`);
  });
  it('error responses conform to the error schema', async () => {
    const res = await app.request('/api/returns-since?event=nope');
    assert.deepEqual(check(await res.json(), SCHEMAS.error), []);
  });
  it('the checker itself catches a wrong type and a missing field', () => {
    assert.equal(check({ ok: 'yes', version: '1', schemaVersion: 1 }, SCHEMAS.health).length, 2);
  });
});
