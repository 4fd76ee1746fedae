/**
 * `npm run fuzz [-- --target T --cases N --seconds S --seed K]`:
 * - `--target parsers` (the default): property-based and mutation fuzzing of every parser, the byte decoder,
 *   the date and number readers and the claim number reader (scripts/fuzz-targets.ts). Default budget:
 *   120,000 cases or 300 s, whichever comes first. Every crash or rule-breaking value is written to
 *   test/fixtures/fuzz/ (test/formats/fuzz.test.ts replays them).
 * - `--target import|http|args|ways-in` (ways-in = all three): the ways in (scripts/fuzz-ways-in.ts):
 *   `capgap import` as a child process on hostile files, every API route with hostile parameters and
 *   uploads, every command with hostile options. Default budget: 400 cases a target (--cases). Every crash,
 *   changed store or hang is written to test/fixtures/fuzz/ways-in/ (test/formats/fuzz-*.test.ts replay them).
 * Prints counts by target and outcome and the load average; any finding makes the exit code 1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { runFuzz } from './fuzz-targets.ts';

function flag(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  const v = k >= 0 ? Number(process.argv[k + 1]) : fallback;
  if (!(Number.isFinite(v) && v >= 0))
    throw new Error(`invalid --${name}: ${process.argv[k + 1]}; expected a number`);
  return v;
}

const k = process.argv.indexOf('--target');
const target = k >= 0 ? process.argv[k + 1] : 'parsers';
const TARGETS = ['parsers', 'import', 'http', 'args', 'ways-in'];
if (!TARGETS.includes(target))
  throw new Error(`invalid --target: ${target}; expected one of ${TARGETS.join(', ')}`);
if (target !== 'parsers') {
  const { fuzzWaysIn } = await import('./fuzz-ways-cli.ts');
  process.exitCode = await fuzzWaysIn(target, {
    cases: flag('cases', 400),
    seed: flag('seed', Date.now() % 1_000_000),
  });
  process.exit();
}
const cases = flag('cases', 120_000);
const seconds = flag('seconds', 300);
const seed = flag('seed', Date.now() % 1_000_000);
const r = runFuzz({ cases, seconds, seed });
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `fuzz: ${r.cases.toLocaleString('en-US')} cases in ${(r.ms / 1000).toFixed(1)} s (seed ${seed}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')})`,
);
console.log(
  `${'target'.padEnd(22)}${pad('accepted', 10)}${pad('rejected', 10)}${pad('crash', 8)}${pad('bad', 6)}`,
);
const total = { accepted: 0, rejected: 0, crash: 0, bad: 0 };
for (const [name, c] of Object.entries(r.counts)) {
  console.log(
    `${name.padEnd(22)}${pad(c.accepted, 10)}${pad(c.rejected, 10)}${pad(c.crash, 8)}${pad(c.bad, 6)}`,
  );
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
}
console.log(
  `${'total'.padEnd(22)}${pad(total.accepted, 10)}${pad(total.rejected, 10)}${pad(total.crash, 8)}${pad(total.bad, 6)}`,
);
if (r.findings.length) {
  const dir = new URL('../test/fixtures/fuzz/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const f of r.findings) {
    const id = createHash('sha256').update(`${f.target}\0${f.input}`).digest('hex').slice(0, 10);
    const name = `${f.target.replace(/\W+/g, '-')}-${id}.json`;
    writeFileSync(new URL(name, dir), `${JSON.stringify({ target: f.target, input: f.input }, null, 2)}\n`);
    console.log(`${f.outcome}: ${f.target}: ${f.message} -> test/fixtures/fuzz/${name}`);
  }
  process.exitCode = 1;
}
