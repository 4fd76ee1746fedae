/**
 * The routes' view of a ClickHouse store (`capgap serve --store clickhouse://…`, docs/scale.md): size
 * buckets built from stocks are computed on the shards and a security's closes read from its shard; French
 * data, ETFs and everything else come from the local store. Loaded lazily, so a server without a warehouse
 * never loads the ClickHouse client. Series read from the warehouse are kept in the server's memory like
 * the local store's (per series spec, until the local data change or the server restarts).
 */
import { type BucketQuery, type BucketSeries, queryBuckets } from '../../queries/buckets-query.ts';
import type { SeriesSource } from '../../queries/series-source.ts';
import type { ServerState } from '../context.ts';

/**
 * Where loadSeries reads stock-built series for this server: the warehouse, or {} (the local store).
 * @example await loadSeries(state.store, spec, await seriesSource(state))
 */
export async function seriesSource(state: ServerState): Promise<SeriesSource> {
  if (!state.warehouse) return {};
  const { warehouseSeries } = await import('../../queries/series-clickhouse.ts');
  return warehouseSeries(state.warehouse, state.store);
}

/**
 * `queryBuckets` on the server's store: stock-built series from the warehouse when the server has one.
 * @example await bucketsFor(state, { scheme: 'deciles', source: 'stocks' })
 */
export async function bucketsFor(state: ServerState, q: BucketQuery): Promise<BucketSeries> {
  if (!state.warehouse || (q.source ?? 'stocks') !== 'stocks') return queryBuckets(state.store, q);
  const { queryBucketsClickHouse } = await import('../../queries/buckets-query-clickhouse.ts');
  return queryBucketsClickHouse(state.warehouse, q);
}
