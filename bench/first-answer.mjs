#!/usr/bin/env node
// The first answer (`npm run bench:first-answer`): wall time of `capgap report --event 2016-11-08` on a brand-new
// store (no store file: a new user's first command) and warm (an existing store file, a run just before), N
// interleaved runs each, min and median of the wall time and the least CPU time (user + system, every thread:
// what a run costs on an idle machine), with the phases `--timings` prints for the fastest run of each and
// the machine's load average. Runs the built package as a user runs it when dist/ is present (`npm run build`:
// bin/capgap.js with CAPGAP_BUILT=1, i.e. the CLI bundle dist/bin/main.js), else the TypeScript sources through
// tsx (says which). Goals: new <= 1.0 s, warm <= 0.4 s. The warm store's answer cache (<store>.answers,
// src/store/answer-cache.ts) is written by the run before the timed ones, as a user's previous run would.
// Options: --runs N (default 7), --build (build dist/ first, remove it after).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/capgap.js');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error(`invalid --runs: ${process.argv[runsAt + 1]}`);
const build = process.argv.includes('--build') && !existsSync(join(ROOT, 'dist/cli/main.js'));
if (build) {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const builtMode = existsSync(join(ROOT, 'dist/cli/main.js'));
const mode = builtMode
  ? `built ${existsSync(join(ROOT, 'dist/bin/main.js')) ? 'dist/bin/main.js (CLI bundle)' : 'dist/cli/main.js'}`
  : 'TypeScript sources through tsx';
const env = builtMode ? { ...process.env, CAPGAP_BUILT: '1' } : process.env;
const dir = mkdtempSync(join(tmpdir(), 'capgap-first-answer-'));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function capgap(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`capgap ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, timings: r.stderr.slice(r.stderr.indexOf('timings:')) };
}

const report = (db) => capgap(['report', '--event', '2016-11-08', '--db', db, '--timings']);
try {
  // The warm store: a real store file (one import), read once before the timed runs.
  const warmDb = join(dir, 'warm.duckdb');
  capgap(['import', join(ROOT, 'test/fixtures/import/yahoo/VTWO.csv'), '--db', warmDb]);
  report(warmDb);
  const runs = { new: [], warm: [] };
  const loadBefore = load();
  for (let i = 0; i < RUNS; i++) {
    runs.new.push(report(join(dir, `new-${i}.duckdb`)));
    runs.warm.push(report(warmDb));
  }
  console.log(`capgap report --event 2016-11-08, ${RUNS} runs each, ${mode}; load ${loadBefore} → ${load()}`);
  for (const [name, goal] of [
    ['new', 1000],
    ['warm', 400],
  ]) {
    const r = [...runs[name]].sort((a, b) => a.ms - b.ms);
    const min = r[0].ms;
    const median = r[Math.floor(r.length / 2)].ms;
    const cpu = r
      .map((x) => Number(/cpu \(user \+ system, all threads\)\s+(\d+) ms/.exec(x.timings)?.[1]))
      .sort((a, b) => a - b);
    console.log(
      `${name.padEnd(5)} min ${min.toFixed(0)} ms  median ${median.toFixed(0)} ms  cpu min ${cpu[0]} ms  goal <= ${goal} ms: ${min <= goal ? 'met' : 'MISSED'}`,
    );
    console.log(r[0].timings.trimEnd().replace(/^/gm, '      '));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (build) rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
}
