/**
 * An independent DuckDB-SQL implementation of the bucket engine, written from the conventions (not from the
 * kernel) to cross-check it (a correctness reference, not a benchmark peer: it builds a dense stocks × days
 * grid; bench/peers/duckdb-sql.ts is the peer). It builds SQL text only; the
 * caller runs it on a store (analytics never touch DuckDB).
 *
 * Input tables: `<panel>(stock INTEGER, day INTEGER, price DOUBLE, cap DOUBLE)` (day = day number) and
 * `<stocks>(stock INTEGER, exchange VARCHAR, security_type VARCHAR)`. Output rows
 * `(di INTEGER, day INTEGER, bucket INTEGER, equal, equal_hold, value, value_lag DOUBLE)`, where di is the
 * grid day index, bucket K is the market, for every held day of every formation (percentile schemes only).
 */
import { toDay } from '../calendar/dates.ts';
import { parseScheme } from './breakpoints.ts';
import { parseFormation } from './formation.ts';
import { WEIGHTINGS, type Weighting } from './kernel.ts';
import type { UniverseOptions } from './universe.ts';

/** Options of referenceSql: a scheme, a formation, the breakpoint universe and the universe filters. */
export interface ReferenceSqlOptions extends UniverseOptions {
  scheme?: string;
  formation?: string;
  breakpoints?: 'all' | 'nyse';
  panelTable?: string;
  stocksTable?: string;
  /** Weightings to compute (columns of the output); defaults to all four. */
  weightings?: readonly Weighting[];
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const dbl = (x: number) => `${String(x)}::DOUBLE`;

/**
 * The SQL of the reference implementation (one SELECT).
 * @example await store.all(referenceSql({ scheme: 'deciles', formation: 'june' }))
 */
export function referenceSql(options: ReferenceSqlOptions = {}): string {
  const scheme = parseScheme(options.scheme ?? 'deciles');
  if (scheme.kind !== 'percentiles')
    throw new Error(`referenceSql: scheme "${scheme.name}" is not a percentile scheme`);
  const formation = parseFormation(options.formation ?? 'june');
  const panel = options.panelTable ?? 'panel';
  const stocks = options.stocksTable ?? 'stocks';
  const K = scheme.cuts.length;
  const types = (options.types ?? ['common']).map(quote).join(', ');
  const exch = options.exchanges
    ? `AND upper(coalesce(m.exchange, '')) IN (${options.exchanges.map((e) => quote(e.toUpperCase())).join(', ')})`
    : '';
  const formCond =
    formation.kind === 'once'
      ? `di = (SELECT max(di) FROM days WHERE day <= ${toDay(formation.date)})`
      : `month(d0) <> month(d1) ${formation.kind === 'quarterly' ? 'AND month(d0) % 3 = 0' : formation.kind === 'june' ? 'AND month(d0) = 6' : ''}`;
  const cuts = scheme.cuts.map((p, k) => `(${k}, ${dbl(p)})`).join(', ');
  const AGG: Record<Weighting, string> = {
    equal: 'avg(r) AS equal',
    'equal-hold': 'sum(w_eh * r) / sum(w_eh) AS equal_hold',
    value: 'sum(w_vw * r) / sum(w_vw) AS value',
    'value-lag': 'sum(w_vl * r) / sum(w_vl) AS value_lag',
  };
  const aggregates = (options.weightings ?? WEIGHTINGS).map((w) => AGG[w]);
  return `
WITH days AS (
  SELECT day, (row_number() OVER (ORDER BY day) - 1)::INTEGER AS di, DATE '1970-01-01' + day AS d0,
         DATE '1970-01-01' + lead(day) OVER (ORDER BY day) AS d1
  FROM (SELECT DISTINCT day FROM ${panel})
),
ndays AS (SELECT count(*)::INTEGER AS n FROM days),
grid AS (
  SELECT s.stock, d.di, d.day, CASE WHEN p.price > 0 THEN p.price END AS obs_price, CASE WHEN p.cap > 0 THEN p.cap END AS obs_cap
  FROM (SELECT DISTINCT stock FROM ${panel}) s CROSS JOIN days d
  LEFT JOIN ${panel} p ON p.stock = s.stock AND p.day = d.day
),
filled AS (
  SELECT stock, di, day, obs_price IS NOT NULL AS observed,
    last_value(obs_price IGNORE NULLS) OVER w AS price,
    last_value(obs_cap IGNORE NULLS) OVER w AS cap,
    min(CASE WHEN obs_price IS NOT NULL THEN di END) OVER (PARTITION BY stock) AS first_di
  FROM grid WINDOW w AS (PARTITION BY stock ORDER BY di ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
lagged AS (
  SELECT *, lag(price) OVER (PARTITION BY stock ORDER BY di) AS prev_price,
         lag(cap) OVER (PARTITION BY stock ORDER BY di) AS prev_cap
  FROM filled
),
formations AS (
  SELECT di AS fdi, coalesce(lead(di) OVER (ORDER BY di), (SELECT n FROM ndays) - 1) AS end_di
  FROM days WHERE d1 IS NOT NULL AND ${formCond}
),
eligible AS (
  SELECT f.fdi, f.end_di, g.stock, g.cap AS capf, g.price AS pf, m.exchange
  FROM formations f JOIN filled g ON g.di = f.fdi JOIN ${stocks} m ON m.stock = g.stock
  WHERE g.observed AND g.cap > 0 AND coalesce(m.security_type, 'unknown') IN (${types}) ${exch}
    AND g.price >= ${dbl(options.minPrice ?? 0)} AND g.cap >= ${dbl(options.minCap ?? 0)}
    AND f.fdi - g.first_di >= ${options.minHistory ?? 0}
),
ranked AS (
  SELECT fdi, capf, (row_number() OVER (PARTITION BY fdi ORDER BY capf) - 1)::DOUBLE AS rk,
         (count(*) OVER (PARTITION BY fdi))::DOUBLE AS n
  FROM eligible ${options.breakpoints === 'nyse' ? "WHERE upper(exchange) = 'NYSE'" : ''}
),
cuts(k, p) AS (VALUES ${cuts}),
positions AS (
  SELECT r.fdi, c.k, (r.n - 1) * c.p / 100 AS h, floor((r.n - 1) * c.p / 100) AS j, r.n
  FROM (SELECT DISTINCT fdi, n FROM ranked) r CROSS JOIN cuts c
),
bps AS (
  SELECT q.fdi, q.k,
    CASE WHEN q.j + 1 < q.n
      THEN max(CASE WHEN r.rk = q.j THEN r.capf END) + (q.h - q.j) * (max(CASE WHEN r.rk = q.j + 1 THEN r.capf END) - max(CASE WHEN r.rk = q.j THEN r.capf END))
      ELSE max(CASE WHEN r.rk = q.n - 1 THEN r.capf END) END AS bp
  FROM positions q JOIN ranked r ON r.fdi = q.fdi AND (r.rk = q.j OR r.rk = q.j + 1 OR r.rk = q.n - 1)
  GROUP BY q.fdi, q.k, q.h, q.j, q.n
),
assigned AS (
  SELECT e.*, (SELECT count(*) FROM bps b WHERE b.fdi = e.fdi AND b.bp < e.capf)::INTEGER AS bucket FROM eligible e
),
held AS (
  SELECT a.bucket, g.di, g.day, g.price / g.prev_price - 1 AS r,
         g.prev_price / a.pf AS w_eh, a.capf * g.prev_price / a.pf AS w_vw, g.prev_cap AS w_vl
  FROM assigned a JOIN lagged g ON g.stock = a.stock AND g.di > a.fdi AND g.di <= a.end_di
)
SELECT di, day, coalesce(bucket, ${K + 1}) AS bucket, ${aggregates.join(', ')}
FROM held GROUP BY GROUPING SETS ((di, day, bucket), (di, day))
ORDER BY di, bucket`;
}
