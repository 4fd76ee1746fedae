/**
 * `npm run fuzz -- --target import|http|args|ways-in`: runs the ways-in fuzzing (scripts/fuzz-ways-in.ts),
 * prints counts by target and outcome with the load average, and writes each finding to
 * test/fixtures/fuzz/ways-in/ as a regression case. Returns the exit code (1 when anything was found).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runWays, waysBench, waysCases } from './fuzz-ways-in.ts';

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Runs the target(s) with `cases` cases each and reports; see the file header. */
export async function fuzzWaysIn(target: string, o: { cases: number; seed: number }): Promise<number> {
  const targets = (target === 'ways-in' ? ['import', 'http', 'args'] : [target]) as (
    | 'import'
    | 'http'
    | 'args'
  )[];
  const bench = await waysBench();
  const start = performance.now();
  const cpu = process.cpuUsage();
  let found = 0;
  const dir = new URL('../test/fixtures/fuzz/ways-in/', import.meta.url);
  console.log(
    `${'target'.padEnd(10)}${pad('accepted', 10)}${pad('rejected', 10)}${pad('crash', 7)}${pad('changed', 9)}${pad('hang', 6)}`,
  );
  try {
    for (const t of targets) {
      const cases = await waysCases(t, o.cases, o.seed);
      const r = await runWays(bench, cases, t === 'import' ? 2 : 1);
      const c = r.counts;
      console.log(
        `${t.padEnd(10)}${pad(c.accepted, 10)}${pad(c.rejected, 10)}${pad(c.crash, 7)}${pad(c.changed, 9)}${pad(c.hang, 6)}`,
      );
      for (const f of r.findings) {
        found++;
        mkdirSync(dir, { recursive: true });
        const id = createHash('sha256').update(JSON.stringify(f.case)).digest('hex').slice(0, 10);
        const name = `${f.case.target.replace(/\W+/g, '-')}-${id}.json`;
        writeFileSync(new URL(name, dir), `${JSON.stringify(f.case, null, 2)}\n`);
        console.log(
          `${f.result.outcome}: ${f.result.message.slice(0, 300)} -> test/fixtures/fuzz/ways-in/${name}`,
        );
      }
    }
  } finally {
    await bench.close();
  }
  const u = process.cpuUsage(cpu);
  console.log(
    `fuzz ways in: ${((performance.now() - start) / 1000).toFixed(1)} s wall, ${((u.user + u.system) / 1e6).toFixed(1)} s CPU in this process (seed ${o.seed}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')})`,
  );
  return found ? 1 : 0;
}
