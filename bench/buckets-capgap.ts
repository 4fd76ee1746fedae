/** Benchmark runner: capgap's typed-array engine (see buckets-common.ts). Args: rows. */

import { toDay } from '../src/calendar/dates.ts';
import { computeBuckets } from '../src/portfolios/engine.ts';
import { syntheticPanel } from '../src/portfolios/synthetic.ts';
import { panelShape, type RunnerReport } from './buckets-common.ts';

const rows = Number(process.argv[2]);
let t = performance.now();
const panel = syntheticPanel(panelShape(rows));
const loadMs = performance.now() - t;
t = performance.now();
const r = computeBuckets(panel, { scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] });
const computeMs = performance.now() - t;
const results: RunnerReport['results'] = {};
const W = r.labels.length + 1;
for (let i = 0; i < r.dates.length; i++) {
  const day = toDay(r.dates[i]);
  for (let b = 0; b < W; b++) {
    const e = r.returns.equal![i * W + b];
    if (!Number.isNaN(e)) results[`${day}:${b}`] = [e, r.returns.value![i * W + b]];
  }
}
const report: RunnerReport = {
  engine: 'capgap',
  computeMs,
  loadMs,
  peakMb: process.resourceUsage().maxRSS / 1024,
  results,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
