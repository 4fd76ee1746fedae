import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureStore } from './fixture-store.ts';

// Data: real rows cut from ../shared/data (see test/fixtures/server and scripts/server-fixtures.ts).
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

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read field by field below
type Json = Record<string, any>;
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Json, res };
};
const close = (actual: number, expected: number, tol: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} vs ${expected} (±${tol})`);

describe('GET /api/returns-since', () => {
  it('gives ^RUT +4.72% and ^GSPC +1.30% from the 8 Nov 2016 close to 10 Nov (scheme indexes, days [0, 1])', async () => {
    // Reference: ../shared/data/PROVENANCE.md section 2, "^RUT close 11/8→11/10 +4.72%", "^GSPC: +1.30%".
    const { status, body } = await get('/api/returns-since?event=2016-11-08&scheme=indexes&from=0&to=1');
    assert.equal(status, 200);
    assert.equal(body.event.t0, '2016-11-09');
    assert.equal(body.event.baseDate, '2016-11-08');
    assert.equal(body.endDate, '2016-11-10');
    close(body.summary.small, 0.0472, 0.00005, '^RUT');
    close(body.summary.large, 0.013, 0.00005, '^GSPC');
    close(body.summary.spread, body.summary.small - body.summary.large, 1e-15, 'spread');
    // The JSON vocabulary (docs/json.md): the window, the dates beside it, the unit and the one provenance shape.
    assert.deepEqual(body.window, { from: 0, to: 1 });
    assert.deepEqual(
      [body.startDate, body.requestedTo, body.cut, body.unit],
      ['2016-11-09', 1, null, 'decimal'],
    );
    assert.deepEqual(
      body.provenance.map((p: Json) => [p.dataset, p.frequency, p.weighting]),
      [
        ['yfinance/alitalbi/^RUT', 'daily', null],
        ['yfinance/YoussefKh200/^GSPC', 'daily', null],
      ],
    );
  });

  it('gives ^RUT +8.95% and ^GSPC +1.91% to the close of 15 Nov 2016 (day 4)', async () => {
    // Reference: PROVENANCE.md section 2, "11/8→11/15 +8.95%" and "+1.91%".
    const { body } = await get('/api/returns-since?event=2016-11-08&scheme=indexes&from=0&to=4');
    assert.equal(body.endDate, '2016-11-15');
    close(body.summary.small, 0.0895, 0.00005, '^RUT');
    close(body.summary.large, 0.0191, 0.00005, '^GSPC');
  });

  it('compounds French daily VW Lo 10 and Hi 10 over 9–11 Nov 2016 (days [0, 2])', async () => {
    // Hand calculation from French's daily VW file (PROVENANCE.md: Lo 10 +3.26, +1.70, +3.03; Hi 10 +1.22, +0.08, -0.16):
    // Lo 10: 1.0326 × 1.0170 × 1.0303 − 1 = 0.0819738723; Hi 10: 1.0122 × 1.0008 × 0.9984 − 1 = 0.0113889444.
    const { body } = await get('/api/returns-since?event=2016-11-08&from=0&to=2');
    close(body.summary.small, 0.0819738723, 1e-9, 'Lo 10');
    close(body.summary.large, 0.0113889444, 1e-9, 'Hi 10');
    close(body.summary.spread, 0.0819738723 - 0.0113889444, 1e-9, 'spread');
    assert.deepEqual(body.series.date, ['2016-11-09', '2016-11-10', '2016-11-11']);
    assert.match(
      body.findings[0],
      /beat the largest 10% by 7\.1 percentage points, returning 8\.2% against 1\.1% for the largest 10%\.$/,
    );
  });

  it('indexes days before t0 to the base close: day -1 is 0 and day -2 undoes the event-day return', async () => {
    // French daily VW Lo 10 on 8 Nov 2016 was +0.38% (PROVENANCE.md), so day -2 = 1 / 1.0038 − 1.
    const { body } = await get('/api/returns-since?event=2016-11-08&from=-2&to=0');
    assert.deepEqual(body.series.day, [-2, -1, 0]);
    close(body.series.small[0], 1 / 1.0038 - 1, 1e-12, 'Lo 10 day -2');
    assert.equal(body.series.small[1], 0);
    close(body.series.small[2], 0.0326, 1e-12, 'Lo 10 day 0');
  });

  it('moves t0 to the event day for news before the open', async () => {
    const { body } = await get('/api/returns-since?event=2016-11-08&timing=before-open&from=0&to=0');
    assert.equal(body.event.t0, '2016-11-08');
    close(body.summary.small, 0.0038, 1e-12, 'Lo 10 on 8 Nov 2016 (PROVENANCE.md: +0.38)');
  });

  it('serves the same numbers as CSV, with the conventions as # lines', async () => {
    const res = await app.request('/api/returns-since?event=2016-11-08&from=0&to=2&format=csv');
    assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
    const text = await res.text();
    const lines = text.trim().split('\n');
    assert.match(lines[0], /^# event 2016-11-08/);
    const header = lines.findIndex((l) => l.startsWith('day,'));
    assert.equal(lines[header], 'day,date,small,large,spread');
    const last = lines[lines.length - 1].split(',');
    assert.equal(last[1], '2016-11-11');
    close(Number(last[2]), 0.0819738723, 1e-9, 'Lo 10 in CSV');
  });

  it('says the window leaves the data, naming the end of the data', async () => {
    const { status, body } = await get('/api/returns-since?event=2016-11-08&to=300');
    assert.equal(status, 422);
    assert.equal(body.error.parameter, 'to');
    assert.match(body.error.message, /leaves the data/);
  });

  it('answers 404 with a reason when equal-weighted daily portfolios are not in the store', async () => {
    const { status, body } = await get('/api/returns-since?event=2016-11-08&weighting=equal');
    assert.equal(status, 404);
    assert.match(body.error.message, /equal-weighted/);
  });
});

describe('GET /api/compare-events', () => {
  it('lines up several events with the same window; 2016 and 2020 have opposite signs', async () => {
    const { status, body } = await get('/api/compare-events?events=2016-11-08,2020-11-03&from=0&to=2');
    assert.equal(status, 200);
    assert.equal(body.events.length, 2);
    close(body.events[0].spread, 0.0819738723 - 0.0113889444, 1e-9, '2016 spread (hand calculation above)');
    assert.equal(body.events[1].t0, '2020-11-04');
    // French daily VW file, 4–6 Nov 2020: Lo 10 −0.85, +2.75, −1.21; Hi 10 +2.88, +1.99, +0.05 (percent).
    // Lo 10: 0.9915 × 1.0275 × 0.9879 − 1 = 0.0064391784; Hi 10: 1.0288 × 1.0199 × 1.0005 − 1 = 0.0497977566.
    close(body.events[1].small, 0.0064391784, 1e-9, '2020 Lo 10');
    close(body.events[1].spread, 0.0064391784 - 0.0497977566, 1e-9, '2020 spread');
  });
  it('reports an event outside the data as a row with an error, not a failure', async () => {
    const { body } = await get('/api/compare-events?events=2016-11-08,1990-01-02&to=2&from=0');
    assert.equal(body.events[1].spread, null);
    assert.match(body.events[1].error, /no daily/);
  });
});

describe('findings sentences', () => {
  it('describe a window that ends before the news as levels against the base close', async () => {
    // French daily VW Lo 10 on 8 Nov 2016 was +0.38% (PROVENANCE.md): day −2 is 1 / 1.0038 − 1 = −0.379%,
    // printed with one decimal by the findings' rounding rule: −0.4%.
    const { body } = await get('/api/returns-since?event=2016-11-08&from=-3&to=-2');
    assert.match(
      body.findings[0],
      /^At the close of Nov\. 7, 2016, before the news, Lo 10 \(small\) stood −0\.4%/,
    );
  });
});
