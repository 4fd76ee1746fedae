import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loadEmbedded } from '../../src/io/embedded.ts';
import { Store } from '../../src/io/store.ts';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import { check } from './schema-check.ts';

// The engine endpoints on the embedded dataset (data/*.parquet, built from ../shared/data; see data/PROVENANCE.md).
const EMBEDDED = new URL('../../data/datasets.parquet', import.meta.url);
const skip = existsSync(EMBEDDED)
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';

// French daily files (PROVENANCE.md; vintage 202505): Lo 10 +3.26, +1.70, +3.03 and Hi 10 +1.22, +0.08, −0.16 on
// 9–11 Nov 2016; Mkt-RF 1.45, 0.33, 0.18 and RF 0.001 each day (F-F_Research_Data_Factors_daily, 202505).
const LO10 = 1.0326 * 1.017 * 1.0303 - 1; // 0.0819738723
const HI10 = 1.0122 * 1.0008 * 0.9984 - 1; // 0.0113889444
const MKT = 1.01451 * 1.00331 * 1.00181 - 1; // 0.0197103692

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read field by field
type Json = any;
const doc = openApiDocument() as Json;

describe('engine endpoints on the embedded data', { skip }, () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await Store.open(':memory:');
    await loadEmbedded(store);
    app = createApp({ store, web: false });
  });
  after(() => store?.close());
  const get = async (path: string, op: string) => {
    const res = await app.request(path);
    const body = (await res.json()) as Json;
    assert.equal(res.status, 200, JSON.stringify(body));
    const schema = doc.paths[op].get.responses['200'].content['application/json'].schema;
    assert.deepEqual(check(body, schema), [], `${op} response vs OpenAPI`);
    return body;
  };

  it('event-study, market-adjusted: CAR = Σ(Lo 10 − market) = 6.027% and BHAR = 6.226% over [0, 2] for 2016', async () => {
    // Hand calculation: (3.26 − 1.451) + (1.70 − 0.331) + (3.03 − 0.181) = 6.027 pp; BHAR = LO10 − MKT.
    const r = await get(
      '/api/event-study?event=2016-11-08&series=french:Lo%2010&model=market-adjusted',
      '/api/event-study',
    );
    const e = r.events[0];
    assert.equal(e.t0Date, '2016-11-09');
    assert.ok(Math.abs(e.car[2] - 0.06027) < 1e-9, `CAR ${e.car[2]}`);
    assert.ok(Math.abs(e.bhar[2] - (LO10 - MKT)) < 1e-9, `BHAR ${e.bhar[2]}`);
  });

  it('event-set: the 2016 election row of Lo 10 − Hi 10 over [0, 2] is the hand-computed spread', async () => {
    const r = await get('/api/event-set?set=elections&from=0&to=2', '/api/event-set');
    const row = r.rows.find((x: Json) => x.eventDate === '2016-11-08');
    assert.ok(Math.abs(row.value - (LO10 - HI10)) < 1e-9, `value ${row.value}`);
    assert.equal(r.rows.length + r.skipped.length, 25); // 25 presidential elections 1928–2024
  });

  it('report: Lo 10 over [t0, t0+2] is +8.20% and the text form says so', async () => {
    const r = await get('/api/report?event=2016-11-08', '/api/report');
    const lo = r.size.groups.deciles.find((b: Json) => b.portfolio === 'Lo 10');
    assert.ok(Math.abs(lo.value - LO10) < 1e-9, `Lo 10 ${lo.value}`);
    const text = await (await app.request('/api/report?event=2016-11-08&format=text')).text();
    assert.match(text, /Lo 10\s+\+8\.20%/);
  });

  it('rejects a series off the allow-list before touching the store', async () => {
    const res = await app.request("/api/event-study?event=2016-11-08&series=IWM';--");
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Json).error.parameter, 'series');
  });
});
