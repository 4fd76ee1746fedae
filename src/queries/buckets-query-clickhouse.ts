/**
 * The `capgap buckets` question answered in a ClickHouse cluster: buckets-query.ts's options and answer,
 * with the series computed in the warehouse by ./buckets-clickhouse.ts.
 */
import { parseClickHouseUrl } from '../store/clickhouse/url.ts';
import { Warehouse } from '../store/clickhouse/warehouse.ts';
import { computeBucketsClickHouse } from './buckets-clickhouse.ts';
import { type BucketQuery, type BucketSeries, panelStart, stockSeries } from './buckets-query.ts';

/**
 * `queryBuckets` (buckets-query.ts) answered in a ClickHouse cluster at `url`
 * (`clickhouse://user@host:port/db`): same options, same answer for stock-built series, with the same
 * panel window (lookback before `from`). French's series, the quality report and contributions need the
 * local store; asking for them here is an error that says so.
 * @example await queryBucketsClickHouse('clickhouse://default@127.0.0.1:18123/capgap', { scheme: 'terciles', formation: 'monthly' })
 */
export async function queryBucketsClickHouse(url: string, q: BucketQuery): Promise<BucketSeries> {
  const address = parseClickHouseUrl(url);
  if ((q.source ?? 'stocks') !== 'stocks')
    throw new Error(
      `invalid source for a ClickHouse store: "${q.source}"; French's series are in the local store`,
    );
  if (q.quality) throw new Error('invalid option for a ClickHouse store: --quality needs the local store');
  if (q.contributionsOf)
    throw new Error('invalid option for a ClickHouse store: --contributions needs the local store');
  const frequency = q.frequency ?? 'daily';
  if (frequency !== 'daily' && frequency !== 'monthly')
    throw new Error(`invalid frequency: "${frequency}"; expected "daily" or "monthly"`);
  const weighting = q.weighting ?? 'value';
  const t0 = performance.now();
  const wh = Warehouse.open(url);
  try {
    const r = await computeBucketsClickHouse(wh, address.database, {
      ...q,
      formation: q.formation ?? 'june',
      weightings: [weighting],
      panelFrom: panelStart(q),
    });
    const series = stockSeries(r, q, weighting, frequency);
    if (q.timings) {
      const t = r.timings;
      series.timings = {
        storeRead: t.calendar + t.breakpoints + t.returns,
        index: 0,
        compute: t.finish,
        total: performance.now() - t0,
      };
    }
    return series;
  } finally {
    await wh.close();
  }
}
