/**
 * Benchmark runner: DuckDB SQL (bench/peers/duckdb-sql.ts) on @duckdb/node-api, all cores (DuckDB's
 * default threads). Args: DIR (bench/panel-files.ts). Load: panel.parquet into a table (file order kept)
 * and stocks.csv. Timer: running the query and reading its columns back.
 */
import { Store } from '../src/store/store.ts';
import { printReport, resultsOf, timer } from './buckets-common.ts';
import { DUCKDB_BUCKETS_SQL } from './peers/duckdb-sql.ts';

const dir = process.argv[2];
const store = await Store.open(':memory:');
const t = performance.now();
await store.run(`CREATE TABLE panel AS SELECT * FROM read_parquet('${dir}/panel.parquet')`);
await store.run(
  `CREATE TABLE stocks AS SELECT * FROM read_csv('${dir}/stocks.csv', header = true, columns = {'stock': 'INTEGER', 'exchange': 'VARCHAR', 'security_type': 'VARCHAR'})`,
);
const loadMs = performance.now() - t;
const stop = timer();
const c = (await store.columns(DUCKDB_BUCKETS_SQL)) as Record<string, Float64Array>;
const compute = stop();
printReport('duckdb', compute, loadMs, resultsOf(c.day, c.bucket, c.equal, c.value));
store.close();
