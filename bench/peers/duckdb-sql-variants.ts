/**
 * Two rewrites of the DuckDB peer (bench/peers/duckdb-sql.ts) that a DuckDB user might try, kept so that
 * `bench/duckdb-variants.ts` can show whether either is faster (it checks that they give the peer's numbers).
 * Each replaces CTEs of the peer's query by name; everything else is the peer's text.
 *
 * - `one-window`: one window pass over (stock, day) gives both the previous valid price and the carried cap
 *   (`last_value(… IGNORE NULLS)`), instead of `lag(price)` over the valid rows plus an ASOF join of the
 *   formation rows to all the caps.
 * - `cap-fallback`: the formation row's own cap, and an ASOF join only for the members that lack one, on
 *   the caps of those stocks alone.
 */
import { DUCKDB_BUCKETS_SQL } from './duckdb-sql.ts';

/** The peer's CTE named `name` (from "name AS (" to the next CTE), or throws. */
function cte(sql: string, name: string, next: string): string {
  const a = sql.indexOf(`${name} AS (`);
  const b = sql.indexOf(`${next} AS (`, a);
  if (a < 0 || b < 0) throw new Error(`the peer's query has no CTE ${name} before ${next}`);
  return sql.slice(a, b);
}

const base = DUCKDB_BUCKETS_SQL;

const ONE_WINDOW_W = `w AS (
  SELECT stock, day, price, price > 0 AND NOT isnan(price) AS ok,
         last_value(CASE WHEN price > 0 AND NOT isnan(price) THEN price END IGNORE NULLS) OVER prior AS prev,
         last_value(CASE WHEN cap > 0 AND NOT isnan(cap) THEN cap END IGNORE NULLS) OVER upto AS capc
  FROM panel
  WINDOW prior AS (PARTITION BY stock ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
         upto AS (PARTITION BY stock ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
members AS (
  SELECT w.day AS fday, w.stock, w.price AS pf, w.capc AS capf
  FROM w JOIN forms f ON w.day = f.fday JOIN stocks m ON m.stock = w.stock
  WHERE w.ok AND w.capc IS NOT NULL AND m.security_type = 'common'
),
`;

const ONE_WINDOW_SUMS = `sums AS (
  SELECT h.fday, h.day, a.bucket, sum(mv.price / mv.prev - 1) AS sr, sum((mv.price - mv.prev) * a.scale) AS sv
  FROM w mv JOIN held_days h USING (day) JOIN assigned a ON a.fday = h.fday AND a.stock = mv.stock
  WHERE mv.ok
  GROUP BY ALL
),
`;

const CAP_FALLBACK_MEMBERS = `formed AS (
  SELECT p.day AS fday, p.stock, p.price AS pf, CASE WHEN p.cap > 0 AND NOT isnan(p.cap) THEN p.cap END AS cap
  FROM panel p JOIN forms f ON p.day = f.fday JOIN stocks m ON m.stock = p.stock
  WHERE p.price > 0 AND NOT isnan(p.price) AND m.security_type = 'common'
),
members AS (
  SELECT fday, stock, pf, cap AS capf FROM formed WHERE cap IS NOT NULL
  UNION ALL
  SELECT f.fday, f.stock, f.pf, c.cap
  FROM (SELECT * FROM formed WHERE cap IS NULL) f
  ASOF JOIN (SELECT stock, day, cap FROM panel
             WHERE cap > 0 AND NOT isnan(cap) AND stock IN (SELECT stock FROM formed WHERE cap IS NULL)) c
    ON c.stock = f.stock AND f.fday >= c.day
),
`;

/** The variants by name, the peer's own query first. */
export const DUCKDB_VARIANTS: Record<string, string> = {
  peer: base,
  'one-window': base
    .replace(cte(base, 'valid', 'breakpoints'), ONE_WINDOW_W)
    .replace(cte(base, 'moves', 'sums'), '')
    .replace(cte(base, 'sums', 'cells'), ONE_WINDOW_SUMS),
  'cap-fallback': base.replace(cte(base, 'formed', 'breakpoints'), CAP_FALLBACK_MEMBERS),
};
