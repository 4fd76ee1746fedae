/**
 * The shards a load writes to, each by its HTTP address. ClickHouse's `system.clusters` lists shards by
 * their native (TCP) port only, so the HTTP addresses come from `$CAPGAP_CLICKHOUSE_SHARDS`
 * (comma-separated `clickhouse://user@host:port`, database taken from the store address); their number is
 * checked against the cluster's (`$CAPGAP_CLICKHOUSE_CLUSTER`, default `capgap`). A one-shard cluster
 * needs no list: the store address is its shard. Which shard a security goes to does not change any answer
 * (every per-stock step needs only that all of a stock's rows sit on one shard).
 */
import { str } from './sql.ts';
import { parseClickHouseUrl } from './url.ts';
import { Warehouse } from './warehouse.ts';

/** The cluster name the schema's Distributed tables use. */
export function clusterName(): string {
  return process.env.CAPGAP_CLICKHOUSE_CLUSTER || 'capgap';
}

/**
 * Opens one Warehouse per shard of the cluster behind `url` (see the file header); the caller closes them.
 * @example const shards = await openShards('clickhouse://default@127.0.0.1:18123/capgap')
 */
export async function openShards(url: string): Promise<Warehouse[]> {
  const address = parseClickHouseUrl(url);
  const cluster = clusterName();
  const initiator = Warehouse.open(url);
  let n: number;
  try {
    const [r] = await initiator.rows<{ n: string }>(
      `SELECT uniqExact(shard_num) AS n FROM system.clusters WHERE cluster = ${str(cluster)}`,
    );
    n = Number(r?.n ?? 0);
  } finally {
    await initiator.close();
  }
  if (n === 0)
    throw new Error(
      `no cluster "${cluster}" in system.clusters of ${address.display}; set $CAPGAP_CLICKHOUSE_CLUSTER or add it to the server's remote_servers`,
    );
  const list = process.env.CAPGAP_CLICKHOUSE_SHARDS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list?.length) {
    if (n === 1) return [Warehouse.open(url)];
    throw new Error(
      `cluster "${cluster}" has ${n} shards: name each shard's HTTP address in $CAPGAP_CLICKHOUSE_SHARDS (clickhouse://user@host:port, comma-separated); system.clusters lists native ports only`,
    );
  }
  if (list.length !== n)
    throw new Error(`$CAPGAP_CLICKHOUSE_SHARDS names ${list.length} shard(s); cluster "${cluster}" has ${n}`);
  return list.map((s) => {
    const a = parseClickHouseUrl(s);
    return Warehouse.open(`${a.display.replace(/\/[^/]*$/, '')}/${address.database}`);
  });
}
