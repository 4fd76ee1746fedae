/**
 * The fuzzing of the ways in, behind `npm run fuzz -- --target import|http|args|ways-in` (scripts/fuzz.ts)
 * and its short runs in the tests (test/formats/fuzz-*.test.ts): picks `cases` cases of a target, seeded
 * (the same seed, the same cases), runs them and counts outcomes; a bad outcome becomes a regression case
 * (test/fixtures/fuzz/ways-in/*.json, replayed by the tests with `replayCase`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../src/math/random.ts';
import type { Store } from '../src/store/store.ts';
import { argCase, argCases, commandOptions } from './fuzz-cli-args.ts';
import { catalogue, type Hostile, randomHostile, seeds } from './fuzz-hostile-files.ts';
import { getCase, getRoutes, hostileRequests, uploadCase } from './fuzz-http.ts';
import { type PostCase, postCase, postCases } from './fuzz-http-post.ts';
import { importBench, importCase, type WayOutcome, type WayResult } from './fuzz-import-cli.ts';

/** A ways-in case as saved: enough to run it again (a regression case adds what it was and must become). */
export type WayCase = (
  | { target: 'import'; name: string; base64?: string; directory?: boolean; how: string }
  | { target: 'http get'; url: string; parameter: string }
  | { target: 'http upload'; kind: string; name: string; base64: string; how: string }
  | { target: 'args'; argv: string[]; flag: string; misuse: boolean }
  | PostCase
) & { how?: string; expect?: WayOutcome };

/** Counts by outcome, and the cases that ended badly with why. */
export interface WaysReport {
  counts: Record<WayOutcome, number>;
  findings: { case: WayCase; result: WayResult }[];
}

/** `n` items of `all`, picked evenly from a seeded start (all of them when n >= all.length). */
export function pick<T>(all: readonly T[], n: number, seed: number): T[] {
  if (n >= all.length) return [...all];
  const start = Math.floor(mulberry32(seed)() * all.length);
  return Array.from({ length: n }, (_, k) => all[(start + Math.floor((k * all.length) / n)) % all.length]);
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const fileCase = (h: Hostile): WayCase =>
  h.bytes === 'directory'
    ? { target: 'import', name: h.name, directory: true, how: h.how }
    : { target: 'import', name: h.name, base64: b64(h.bytes), how: h.how };
const hostileOf = (c: { name: string; base64?: string; directory?: boolean; how: string }): Hostile => ({
  name: c.name,
  bytes: c.directory ? 'directory' : Buffer.from(c.base64 ?? '', 'base64'),
  how: c.how,
});

/** The kind an upload of a seed is sent as (the server takes text formats only). */
const UPLOAD_KIND: Record<string, string> = {
  '^RUT.csv': 'yahoo',
  'IWM.csv': 'yfinance',
  'iwm.us.txt': 'stooq',
  'F-F_Research_Data_Factors_monthly_vintage202412.CSV': 'french',
};

/**
 * The cases of a target: every named damage once (round-robin over the seeds) and every hostile Parquet file
 * (scripts/fuzz-parquet.ts), then seeded random ones for `import`; an even seeded pick of every route's hostile requests, then uploads, for `http`; every misuse case
 * (cheap: they fail before running) and `n` hostile values for `args`.
 */
export async function waysCases(
  target: 'import' | 'http' | 'args',
  n: number,
  seed: number,
): Promise<WayCase[]> {
  if (target === 'import') {
    const cats = seeds().map(catalogue);
    const { parquetHostiles } = await import('./fuzz-parquet.ts');
    const named = [...cats[0].map((_, k) => cats[k % cats.length][k]), ...(await parquetHostiles())];
    return [...named.slice(0, n), ...randomHostile(Math.max(0, n - named.length), seed)].map(fileCase);
  }
  if (target === 'http') {
    const { createApp } = await import('../src/server/app.ts');
    const { Store } = await import('../src/store/store.ts');
    const s = await Store.open(':memory:');
    const routes = await getRoutes(createApp({ store: s, web: false }));
    s.close();
    const { SAMPLES } = await import('../test/server/route-samples.ts');
    const gets = routes.flatMap((r) => hostileRequests(r, SAMPLES[r.path] ?? ''));
    const texts = seeds().filter((x) => UPLOAD_KIND[x.name]);
    const uploads = texts.flatMap((x) =>
      catalogue(x)
        .filter((h) => h.bytes !== 'directory')
        .map(
          (h): WayCase => ({
            target: 'http upload',
            kind: UPLOAD_KIND[x.name],
            name: h.name,
            base64: b64(h.bytes as Uint8Array),
            how: h.how,
          }),
        ),
    );
    const nu = Math.min(uploads.length, Math.ceil(n / 10));
    return [
      ...pick(gets, n - nu, seed).map((r): WayCase => ({ target: 'http get', ...r })),
      ...pick(uploads, nu, seed + 1),
      ...postCases(),
    ];
  }
  const all = (await commandOptions()).flatMap(argCases);
  const misuse = all.filter((c) => c.misuse);
  const values = all.filter((c) => !c.misuse);
  return [...misuse, ...pick(values, n, seed)].map((c) => ({
    target: 'args',
    ...c,
  }));
}

/** What the ways-in cases run against: a scratch store for the CLI, an app on the embedded data for HTTP. */
export interface WaysBench {
  run(c: WayCase): Promise<WayResult>;
  close(): Promise<void>;
}

/** Opens the bench: a scratch store for the CLI ($CAPGAP_DB for `args`); the import bench and the app on the
 * embedded data are made on first use. */
export async function waysBench(): Promise<WaysBench> {
  const token = 'fuzz-token';
  let imp: ReturnType<typeof importBench> | null = null;
  let web: Promise<{ app: Awaited<ReturnType<typeof makeApp>>['app']; store: Store }> | null = null;
  const argsDir = mkdtempSync(join(tmpdir(), 'capgap-fuzz-args-'));
  const saved = process.env.CAPGAP_DB;
  process.env.CAPGAP_DB = join(argsDir, 'store.duckdb');
  return {
    async run(c) {
      if (c.target === 'args') return argCase(c);
      if (c.target === 'import') {
        imp ??= importBench();
        return importCase(await imp, hostileOf(c));
      }
      web ??= makeApp(token);
      const { app, store } = await web;
      if (c.target === 'http get') return getCase(app, c);
      if (c.target === 'http post') return postCase(app, store, c, token);
      return uploadCase(app, store, hostileOf(c), { kind: c.kind, token });
    },
    async close() {
      if (web) {
        const { app, store } = await web;
        await app.state.serial.idle();
        store.close();
      }
      if (saved === undefined) delete process.env.CAPGAP_DB;
      else process.env.CAPGAP_DB = saved;
      // the scratch folders go too, whatever the cases did
      rmSync(argsDir, { recursive: true, force: true });
      const bench = await imp?.catch(() => null);
      if (bench) rmSync(bench.dir, { recursive: true, force: true });
    },
  };
}

/** The app on a fresh in-memory store showing the embedded dataset, imports allowed with `token`. */
async function makeApp(token: string) {
  const { createApp } = await import('../src/server/app.ts');
  const { openDefaultStore } = await import('../src/store/embedded.ts');
  const store = await openDefaultStore(':memory:', { readOnly: false, readers: 2 });
  return { app: createApp({ store, web: false, importToken: token }), store };
}

/**
 * Runs `cases` on the bench, `parallel` at a time (child processes for `import`; 1 for in-process targets).
 * @example const r = await runWays(bench, await waysCases('args', 50, 18)); r.findings // []
 */
export async function runWays(bench: WaysBench, cases: WayCase[], parallel = 1): Promise<WaysReport> {
  const counts: WaysReport['counts'] = { accepted: 0, rejected: 0, crash: 0, changed: 0, hang: 0 };
  const findings: WaysReport['findings'] = [];
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const result = await bench.run(c);
      counts[result.outcome]++;
      if (result.outcome !== 'accepted' && result.outcome !== 'rejected') findings.push({ case: c, result });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { counts, findings };
}

/** The regression cases of test/fixtures/fuzz/ways-in/ for `target`, by file name. */
export function regressionCases(target: WayCase['target']): [string, WayCase][] {
  const dir = new URL('../test/fixtures/fuzz/ways-in/', import.meta.url);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, WayCase] => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as WayCase])
    .filter(([, c]) => c.target === target);
}
