/**
 * The pushed-down size-bucket SQL for ClickHouse 18.16 (no window functions, no query parameters): the
 * same conventions as src/portfolios (engine.ts, universe.ts, breakpoints.ts, kernel.ts), written with
 * array functions over one row per stock (`stock_series`, see schema.ts).
 *
 * Per stock (on the SHARDS, where the stock's rows live): its rows inside the panel window [lo, hi] as
 * arrays sorted by date; the valid bars (price > 0), the rows with a cap > 0; at each formation day f
 * the exclusion reason (universe.ts order; -1 = eligible), the price on f and the cap carried to f (last
 * cap > 0 on or before f, from any row).
 *
 * Query 1, breakpoints: shards ARRAY JOIN the formations and send partial aggregates per formation
 * (the eligible caps as groupArray states, counts per exclusion reason); the INITIATOR merges them, sorts
 * the breakpoint universe per formation and applies the type-7 rule with index arithmetic
 * (h = (n-1)·p/100, j = floor(h), v[j] + (h-j)(v[j+1]-v[j]), as breakpoints.ts), then counts and median
 * caps per bucket. One row per formation comes back.
 *
 * Query 2, returns: the breakpoints go back in as literals; shards assign each eligible stock its bucket
 * (number of breakpoints strictly below its cap), find for each valid bar the formation holding it
 * (f < d <= end of that holding period) and emit, per bar, r = p/p0 - 1 (p0 = previous valid price),
 * (p - p0)/p_f and (p - p0)·cap_f/p_f, and per formation one row per member (count 1, cap_f); they sum
 * these per (formation, day, bucket) as partial states; the INITIATOR merges the sums. Only
 * formation × day × bucket sums come back (the bucket series' numerators and the formation totals);
 * Node divides by the running denominators (kernel.ts: Σw(d) = Σw(d-1) + Σw·r(d-1) from the formation total).
 */
import { dates, floats, ident, num, strings } from './sql.ts';

/** What both queries need, as plain values (day numbers are days since 1970-01-01). */
export interface BucketSqlParams {
  database: string;
  /** Panel window: rows with lo <= date <= hi are read. */
  lo: number;
  hi: number;
  /** Formation days (ascending) and the grid index of each. */
  formations: readonly number[];
  formationIndex: readonly number[];
  /** Last day of each formation's holding period (inclusive). */
  ends: readonly number[];
  /** The trading-day grid (needed only when minHistory > 0, for the first valid bar's grid index). */
  grid: readonly number[];
  types: readonly string[];
  /** Exchanges kept (upper case); null = all, including unknown. */
  exchanges: readonly string[] | null;
  minPrice: number;
  minCap: number;
  minHistory: number;
  /** true: breakpoints from NYSE stocks only. */
  nyse: boolean;
  /** Percentile cuts (0 < p < 100, ascending). */
  cuts: readonly number[];
  /** First and last trading day of the calendar (the day lookups below span them). */
  firstDay: number;
  lastDay: number;
}

/**
 * Day lookups, constant arrays indexed by `day - firstDay + 1`, so that each stock's bars find their
 * formation in O(1) instead of a nested lambda over the formations (18.16 copies every array a lambda
 * captures once per element): `fk` = k on formation day k (1-based) else 0; `next` = the first formation on
 * or after the day (F + 1 after the last); `hold` = the formation whose holding period (F[k], end[k]] holds
 * the day, else 0.
 */
export function dayLookups(p: BucketSqlParams): { fk: Uint16Array; next: Uint16Array; hold: Uint16Array } {
  const n = p.lastDay - p.firstDay + 1;
  const fk = new Uint16Array(n);
  const next = new Uint16Array(n);
  const hold = new Uint16Array(n);
  const F = p.formations;
  let k = 0;
  for (let o = 0; o < n; o++) {
    const day = p.firstDay + o;
    while (k < F.length && F[k] < day) k++;
    next[o] = k + 1;
    if (k < F.length && F[k] === day) fk[o] = k + 1;
    if (k > 0 && day <= p.ends[k - 1]) hold[o] = k;
  }
  return { fk, next, hold };
}

/** Per-stock aliases shared by both queries, as a WITH list (aliases must not be defined inside lambdas). */
function perStock(p: BucketSqlParams): string[] {
  const F = dates(p.formations);
  const win = `toUInt32(d) >= ${Math.trunc(p.lo)} AND toUInt32(d) <= ${Math.trunc(p.hi)}`;
  const ex = p.exchanges ? `has(${strings(p.exchanges)}, upper(exchange))` : '1';
  const firstIdx = p.minHistory > 0 ? `(toInt64(indexOf(${dates(p.grid)}, vds[1])) - 1)` : 'toInt64(0)';
  const hist = p.minHistory > 0 ? `toInt64(fi) - toInt64(firstIdx) < ${Math.trunc(p.minHistory)}` : '0';
  const L = dayLookups(p);
  const at = (name: string, x: string) => `${name}[toUInt32(${x}) - ${Math.trunc(p.firstDay)} + 1]`;
  const nF = p.formations.length;
  return [
    `arrayFilter(d -> ${win}, ds) AS wds`,
    `arrayFilter((x, d) -> ${win}, ps, ds) AS wps`,
    `arrayFilter((x, d) -> ${win}, cs, ds) AS wcs`,
    'arrayFilter((d, x) -> x > 0, wds, wps) AS vds',
    'arrayFilter(x -> x > 0, wps) AS vps',
    'arrayFilter((d, c) -> c > 0, wds, wcs) AS cds',
    'arrayFilter(x -> x > 0, wcs) AS ccs',
    `has(${strings(p.types)}, security_type) AS okType`,
    `${ex} AS okExchange`,
    `${firstIdx} AS firstIdx`,
    `[${L.fk.join(',')}] AS LFK`,
    `[${L.next.join(',')}] AS LNEXT`,
    `[${L.hold.join(',')}] AS LHOLD`,
    `range(${nF}) AS ks`,
    // valid bars on formation days: their formation numbers and positions (at most F of each)
    `arrayMap(d -> ${at('LFK', 'd')}, vds) AS vfk`,
    'arrayFilter(x -> x > 0, vfk) AS onF',
    'arrayFilter((i, x) -> x > 0, arrayEnumerate(vfk), vfk) AS onFPos',
    'arrayMap(k -> onFPos[indexOf(onF, k + 1)], ks) AS fpos',
    // cap rows: the formation each counts toward; the last cap of each run is the cap carried to it
    `arrayMap(d -> ${at('LNEXT', 'd')}, cds) AS cg`,
    // (arraySlice keeps the shifted copy as long as the original when a stock has no cap rows at all)
    'arrayMap((a, b) -> a != b, cg, arraySlice(arrayPushBack(arrayPopFront(cg), toUInt16(65535)), 1, length(cg))) AS cEnd',
    'arrayFilter((x, e) -> e, cg, cEnd) AS cgEnd',
    'arrayFilter((x, e) -> e, ccs, cEnd) AS ccEnd',
    'arrayMap(k -> ccEnd[arrayCount(x -> x <= k + 1, cgEnd)], ks) AS fcap',
    'arrayMap(i -> vps[i], fpos) AS fprice',
    `arrayMap((f, i, c, x, fi) -> multiIf(
      length(vds) = 0, -2,
      NOT okType, 0,
      NOT okExchange, 1,
      vds[1] > f, 2,
      i = 0, 3,
      NOT (c > 0), 4,
      x < ${num(p.minPrice)}, 5,
      c < ${num(p.minCap)}, 6,
      ${hist}, 7,
      -1), ${F}, fpos, fcap, fprice, [${p.formationIndex.map((i) => `toUInt32(${i})`).join(',')}]) AS freason`,
  ];
}

/**
 * Query 1: per formation, breakpoints (type 7), eligible and breakpoint-universe counts, counts and median
 * caps per bucket, and the count per exclusion reason.
 */
export function breakpointsSql(p: BucketSqlParams): string {
  const db = ident(p.database);
  const K = p.cuts.length + 1;
  const h = '((nbp - 1) * q / 100)';
  const j = `floor(${h})`;
  const type7 = `arrayMap(q -> if(${j} + 1 < nbp,
      bv[toUInt32(${j}) + 1] + (${h} - ${j}) * (bv[toUInt32(${j}) + 2] - bv[toUInt32(${j}) + 1]),
      bv[nbp]), ${floats(p.cuts)})`;
  const reasons = Array.from({ length: 8 }, (_, r) => `countIf(aj.2 = ${r}) AS x${r}`).join(', ');
  const nyse = p.nyse ? 'isNyse' : '1';
  return `SELECT fk AS k, length(v) AS eligible, nbp, bps,
    arrayMap(m -> length(m), members) AS counts,
    arrayMap(m -> if(length(m) = 0, nan, arraySum(m) / length(m)), members) AS means,
    arrayMap(m -> if(length(m) = 0, nan, if(length(m) % 2 = 1, m[intDiv(length(m) + 1, 2)],
      (m[intDiv(length(m), 2)] + m[intDiv(length(m), 2) + 1]) / 2)), members) AS medians,
    [${Array.from({ length: 8 }, (_, r) => `x${r}`).join(', ')}] AS excluded
  FROM (
    SELECT fk, arraySort(caps) AS v, arraySort(bpcaps) AS bv, length(bv) AS nbp,
      if(nbp = 0, emptyArrayFloat64(), ${type7}) AS bps,
      arrayMap(b -> arrayFilter(x -> arrayCount(y -> y < x, bps) = b, v), range(${K})) AS members,
      ${Array.from({ length: 8 }, (_, r) => `x${r}`).join(', ')}
    FROM (
      WITH ${[...perStock(p), "upper(exchange) = 'NYSE' AS isNyse"].join(',\n        ')}
      SELECT aj.1 AS fk, groupArrayIf(aj.3, aj.2 = -1) AS caps,
        groupArrayIf(aj.3, aj.2 = -1 AND ${nyse}) AS bpcaps, ${reasons}
      FROM ${db}.stock_series
      ARRAY JOIN arrayMap((i, r, c) -> tuple(i, r, c), arrayEnumerate(freason), freason, fcap) AS aj
      GROUP BY fk
    )
  ) ORDER BY fk`;
}

/**
 * Query 2: per (formation k, day, bucket b) the sums of r (equal), (p-p0)/p_f (equal-hold) and
 * (p-p0)·cap_f/p_f (value) over member bars, and on the formation day itself the member count and cap total.
 */
export function returnsSql(p: BucketSqlParams, breakpoints: readonly (readonly number[])[]): string {
  const db = ident(p.database);
  const F = dates(p.formations);
  const BP = `[${breakpoints.map((b) => floats(b)).join(',')}]`;
  const aliases = [
    ...perStock(p),
    `arrayMap((r, c, bp) -> toInt32(if(r = -1, arrayCount(x -> x < c, bp), -1)), freason, fcap, ${BP}) AS fb`,
    `arrayMap(d -> toUInt32(${'LHOLD'}[toUInt32(d) - ${Math.trunc(p.firstDay)} + 1]), vds) AS bk`,
    'arraySlice(arrayPushFront(arrayPopBack(vps), toFloat64(0)), 1, length(vps)) AS pps',
  ];
  const bars = `arrayFilter(u -> u.3 >= 0, arrayMap((i, d, x, x0) -> tuple(i, d,
      toInt32(if(i > 0, fb[i], -1)),
      x / x0 - 1, (x - x0) * (1 / fprice[i]), (x - x0) * (fcap[i] / fprice[i]), toFloat64(0), toFloat64(0)),
    bk, vds, vps, pps))`;
  const forms = `arrayFilter(u -> u.3 >= 0, arrayMap((i, f) -> tuple(toUInt32(i), f, fb[i],
      toFloat64(0), toFloat64(0), toFloat64(0), toFloat64(1), fcap[i]), arrayEnumerate(${F}), ${F}))`;
  return `WITH ${aliases.join(',\n      ')}
    SELECT aj.1 AS fk, toUInt32(aj.2) AS day, aj.3 AS bucket,
      sum(aj.4) AS ew, sum(aj.5) AS eh, sum(aj.6) AS vw, sum(aj.7) AS n0, sum(aj.8) AS cap0
    FROM ${db}.stock_series
    ARRAY JOIN arrayConcat(${bars}, ${forms}) AS aj
    GROUP BY fk, day, bucket
    ORDER BY fk, day, bucket`;
}
