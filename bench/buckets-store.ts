/**
 * `node --import tsx bench/buckets-store.ts [--db FILE] [--runs 4]`
 *
 * End to end on the real store: the November 2016 deciles query (NYSE breakpoints, formed at the 2016-10-31
 * close, 11-01 .. 11-30, value-weighted) through `queryBuckets`, repeated in one process (run 1 is cold,
 * the rest warm), with its time split into store read (loadPanel), index and compute, the CPU time of the
 * process over each run (all threads, DuckDB's included) and the load average. Needs a store with the
 * Kaggle panel and the companylists imported (the README's `capgap import` commands); `--db` defaults to
 * $CAPGAP_DB or ~/.capgap/capgap.duckdb.
 */
import { loadavg } from 'node:os';
import { queryBuckets } from '../src/queries/buckets-query.ts';
import { defaultStorePath, Store } from '../src/store/store.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '4'));
if (!(runs >= 1)) throw new Error(`invalid --runs: ${arg('runs', '')}; expected a number >= 1`);
const store = await Store.open(arg('db', defaultStorePath()));
const s3 = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
for (let i = 1; i <= runs; i++) {
  const load = loadavg()[0];
  const c = process.cpuUsage();
  const t = performance.now();
  const s = await queryBuckets(store, {
    scheme: 'deciles',
    breakpoints: 'nyse',
    formation: '2016-10-31',
    from: '2016-11-01',
    to: '2016-11-30',
    weighting: 'value',
    timings: true,
  });
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  const tm = s.timings!;
  console.log(
    `run ${i}${i === 1 ? ' (cold)' : ''}: total ${s3(wall)}, cpu ${s3((u.user + u.system) / 1000)}; store read ${s3(tm.storeRead)}, index ${s3(tm.index)}, compute ${s3(tm.compute)}; Lo 10 ${((s.compounded[0] ?? Number.NaN) * 100).toFixed(2)}%, Hi 10 ${((s.compounded[9] ?? Number.NaN) * 100).toFixed(2)}%; load avg ${load.toFixed(2)}`,
  );
}
store.close();
