/**
 * `node --import tsx bench/buckets-cold.ts DIR [--calls 4] [--warm DIR2]`: the first `computeBuckets` call
 * in a process against the later ones, on a benchmark panel (bench/panel-files.ts; SYNTHETIC, not market
 * data), for the bench task (June-formed deciles, EW and VW), with the panel shared and the helper threads
 * up as in the bench. Each call prints wall and CPU milliseconds (system CPU apart), the minor page faults
 * and the engine's step timings. `--warm DIR2` first runs two calls on another panel (say the 1M one), so
 * the first call on DIR shows what is left once the kernels are compiled: the gap between the two first
 * calls is the JIT's, not memory's. Prints the 1-minute load average first.
 */
import { loadavg } from 'node:os';
import { computeBuckets } from '../src/portfolios/engine.ts';
import { warmThreads } from '../src/portfolios/threads/pool.ts';
import { readPanelFiles } from './panel-files.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const calls = Number(arg('calls') ?? 4);
if (!(calls >= 1)) throw new Error(`invalid --calls: ${arg('calls')}; expected a number >= 1`);
const threads = warmThreads();
const panel = readPanelFiles(process.argv[2]);
const warmDir = arg('warm');
const warm = warmDir ? readPanelFiles(warmDir) : null;
await threads;
const options = { scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] } as const;
console.log(`load average ${loadavg()[0].toFixed(2)}; ${panel.stock.length} rows`);
if (warm) for (let k = 0; k < 2; k++) computeBuckets(warm, options);
for (let k = 0; k < calls; k++) {
  const faults = process.resourceUsage().minorPageFault;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const out = computeBuckets(panel, options);
  const wall = performance.now() - t;
  const c = process.cpuUsage(cpu);
  const steps = Object.entries(out.timings).map(([s, v]) => `${s} ${Math.round(v)}`);
  console.log(
    `call ${k + 1}${warm && k === 0 ? ' (after 2 calls on --warm)' : ''}: wall ${wall.toFixed(0)} ms, cpu ${((c.user + c.system) / 1000).toFixed(0)} ms (system ${(c.system / 1000).toFixed(0)}), page faults ${process.resourceUsage().minorPageFault - faults}; ${steps.join(', ')}`,
  );
}
