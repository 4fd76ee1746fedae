import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { CliIO } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';
import { HIDDEN_PATTERN } from '../../src/formats/ticker.ts';
import type { ImportKind } from '../../src/formats/types.ts';
import { EARLIEST_DAY, isoDay, latestDay, MAX_PRICE, MAX_QUANTITY } from '../../src/formats/validate.ts';
import { hasHidden } from '../../src/quote.ts';
import { ImportError, importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';
import { storeChecksum } from '../helpers/store-checksum.ts';
import { hostileFile, hostileSpec, seedTables } from './hostile-files.ts';

// Property-based fuzzing of the import paths (fast-check, seeded, a bounded number of runs): hostile files
// made from real fixture heads (test/fuzz/hostile-files.ts). For every file, importFile either succeeds and
// the store holds only values the rule set allows (finite numbers within their plausible bounds, dates within 1900-01-01 .. a year ahead,
// no hidden character in an id or a text), or throws an ImportError naming the file (line ≥ 0, a message
// with no hidden character) and the store's checksum is as it was. Then `capgap import` in-process: exit 0,
// or exit 1/2 with one line `capgap: …` naming the file and no stack trace, the store file unchanged.
// A failure prints the seed and the shrunk case; fix it and add it as a regression test beside its rule.

const seeds = seedTables();
// CAPGAP_FUZZ_RUNS / CAPGAP_FUZZ_SEED widen a run by hand (e.g. 2000 runs, a new seed); the suite keeps these.
const RUNS = Number(process.env.CAPGAP_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130);
const HIDDEN = new RegExp(HIDDEN_PATTERN);
const dir = scratchDir('capgap-fuzz-props-');
let serial = 0;

function place(name: string, bytes: Uint8Array): string {
  const sub = join(dir, `c${++serial}`);
  mkdirSync(sub);
  const path = join(sub, name);
  writeFileSync(path, bytes);
  return path;
}

/** Rule-breaking values a store holds (none expected): non-finite numbers, dates out of range, hidden text. */
async function ruleBreaks(store: Store): Promise<string[]> {
  const out: string[] = [];
  const lo = isoDay(EARLIEST_DAY - 366 * 30); // French history goes back to 1926; prices to 1900
  const hi = isoDay(latestDay());
  const checks: [string, string][] = [
    ['bars', 'open,high,low,close,adj_close,volume,dividend,split_factor'],
    ['market_caps', 'market_cap,shares_outstanding'],
    ['etf_flows', 'flow,shares_outstanding,nav,aum'],
  ];
  for (const [t, cols] of checks) {
    const bad = cols
      .split(',')
      .map((c) => {
        const max = ['open', 'high', 'low', 'close', 'adj_close', 'dividend', 'nav'].includes(c)
          ? MAX_PRICE
          : MAX_QUANTITY;
        return `(${c} IS NOT NULL AND (isnan(${c}) OR isinf(${c}) OR abs(${c}) > ${max}))`;
      })
      .join(' OR ');
    const r = await store.one<{ n: number }>(
      `SELECT count(*)::DOUBLE AS n FROM ${t} WHERE ${bad} OR date < '${lo}' OR date > '${hi}'`,
    );
    if (r?.n) out.push(`${t}: ${r.n} rows with a non-finite or implausible number or a date out of range`);
  }
  const texts = await store.all<{ v: string | null }>(
    `SELECT id AS v FROM bars UNION SELECT id FROM market_caps UNION SELECT ticker FROM etf_flows
     UNION SELECT name FROM securities UNION SELECT sector FROM securities UNION SELECT industry FROM securities
     UNION SELECT name FROM etfs UNION SELECT category FROM etfs`,
  );
  for (const { v } of texts)
    if (v && HIDDEN.test(v)) out.push(`hidden character stored: ${JSON.stringify(v)}`);
  return out;
}

test('fast-check: hostile files through importFile end in a clean ImportError (store unchanged) or rule-abiding rows', async () => {
  const store = await Store.open(':memory:');
  try {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(hostileSpec, async (spec) => {
        const f = hostileFile(seeds, spec);
        const path = place(f.name, f.bytes);
        const before = await storeChecksum(store);
        try {
          const o = spec.options;
          // the library takes the string options as they are and small row limits (the CLI parses the rest)
          const extra = Object.fromEntries(
            o.extra
              .filter(([f]) => ['--ticker', '--date', '--vintage', '--exchange', '--dataset'].includes(f))
              .map(([f, v]) => [f.slice(2), v]),
          );
          const rows = o.extra.find(([f, v]) => f === '--max-rows' && /^\d+$/.test(v));
          await importFile(store, path, {
            replace: o.replace,
            rejectBadRows: o.rejectBadRows,
            ...(o.kind ? { kind: o.kind as ImportKind } : {}),
            ...extra,
            ...(rows ? { limits: { maxRows: Number(rows[1]) } } : {}),
          });
        } catch (err) {
          rejected++;
          assert.ok(err instanceof ImportError, `not an ImportError: ${(err as Error)?.stack ?? err}`);
          assert.equal(err.file, path);
          assert.ok(Number.isInteger(err.line) && err.line >= 0);
          assert.ok(err.message.startsWith(path), err.message);
          assert.ok(!hasHidden(err.message), `hidden character in ${JSON.stringify(err.message)}`);
          assert.equal(await storeChecksum(store), before, `the store changed on: ${err.message}`);
          return;
        }
        assert.deepEqual(await ruleBreaks(store), []);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    assert.ok(rejected > RUNS / 3, `only ${rejected} of ${RUNS} hostile files were refused`);
  } finally {
    store.close();
  }
});

function buffers(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), isTTY: false };
}

test('fast-check: `capgap import` of a hostile file exits 0, or 1/2 with one line naming the file, no stack, store unchanged', async () => {
  const db = join(dir, 'cli.duckdb');
  const s0 = await Store.open(db);
  s0.close();
  await fc.assert(
    fc.asyncProperty(hostileSpec, async (spec) => {
      const f = hostileFile(seeds, spec);
      const path = place(f.name, f.bytes);
      const s = await Store.open(db);
      const before = await storeChecksum(s);
      s.close();
      const io = buffers();
      const o = spec.options;
      const args = ['import', path, '--db', db, ...(o.kind ? ['--kind', o.kind] : [])];
      if (o.rejectBadRows) args.push('--reject-bad-rows');
      if (o.replace) args.push('--replace');
      for (const [flag, v] of o.extra) args.push(`${flag}=${v}`);
      const code = await main(args, io);
      if (code === 0) return;
      assert.ok(code === 1 || code === 2, `exit ${code}: ${io.stderr.join('\n')}`);
      const err = io.stderr.join('\n');
      assert.match(err, /^capgap: /);
      // misuse of an option (exit 2) names the option; anything else names the file
      const flags = args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]);
      if (code === 2)
        assert.ok(
          flags.some((f) => err.includes(f)),
          `the error names an option given: ${err}`,
        );
      else assert.ok(err.includes(path), `the error names the file: ${err}`);
      assert.ok(!/\n\s+at /.test(err), `a stack trace: ${err}`);
      const after = await Store.open(db);
      try {
        assert.equal(await storeChecksum(after), before, `the store changed on: ${err}`);
      } finally {
        after.close();
      }
    }),
    { seed: SEED + 1, numRuns: Math.ceil(RUNS / 4), endOnFailure: true },
  );
});
