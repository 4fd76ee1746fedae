/**
 * The size-bucket task (bench/buckets-common.ts) as one DuckDB SQL query, written the way a DuckDB user
 * would write it: no dense stocks × days grid, only the rows that exist.
 *
 * - Breakpoints per formation day from the sorted list of eligible caps (`list_sort(list(cap))`), by the
 *   type-7 rule exactly as capgap states it (h = (n - 1) × p / 100, j = floor(h), v[j] + (h - j)(v[j+1] - v[j])),
 *   then joined back: bucket = number of breakpoints strictly below the cap. (`quantile_cont(cap, 0.1)` is
 *   the same rule but computes h as (n - 1) × 0.1, which can land one ulp off an order statistic; the
 *   sorted list keeps the peer on capgap's exact breakpoints.)
 * - Carry-forward by a window over (stock, day): each valid bar's previous valid price, `lag(price)`. A member
 *   without a bar has return 0 and an unchanged weight, so only bars move numerators.
 * - Buy-and-hold drift by a running sum over days per (formation, bucket): the value-weighted denominator on
 *   day d is the formation cap total plus the summed value changes of the days before d.
 * Missing values may be NULL or NaN (DuckDB orders NaN above every number, so `NaN > 0` is true: the
 * query says `NOT isnan`). Input tables `panel(stock INTEGER, day INTEGER, price DOUBLE, cap DOUBLE)` (unsorted) and
 * `stocks(stock INTEGER, exchange VARCHAR, security_type VARCHAR)`. Output rows (day, bucket, equal, value),
 * bucket 10 = the market, for every held day and non-empty bucket.
 */

/** The query. Its timer (bench/buckets-duckdb.ts) covers running it and reading all rows back. */
export const DUCKDB_BUCKETS_SQL = `
WITH days AS (
  SELECT day, lead(day) OVER (ORDER BY day) AS next_day FROM (SELECT DISTINCT day FROM panel)
),
forms AS (
  SELECT day AS fday, coalesce(lead(day) OVER (ORDER BY day), (SELECT max(day) FROM days)) AS end_day
  FROM days
  WHERE month(DATE '1970-01-01' + day) = 6 AND month(DATE '1970-01-01' + next_day) <> 6
),
valid AS (SELECT stock, day, price FROM panel WHERE price > 0 AND NOT isnan(price)),
caps AS (SELECT stock, day, cap FROM panel WHERE cap > 0 AND NOT isnan(cap)),
formed AS (
  SELECT v.day AS fday, v.stock, v.price AS pf
  FROM valid v JOIN forms f ON v.day = f.fday JOIN stocks m ON m.stock = v.stock
  WHERE m.security_type = 'common'
),
members AS (
  SELECT f.fday, f.stock, f.pf, c.cap AS capf
  FROM formed f ASOF JOIN caps c ON c.stock = f.stock AND f.fday >= c.day
),
breakpoints AS (
  SELECT fday, list_transform([10, 20, 30, 40, 50, 60, 70, 80, 90]::DOUBLE[], p ->
           CASE WHEN floor((n - 1) * p / 100) + 1 < n
             THEN v[floor((n - 1) * p / 100)::BIGINT + 1]
                  + ((n - 1) * p / 100 - floor((n - 1) * p / 100))
                  * (v[floor((n - 1) * p / 100)::BIGINT + 2] - v[floor((n - 1) * p / 100)::BIGINT + 1])
             ELSE v[n] END) AS bp
  FROM (SELECT fday, list_sort(list(capf)) AS v, count(*) AS n FROM members GROUP BY fday)
),
assigned AS (
  SELECT m.fday, m.stock, m.capf / m.pf AS scale, m.capf,
         len(list_filter(b.bp, x -> x < m.capf))::INTEGER AS bucket
  FROM members m JOIN breakpoints b USING (fday)
),
sizes AS (
  SELECT fday, bucket, count(*)::DOUBLE AS n, sum(capf) AS cap0 FROM assigned GROUP BY fday, bucket
),
held_days AS (
  SELECT d.day, f.fday FROM days d ASOF JOIN forms f ON d.day > f.fday WHERE d.day <= f.end_day
),
moves AS (
  SELECT stock, day, price, lag(price) OVER (PARTITION BY stock ORDER BY day) AS prev FROM valid
),
sums AS (
  SELECT h.fday, h.day, a.bucket, sum(mv.price / mv.prev - 1) AS sr, sum((mv.price - mv.prev) * a.scale) AS sv
  FROM moves mv JOIN held_days h USING (day) JOIN assigned a ON a.fday = h.fday AND a.stock = mv.stock
  GROUP BY ALL
),
cells AS (
  SELECT h.day, s.bucket, s.n, coalesce(x.sr, 0) AS sr, coalesce(x.sv, 0) AS sv,
         s.cap0 + coalesce(sum(x.sv) OVER (PARTITION BY h.fday, s.bucket ORDER BY h.day
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS vden
  FROM held_days h JOIN sizes s USING (fday) LEFT JOIN sums x ON x.fday = h.fday AND x.day = h.day AND x.bucket = s.bucket
)
SELECT day, bucket, sr / n AS equal, sv / vden AS value FROM cells
UNION ALL
SELECT day, 10 AS bucket, sum(sr) / sum(n), sum(sv) / sum(vden) FROM cells GROUP BY day`;
