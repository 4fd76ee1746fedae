/**
 * Peak memory and wall time of `capgap import` on real files, each run a child process measured by
 * `/usr/bin/time -v` (maximum resident set size, elapsed wall clock, user + system CPU), with the load average:
 * - `csv46`: a 46 MB CSV, the first 46,000,000 bytes of whole rows of the Kaggle panel
 *   (../shared/data/stocks/kaggle_huge_stock_market_dataset) under a generic header
 *   `date,id,open,high,low,close,volume` (978,426 rows), into a new store;
 * - `panel`: the README's import of the Kaggle panel itself (`--reject-bad-rows`, 4,219,441 rows), into a new
 *   store.
 * `--checkout DIR` runs the CLI of another checkout (e.g. /work/main, for the figures before a change).
 * Run: `node --import tsx bench/import-memory.ts [--case csv46|panel|all] [--checkout DIR]`. Not a test: it
 * takes minutes and its figures depend on the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const here = fileURLToPath(new URL('..', import.meta.url));
const checkout = resolve(arg('--checkout', here));
const which = arg('--case', 'all');
const PANEL = fileURLToPath(
  new URL(
    '../../shared/data/stocks/kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz',
    import.meta.url,
  ),
);
if (!existsSync(PANEL)) {
  console.error(`${PANEL} not found`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'capgap-import-memory-'));

/** The first `bytes` bytes of whole panel rows under a generic header (real rows, none changed). */
async function csv46(bytes = 46_000_000): Promise<string> {
  const out = join(tmp, 'panel46.csv');
  const w = createWriteStream(out);
  let n = 0;
  const lines = createInterface({ input: createReadStream(PANEL).pipe(createGunzip()) });
  let first = true;
  for await (const line of lines) {
    const text = first ? 'date,id,open,high,low,close,volume' : line;
    first = false;
    if (n + text.length + 1 > bytes) break;
    n += text.length + 1;
    if (!w.write(`${text}\n`)) await new Promise<void>((r) => w.once('drain', () => r()));
  }
  await new Promise<void>((r) => w.end(() => r()));
  lines.close();
  return out;
}

/** Runs `capgap import …` under /usr/bin/time -v into a new store; prints its figures. */
function measure(name: string, files: string[], flags: string[]): void {
  const db = join(tmp, `${name}.duckdb`);
  const load = loadavg()[0].toFixed(1);
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, join(checkout, 'bin/capgap.js'), 'import', ...files, ...flags, '--db', db],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const get = (re: RegExp) => re.exec(r.stderr)?.[1] ?? '?';
  const rss = Number(get(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024;
  const wall = get(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/);
  const cpu =
    Number(get(/User time \(seconds\): ([\d.]+)/)) + Number(get(/System time \(seconds\): ([\d.]+)/));
  const rows = /rows read ([\d,]+)/.exec(r.stdout)?.[1] ?? '?';
  console.log(
    `${name.padEnd(6)} peak RSS ${rss.toFixed(0).padStart(5)} MiB  wall ${wall.padStart(8)}  cpu ${cpu.toFixed(1)} s  rows read ${rows}  exit ${r.status}  load ${load}→${loadavg()[0].toFixed(1)}  (${checkout})`,
  );
  if (r.status !== 0) console.log(r.stderr.split('\n').slice(0, 3).join('\n'));
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
}

try {
  if (which === 'csv46' || which === 'all') measure('csv46', [await csv46()], []);
  if (which === 'panel' || which === 'all') measure('panel', [PANEL], ['--reject-bad-rows']);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
