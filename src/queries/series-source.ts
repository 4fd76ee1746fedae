import type { PriceSeries } from '../store/series-load.ts';
import type { BucketQuery, BucketSeries } from './buckets-query.ts';

/**
 * Where the stock-built series come from when not the local store: size buckets and a security's closes
 * (./series-clickhouse.ts answers them in a ClickHouse cluster). French's series and factors always come
 * from the local store.
 */
export interface SeriesSource {
  buckets?: (q: BucketQuery) => Promise<BucketSeries>;
  prices?: (id: string, options: { basis: 'total' | 'price' }) => Promise<PriceSeries>;
}
