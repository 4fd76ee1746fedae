/**
 * `npm run bench:clickhouse [-- --rows 1e7,5e7] [--shards 1,2] [--rounds 2]`
 *
 * The size-bucket task of bench/buckets-common.ts (June-formed deciles over all eligible common stocks,
 * daily EW and VW) on a seeded SYNTHETIC panel (src/portfolios/synthetic.ts; not market data), computed
 * (a) by capgap's local kernel (`computeBuckets`, the panel already in typed arrays) and (b) pushed down
 * to the loopback ClickHouse test cluster (scripts/clickhouse/start.sh; 1 shard = cluster `capgap_one`,
 * 2 shards = `capgap`), the panel already loaded. Timer boundaries: (a) computeBuckets on the in-memory
 * panel; (b) the three round trips of computeBucketsClickHouse (calendar, breakpoints, returns) plus the
 * finish in Node. Loading is timed apart (RowBinary over HTTP, partition swap). Runs are interleaved and
 * each figure is the minimum over --rounds. Each line prints the 1-minute load average; the two shards run
 * on the same machine, so "per shard" here divides one machine's cores between them.
 * Every ClickHouse answer is checked against the kernel's (max |difference| over all cells).
 */
import { loadavg } from 'node:os';
import { computeBuckets } from '../src/portfolios/engine.ts';
import { syntheticPanel } from '../src/portfolios/synthetic.ts';
import { computeBucketsClickHouse } from '../src/queries/buckets-clickhouse.ts';
import { loadPanel } from '../src/store/clickhouse/load.ts';
import { createSchema, dropSchema } from '../src/store/clickhouse/schema.ts';
import { Warehouse } from '../src/store/clickhouse/warehouse.ts';
import { panelShape } from './buckets-common.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('rows', '1e7,5e7').split(',').map(Number);
const shardCounts = arg('shards', '1,2').split(',').map(Number);
const rounds = Number(arg('rounds', '2'));
const URLS = (
  process.env.CAPGAP_CLICKHOUSE_SHARDS ??
  'clickhouse://default@127.0.0.1:18123,clickhouse://default@127.0.0.1:18124'
).split(',');
const load = () => loadavg()[0].toFixed(2);
const sec = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

const probe = Warehouse.open(`${URLS[0]}/default`, { timeoutMs: 2000, retries: 0 });
try {
  await probe.rows('SELECT 1 AS one');
} catch {
  console.log('bench:clickhouse: no ClickHouse at', URLS[0], '- start it with scripts/clickhouse/start.sh');
  process.exit(0);
} finally {
  await probe.close();
}

const options = {
  scheme: 'deciles',
  formation: 'june',
  breakpoints: 'all' as const,
  weightings: ['equal' as const, 'value' as const],
};
for (const rows of sizes) {
  const panel = syntheticPanel(panelShape(rows)); // SYNTHETIC, seeded
  const n = panel.stock.length;
  console.log(`rows=${n} stocks=${panel.ids.length} (synthetic, seed 42) load=${load()}`);
  const setups: { shards: number; db: string; wh: Warehouse; all: Warehouse[] }[] = [];
  for (const S of shardCounts) {
    const db = `capgap_bench_${S}`;
    const all = URLS.slice(0, S).map((u) => Warehouse.open(`${u}/${db}`, { timeoutMs: 3_600_000 }));
    const every = URLS.map((u) => Warehouse.open(`${u}/${db}`));
    await dropSchema(every, db); // a previous run's leftovers, on every shard
    for (const w of every) await w.close();
    await createSchema(all, db, S === 1 ? 'capgap_one' : 'capgap');
    const t = performance.now();
    const r = await loadPanel(all, panel, { database: db });
    console.log(
      `  load ${S} shard(s): ${sec(performance.now() - t)} (${r.rowsPerShard.join(' + ')} rows, ${r.partitions} partitions) load=${load()}`,
    );
    setups.push({ shards: S, db, wh: all[0], all });
  }
  const best: Record<string, number> = {};
  let ref: Float64Array | undefined;
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    const local = computeBuckets(panel, options);
    const ms = performance.now() - t;
    best.local = Math.min(best.local ?? Number.POSITIVE_INFINITY, ms);
    ref = local.returns.value!;
    console.log(`  round ${round + 1} local kernel: ${sec(ms)} load=${load()}`);
    for (const s of setups) {
      t = performance.now();
      const got = await computeBucketsClickHouse(s.wh, s.db, options);
      const ms2 = performance.now() - t;
      best[s.shards] = Math.min(best[s.shards] ?? Number.POSITIVE_INFINITY, ms2);
      let worst = 0;
      for (let i = 0; i < ref.length; i++)
        if (!Number.isNaN(ref[i])) worst = Math.max(worst, Math.abs(ref[i] - got.returns.value![i]));
      const tm = got.timings;
      console.log(
        `  round ${round + 1} clickhouse ${s.shards} shard(s): ${sec(ms2)} (calendar ${sec(tm.calendar)}, breakpoints ${sec(tm.breakpoints)}, returns ${sec(tm.returns)}) max|diff VW| ${worst.toExponential(1)} load=${load()}`,
      );
    }
  }
  const parts = [`rows=${n}`, `local=${sec(best.local)} (${Math.round(n / (best.local / 1000))} rows/s)`];
  for (const s of setups)
    parts.push(
      `clickhouse ${s.shards} shard(s)=${sec(best[s.shards])} (${Math.round(n / s.shards / (best[s.shards] / 1000))} rows/s per shard)`,
    );
  console.log(`${parts.join('  ')} load=${load()}`);
  for (const s of setups) {
    await dropSchema(s.all, s.db);
    for (const w of s.all) await w.close();
  }
}
