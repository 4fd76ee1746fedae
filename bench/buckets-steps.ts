/**
 * `node --import tsx bench/buckets-steps.ts DIR [--rounds 3] [--whole]`: where capgap's time goes on a benchmark
 * panel (bench/panel-files.ts; SYNTHETIC, not market data), step by step, in CPU milliseconds
 * (process.cpuUsage: user + system, all threads) and wall milliseconds, for the bench task (June-formed
 * deciles, EW and VW), min over rounds run in one process (so warm code after the first round, unlike the
 * bench's cold processes). The panel's columns are shared and the helper threads up, as in the bench;
 * CAPGAP_THREADS=1 times the main thread alone.
 * - floor: one loop over the four input columns (bench/buckets-floor.ts's loop);
 * - stock-span path: days and spans (stock-spans.ts), partition (span-grid.ts), tile fill alone on the main
 *   thread (tile-fill.ts: tileOf over every tile), kernel = formations + fill + walk + group sums
 *   (span-walk.ts), of which
 *   formations (eligibility, breakpoints, facts); walk = kernel − fill − formations;
 * - the day-block path and the stock-span path (computeBuckets), whole; with --whole also the whole grid in
 *   one scatter (tileCells: Infinity).
 * Prints the 1-minute load average at the start of each round.
 */
import { loadavg } from 'node:os';
import { parseScheme } from '../src/portfolios/breakpoints.ts';
import { computeBuckets } from '../src/portfolios/engine.ts';
import { holdingRange } from '../src/portfolios/engine-options.ts';
import { bucketFormer } from '../src/portfolios/form-buckets.ts';
import { spanGrid } from '../src/portfolios/span-grid.ts';
import { spanKernel } from '../src/portfolios/span-walk.ts';
import { stockSpans } from '../src/portfolios/stock-spans.ts';
import { threadCount, warmThreads } from '../src/portfolios/threads/pool.ts';
import { giveBack } from '../src/portfolios/threads/scratch.ts';
import { tileOf } from '../src/portfolios/tile-fill.ts';
import { readPanelFiles } from './panel-files.ts';

const dir = process.argv[2];
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;
const whole = process.argv.includes('--whole');
if (!dir || !(rounds >= 1)) throw new Error('usage: buckets-steps.ts DIR [--rounds N]');
const panel = readPanelFiles(dir);
await warmThreads(); // as the bench's capgap runner: the panel's columns are shared, the helpers up
const wall0 = performance.now();
const c00 = process.cpuUsage();
/** CPU ms (user + system, all threads) and wall ms since the start, in one number pair. */
const cpu = (): [number, number] => {
  const c = process.cpuUsage(c00);
  return [(c.user + c.system) / 1000, performance.now() - wall0];
};
const minCpu: Record<string, number> = {};
const minWall: Record<string, number> = {};
const since = (t: [number, number]): [number, number] => {
  const n = cpu();
  return [n[0] - t[0], n[1] - t[1]];
};
const note = (k: string, [c, w]: [number, number]) => {
  minCpu[k] = Math.min(minCpu[k] ?? Infinity, c);
  minWall[k] = Math.min(minWall[k] ?? Infinity, w);
};
const task = { scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] } as const;
for (let r = 0; r < rounds; r++) {
  const load = loadavg()[0];
  let t = cpu();
  let acc = 0;
  for (let i = 0; i < panel.stock.length; i++)
    acc += panel.stock[i] + panel.day[i] + panel.price[i] + panel.cap[i];
  note('floor', since(t));
  t = cpu();
  const sp = stockSpans(panel);
  note('days and spans', since(t));
  t = cpu();
  const range = holdingRange(sp.days, { kind: 'june' }, {});
  const grid = spanGrid(panel, sp, range.formations, false, 10);
  note('partition', since(t));
  t = cpu();
  const buf = { price: new Float64Array(grid.plan.maxCells), cap: null };
  for (let k = 0; k + 1 < grid.plan.firstStock.length; k++) tileOf(grid, k, buf);
  const fill = since(t);
  note('tile fill', fill);
  const timings = { formation: 0, breakpoints: 0 };
  const t0 = cpu();
  const form = bucketFormer(panel, grid, grid.days, parseScheme('deciles'), {}, [], timings);
  const formMs = [0, 0];
  const timedForm: typeof form = (f, st) => {
    const c = cpu();
    const out = form(f, st);
    const d = since(c);
    formMs[0] += d[0];
    formMs[1] += d[1];
    return out;
  };
  spanKernel(grid, timedForm, 10, task.weightings, grid.days.length - 1);
  const kernel = since(t0);
  note('kernel (formations + fill + walk)', kernel);
  note('formations', [formMs[0], formMs[1]]);
  note('walk', [kernel[0] - fill[0] - formMs[0], kernel[1] - fill[1] - formMs[1]]);
  giveBack(grid.part.cell, grid.part.price, grid.part.cap); // as computeBuckets does (threads/scratch.ts)
  if (whole) {
    t = cpu();
    computeBuckets(panel, { ...task, tileCells: Number.POSITIVE_INFINITY });
    note('whole grid: computeBuckets', since(t));
  }
  t = cpu();
  computeBuckets(panel, { ...task, path: 'day-blocks' });
  note('day blocks: computeBuckets', since(t));
  t = cpu();
  computeBuckets(panel, task);
  note('stock spans: computeBuckets', since(t));
  console.log(`round ${r + 1}, load avg ${load.toFixed(2)}${Number.isNaN(acc) ? ' (NaN cells)' : ''}`);
}
console.log(`${panel.stock.length} rows, ${threadCount()} thread(s); min of ${rounds} rounds:`);
console.log(`${'step'.padEnd(36)}${'CPU ms'.padStart(8)}${'wall ms'.padStart(9)}`);
for (const k of Object.keys(minCpu))
  console.log(`${k.padEnd(36)}${minCpu[k].toFixed(0).padStart(8)}${minWall[k].toFixed(0).padStart(9)}`);
