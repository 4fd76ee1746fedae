/**
 * Reading one security's prices out of the store as typed columns.
 *
 * Price basis (stated in every output): `total` uses `adj_close` (split- and dividend-adjusted, so
 * returns include dividends); `price` uses `close` (raw). Indices such as ^GSPC and ^RUT are price
 * indices: their "total" series is their close, and the result says `price index`.
 */
import { type Provenance, provenanceOf } from '../provenance.ts';
import type { Store } from './store.ts';

/** A dated series of values, day numbers ascending. */
export interface DatedSeries {
  days: Int32Array;
  values: Float64Array;
}

/** A price series with what it is. */
export interface PriceSeries extends DatedSeries {
  id: string;
  /** The dataset (bars.source) it came from. */
  dataset: string;
  /** What the values are: adjusted close (total return), raw close (price), or a price index level. */
  basis: 'total' | 'price' | 'price index';
  vintage: string | null;
  source: string | null;
  /** The same, typed (src/provenance.ts): daily closes of one security. */
  provenance: Provenance;
}

/**
 * Loads one security's closes. With `basis: 'total'` (default) takes `adj_close` where the dataset has it,
 * else `close` (and says so). Among several datasets holding the id, takes the one with the most rows
 * that have the wanted column, then the latest last date, then the name.
 * @example const rut = await loadPrices(store, '^RUT');
 */
export async function loadPrices(
  store: Store,
  id: string,
  options: { basis?: 'total' | 'price'; dataset?: string } = {},
): Promise<PriceSeries> {
  const basis = options.basis ?? 'total';
  const candidates = await store.all<{ source: string; n_adj: number; n_close: number; last: string }>(
    `SELECT source, count(adj_close)::DOUBLE AS n_adj, count(close)::DOUBLE AS n_close, max(date) AS last
       FROM bars WHERE id = $1 ${options.dataset ? 'AND source = $2' : ''}
      GROUP BY source`,
    options.dataset ? [id, options.dataset] : [id],
  );
  if (candidates.length === 0) {
    throw new Error(
      `no prices for ${JSON.stringify(id)} in the store${options.dataset ? ` (dataset ${options.dataset})` : ''}; import a price file with \`capgap import\``,
    );
  }
  const want = (c: (typeof candidates)[number]) => (basis === 'total' ? c.n_adj || c.n_close : c.n_close);
  // A user's import wins over the embedded data for the same security (docs/data-model.md), then the most
  // rows, the latest data, the dataset's name.
  const embedded = await embeddedSources(store);
  const rank = (c: (typeof candidates)[number]) => (want(c) > 0 && !embedded.has(c.source) ? 0 : 1);
  candidates.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      want(b) - want(a) ||
      (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) ||
      (a.source < b.source ? -1 : 1),
  );
  const best = candidates[0];
  if (want(best) === 0) {
    throw new Error(
      `${id}: no raw closes in the store (dataset ${best.source} holds adjusted prices only); use basis "total"`,
    );
  }
  const isIndex = id.startsWith('^');
  const column = basis === 'total' && best.n_adj > 0 && !isIndex ? 'adj_close' : 'close';
  const valueCol = column === 'close' && best.n_close === 0 ? 'adj_close' : column;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, ${valueCol} AS v FROM bars
      WHERE id = $1 AND source = $2 AND ${valueCol} IS NOT NULL ORDER BY date`,
    [id, best.source],
    { numbers: ['d', 'v'] },
  );
  const meta = await store.one<{ vintage: string | null; source: string | null }>(
    'SELECT vintage, source FROM datasets WHERE name = $1',
    [best.source],
  );
  return {
    id,
    dataset: best.source,
    basis: isIndex ? 'price index' : valueCol === 'adj_close' ? 'total' : 'price',
    days: Int32Array.from(cols.d),
    values: cols.v,
    vintage: meta?.vintage ?? null,
    source: meta?.source ?? null,
    provenance: provenanceOf(best.source, { ...meta, frequency: 'daily' }),
  };
}
/** The datasets read in place from the embedded data (none for a store opened without them). */
async function embeddedSources(store: Store): Promise<Set<string>> {
  try {
    const rows = await store.all<{ name: string }>("SELECT name FROM datasets WHERE origin = 'embedded'");
    return new Set(rows.map((r) => r.name));
  } catch {
    return new Set(); // a plain store: its datasets table has no origin column
  }
}
