/**
 * Size-bucket series computed IN a ClickHouse cluster (src/store/clickhouse/buckets-sql.ts): the same
 * answer as `computeBuckets` on the same panel (src/portfolios/engine.ts), but the panel stays in the
 * warehouse. What travels to Node: the trading-day calendar (one date per day), one row per formation
 * (breakpoints, counts, median caps, exclusions) and the formation × day × bucket sums. Node only divides
 * by the running denominators (./buckets-clickhouse-finish.ts) and slices the output range.
 * `capgap buckets` asks through ./buckets-query-clickhouse.ts.
 *
 * Not pushed down yet (a clear error names them): coverage schemes and the `value-lag` weighting.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { bisectLeft, bisectRight } from '../math/bisect.ts';
import { parseScheme, type Scheme } from '../portfolios/breakpoints.ts';
import type { BucketOptions, FormationInfo } from '../portfolios/engine.ts';
import { formationDays, formationName, parseFormation } from '../portfolios/formation.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import { EXCLUSION_REASONS, type UniverseOptions } from '../portfolios/universe.ts';
import { type BucketSqlParams, breakpointsSql, returnsSql } from '../store/clickhouse/buckets-sql.ts';
import { ident } from '../store/clickhouse/sql.ts';
import type { Warehouse } from '../store/clickhouse/warehouse.ts';
import { finishSeries, type SumRow } from './buckets-clickhouse-finish.ts';

/** Weightings the warehouse computes. */
export const CLICKHOUSE_WEIGHTINGS = ['equal', 'equal-hold', 'value'] as const;

/** Options: as computeBuckets (engine.ts), plus the panel window read from the warehouse. */
export interface ClickHouseBucketOptions
  extends Pick<
    BucketOptions,
    keyof UniverseOptions | 'scheme' | 'breakpoints' | 'formation' | 'weightings' | 'from' | 'to'
  > {
  /** First panel day read (ISO); defaults to the panel's first day. The local path's lookback window. */
  panelFrom?: string;
}

/** The warehouse's answer, shaped like the parts of BucketResult a bucket query reads. */
export interface ClickHouseBucketResult {
  scheme: Scheme;
  labels: string[];
  breakpointUniverse: 'all' | 'nyse';
  formation: string;
  weightings: Weighting[];
  dates: string[];
  returns: Partial<Record<Weighting, Float64Array>>;
  formations: FormationInfo[];
  /** Milliseconds per query: calendar, breakpoints, returns (each a round trip to the initiator). */
  timings: { calendar: number; breakpoints: number; returns: number; finish: number };
}

interface FormationRow {
  k: number;
  eligible: number;
  nbp: number;
  bps: number[];
  counts: number[];
  means: (number | null)[];
  medians: (number | null)[];
  excluded: number[];
}

const nan = (x: number | null | string) => (x === null || x === 'nan' ? Number.NaN : Number(x));

/**
 * Forms size buckets in the warehouse (database `database`, tables from schema.ts) and returns the daily
 * series for each weighting, row-major `dates × (K + 1)` (last column = market), as computeBuckets.
 * @example await computeBucketsClickHouse(wh, 'capgap', { scheme: 'deciles', formation: 'june' })
 */
export async function computeBucketsClickHouse(
  wh: Warehouse,
  database: string,
  o: ClickHouseBucketOptions = {},
): Promise<ClickHouseBucketResult> {
  const db = ident(database);
  const scheme = parseScheme(o.scheme ?? 'deciles');
  if (scheme.kind !== 'percentiles')
    throw new Error(
      `invalid scheme for ClickHouse: "${scheme.name}"; coverage schemes are not pushed down yet`,
    );
  const formation = parseFormation(o.formation ?? 'june');
  const weightings = [...(o.weightings ?? ['equal', 'value'])];
  for (const w of weightings)
    if (!(CLICKHOUSE_WEIGHTINGS as readonly string[]).includes(w))
      throw new Error(
        `invalid weighting for ClickHouse: "${w}"; expected one of ${CLICKHOUSE_WEIGHTINGS.join(', ')}`,
      );
  const bp = o.breakpoints ?? 'all';
  if (bp !== 'all' && bp !== 'nyse')
    throw new Error(`invalid breakpoints: "${bp}"; expected "all" or "nyse"`);
  const lo = o.panelFrom ? toDay(o.panelFrom) : 0;
  const hi = o.to ? toDay(o.to) : 65535;

  // The calendar: every day with at least one row in the window (shards: distinct dates; initiator: merge).
  let t = performance.now();
  const cal = await wh.rows<{ d: number }>(
    `SELECT toUInt32(date) AS d FROM ${db}.panel WHERE date >= toDate(${lo}) AND date <= toDate(${hi}) GROUP BY date ORDER BY date`,
  );
  const days = Int32Array.from(cal, (r) => r.d);
  const tCal = performance.now() - t;
  const D = days.length;
  if (D < 2) throw new Error(`the panel has ${D} trading day(s); need at least 2`);
  // Formation days and output range: as engine.ts.
  const allF = formationDays(days, formation);
  if (allF.length === 0)
    throw new Error(`formation ${formationName(formation)}: no formation day inside the panel`);
  const fromIdx = o.from ? bisectLeft(days, toDay(o.from)) : allF[0] + 1;
  const toIdx = o.to ? bisectRight(days, toDay(o.to)) - 1 : D - 1;
  if (fromIdx > toIdx) throw new Error(`empty range: --from ${o.from} --to ${o.to} holds no trading day`);
  if (allF[0] >= fromIdx)
    throw new Error(
      `no portfolio is formed before ${fromDay(days[fromIdx])}: the first formation is ${fromDay(days[allF[0]])}`,
    );
  let startF = 0;
  while (startF + 1 < allF.length && allF[startF + 1] < fromIdx) startF++;
  let nForm = startF;
  while (nForm < allF.length && allF[nForm] < toIdx) nForm++;
  const fIdx = Array.from(allF.subarray(startF, nForm));
  const ends = fIdx.map((_f, i) => Math.min(i + 1 < fIdx.length ? fIdx[i + 1] : D - 1, toIdx));
  const params: BucketSqlParams = {
    database: db,
    lo,
    hi,
    formations: fIdx.map((f) => days[f]),
    formationIndex: fIdx,
    ends: ends.map((e) => days[e]),
    grid: (o.minHistory ?? 0) > 0 ? Array.from(days) : [],
    types: o.types ?? ['common'],
    exchanges: o.exchanges ? o.exchanges.map((e) => e.toUpperCase()) : null,
    minPrice: o.minPrice ?? 0,
    minCap: o.minCap ?? 0,
    minHistory: o.minHistory ?? 0,
    nyse: bp === 'nyse',
    cuts: scheme.cuts,
    firstDay: days[0],
    lastDay: days[D - 1],
  };

  t = performance.now();
  const fr = await wh.rows<FormationRow>(breakpointsSql(params));
  const tBp = performance.now() - t;
  const K = scheme.cuts.length + 1;
  const formations: FormationInfo[] = fIdx.map((f, i) => {
    const r = fr.find((x) => Number(x.k) === i + 1);
    if (!r || Number(r.nbp) === 0)
      throw new Error(
        `formation ${fromDay(days[f])}: no eligible ${bp === 'nyse' ? 'NYSE ' : ''}stocks to set breakpoints`,
      );
    const excluded: Record<string, number> = {};
    EXCLUSION_REASONS.forEach((name, j) => {
      excluded[name] = Number(r.excluded[j]);
    });
    return {
      date: fromDay(days[f]),
      breakpoints: r.bps.map(Number),
      breakpointStocks: Number(r.nbp),
      eligible: Number(r.eligible),
      counts: r.counts.map(Number),
      meanCap: r.means.map(nan),
      medianCap: r.medians.map(nan),
      excluded,
    };
  });

  t = performance.now();
  const sums = await wh.rows<SumRow>(
    returnsSql(
      params,
      formations.map((f) => f.breakpoints),
    ),
  );
  const tRet = performance.now() - t;

  // Finish (kernel.ts's arithmetic, in Node): buckets-clickhouse-finish.ts.
  t = performance.now();
  const returns = finishSeries(sums, { days, fIdx, ends, K, fromIdx, toIdx }, weightings);
  const dates: string[] = [];
  for (let d = fromIdx; d <= toIdx; d++) dates.push(fromDay(days[d]));
  return {
    scheme,
    labels: scheme.labels,
    breakpointUniverse: bp,
    formation: formationName(formation),
    weightings,
    dates,
    returns,
    formations,
    timings: { calendar: tCal, breakpoints: tBp, returns: tRet, finish: performance.now() - t },
  };
}
