/**
 * `npm run bench:buckets [-- --rows 1e6,1e7] [--peers capgap,duckdb,polars,pandas,floor] [--rounds 3]
 *  [--orders shuffled,sorted] [--peer NAME=COMMAND …]`
 *
 * The size-bucket task (bench/buckets-common.ts: June-formed deciles, daily EW and VW returns) on a seeded
 * SYNTHETIC panel (src/portfolios/synthetic.ts; not market data), the same files for every engine
 * (bench/panel-files.ts): rows shuffled (the normal case: data arrives unsorted) and, beside it, sorted
 * by (stock, day). Engines: capgap, DuckDB SQL (bench/peers/duckdb-sql.ts), Polars lazy
 * (bench/peers/polars-lazy.ts), pandas (bench/peers/buckets_pandas.py, Debian python3-pandas via
 * /usr/bin/python3) and the one-pass floor (bench/buckets-floor.ts). Each run is its own process; runs are
 * interleaved (capgap, duckdb, polars, pandas, floor, then again) for `--rounds` rounds and each engine's
 * time is the minimum over its rounds. Every line prints the 1-minute load average at the start of the
 * run and the process's peak RSS; above the table, what fresh memory costs on this machine
 * (bench/fresh-memory.ts), which moves every engine's time but the floor's. Every peer's numbers are checked against capgap's (max |difference|,
 * missing cells), and capgap's shuffled against its sorted. `--peer NAME=COMMAND` (repeatable) adds a
 * peer from outside the project, run as `COMMAND DIR` (bench/custom-peers.ts says what it prints).
 * The output ends with one line per size (shuffled input):
 * `rows=N capgap=…s duckdb=…s(×) polars=…s(×) pandas=…s(×) floor=…s(×)`, where (×) is that engine's time
 * over capgap's, and for the floor capgap's time over the floor's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPanel } from '../src/portfolios/synthetic.ts';
import { panelShape, type RunnerReport } from './buckets-common.ts';
import { customPeers, runPeer } from './custom-peers.ts';
import { freshMemoryLine } from './fresh-memory.ts';
import { shufflePanel, writePanelFiles } from './panel-files.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const BUILT_IN = ['capgap', 'duckdb', 'polars', 'pandas', 'floor'];
const outside = customPeers(process.argv, BUILT_IN);
const ENGINES = [...BUILT_IN.slice(0, -1), ...outside.map((p) => p.name), 'floor'];
const sizes = arg('rows', '1e6,1e7').split(',').map(Number);
const engines = arg('peers', ENGINES.join(',')).split(',');
const rounds = Number(arg('rounds', '3'));
const orders = arg('orders', 'shuffled,sorted').split(',');
for (const n of sizes) if (!(n >= 1000)) throw new Error(`invalid --rows: ${n}; expected numbers >= 1000`);
for (const e of engines)
  if (!ENGINES.includes(e)) throw new Error(`invalid peer: "${e}"; expected some of ${ENGINES.join(', ')}`);
for (const o of orders)
  if (o !== 'shuffled' && o !== 'sorted')
    throw new Error(`invalid --orders: "${o}"; expected shuffled, sorted`);
if (!(rounds >= 1)) throw new Error(`invalid --rounds: ${rounds}; expected a number >= 1`);

function writeFiles(base: string, target: number): number {
  const sorted = syntheticPanel(panelShape(target));
  for (const o of orders) {
    mkdirSync(join(base, o), { recursive: true });
    writePanelFiles(join(base, o), o === 'sorted' ? sorted : shufflePanel(sorted, 7));
  }
  return sorted.stock.length;
}

function run(engine: string, dir: string): RunnerReport {
  const peer = outside.find((p) => p.name === engine);
  if (peer) return runPeer(peer, dir);
  const tsx = (file: string): [string, string[]] => [
    process.execPath,
    ['--import', 'tsx', join(here, file), dir],
  ];
  const cmd: Record<string, [string, string[]]> = {
    capgap: tsx('buckets-capgap.ts'),
    duckdb: tsx('buckets-duckdb.ts'),
    polars: tsx('buckets-polars.ts'),
    floor: tsx('buckets-floor.ts'),
    pandas: ['/usr/bin/python3', [join(here, 'peers', 'buckets_pandas.py'), dir]],
  };
  const r = spawnSync(cmd[engine][0], cmd[engine][1], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${engine} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

function compare(a: RunnerReport, b: RunnerReport): string {
  let maxDiff = 0;
  let missing = 0;
  const keys = new Set([...Object.keys(a.results), ...Object.keys(b.results)]);
  for (const k of keys) {
    const x = a.results[k];
    const y = b.results[k];
    if (!x || !y) {
      missing++;
      continue;
    }
    for (let i = 0; i < 2; i++) maxDiff = Math.max(maxDiff, Math.abs(x[i] - y[i]));
  }
  const ok = missing === 0 && maxDiff <= 1e-9 && keys.size > 0;
  return `${ok ? 'same' : 'DIFFERENT'} (max |diff| ${maxDiff.toExponential(1)}, ${missing} missing of ${keys.size})`;
}

const s = (ms: number) => (ms / 1000).toFixed(3);
const NW = Math.max(7, ...engines.map((e) => e.length + 1));
console.log(
  'size-bucket benchmark: SYNTHETIC panel (seeded; src/portfolios/synthetic.ts), June-formed deciles, daily EW + VW',
);
// Every engine's process inherits this environment: GLIBC_TUNABLES=glibc.malloc.hugetlb=1 gives huge
// pages to what allocates through glibc's malloc (Node's buffers, NumPy), not to an engine's own allocator.
console.log(
  `machine: ${freshMemoryLine()}; GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES ?? '(unset)'} for every engine`,
);
console.log(
  `${'rows'.padStart(11)} ${'order'.padEnd(9)}${'round'.padStart(5)} ${'engine'.padEnd(NW)}${'compute s'.padStart(10)}${'cpu s'.padStart(8)}${'load s'.padStart(8)}${'peak MB'.padStart(9)}${'load avg'.padStart(9)}  numbers vs capgap (capgap: its steps, s)`,
);
const summary: string[] = [];
const cpuLines: string[] = [];
for (const target of sizes) {
  const base = join(tmpdir(), `capgap-bench-buckets-${target}`);
  const rows = writeFiles(base, target); // the panels are garbage once written (memory for the peers)
  const best: Record<string, Record<string, RunnerReport & { load: number }>> = {};
  const first: Record<string, Record<string, RunnerReport>> = {};
  const cpuBest: Record<string, Record<string, number>> = {};
  for (let round = 1; round <= rounds; round++) {
    for (const o of orders) {
      best[o] ??= {};
      first[o] ??= {};
      for (const engine of engines) {
        const load = loadavg()[0];
        const rep = run(engine, join(base, o));
        let same = rep.phases
          ? `${Object.entries(rep.phases)
              .map(([k, v]) => `${k} ${s(v)}`)
              .join(', ')}  `
          : '';
        if (round === 1) {
          first[o][engine] = rep;
          const cg = first[o].capgap;
          if (engine === 'capgap' && o === 'sorted' && first.shuffled?.capgap)
            same += `shuffled vs sorted: ${compare(first.shuffled.capgap, rep)}`;
          else if (engine !== 'capgap' && engine !== 'floor' && cg) same = compare(cg, rep);
        }
        cpuBest[o] ??= {};
        cpuBest[o][engine] = Math.min(cpuBest[o][engine] ?? Infinity, rep.cpuMs);
        if (!best[o][engine] || rep.computeMs < best[o][engine].computeMs)
          best[o][engine] = { ...rep, results: {}, load };
        console.log(
          `${String(rows).padStart(11)} ${o.padEnd(9)}${String(round).padStart(5)} ${engine.padEnd(NW)}${s(rep.computeMs).padStart(10)}${s(rep.cpuMs).padStart(8)}${s(rep.loadMs).padStart(8)}${rep.peakMb.toFixed(0).padStart(9)}${load.toFixed(2).padStart(9)}  ${same}`,
        );
      }
    }
  }
  for (const o of orders) {
    const b = best[o];
    const cg = b.capgap?.computeMs;
    const parts = [`rows=${rows}`];
    for (const e of engines) {
      if (!b[e]) continue;
      let ratio = '';
      if (cg && e === 'floor') ratio = `(${(cg / b[e].computeMs).toFixed(1)}×)`;
      else if (cg && e !== 'capgap') ratio = `(${(b[e].computeMs / cg).toFixed(1)}×)`;
      parts.push(`${e}=${s(b[e].computeMs)}s${ratio}`);
    }
    const loads = engines.filter((e) => b[e]).map((e) => b[e].load.toFixed(1));
    const c = cpuBest[o];
    const cpuParts = engines
      .filter((e) => c[e] !== undefined)
      .map((e) => {
        const x = e === 'floor' ? c.capgap / c[e] : c[e] / c.capgap;
        return `${e}=${s(c[e])}s${e === 'capgap' ? '' : `(${x.toFixed(1)}×)`}`;
      });
    cpuLines.push(`  cpu: ${cpuParts.join(' ')}${o === 'sorted' ? ' [sorted input]' : ''}`);
    summary.push(
      `${parts.join(' ')}${o === 'sorted' ? ' [sorted input]' : ''}  (load avg at each min: ${loads.join('/')})`,
    );
  }
  rmSync(base, { recursive: true, force: true });
}
console.log(`\nCPU time (user + system, all threads; min over rounds):\n${cpuLines.join('\n')}`);
console.log(`\nmin of ${rounds} interleaved rounds; (×) = engine / capgap, floor: capgap / floor`);
for (const line of summary.sort((a, b) => Number(a.includes('[sorted')) - Number(b.includes('[sorted'))))
  console.log(line);
