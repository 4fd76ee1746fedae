/**
 * What the size-bucket benchmark's runners share: the task (the same semantics in every peer) and the
 * result format. The panel is SYNTHETIC (src/portfolios/synthetic.ts: seeded, lognormal caps, fat-tailed
 * returns, listings, delistings, missing days, tied caps); it is not market data.
 *
 * Task: deciles of market cap over all eligible common stocks (type 7 percentile breakpoints, a cap equal
 * to a breakpoint goes to the lower bucket), formed at the last trading day of each June, held from the
 * next day to the next formation; a stock is eligible if it has a bar on the formation day and a cap > 0;
 * missing prices are carried forward; daily returns per bucket and for the market, equal-weighted
 * (rebalanced daily) and value-weighted (formation cap with buy-and-hold drift).
 *
 * Timer boundaries, the same for every engine: the timer starts with the long panel in memory in the
 * engine's own structure (typed arrays, a DuckDB table, a Polars or pandas DataFrame), rows in file order,
 * and stops with the bucket series in memory in that engine (sorting, grouping and indexing included).
 * Loading the files is timed apart and not compared.
 */

/** The panel size for a target row count: 2,520 weekdays (about 10 years, 10 June formations). */
export function panelShape(rows: number): { stocks: number; days: number; seed: number } {
  const days = 2520;
  return { stocks: Math.max(20, Math.round(rows / (days * 0.865))), days, seed: 42 };
}

/** A runner's report, printed as one JSON line on stdout. */
export interface RunnerReport {
  engine: string;
  /** Milliseconds to compute, from the long panel in memory to the bucket series. */
  computeMs: number;
  /** CPU milliseconds (user + system, all threads of the process) over the same span. */
  cpuMs: number;
  /** Milliseconds to get the long panel into memory (not compared). */
  loadMs: number;
  /** Peak resident memory of the process in MB (getrusage max RSS). */
  peakMb: number;
  /** Results keyed `day:bucket` (bucket 10 = market): [equal, value]. */
  results: Record<string, [number, number]>;
  /** capgap only: milliseconds per step (index, formation, kernel, output). */
  phases?: Record<string, number>;
}

/** Prints a runner's report as its last stdout line. */
export function printReport(
  engine: string,
  [computeMs, cpuMs]: [number, number],
  loadMs: number,
  results: RunnerReport['results'],
  phases?: Record<string, number>,
) {
  const report: RunnerReport = {
    engine,
    computeMs,
    cpuMs,
    loadMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    results,
    phases,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** Results keyed `day:bucket` from rows (day, bucket, equal, value), skipping NaN cells. */
export function resultsOf(
  day: ArrayLike<number>,
  bucket: ArrayLike<number>,
  equal: ArrayLike<number>,
  value: ArrayLike<number>,
): RunnerReport['results'] {
  const out: RunnerReport['results'] = {};
  for (let i = 0; i < day.length; i++) {
    if (!Number.isNaN(equal[i])) out[`${day[i]}:${bucket[i]}`] = [equal[i], value[i]];
  }
  return out;
}

/**
 * Starts a timer; calling the result gives [wall ms, CPU ms] since the start.
 * @example const stop = timer(); work(); const [wall, cpu] = stop();
 */
export function timer(): () => [number, number] {
  const t = performance.now();
  const c = process.cpuUsage();
  return () => {
    const u = process.cpuUsage(c);
    return [performance.now() - t, (u.user + u.system) / 1000];
  };
}
