/**
 * The event engine's stock-built series answered in a ClickHouse cluster (`--store clickhouse://…` on
 * `event`, `compare-events`, `report`): what travels to Node is one number per trading day per series,
 * never the panel.
 * - `bucket:<scheme>/<label>[/…]`: the bucket series computed on the shards (./buckets-query-clickhouse.ts);
 * - `<ID>` / `<ID>:total`: the security's adjusted closes from the warehouse's `bars` (read on the one
 *   shard that holds the security; among several datasets the one with the most rows, then the latest, then
 *   by name, as store/series-load.ts), with the local store's dataset facts (vintage "through <last day>").
 *   `<ID>:price` is refused as the local store refuses it for a stock panel (adjusted closes only).
 *   A security the warehouse does not hold (an ETF, an index) is read from the local store.
 * French's series and factors come from the local store (the embedded dataset unless --db).
 */

import { provenanceOf } from '../provenance.ts';
import { ident, str } from '../store/clickhouse/sql.ts';
import { parseClickHouseUrl } from '../store/clickhouse/url.ts';
import { Warehouse } from '../store/clickhouse/warehouse.ts';
import { loadPrices, type PriceSeries } from '../store/series-load.ts';
import type { Store } from '../store/store.ts';
import { queryBucketsClickHouse } from './buckets-query-clickhouse.ts';
import type { SeriesSource } from './series-source.ts';

/** What the local import records as a stock panel's source (store/import/panel.ts). */
const PANEL_SOURCE = 'long daily stock panel (Date,Ticker,OHLCV; adjusted prices)';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A security's adjusted closes from the warehouse, or null when it holds none.
 * @example await warehousePrices('clickhouse://default@127.0.0.1:18123/capgap', 'AAPL', 'total')
 */
export async function warehousePrices(
  url: string,
  id: string,
  basis: 'total' | 'price',
): Promise<PriceSeries | null> {
  const db = ident(parseClickHouseUrl(url).database);
  const wh = Warehouse.open(url);
  try {
    const cands = await wh.rows<{ dataset: string; n: string; last: number }>(
      `SELECT dataset, toString(count()) AS n, toUInt32(max(date)) AS last FROM ${db}.bars
        WHERE security = ${str(id)} GROUP BY dataset`,
    );
    if (!cands.length) return null;
    cands.sort((a, b) => Number(b.n) - Number(a.n) || b.last - a.last || (a.dataset < b.dataset ? -1 : 1));
    const best = cands[0].dataset;
    if (basis === 'price')
      throw new Error(
        `${id}: no raw closes in the store (dataset ${best} holds adjusted prices only); use basis "total"`,
      );
    const rows = await wh.rows<{ d: number; v: number }>(
      `SELECT toUInt32(date) AS d, price AS v FROM ${db}.bars
        WHERE security = ${str(id)} AND dataset = ${str(best)} ORDER BY date`,
    );
    const [{ last }] = await wh.rows<{ last: number }>(
      `SELECT toUInt32(max(date)) AS last FROM ${db}.bars WHERE dataset = ${str(best)}`,
    );
    return {
      id,
      dataset: best,
      basis: 'total',
      days: Int32Array.from(rows, (r) => Number(r.d)),
      values: Float64Array.from(rows, (r) => Number(r.v)),
      vintage: `through ${iso(Number(last))}`,
      source: PANEL_SOURCE,
      provenance: provenanceOf(best, {
        source: PANEL_SOURCE,
        frequency: 'daily',
        vintage: `through ${iso(Number(last))}`,
      }),
    };
  } finally {
    await wh.close();
  }
}

/**
 * The SeriesSource of a ClickHouse store at `url`, falling back to `store` for securities it lacks.
 * @example await loadSeries(store, 'bucket:deciles/Lo 10', warehouseSeries(url, store))
 */
export function warehouseSeries(url: string, store: Store): SeriesSource {
  return {
    buckets: (q) => queryBucketsClickHouse(url, q),
    prices: async (id, o) => (await warehousePrices(url, id, o.basis)) ?? loadPrices(store, id, o),
  };
}
