/**
 * `node --import tsx bench/duckdb-variants.ts DIR [--rounds 3]`: is the DuckDB peer the fastest way to
 * write the task in DuckDB? Runs the peer's query and the rewrites in bench/peers/duckdb-sql-variants.ts
 * on one benchmark panel (bench/panel-files.ts; SYNTHETIC, not market data), interleaved round by round in
 * one process (so DuckDB's buffers are warm after the first round for all alike), and prints each one's
 * minimum wall and CPU time (process.cpuUsage: all of DuckDB's threads) with the load average, and its
 * largest difference from the peer's numbers.
 */
import { loadavg } from 'node:os';
import { Store } from '../src/store/store.ts';
import { timer } from './buckets-common.ts';
import { DUCKDB_VARIANTS } from './peers/duckdb-sql-variants.ts';

const dir = process.argv[2];
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;
if (!dir || !(rounds >= 1)) throw new Error('usage: duckdb-variants.ts DIR [--rounds N]');

const store = await Store.open(':memory:');
await store.run(`CREATE TABLE panel AS SELECT * FROM read_parquet('${dir}/panel.parquet')`);
await store.run(
  `CREATE TABLE stocks AS SELECT * FROM read_csv('${dir}/stocks.csv', header = true, columns = {'stock': 'INTEGER', 'exchange': 'VARCHAR', 'security_type': 'VARCHAR'})`,
);
type Cols = Record<string, Float64Array>;
const best: Record<string, { wall: number; cpu: number; loads: number[]; diff: number }> = {};
let reference: Cols | undefined;
for (let r = 0; r < rounds; r++) {
  for (const [name, sql] of Object.entries(DUCKDB_VARIANTS)) {
    const load = loadavg()[0];
    const stop = timer();
    const c = (await store.columns(`SELECT * FROM (${sql}) ORDER BY day, bucket`)) as Cols;
    const [wall, cpu] = stop();
    reference ??= c;
    best[name] ??= { wall: Infinity, cpu: Infinity, loads: [], diff: 0 };
    const b = best[name];
    b.wall = Math.min(b.wall, wall);
    b.cpu = Math.min(b.cpu, cpu);
    b.loads.push(load);
    b.diff = Math.max(b.diff, maxDiff(reference, c));
  }
}
for (const [name, b] of Object.entries(best)) {
  const load = `${Math.min(...b.loads).toFixed(1)}–${Math.max(...b.loads).toFixed(1)}`;
  console.log(
    `${name.padEnd(13)} wall ${(b.wall / 1000).toFixed(3)} s  cpu ${(b.cpu / 1000).toFixed(3)} s  ` +
      `(${(b.cpu / best.peer.cpu).toFixed(2)}× the peer's CPU)  load ${load}  max |diff| ${b.diff.toExponential(1)}`,
  );
}
store.close();

/** The largest |difference| between two results in (day, bucket) order; Infinity if their cells differ. */
function maxDiff(a: Cols, b: Cols): number {
  if (a.day.length !== b.day.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.day.length; i++) {
    if (a.day[i] !== b.day[i] || a.bucket[i] !== b.bucket[i]) return Infinity;
    m = Math.max(m, Math.abs(a.equal[i] - b.equal[i]), Math.abs(a.value[i] - b.value[i]));
  }
  return m;
}
