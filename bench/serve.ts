/**
 * Load benchmark of `capgap serve` (`npm run bench:serve`): starts the server in its own process on
 * loopback (store: the embedded dataset read in place, as a new store answers), then prints two lines:
 *
 * - uncached: every event of the built-in sets × every size scheme × many windows of returns-since, each
 *   URL distinct (none repeats within the run, so the response cache never answers), in a seeded random
 *   order, 64 connections, 20 s. Useful answers = 2xx; goal >= 1,000/s with p99 < 100 ms and no 5xx.
 * - cached: the page's typical queries, warmed, cycling; goal >= 10,000/s.
 *
 * Each line carries the load average, the server's RSS and CPU per answer (µs, and the answers one core
 * gives at that cost: the fair figure while the load generator and other work share the cores), and the
 * load generator's own CPU (autocannon, in this process, or in --workers N worker threads), so what it took
 * from the server is visible. Options: --duration S (default 20), --connections N (default 64),
 * --workers N (autocannon worker threads for the cached run; default 0 = in this process), --cached-only
 * (skip the uncached run), --overload (also 10x the connections, uncached: 503s with Retry-After
 * and the useful share of the peak, goal >= 80%), --soak S (an uncached run of S seconds, RSS at start
 * and end), --db PATH (default :memory:).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EVENT_SETS, eventSet } from '../src/events/event-sets.ts';
import { mulberry32 } from '../src/math/random.ts';
import { SCHEME_IDS } from '../src/server/data/schemes.ts';
import { cpuMs, load, rssMb, startChild } from './serve-process.ts';

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
}
type Req = { method: string; path: string; setupRequest?: (r: object) => object };
const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<Result>;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const duration = Number(arg('duration', '20'));
const connections = Number(arg('connections', '64'));
const soak = Number(arg('soak', '0'));
const overload = process.argv.includes('--overload');
const db = arg('db', ':memory:');
const workers = Number(arg('workers', '0'));
const cachedOnly = process.argv.includes('--cached-only');

/** Typical cached queries: what the page asks for, across events, schemes and windows. */
export const QUERIES = [
  '/api/returns-since?event=2016-11-08&from=-5&to=20',
  '/api/returns-since?event=2016-11-08&scheme=indexes&from=0&to=20',
  '/api/returns-since?event=2020-11-03&scheme=terciles&from=-5&to=20',
  '/api/returns-since?event=2024-11-05&scheme=quintiles&from=-5&to=20',
  '/api/returns-since?event=2016-06-23&from=-10&to=60&format=csv',
  '/api/compare-events?events=2012-11-06,2016-06-23,2016-11-08,2020-11-03,2024-11-05&from=0&to=20',
  '/api/events',
  '/api/schemes',
  '/api/datasets',
];

/**
 * Distinct uncached URLs: (event, scheme) pairs that have data (probed once with the widest window), times
 * windows [from, to] with from in -20..0 and to in 1..60, in a seeded random order (enough distinct URLs for
 * a quiet machine's 20 s at several thousand answers a second).
 */
async function uncachedUrls(url: string): Promise<string[]> {
  const pairs: string[] = [];
  for (const set of EVENT_SETS) {
    for (const e of eventSet(set)) {
      for (const scheme of SCHEME_IDS) {
        const q = `event=${e.date}&timing=${e.timing}&scheme=${scheme}`;
        const res = await fetch(`${url}/api/returns-since?${q}&from=-21&to=61`);
        await res.arrayBuffer();
        if (res.ok && !pairs.includes(q)) pairs.push(q);
      }
    }
  }
  const out: string[] = [];
  for (const q of pairs)
    for (let from = -20; from <= 0; from++)
      for (let to = 1; to <= 60; to++) out.push(`/api/returns-since?${q}&from=${from}&to=${to}`);
  const rand = mulberry32(20261130);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One autocannon run over `paths`, each taken once in order (shared by all connections). */
async function run(url: string, paths: string[], conns: number, seconds: number, cycle: boolean) {
  let next = 0;
  const requests: Req[] = cycle
    ? paths.map((path) => ({ method: 'GET', path }))
    : [
        {
          method: 'GET',
          path: paths[0],
          setupRequest: (r: object) => ({ ...r, path: paths[next++ % paths.length] }),
        },
      ];
  const c0 = process.cpuUsage();
  const r = await autocannon({
    url,
    connections: conns,
    duration: seconds,
    pipelining: 1,
    requests,
    ...(workers > 0 && cycle ? { workers } : {}), // (a worker cannot take setupRequest)
  });
  const c = process.cpuUsage(c0);
  return { r, used: next, genCpu: (c.user + c.system) / 1000 };
}

/**
 * One line of figures. `cpu` is the server's CPU time over the run: per answer, it says what one core could
 * answer on an idle machine, whatever else shares the cores while the benchmark runs.
 */
function line(
  name: string,
  r: Result,
  seconds: number,
  rss: [number, number],
  cpu: number,
  genCpu: number,
  extra = '',
): string {
  const useful = r['2xx'] / seconds;
  const perAnswer = (cpu * 1000) / Math.max(1, r['2xx'] + r['4xx'] + r['5xx']);
  const gen = `load generator cpu ${((genCpu / (seconds * 1000)) * 100).toFixed(0)}% of a core`;
  return (
    `${name.padEnd(9)} ${useful.toFixed(0).padStart(6)} useful/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ` +
    `2xx ${r['2xx']}  4xx ${r['4xx']}  5xx ${r['5xx']}  errors ${r.errors + r.timeouts}  ` +
    `server cpu ${perAnswer.toFixed(0)} µs/answer (${(1e6 / perAnswer).toFixed(0)}/s per core), ${((cpu / (seconds * 1000)) * 100).toFixed(0)}% of a core  ` +
    `${gen}  rss ${rss[0].toFixed(0)}→${rss[1].toFixed(0)} MB  load ${load()}${extra}`
  );
}

const server = await startChild(db);
const results: Record<string, unknown> = {};
try {
  await (await fetch(`${server.url}/api/report?event=2016-11-08`)).arrayBuffer(); // startup loads done
  const urls = await uncachedUrls(server.url);
  console.log(
    `capgap serve on loopback, ${connections} connections, ${duration} s per run; ${urls.length} distinct uncached URLs`,
  );
  const lines: string[] = [];
  let offset = 0;
  // Each run takes URLs no earlier run took; the soak, longer than the list, cycles through it (a URL then
  // comes back after tens of thousands of others, long out of the 500-answer cache).
  const uncached = async (name: string, conns: number, seconds: number, cycle = false) => {
    const rss0 = rssMb(server.pid);
    const cpu0 = cpuMs(server.pid);
    const { r, used, genCpu } = await run(
      server.url,
      cycle ? urls : urls.slice(offset),
      conns,
      seconds,
      false,
    );
    const cpu = cpuMs(server.pid) - cpu0;
    if (!cycle && offset + used > urls.length) throw new Error(`ran out of distinct URLs (${used} used)`);
    if (!cycle) offset += used;
    results[name] = r;
    return { r, cpu, genCpu, rss: [rss0, rssMb(server.pid)] as [number, number] };
  };
  const u = cachedOnly ? null : await uncached('uncached', connections, duration);
  if (u) {
    const goalU = u.r['2xx'] / duration >= 1000 && u.r.latency.p99 < 100 && u.r['5xx'] === 0;
    lines.push(line('uncached', u.r, duration, u.rss, u.cpu, u.genCpu, `  goal ${goalU ? 'met' : 'MISSED'}`));
  }
  for (const q of QUERIES) await (await fetch(server.url + q)).arrayBuffer();
  const rss0 = rssMb(server.pid);
  const cpu0 = cpuMs(server.pid);
  const { r: c, genCpu: genC } = await run(server.url, QUERIES, connections, duration, true);
  const cpuC = cpuMs(server.pid) - cpu0;
  results.cached = c;
  const goalC = c['2xx'] / duration >= 10_000 && c['5xx'] === 0;
  lines.push(
    line('cached', c, duration, [rss0, rssMb(server.pid)], cpuC, genC, `  goal ${goalC ? 'met' : 'MISSED'}`),
  );
  if (overload && u) {
    const o = await uncached('overload', connections * 10, duration);
    const share = o.r['2xx'] / u.r['2xx'];
    lines.push(
      line(
        `${connections * 10} conns`,
        o.r,
        duration,
        o.rss,
        o.cpu,
        o.genCpu,
        `  ${(share * 100).toFixed(0)}% of peak useful`,
      ),
    );
  }
  if (soak > 0) {
    const s = await uncached('soak', connections, soak, true);
    lines.push(line(`soak ${soak}s`, s.r, soak, s.rss, s.cpu, s.genCpu));
  }
  console.log(lines.join('\n'));
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}serve.json`,
    `${JSON.stringify({ date: new Date().toISOString(), load: loadavg(), connections, duration, results }, null, 2)}\n`,
  );
} finally {
  server.stop();
}
