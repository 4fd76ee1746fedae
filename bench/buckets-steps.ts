/**
 * `node --import tsx bench/buckets-steps.ts DIR [--rounds 3] [--whole]`: where capgap's time goes on a benchmark
 * panel (bench/panel-files.ts; SYNTHETIC, not market data), step by step, in CPU milliseconds
 * (process.cpuUsage: user + system) for the bench task (June-formed deciles, EW and VW), min over rounds
 * run in one process (so warm code after the first round, unlike the bench's cold processes):
 * - floor: one loop over the four input columns (bench/buckets-floor.ts's loop);
 * - stock-span path: days and spans (stock-spans.ts), partition (span-grid.ts), tile fill alone
 *   (tile-fill.ts: tileOf over every tile), kernel = formations + fill + walk (span-walk.ts), of which
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
import { tileOf } from '../src/portfolios/tile-fill.ts';
import { readPanelFiles } from './panel-files.ts';

const dir = process.argv[2];
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;
const whole = process.argv.includes('--whole');
if (!dir || !(rounds >= 1)) throw new Error('usage: buckets-steps.ts DIR [--rounds N]');
const panel = readPanelFiles(dir);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const min: Record<string, number> = {};
const note = (k: string, v: number) => {
  min[k] = Math.min(min[k] ?? Infinity, v);
};
const task = { scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] } as const;
for (let r = 0; r < rounds; r++) {
  const load = loadavg()[0];
  let t = cpu();
  let acc = 0;
  for (let i = 0; i < panel.stock.length; i++)
    acc += panel.stock[i] + panel.day[i] + panel.price[i] + panel.cap[i];
  note('floor', cpu() - t);
  t = cpu();
  const sp = stockSpans(panel);
  note('days and spans', cpu() - t);
  t = cpu();
  const range = holdingRange(sp.days, { kind: 'june' }, {});
  const grid = spanGrid(panel, sp, range.formations, false, 10);
  note('partition', cpu() - t);
  t = cpu();
  const buf = { price: new Float64Array(grid.plan.maxCells), cap: null };
  for (let k = 0; k + 1 < grid.plan.firstStock.length; k++) tileOf(grid, k, buf);
  const fill = cpu() - t;
  note('tile fill', fill);
  const timings = { formation: 0, breakpoints: 0 };
  const c0 = process.cpuUsage();
  const form = bucketFormer(panel, grid, grid.days, parseScheme('deciles'), {}, [], timings);
  const formCpu = { ms: 0 };
  const timedForm: typeof form = (f, st) => {
    const c = process.cpuUsage();
    const out = form(f, st);
    const d = process.cpuUsage(c);
    formCpu.ms += (d.user + d.system) / 1000;
    return out;
  };
  spanKernel(grid, timedForm, 10, task.weightings, grid.days.length - 1);
  const k = process.cpuUsage(c0);
  const kernel = (k.user + k.system) / 1000;
  note('kernel (formations + fill + walk)', kernel);
  note('formations', formCpu.ms);
  note('walk', kernel - fill - formCpu.ms);
  if (whole) {
    t = cpu();
    computeBuckets(panel, { ...task, tileCells: Number.POSITIVE_INFINITY });
    note('whole grid: computeBuckets', cpu() - t);
  }
  t = cpu();
  computeBuckets(panel, { ...task, path: 'day-blocks' });
  note('day blocks: computeBuckets', cpu() - t);
  t = cpu();
  computeBuckets(panel, task);
  note('stock spans: computeBuckets', cpu() - t);
  console.log(`round ${r + 1}, load avg ${load.toFixed(2)}${Number.isNaN(acc) ? ' (NaN cells)' : ''}`);
}
console.log(`${panel.stock.length} rows; CPU ms, min of ${rounds} rounds:`);
for (const [k, v] of Object.entries(min)) console.log(`${k.padEnd(36)}${v.toFixed(0).padStart(7)}`);
