/**
 * The three store reads behind loadPanel (./panel.ts), each over the store's own tables (`store.own()`: the
 * embedded data hold no stock panel) and only the columns and days the panel needs:
 * - the stocks with a bar in the range, in ascending id order (their index is their position), with what
 *   their security type needs;
 * - the rows: stock index, day number and adjusted close, copied from DuckDB's result vectors into typed
 *   arrays (store.readTyped: no row objects);
 * - the cap anchors (store/cap-anchors.ts) of the price dataset: from `cap_anchors`, or derived live when
 *   the table is stale (bars or caps written by plain SQL since the last refresh).
 * Set CAPGAP_SQL_TRACE=1 to print each statement and its parameters on stderr (for EXPLAIN ANALYZE).
 */
import { capAnchorsFresh, capAnchorsSql } from '../store/cap-anchors.ts';
import type { SqlParam, Store } from '../store/store.ts';
import type { CapAnchors } from './panel-caps.ts';
import type { Meta } from './panel-meta.ts';

/** The panel's bars: `$1` source, `$2`..`$3` first and last day (ISO). */
const BARS =
  'SELECT id, date, coalesce(adj_close, close) AS price FROM bars WHERE source = $1 AND date BETWEEN $2::DATE AND $3::DATE';

/** Stocks with a bar in the range, ascending id (`$4`: the caps dataset for the duplicate-class rule, or NULL). */
export const META_SQL = `
  WITH ids AS (SELECT DISTINCT id FROM (${BARS})),
  c AS (SELECT id, arg_min(market_cap, date) AS cap FROM market_caps WHERE ($4::VARCHAR IS NULL OR source = $4) GROUP BY id)
  SELECT ids.id, s.name, s.exchange, s.security_type, s.sector, s.industry, c.cap
  FROM ids LEFT JOIN securities s USING (id) LEFT JOIN c USING (id) ORDER BY ids.id`;

/**
 * The rows: stock index (rank of the id among the range's ids, as META_SQL orders them), day number, price.
 * No ORDER BY: rows come in DuckDB's scan and hash-join order; loadPanel sorts them (./panel-order.ts).
 */
export const ROWS_SQL = `
  WITH b AS (${BARS}),
  ids AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::INTEGER AS stock FROM (SELECT DISTINCT id FROM b))
  SELECT ids.stock, (b.date - DATE '1970-01-01')::INTEGER AS day, b.price FROM b JOIN ids USING (id)`;

/** Anchors of price dataset `$1` (and caps dataset `$2`, or all), from `from` (a table or a subquery). */
export const anchorsSql = (from: string) => `
  SELECT id, (cap_date - DATE '1970-01-01')::DOUBLE AS day, cap, price FROM ${from}
  WHERE price_source = $1 AND ($2::VARCHAR IS NULL OR cap_source = $2) ORDER BY id, cap_date, cap_source`;

function trace(sql: string, params: SqlParam[]): void {
  if (process.env.CAPGAP_SQL_TRACE) process.stderr.write(`-- loadPanel ${JSON.stringify(params)}\n${sql};\n`);
}

/** The range's stocks and their metadata, ascending id. */
export function readMeta(store: Store, src: string, from: string, to: string, capSrc: string | null) {
  const params = [src, from, to, capSrc];
  trace(META_SQL, params);
  return store.own().all<Meta>(META_SQL, params);
}

/** The range's rows as typed columns. */
export function readRows(store: Store, src: string, from: string, to: string) {
  const params = [src, from, to];
  trace(ROWS_SQL, params);
  return store.own().readTyped(ROWS_SQL, params, { stock: 'int32', day: 'int32', price: 'float64' });
}

/** The cap anchors of the panel's stocks (`ids`, ascending), by stock index then day. */
export async function readAnchors(
  store: Store,
  src: string,
  capSrc: string | null,
  ids: readonly string[],
): Promise<CapAnchors> {
  const own = store.own();
  const from = (await capAnchorsFresh(own)) ? 'cap_anchors' : `(${capAnchorsSql('b.source = $1')})`;
  const sql = anchorsSql(from);
  trace(sql, [src, capSrc]);
  const a = await own.typedColumns(sql, [src, capSrc], {
    numbers: ['day', 'cap', 'price'],
    strings: ['id'],
  });
  const index = new Map(ids.map((id, s) => [id, s]));
  const keep: number[] = [];
  for (let k = 0; k < a.id.length; k++) if (index.has(a.id[k])) keep.push(k);
  return {
    stock: Int32Array.from(keep, (k) => index.get(a.id[k]) as number),
    day: Int32Array.from(keep, (k) => a.day[k]),
    cap: Float64Array.from(keep, (k) => a.cap[k]),
    price: Float64Array.from(keep, (k) => a.price[k]),
  };
}
