/**
 * The `--timings` line of `capgap buckets` (stderr): wall time per step, and the CPU the process spent
 * over the query with the load average beside it, since on a busy machine wall time measures the load
 * more than the code.
 */
import { loadavg } from 'node:os';

/** Milliseconds per step, as queryBuckets reports them. */
export interface StepTimings {
  storeRead: number;
  index: number;
  compute: number;
  total: number;
}

/**
 * One line: `timings: store read …, index …, compute …, total …; CPU … (…), load average …`.
 * @example timingsLine({ storeRead: 310, index: 12, compute: 40, total: 362 }, process.cpuUsage(cpu0))
 */
export function timingsLine(t: StepTimings, cpu: NodeJS.CpuUsage): string {
  const sec = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  return (
    `timings: store read ${sec(t.storeRead)}, index ${sec(t.index)}, compute ${sec(t.compute)}, ` +
    `total ${sec(t.total)}; CPU ${sec((cpu.user + cpu.system) / 1000)} (user + system, all threads, ` +
    `DuckDB's included), load average ${loadavg()[0].toFixed(2)}`
  );
}
