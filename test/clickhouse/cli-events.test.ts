/**
 * `capgap event`, `compare-events` and `report` with `--store clickhouse://…` print what the local store
 * prints on the same real data: the 2016 fixture (test/fixtures/portfolios, cut from ../shared/data)
 * imported through the CLI into a DuckDB store and into the two-shard cluster. Reference: the local
 * store's output, text equal and JSON numbers to 1e-9. The stock-built legs (bucket:… series computed on
 * the shards, a stock's closes read from its shard) come from the warehouse; French data and ETFs from the
 * local store in both runs. `serve --store` (createApp with a warehouse) answers /api/buckets from the
 * shards with the local app's JSON, and refuses imports over HTTP. Skips with a message when no cluster answers (see cluster.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/server/app.ts';
import { dropSchema } from '../../src/store/clickhouse/schema.ts';
import { Warehouse } from '../../src/store/clickhouse/warehouse.ts';
import { openDefaultStore } from '../../src/store/embedded.ts';
import { cli } from './cli.ts';
import { findCluster } from './cluster.ts';

const cluster = await findCluster();
if (cluster.skip) console.log(`# SKIP clickhouse event tests: ${cluster.skip}`);
const DB = `capgap_events_${process.pid}`;
const dir = fileURLToPath(new URL('../fixtures/portfolios/', import.meta.url));
const FILES = [
  `${dir}companylist_NYSE_2016-09-21.csv.gz`,
  `${dir}companylist_NASDAQ_2016-09-21.csv.gz`,
  `${dir}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`,
];

/** Asserts a and b equal, numbers to 1e-9 (relative above 1: market caps in USD; the path names the first difference). */
function near(a: unknown, b: unknown, path = '$') {
  if (typeof a === 'number' && typeof b === 'number') {
    assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) || a === b, `${path}: ${a} vs ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    assert.deepEqual(Object.keys(a), Object.keys(b), `${path}: keys`);
    for (const k of Object.keys(a))
      near((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  assert.deepEqual(a, b, path);
}

describe('event, compare-events, report and serve with --store clickhouse://…', {
  skip: cluster.skip,
}, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capgap-ch-events-'));
  const db = join(tmp, 'store.duckdb');
  const url = `${cluster.initiator}/${DB}`;
  let shards: Warehouse[] = [];
  before(async () => {
    shards = cluster.shardUrls.map((u) => Warehouse.open(`${u}/${DB}`));
    await dropSchema(shards, DB);
    const local = await cli(['import', ...FILES, '--db', db]);
    assert.equal(local.code, 0, local.err);
    const ch = await cli(['import', ...FILES, '--store', url], {
      CAPGAP_CLICKHOUSE_SHARDS: cluster.shardUrls.join(','),
    });
    assert.equal(ch.code, 0, ch.err);
  });
  after(async () => {
    if (shards.length) await dropSchema(shards, DB);
    for (const s of shards) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs `args` on both stores; text must be equal, JSON numbers to 1e-9. */
  async function same(args: string[]) {
    const local = await cli([...args, '--db', db]);
    assert.equal(local.code, 0, local.err);
    const ch = await cli([...args, '--store', url]);
    assert.equal(ch.code, 0, ch.err);
    assert.equal(ch.out, local.out);
    const lj = await cli([...args, '--db', db, '--json']);
    const cj = await cli([...args, '--store', url, '--json']);
    near(JSON.parse(cj.out), JSON.parse(lj.out));
    return ch.out;
  }

  test('event: a bucket series and a stock against a bucket benchmark, market model', async () => {
    const out = await same([
      'event',
      '--event',
      '2016-11-08',
      '--series',
      'bucket:deciles/Lo 10/value/monthly,AAPL',
      '--benchmark',
      'bucket:deciles/Hi 10/value/monthly',
      '--estimation=-6,-1',
      '--min-obs',
      '3',
      '--window',
      '0,4',
    ]);
    assert.match(out, /Event study: AAPL \(total return \(adjusted close\); stock-panel\/stocks_2016-09-21/);
  });

  test('compare-events: the small-minus-stock metric over a user event set', async () => {
    const set = join(tmp, 'events.csv');
    writeFileSync(set, 'date,label\n2016-11-03,pre-election\n2016-11-08,US election\n2016-11-17,testimony\n');
    const out = await same([
      'compare-events',
      '--set',
      set,
      '--metric',
      'bucket:deciles/Lo 10/value/monthly - bucket:deciles/Hi 10/value/monthly',
      '--window',
      '0,2',
    ]);
    assert.match(out, /US election/);
  });

  test("a stock's raw closes are refused as the local store refuses them (adjusted closes only)", async () => {
    const args = ['event', '--event', '2016-11-08', '--series', 'AAPL:price', '--model', 'mean-adjusted'];
    const local = await cli([...args, '--db', db]);
    const ch = await cli([...args, '--store', url]);
    assert.match(
      ch.err,
      /AAPL: no raw closes in the store \(dataset stock-panel\/\S+ holds adjusted prices only\)/,
    );
    assert.equal(ch.err, local.err);
  });

  test('report: the same snapshot text; the sector section says it needs a local store', async () => {
    const args = ['report', '--event', '2016-11-08', '--to', '2016-11-30'];
    const local = await cli([...args, '--db', db]);
    const ch = await cli([...args, '--store', url]);
    assert.equal(ch.code, 0, ch.err);
    const cut = (t: string) => t.slice(0, t.indexOf('\nSectors'));
    assert.ok(cut(local.out).length > 500, 'the local report has a snapshot before its sector section');
    assert.equal(cut(ch.out), cut(local.out));
    assert.match(ch.out, /Sectors: not computed from a ClickHouse store/);
  });

  test('serve: /api/buckets built from stocks answers from the shards with the local JSON; imports are refused', async () => {
    const store = await openDefaultStore(db, { readOnly: true, readers: 2 });
    try {
      const local = createApp({ store, web: false });
      const wh = createApp({ store, web: false, warehouse: url });
      const path =
        '/api/buckets?source=stocks&scheme=deciles&weighting=value&breakpoints=nyse&formation=2016-11-08&from=2016-11-09&to=2016-11-30';
      const a = await local.request(path);
      const b = await wh.request(path);
      assert.equal(a.status, 200, await a.clone().text());
      assert.equal(b.status, 200, await b.clone().text());
      near(await b.json(), await a.json());
      const imp = await wh.request('/api/import', { method: 'POST', body: 'x' });
      assert.equal(imp.status, 403);
      assert.match(await imp.text(), /capgap import FILE --store clickhouse:/);
    } finally {
      store.close();
    }
  });
});
