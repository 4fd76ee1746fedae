/**
 * Load benchmark of `capgap serve` (`npm run bench:serve`): starts the server in its own process on
 * loopback (store: the embedded dataset, in memory), warms the cache with typical queries, then runs a
 * bounded load with autocannon (10 connections, 10 s, cycling through the queries) and prints throughput,
 * p50 and p99 latency and errors against the goal: >= 1,000 req/s cached, p99 < 50 ms, no errors.
 * Options: --duration S (default 10), --connections N (default 10), --db PATH (default :memory:).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<Result>;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const duration = Number(arg('duration', '10'));
const connections = Number(arg('connections', '10'));
const db = arg('db', ':memory:');

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

function startChild(): Promise<{ url: string; stop: () => void }> {
  const bin = fileURLToPath(new URL('../bin/capgap.js', import.meta.url));
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

/** Latency of questions the cache has not seen (distinct windows, one at a time), for comparison. */
async function coldLatency(url: string, n = 20): Promise<{ p50: number; max: number }> {
  const ms: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    const res = await fetch(
      `${url}/api/returns-since?event=2016-11-08&scheme=${k % 2 ? 'indexes' : 'deciles'}&from=-${k + 1}&to=${30 + k}`,
    );
    if (!res.ok) throw new Error(`cold query: HTTP ${res.status}`);
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(n / 2)], max: ms[n - 1] };
}

const server = await startChild();
try {
  await fetch(`${server.url}/api/report?event=2016-11-08`); // waits for the startup load of the report inputs
  const cold = await coldLatency(server.url);
  for (const q of QUERIES) {
    const res = await fetch(server.url + q);
    if (!res.ok) throw new Error(`warm-up ${q}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  const r = await autocannon({
    url: server.url,
    connections,
    duration,
    pipelining: 1,
    requests: QUERIES.map((path) => ({ method: 'GET', path })),
  });
  const errors = r.errors + r.timeouts + r.non2xx;
  const goals = [
    ['throughput >= 1,000 req/s', r.requests.average >= 1000],
    ['p99 < 50 ms', r.latency.p99 < 50],
    ['no errors', errors === 0],
  ] as const;
  const lines = [
    `capgap serve, cached queries (${QUERIES.length} cycling), ${connections} connections, ${duration} s, loopback`,
    `throughput  ${r.requests.average.toFixed(0)} req/s  (${r.requests.total} requests)`,
    `latency     p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   max ${r.latency.max} ms`,
    `errors      ${errors}  (errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`,
    ...goals.map(([g, ok]) => `goal        ${ok ? 'met' : 'MISSED'}: ${g}`),
    `uncached    returns-since, 20 distinct windows one at a time: p50 ${cold.p50.toFixed(1)} ms, max ${cold.max.toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}serve.json`,
    `${JSON.stringify({ date: new Date().toISOString(), connections, duration, queries: QUERIES, result: r, cold }, null, 2)}\n`,
  );
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
} finally {
  server.stop();
}
