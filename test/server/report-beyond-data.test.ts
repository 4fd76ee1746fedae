import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from './embedded-store.ts';
import { check } from './schema-check.ts';

// GET /api/report for events the embedded data (data/PROVENANCE.md) do not cover: French's daily VW size
// portfolios (vintage 202505) end on 2025-05-30 and the daily factors start on 1926-07-01.
const skip = hasEmbedded
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  if (skip) return;
  store = await embeddedStore();
  app = createApp({ store, web: false, timeoutMs: 120_000 });
});
after(async () => {
  await app?.state.serial.idle();
  store?.close();
});

describe('GET /api/report on an event no data cover', { skip }, () => {
  // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is read field by field
  const doc = openApiDocument() as any;
  for (const [event, words] of [
    [
      '2030-01-01',
      /Size portfolios: event 2030-01-01: no trading day after it in the data \(data end 2025-05-30\)/,
    ],
    ['1900-01-02', /no trading day before it in the data \(data start 1926-07-01\)/],
  ] as const) {
    for (const format of ['json', 'text', 'html']) {
      it(`${event}, ${format}: 422 naming the event and where each source stops, as documented`, async () => {
        const res = await app.request(`/api/report?event=${event}&format=${format}`);
        assert.equal(res.status, 422);
        const body = (await res.json()) as { error: { message: string; parameter: string } };
        assert.equal(body.error.parameter, 'event');
        assert.match(body.error.message, new RegExp(`^no data answers the event ${event}: `));
        assert.match(body.error.message, words);
        const schema = doc.paths['/api/report'].get.responses['422']?.content['application/json'].schema;
        assert.ok(schema, '422 is documented for /api/report');
        assert.deepEqual(check(body, schema), []);
      });
    }
  }
});
