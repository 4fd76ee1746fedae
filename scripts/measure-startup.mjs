#!/usr/bin/env node
// Start-up of the built package (`npm run bench:startup`): wall time of `capgap --help`, `capgap --version` and
// `import('capgap/calendar')` against `node -e 0`, min of N interleaved runs, with the ratios, the machine's
// load and the packages each one loads. Builds dist/ first when it is missing (and removes it again after).
// Options: --runs N (default 15).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
if (!(Number.isInteger(RUNS) && RUNS > 0)) throw new Error(`invalid --runs: ${process.argv[runsArg + 1]}`);

const built = existsSync(join(ROOT, 'dist/cli/main.js'));
if (!built) {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const BIN = join(ROOT, 'bin/capgap.js');
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'capgap --help', args: [BIN, '--help'] },
  { name: 'capgap --version', args: [BIN, '--version'] },
  {
    name: "import 'capgap/calendar'",
    args: ['--input-type=module', '-e', "await import('capgap/calendar')"],
  },
  { name: "import 'capgap'", args: ['--input-type=module', '-e', "await import('capgap')"] },
];

function once(args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CAPGAP_BUILT: '1', ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// The packages a case loads: an ESM resolve hook (run separately, not timed) writes every resolved URL to a file.
const dir = mkdtempSync(join(tmpdir(), 'capgap-startup-'));
const hooks = join(dir, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  appendFileSync(process.env.CAPGAP_TRACE, r.url + '\\n');
  return r;
}`,
);
const register = join(dir, 'register.mjs');
writeFileSync(
  register,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);

function packagesLoaded(args) {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}`);
  writeFileSync(trace, '');
  spawnSync(process.execPath, ['--import', pathToFileURL(register).href, ...args], {
    cwd: ROOT,
    env: { ...process.env, CAPGAP_BUILT: '1', CAPGAP_TRACE: trace },
  });
  const urls = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  const pkgs = new Set();
  let own = 0;
  for (const u of urls) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
    if (m) pkgs.add(m[1]);
    else if (u.startsWith('file:')) own++;
  }
  return { own, packages: [...pkgs].sort() };
}

try {
  for (const c of cases) once(c.args); // warm the file cache
  const times = cases.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [j, c] of cases.entries()) times[j].push(once(c.args));
  }
  const base = Math.min(...times[0]);
  console.log(
    `start-up, min of ${RUNS} interleaved runs (Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  console.log(`${'case'.padEnd(28)}${'min ms'.padStart(9)}${'ratio'.padStart(8)}  modules loaded`);
  cases.forEach((c, j) => {
    const ms = Math.min(...times[j]);
    const loaded = j === 0 ? { own: 0, packages: [] } : packagesLoaded(c.args);
    const what = `${loaded.own} own files; packages: ${loaded.packages.join(', ') || 'none'}`;
    console.log(
      `${c.name.padEnd(28)}${ms.toFixed(1).padStart(9)}${(ms / base).toFixed(2).padStart(8)}  ${what}`,
    );
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (!built) rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
}
