/**
 * `npm run bench:buckets [-- --rows 1e6,1e7,5e7] [--peers capgap,duckdb,pandas,polars]`
 *
 * The size-bucket task (bench/buckets-common.ts: June-formed deciles, daily EW and VW returns) on a seeded
 * SYNTHETIC panel (src/portfolios/synthetic.ts; not market data) run by capgap, DuckDB SQL, pandas
 * (Debian python3-pandas via /usr/bin/python3, fed CSV) and Polars (nodejs-polars), each in its own process,
 * one after the other. Prints compute time, load time, peak memory (max RSS), each peer's compute time
 * divided by capgap's, and whether every peer gives the same numbers as capgap (max |difference|).
 * Default sizes: 1M and 10M stock-days (50M needs ~6 GB and several minutes on 2 cores: ask for it).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPanel } from '../src/portfolios/synthetic.ts';
import { panelShape, type RunnerReport } from './buckets-common.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('rows', '1e6,1e7').split(',').map(Number);
const peers = arg('peers', 'capgap,duckdb,pandas,polars').split(',');
for (const n of sizes) if (!(n >= 1000)) throw new Error(`invalid --rows: ${n}; expected numbers >= 1000`);

function writeCsv(dir: string, rows: number): number {
  const panel = syntheticPanel(panelShape(rows));
  const fd = openSync(join(dir, 'panel.csv'), 'w');
  writeSync(fd, 'stock,day,price,cap\n');
  const n = panel.stock.length;
  for (let i = 0; i < n; i += 100_000) {
    let chunk = '';
    for (let k = i; k < Math.min(n, i + 100_000); k++)
      chunk += `${panel.stock[k]},${panel.day[k]},${panel.price[k]},${panel.cap[k]}\n`;
    writeSync(fd, chunk);
  }
  closeSync(fd);
  const fs = openSync(join(dir, 'stocks.csv'), 'w');
  writeSync(fs, 'stock,exchange,security_type\n');
  writeSync(fs, panel.ids.map((_, s) => `${s},${panel.exchange![s]},${panel.securityType![s]}`).join('\n'));
  closeSync(fs);
  return n;
}

function run(engine: string, dir: string, rows: number): RunnerReport {
  const csv = [join(dir, 'panel.csv'), join(dir, 'stocks.csv')];
  const cmd: Record<string, [string, string[]]> = {
    capgap: [process.execPath, ['--import', 'tsx', join(here, 'buckets-capgap.ts'), String(rows)]],
    duckdb: [process.execPath, ['--import', 'tsx', join(here, 'buckets-duckdb.ts'), ...csv]],
    pandas: ['/usr/bin/python3', [join(here, 'peers', 'buckets_pandas.py'), ...csv]],
    polars: [process.execPath, ['--import', 'tsx', join(here, 'buckets-polars.ts'), ...csv]],
  };
  if (!cmd[engine]) throw new Error(`invalid peer: "${engine}"; expected capgap, duckdb, pandas or polars`);
  const r = spawnSync(cmd[engine][0], cmd[engine][1], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${engine} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

function compare(a: RunnerReport, b: RunnerReport): { maxDiff: number; missing: number } {
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
  return { maxDiff, missing };
}

const fmt = (ms: number) => (ms / 1000).toFixed(2).padStart(8);
console.log(
  'size-bucket benchmark: SYNTHETIC panel (seeded; src/portfolios/synthetic.ts), June-formed deciles, daily EW + VW',
);
console.log(
  `${'rows'.padStart(11)} ${'engine'.padEnd(11)}${'compute s'.padStart(10)}${'load s'.padStart(9)}${'peak MB'.padStart(9)}${'x capgap'.padStart(10)}  same numbers`,
);
for (const target of sizes) {
  const dir = join(tmpdir(), `capgap-bench-buckets-${target}`);
  mkdirSync(dir, { recursive: true });
  const rows = writeCsv(dir, target);
  let base: RunnerReport | null = null;
  for (const engine of peers) {
    const rep = run(engine, dir, target);
    if (engine === 'capgap') base = rep;
    const ratio = base && engine !== 'capgap' ? `${(rep.computeMs / base.computeMs).toFixed(1)}×` : '';
    let same = engine === 'capgap' ? `(${Object.keys(rep.results).length} values)` : '';
    if (base && engine !== 'capgap') {
      const c = compare(base, rep);
      same = `${c.missing === 0 && c.maxDiff <= 1e-9 ? 'yes' : 'NO'} (max |diff| ${c.maxDiff.toExponential(1)}, ${c.missing} missing)`;
    }
    console.log(
      `${String(rows).padStart(11)} ${engine.padEnd(11)}${fmt(rep.computeMs)}  ${fmt(rep.loadMs).trim().padStart(7)}${rep.peakMb.toFixed(0).padStart(9)}${ratio.padStart(10)}  ${same}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
