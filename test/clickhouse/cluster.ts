/**
 * The ClickHouse cluster the tests use: `$CAPGAP_CLICKHOUSE_URL` (the initiator,
 * clickhouse://user@host:port) and `$CAPGAP_CLICKHOUSE_SHARDS` (each shard's clickhouse:// address, in the
 * cluster's order, comma-separated), else the two loopback shards of scripts/clickhouse/start.sh. The
 * tests start nothing: when no server answers they skip and say how to start one.
 */
import { Warehouse } from '../../src/store/clickhouse/warehouse.ts';

const DEFAULT_SHARDS = ['clickhouse://default@127.0.0.1:18123', 'clickhouse://default@127.0.0.1:18124'];

/** The cluster, or the reason to skip. */
export interface TestCluster {
  /** Address of the initiator (with database appended by the caller). */
  initiator: string;
  shardUrls: string[];
  skip: string | false;
}

/** Probes the servers (SELECT 1 with a short timeout); never throws. */
export async function findCluster(): Promise<TestCluster> {
  const shardUrls = process.env.CAPGAP_CLICKHOUSE_SHARDS?.split(',').map((s) => s.trim()) ?? DEFAULT_SHARDS;
  const initiator = process.env.CAPGAP_CLICKHOUSE_URL ?? shardUrls[0];
  for (const url of [initiator, ...shardUrls]) {
    const wh = Warehouse.open(`${url}/default`, { timeoutMs: 2000, retries: 0 });
    try {
      await wh.rows('SELECT 1 AS one');
    } catch {
      return {
        initiator,
        shardUrls,
        skip: `no ClickHouse server answers at ${url}: start the test cluster with scripts/clickhouse/start.sh (Debian clickhouse-server) or set CAPGAP_CLICKHOUSE_URL and CAPGAP_CLICKHOUSE_SHARDS`,
      };
    } finally {
      await wh.close();
    }
  }
  return { initiator, shardUrls, skip: false };
}
