/**
 * Benchmark runner: the one-pass floor. Args: DIR (bench/panel-files.ts). Timer: one loop that reads the
 * four input columns once (summing them so the reads cannot be dropped). No engine can group, carry
 * forward and aggregate the panel in less time than it takes to read it once; capgap's time over this is
 * how far the engine is from the memory-bandwidth floor.
 */
import { printReport, timer } from './buckets-common.ts';
import { readPanelFiles } from './panel-files.ts';

const t = performance.now();
const { stock, day, price, cap } = readPanelFiles(process.argv[2]);
const loadMs = performance.now() - t;
const stop = timer();
let acc = 0;
for (let i = 0; i < stock.length; i++) acc += stock[i] + day[i] + price[i] + cap[i];
const compute = stop();
if (Number.isNaN(acc)) process.stderr.write('floor: the panel has NaN cells\n');
printReport('floor', compute, loadMs, {});
