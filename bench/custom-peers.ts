/**
 * Peers from outside the project, for the size-bucket benchmark (bench/buckets.ts): `--peer NAME=COMMAND`,
 * repeatable, runs `COMMAND DIR` through /bin/sh in each round beside the built-in engines, so that anyone
 * can race capgap with the peer an expert in their tool would write, on the same files (bench/panel-files.ts:
 * `stock.i32`, `day.i32`, `price.f64`, `cap.f64`, `panel.parquet`, `stocks.csv`), with the same
 * interleaving, load printout and check of its numbers against capgap's.
 *
 * The command's last line on stdout is one JSON object:
 * - `computeMs` (required): milliseconds from the long panel in memory, rows in file order, to the bucket
 *   series in memory (bench/buckets-common.ts states the task and the timer's boundaries);
 * - the series, either `results` (`{"day:bucket": [equal, value]}`, bucket 10 = the market) or `rows`
 *   (`[[day, bucket, equal, value], …]`, days as days since 1970-01-01; a null equal drops the cell);
 * - optional `cpuMs`, `loadMs`, `peakMb` (printed as NaN/0 when absent).
 */
import { spawnSync } from 'node:child_process';
import type { RunnerReport } from './buckets-common.ts';

/** A peer given on the command line. */
export interface CustomPeer {
  name: string;
  command: string;
}

const NAME = /^[a-z][a-z0-9_-]{0,15}$/i;

/**
 * The `--peer NAME=COMMAND` arguments of argv, checked: a name of letters, digits, - and _, unique and none of
 * `builtIn`.
 * @example customPeers(['--peer', 'duckdb-cli=sh my-peer.sh'], ['capgap']) // [{ name: 'duckdb-cli', command: 'sh my-peer.sh' }]
 */
export function customPeers(argv: readonly string[], builtIn: readonly string[]): CustomPeer[] {
  const out: CustomPeer[] = [];
  argv.forEach((a, i) => {
    if (a !== '--peer') return;
    const v = argv[i + 1] ?? '';
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq) : '';
    const command = eq > 0 ? v.slice(eq + 1).trim() : '';
    if (!NAME.test(name) || !command)
      throw new Error(`invalid --peer: "${v}"; expected NAME=COMMAND (NAME: letters, digits, - or _)`);
    if (builtIn.includes(name) || out.some((p) => p.name === name))
      throw new Error(`invalid --peer: the name "${name}" is taken`);
    out.push({ name, command });
  });
  return out;
}

/**
 * A peer's report from its stdout (the last line), normalised to a RunnerReport; throws naming the peer.
 * @example peerReport('x', '{"computeMs": 12, "rows": [[17000, 0, 0.01, 0.02]]}').results // { '17000:0': [0.01, 0.02] }
 */
export function peerReport(name: string, stdout: string): RunnerReport {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(last);
  } catch {
    throw new Error(
      `peer ${name}: its last line on stdout is not JSON: ${JSON.stringify(last.slice(0, 200))}`,
    );
  }
  const num = (k: string) => (typeof j[k] === 'number' ? (j[k] as number) : Number.NaN);
  if (!(num('computeMs') >= 0)) throw new Error(`peer ${name}: "computeMs" must be a number of milliseconds`);
  let results: RunnerReport['results'] = {};
  if (Array.isArray(j.rows)) {
    for (const r of j.rows as unknown[]) {
      const ok = (x: unknown) => typeof x === 'number' || x === null;
      if (!Array.isArray(r) || r.length !== 4 || !r.every(ok) || r[0] === null || r[1] === null)
        throw new Error(
          `peer ${name}: each of "rows" must be [day, bucket, equal, value]: ${JSON.stringify(r)}`,
        );
      if (r[2] !== null && !Number.isNaN(r[2])) results[`${r[0]}:${r[1]}`] = [r[2], r[3] ?? Number.NaN];
    }
  } else if (j.results && typeof j.results === 'object') results = j.results as RunnerReport['results'];
  else throw new Error(`peer ${name}: no "results" or "rows" in its report`);
  return {
    engine: name,
    computeMs: num('computeMs'),
    cpuMs: num('cpuMs'),
    loadMs: num('loadMs'),
    peakMb: num('peakMb') || 0,
    results,
  };
}

/** Runs a peer on a panel directory and returns its report; throws with its stderr's tail if it fails. */
export function runPeer(peer: CustomPeer, dir: string): RunnerReport {
  const quoted = `'${dir.replaceAll("'", `'\\''`)}'`;
  const r = spawnSync('/bin/sh', ['-c', `${peer.command} ${quoted}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0)
    throw new Error(`peer ${peer.name} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return peerReport(peer.name, r.stdout);
}
