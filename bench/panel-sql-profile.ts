/**
 * `node --import tsx bench/panel-sql-profile.ts [--db FILE] [--from 2016-10-21] [--to 2016-11-30]`
 *
 * DuckDB's profile of the statements loadPanel sends (src/queries/panel-reads.ts) for the November 2016
 * deciles query's range (its formation look-back included), on the store's own tables: each statement's
 * latency and CPU time as DuckDB counts them, then its operators with their time and rows, the load average
 * beside. Needs a store with the Kaggle panel and the companylists imported (the README's `capgap import`
 * commands); `--db` defaults to $CAPGAP_DB or ~/.capgap/capgap.duckdb.
 */
import { loadavg } from 'node:os';
import { anchorsSql, META_SQL, ROWS_SQL } from '../src/queries/panel-reads.ts';
import { defaultStorePath, Store } from '../src/store/store.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const store = await Store.open(arg('db', defaultStorePath()), { readOnly: true });
const src = (
  await store.one<{ name: string }>(
    "SELECT name FROM datasets WHERE kind = 'stock-panel' ORDER BY name <> 'kaggle/stocks', name LIMIT 1",
  )
)?.name;
if (!src) throw new Error('no stock panel in the store; import one (capgap import <panel.csv.gz>) first');
const [from, to] = [arg('from', '2016-10-21'), arg('to', '2016-11-30')];

type Node = {
  operator_name?: string;
  operator_timing?: number;
  operator_cardinality?: number;
  children?: Node[];
};
const statements: [string, string, (string | null)[]][] = [
  ['meta', META_SQL, [src, from, to, null]],
  ['rows', ROWS_SQL, [src, from, to]],
  ['anchors', anchorsSql('cap_anchors'), [src, null]],
];
for (const [name, sql, params] of statements) {
  await store.connection.run(sql, params); // warm
  const r = await store.connection.runAndReadAll(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  const p = JSON.parse(String(r.getRows()[0][1])) as Node & { latency: number; cpu_time: number };
  console.log(
    `${name}: latency ${(p.latency * 1000).toFixed(1)} ms, DuckDB CPU ${(p.cpu_time * 1000).toFixed(1)} ms; load avg ${loadavg()[0].toFixed(2)}`,
  );
  const walk = (n: Node, depth: number) => {
    const t = (n.operator_timing ?? 0) * 1000;
    if (n.operator_name && n.operator_name !== 'EXPLAIN_ANALYZE')
      console.log(
        `  ${' '.repeat(depth)}${n.operator_name} ${t.toFixed(1)} ms, ${n.operator_cardinality} rows`,
      );
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(p, 0);
}
store.close();
