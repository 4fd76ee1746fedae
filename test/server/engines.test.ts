import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { openApiDocument } from '../../src/server/openapi.ts';
import type { Store } from '../../src/store/store.ts';
import { embeddedStore, hasEmbedded } from './embedded-store.ts';
import { check } from './schema-check.ts';

// The engine endpoints on the embedded dataset (data/*.parquet, built from ../shared/data; see data/PROVENANCE.md).
const skip = hasEmbedded
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
const TOKEN = 'engines-test-token';

// One store for every suite here: loading the embedded data takes a few seconds.
let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  if (skip) return;
  store = await embeddedStore();
  // A generous deadline: the deadline is tested elsewhere, and this machine may be busy.
  app = createApp({ store, web: false, importToken: TOKEN, timeoutMs: 120_000 });
});
after(async () => {
  await app?.state.serial.idle();
  store?.close();
});

describe('engine endpoints on the embedded data', { skip }, () => {
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
    assert.equal(e.t0, '2016-11-09');
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

  it('report as HTML and as a news article: the Lo 10 − Hi 10 spread over 3 sessions reads 7.1 points', async () => {
    // LO10 − HI10 = 0.0705849 (hand calculation above) → "7.1 percentage points" by the article rounding rule.
    const html = await app.request('/api/report?event=2016-11-08&format=html');
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const page = await html.text();
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /7\.1 percentage points/);
    const article = await (await app.request('/api/report?event=2016-11-08&format=article')).text();
    assert.match(article, /7\.1 (percentage )?points/);
  });

  it('check: "The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016" is supported', async () => {
    // Reference: PROVENANCE.md §2, ^RUT 11/8→11/15 +8.95%.
    const claim = 'The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016';
    const r = await get(`/api/check?${new URLSearchParams({ claim })}`, '/api/check');
    const v = r.sentences[0].claims[0];
    assert.equal(v.verdict, 'supported');
    // The JSON edge writes the computed return as a decimal with its unit and dates (docs/json.md).
    const c = v.readings[0].computed;
    assert.ok(Math.abs(c.value - 0.0895) < 0.00005, String(c.value));
    assert.deepEqual([c.unit, c.baseDate, c.endDate], ['decimal', '2016-11-08', '2016-11-15']);
    assert.equal(c.provenance[0].dataset, 'yfinance/^RUT');
    const wrong = await get(
      `/api/check?${new URLSearchParams({ claim: claim.replace('8.95', '9.95') })}`,
      '/api/check',
    );
    assert.equal(wrong.sentences[0].claims[0].verdict, 'not supported');
  });

  it('POST /api/check reads an article as JSON or text/plain and answers per sentence', async () => {
    const text =
      'Markets were calm. The Russell 2000 has returned 8.95% since Nov. 8, 2016, through Nov. 15, 2016.';
    const schema = doc.paths['/api/check'].post.responses['200'].content['application/json'].schema;
    for (const init of [
      { path: '/api/check', type: 'application/json', body: JSON.stringify({ text, event: '2016-11-08' }) },
      { path: '/api/check?event=2016-11-08', type: 'text/plain', body: text },
    ]) {
      const res = await app.request(init.path, {
        method: 'POST',
        headers: { 'content-type': init.type },
        body: init.body,
      });
      const body = (await res.json()) as Json;
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.deepEqual(check(body, schema), [], 'POST /api/check response vs OpenAPI');
      assert.equal(body.sentences[0].status, 'not a quantitative claim');
      assert.equal(body.sentences[1].claims[0].verdict, 'supported');
    }
  });

  it('POST /api/check answers 400 naming the bad value, and 413 for a body over the bound', async () => {
    const post = (body: string, type = 'application/json', path = '/api/check') =>
      app.request(path, { method: 'POST', headers: { 'content-type': type }, body });
    let res = await post('{"text": 3}');
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Json).error.parameter, 'text');
    res = await post('{"text": "x", "event": "2016-13-01"}');
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Json).error.parameter, 'event');
    res = await post('{"txt": "x"}');
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as Json).error.message, /unknown field/);
    res = await post('not json');
    assert.equal(res.status, 400);
    res = await post('   ', 'text/plain');
    assert.equal(res.status, 400);
    res = await post('x'.repeat(100_001), 'text/plain');
    assert.equal(res.status, 413);
  });

  it('rejects a series off the allow-list before touching the store', async () => {
    const res = await app.request("/api/event-study?event=2016-11-08&series=IWM';--");
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as Json).error.parameter, 'series');
  });
});

describe('records and flows endpoints', { skip }, () => {
  const get = async (path: string, op: string) => {
    const res = await app.request(path);
    const body = (await res.json()) as Json;
    assert.equal(res.status, 200, JSON.stringify(body));
    const schema = doc.paths[op].get.responses['200'].content['application/json'].schema;
    assert.deepEqual(check(body, schema), [], `${op} response vs OpenAPI`);
    return body;
  };

  it('records: November 2016, value-weighted, Lo 10 +9.75% and Hi 10 +3.42%, spread 6.33 pp', async () => {
    // Reference: PROVENANCE.md §1 spot checks (French monthly file, vintage 202602).
    const r = await get('/api/records?month=2016-11', '/api/records');
    assert.equal(r.small, 0.0975);
    assert.equal(r.large, 0.0342);
    assert.ok(Math.abs(r.spread - 0.0633) < 1e-12);
    assert.equal(r.record.provisional, false);
  });

  it('flows: says there are no flows in the embedded data, then sums an uploaded hand-made file', async () => {
    const empty = await get('/api/flows', '/api/flows');
    assert.match(empty.note, /no flow data/);
    // Hand-made, fictional funds (test/fixtures/flows; README there): registry first, then shares/NAV + vendor flows.
    for (const [kind, file] of [
      ['etfs', 'handmade-etfs.csv'],
      ['etf-flows', 'handmade-shares-nav.csv'],
    ]) {
      const body = readFileSync(new URL(`../fixtures/flows/${file}`, import.meta.url));
      const res = await app.request(`/api/import?kind=${kind}&name=${file}`, {
        method: 'POST',
        body,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(res.status, 200, await res.text());
    }
    const r = await get(
      '/api/flows?category=US%20small%20cap,US%20large%20cap&event=2016-11-08',
      '/api/flows',
    );
    // Hand calculation (as in test/flows/store.test.ts): XLRG vendor flows −1m on 11-08 (before) and −3m on 11-09;
    // XSML week to Fri 11 Nov: 50,000 × 101 + 50,000 × 103 + (2,210,000 − 2 × 1,100,000) × 52 = 10,720,000
    // (the 2-for-1 split between 11-09 and 11-11 is detected from the matched share and NAV jumps).
    const week = (cat: string) =>
      r.rows.find((x: Json) => x.category === cat && x.periodEnd === '2016-11-11');
    assert.deepEqual([week('US large cap').flow, week('US large cap').beforeEvent], [-4_000_000, -1_000_000]);
    assert.deepEqual([week('US small cap').flow, week('US small cap').afterEvent], [10_720_000, 5_670_000]);
  });
});

describe('buckets endpoint', { skip }, () => {
  it('French deciles: daily VW Lo 10 compounded over 9–11 Nov 2016 is the hand calculation; monthly EW Nov 2016 Lo 10 is +6.98%', async () => {
    const daily = (await (await app.request('/api/buckets?from=2016-11-09&to=2016-11-11')).json()) as Json;
    assert.deepEqual(
      check(daily, doc.paths['/api/buckets'].get.responses['200'].content['application/json'].schema),
      [],
    );
    assert.ok(Math.abs(daily.compounded[0] - LO10) < 1e-9, `Lo 10 ${daily.compounded[0]}`);
    // PROVENANCE.md §1: EW Nov 2016, Lo 10 +6.98%, Hi 10 +4.46% (monthly file, vintage 202602).
    const m = (await (
      await app.request('/api/buckets?frequency=monthly&weighting=equal&from=2016-11-01&to=2016-11-30')
    ).json()) as Json;
    assert.deepEqual([m.returns[0][0], m.returns[0][9]], [0.0698, 0.0446]);
  });
  it('bounds the range and says which weightings French has', async () => {
    const long = await app.request('/api/buckets?from=2000-01-01&to=2016-11-11');
    assert.equal(long.status, 400);
    const w = await app.request('/api/buckets?from=2016-11-01&to=2016-11-30&weighting=value-lag');
    assert.match(((await w.json()) as Json).error.message, /value and equal weighting only/);
  });
});
