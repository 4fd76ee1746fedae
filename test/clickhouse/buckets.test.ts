/**
 * Size buckets computed in a real two-shard ClickHouse cluster agree with the local kernel
 * (src/portfolios/engine.ts `computeBuckets`, the reference) on the same panel: every daily series to
 * 1e-9, breakpoints exactly, and the formation facts (counts, median caps, exclusions).
 * Panels: the seeded SYNTHETIC panel (src/portfolios/synthetic.ts; not market data) and the real 2016
 * fixture (test/fixtures/portfolios, cut from ../shared/data by scripts/cut-portfolio-fixtures.ts).
 * Skips with a message when no cluster answers (see cluster.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';
import { computeBucketsClickHouse } from '../../src/queries/buckets-clickhouse.ts';
import { loadPanel } from '../../src/store/clickhouse/load.ts';
import { createSchema, dropSchema } from '../../src/store/clickhouse/schema.ts';
import { Warehouse } from '../../src/store/clickhouse/warehouse.ts';
import { findCluster } from './cluster.ts';

const cluster = await findCluster();
if (cluster.skip) console.log(`# SKIP clickhouse tests: ${cluster.skip}`);
const DB = `capgap_test_${process.pid}`;

/** Largest |a - b| over two series (NaN must meet NaN). */
function worst(a: Float64Array, b: Float64Array): number {
  assert.equal(a.length, b.length, 'series lengths');
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]) || Number.isNaN(b[i])) {
      assert.ok(Number.isNaN(a[i]) && Number.isNaN(b[i]), `cell ${i}: ${a[i]} vs ${b[i]}`);
      continue;
    }
    m = Math.max(m, Math.abs(a[i] - b[i]));
  }
  return m;
}

const close = (a: number, b: number) =>
  Number.isNaN(a) ? Number.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.abs(a);

describe('capgap size buckets in a two-shard ClickHouse cluster', { skip: cluster.skip }, () => {
  let shards: Warehouse[] = [];
  let wh: Warehouse;
  const panel: Panel = syntheticPanel({ stocks: 200, days: 560, seed: 7 }); // SYNTHETIC, seeded
  before(async () => {
    shards = cluster.shardUrls.map((u) => Warehouse.open(`${u}/${DB}`));
    wh = Warehouse.open(`${cluster.initiator}/${DB}`);
    await dropSchema(shards, DB);
    await createSchema(shards, DB, 'capgap');
    const r = await loadPanel(shards, panel, { database: DB });
    assert.equal(r.rows, panel.stock.length);
    assert.ok(
      r.rowsPerShard.every((n) => n > 0),
      `both shards hold rows: ${r.rowsPerShard}`,
    );
  });
  after(async () => {
    if (shards.length) await dropSchema(shards, DB);
    for (const s of [...shards, wh]) await s?.close();
  });

  for (const formation of ['june', 'monthly'])
    for (const breakpoints of ['all', 'nyse'] as const)
      for (const scheme of ['deciles', 'terciles'])
        test(`${scheme}, ${breakpoints} breakpoints, ${formation} formation: EW, equal-hold and VW series agree with computeBuckets to 1e-9`, async () => {
          const weightings = ['equal', 'equal-hold', 'value'] as const;
          const o = { scheme, breakpoints, formation, weightings: [...weightings] };
          const ref = computeBuckets(panel, o);
          const got = await computeBucketsClickHouse(wh, DB, o);
          assert.deepEqual(got.dates, ref.dates);
          for (const w of weightings) {
            const d = worst(got.returns[w]!, ref.returns[w]!);
            assert.ok(d <= 1e-9, `${w}: largest difference ${d}`);
          }
          assert.equal(got.formations.length, ref.formations.length);
          ref.formations.forEach((f, i) => {
            const g = got.formations[i];
            assert.equal(g.date, f.date);
            assert.deepEqual(g.breakpoints, f.breakpoints, `${f.date}: type-7 breakpoints, bit for bit`);
            assert.equal(g.breakpointStocks, f.breakpointStocks);
            assert.equal(g.eligible, f.eligible);
            assert.deepEqual(g.counts, f.counts);
            assert.deepEqual(g.excluded, f.excluded);
            for (let k = 0; k < f.medianCap.length; k++) {
              assert.ok(close(f.medianCap[k], g.medianCap[k]), `${f.date} median ${k}`);
              assert.ok(close(f.meanCap[k], g.meanCap[k]), `${f.date} mean ${k}`);
            }
          });
        });

  test('universe filters (exchanges, minimum price, cap and history) and an output range agree with computeBuckets', async () => {
    const o = {
      scheme: 'quintiles',
      formation: 'quarterly',
      exchanges: ['NYSE', 'NASDAQ'],
      types: ['common', 'etf'],
      minPrice: 5,
      minCap: 1e8,
      minHistory: 60,
      from: '2000-09-01',
      to: '2002-03-15',
      weightings: ['value' as const],
    };
    const ref = computeBuckets(panel, o);
    const got = await computeBucketsClickHouse(wh, DB, o);
    assert.deepEqual(got.dates, ref.dates);
    assert.ok(worst(got.returns.value!, ref.returns.value!) <= 1e-9);
    assert.deepEqual(
      got.formations.map((f) => f.excluded),
      ref.formations.map((f) => f.excluded),
    );
  });

  test('a reload replaces the months it covers (no duplicated rows)', async () => {
    await loadPanel(shards, panel, { database: DB });
    const [{ n }] = await wh.rows<{ n: number }>(`SELECT toFloat64(count()) AS n FROM ${DB}.panel`);
    assert.equal(n, panel.stock.length);
  });

  test('a panel with two rows for one stock and day is refused before anything is sent, naming them', async () => {
    const bad: Panel = {
      ...panel,
      stock: Int32Array.of(0, 0),
      day: Int32Array.of(11000, 11000),
      price: Float64Array.of(1, 2),
      cap: Float64Array.of(1, 2),
    };
    await assert.rejects(loadPanel(shards, bad, { database: DB }), /stock S00000 has two rows on 2000-02-13/);
  });

  test('schemes and weightings not pushed down are refused by name', async () => {
    await assert.rejects(computeBucketsClickHouse(wh, DB, { scheme: 'coverage:70,90' }), /coverage:70,90/);
    await assert.rejects(computeBucketsClickHouse(wh, DB, { weightings: ['value-lag'] }), /"value-lag"/);
  });

  test('a shard that does not answer fails the query with an error naming it, never a partial answer', async () => {
    // Cluster `capgap_broken` (scripts/clickhouse/server.xml): shard 1, and a shard on 127.0.0.1:19009 where nothing listens.
    const broken = `${DB}_broken`;
    await createSchema([shards[0]], broken, 'capgap_broken');
    try {
      await loadPanel([shards[0]], panel, { database: broken });
      await assert.rejects(
        computeBucketsClickHouse(shards[0], broken, {}),
        (err: Error & { shard?: string }) => {
          assert.match(err.message, /shard 127\.0\.0\.1:19009 is unavailable/);
          assert.equal(err.shard, '127.0.0.1:19009');
          return true;
        },
      );
    } finally {
      await dropSchema([shards[0]], broken);
    }
  });
});
