/** Benchmark runner: the DuckDB-SQL implementation (src/portfolios/reference-sql.ts). Args: panel.csv stocks.csv. */

import { referenceSql } from '../src/portfolios/reference-sql.ts';
import { Store } from '../src/store/store.ts';
import type { RunnerReport } from './buckets-common.ts';

const [panelCsv, stocksCsv] = process.argv.slice(2);
const store = await Store.open(':memory:');
let t = performance.now();
await store.run(
  `CREATE TABLE panel AS SELECT * FROM read_csv('${panelCsv}', header = true, columns = {'stock': 'INTEGER', 'day': 'INTEGER', 'price': 'DOUBLE', 'cap': 'DOUBLE'})`,
);
await store.run(
  `CREATE TABLE stocks AS SELECT * FROM read_csv('${stocksCsv}', header = true, columns = {'stock': 'INTEGER', 'exchange': 'VARCHAR', 'security_type': 'VARCHAR'})`,
);
const loadMs = performance.now() - t;
t = performance.now();
const rows = await store.all<{ day: number; bucket: number; equal: number; value: number }>(
  referenceSql({ scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] }),
);
const computeMs = performance.now() - t;
const results: RunnerReport['results'] = {};
for (const r of rows) results[`${r.day}:${r.bucket}`] = [r.equal, r.value];
const report: RunnerReport = {
  engine: 'duckdb-sql',
  computeMs,
  loadMs,
  peakMb: process.resourceUsage().maxRSS / 1024,
  results,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
store.close();
