/**
 * Benchmark runner: capgap's engine (see buckets-common.ts). Args: DIR (bench/panel-files.ts).
 * The panel is read into SharedArrayBuffers (as loadPanel gives big panels) while the engine's helper
 * threads start (warmThreads: like DuckDB's threads, which start with its database before its timer);
 * both are in the load time, not the compute time.
 * Timer: computeBuckets(panel) on the typed columns in file order, on the path it picks (the stock-span
 * path for this panel): index (the pass for days and stock spans, the partition of the rows into tiles of
 * stocks), formation and breakpoints, kernel (each group's tiles filled and walked stock by stock, the
 * groups' sums added) and the output series; the passes shared by the threads (src/portfolios/threads).
 * `--path day-blocks` times the other path; `--tile-cells N` other tiles (Infinity: one tile a group);
 * CAPGAP_THREADS=1 the main thread alone.
 */
import { toDay } from '../src/calendar/dates.ts';
import { computeBuckets } from '../src/portfolios/engine.ts';
import { warmThreads } from '../src/portfolios/threads/pool.ts';
import { printReport, type RunnerReport, timer } from './buckets-common.ts';
import { readPanelFiles } from './panel-files.ts';

const t = performance.now();
const threads = warmThreads(); // the helper threads start while the panel loads (threads/pool.ts)
const panel = readPanelFiles(process.argv[2]);
await threads;
const loadMs = performance.now() - t;
const at = process.argv.indexOf('--path');
const path = at > 0 ? (process.argv[at + 1] as 'stock-spans' | 'day-blocks') : 'auto';
const tc = process.argv.indexOf('--tile-cells');
const tileCells = tc > 0 ? Number(process.argv[tc + 1]) : undefined;
if (tileCells !== undefined && !(tileCells >= 1))
  throw new Error(`invalid --tile-cells: ${process.argv[tc + 1]}`);
const stop = timer();
const r = computeBuckets(panel, {
  scheme: 'deciles',
  formation: 'june',
  weightings: ['equal', 'value'],
  path,
  tileCells,
});
const compute = stop();
const results: RunnerReport['results'] = {};
const W = r.labels.length + 1;
for (let i = 0; i < r.dates.length; i++) {
  const day = toDay(r.dates[i]);
  for (let b = 0; b < W; b++) {
    const e = r.returns.equal![i * W + b];
    if (!Number.isNaN(e)) results[`${day}:${b}`] = [e, r.returns.value![i * W + b]];
  }
}
printReport('capgap', compute, loadMs, results, { ...r.timings });
