import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { commandOptions, HOSTILE_ARGS } from '../../scripts/fuzz-cli-args.ts';
import { main } from '../../src/cli/main.ts';
import { hasHidden, MESSAGE_MAX } from '../../src/quote.ts';
import { captureIO } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// Property-based fuzzing of the command line (fast-check, seeded, bounded), in-process on a scratch store
// ($CAPGAP_DB) that shows the embedded real dataset. Where scripts/fuzz-cli-args.ts gives one option a
// hostile value at a time, this gives a command one to three options at once, valid values beside hostile
// ones (so a run gets past its first check), an option twice, an option without its value. Every run must
// exit 0, or exit 1 or 2 with one line `capgap: …` (no stack trace, no JavaScript fault's words, no hidden
// character, at most MESSAGE_MAX characters). `serve`, `fetch` and `import` are left out: a server, the
// network, and test/fuzz/import-files.test.ts.

const SKIP = new Set(['serve', 'fetch', 'import', 'check']);
const VALID = [
  '2016-11-08',
  '2016-06-23',
  '2016-11',
  '2016-11-30',
  'value',
  'equal',
  'after-close',
  'deciles',
  'terciles',
  'us',
  'elections',
  'json',
  '0',
  '1',
  '3',
  '-3',
  '0,2',
  'market',
  'IWM',
  '^RUT',
  'US small cap',
];
const JS_FAULT =
  /Cannot read propert|is not a function|is not defined|is not iterable|Maximum call stack|\[object Object\]|undefined/;
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALID) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_ARGS.filter((v) => v.length < 10_000)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

let saved: string | undefined;
before(() => {
  saved = process.env.CAPGAP_DB;
  process.env.CAPGAP_DB = join(scratchDir('capgap-fuzz-cli-'), 'store.duckdb');
});
after(() => {
  if (saved === undefined) delete process.env.CAPGAP_DB;
  else process.env.CAPGAP_DB = saved;
});

test('fast-check: commands with several hostile options exit 0, or 1/2 with one clean line `capgap: …`', async () => {
  const commands = (await commandOptions()).filter((c) => !SKIP.has(c.words[0]));
  const spec = fc.record({
    command: fc.nat(),
    options: fc.array(
      fc.record({
        name: fc.nat(),
        value,
        form: fc.constantFrom('space', 'space', 'space', 'equals', 'bare'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });
  const codes: Record<number, number> = {};
  await fc.assert(
    fc.asyncProperty(spec, async (s) => {
      const c = commands[s.command % commands.length];
      const names = Object.entries(c.args)
        .filter(
          ([k, d]) => d.type === 'string' && !['db', 'out', 'cache-dir', 'text', 'file', 'set'].includes(k),
        )
        .map(([k]) => k);
      const argv = [...c.words];
      for (const o of s.options) {
        if (!names.length) break;
        const flag = `--${names[o.name % names.length]}`;
        if (o.form === 'bare') argv.push(flag);
        else if (o.form === 'equals') argv.push(`${flag}=${o.value}`);
        else argv.push(flag, o.value);
      }
      const io = captureIO();
      const code = await main(argv, io);
      const what = `capgap ${argv.join(' ').slice(0, 200)}`;
      codes[code] = (codes[code] ?? 0) + 1;
      if (code === 0) return;
      const err = io.stderr.trimEnd();
      assert.ok(code === 1 || code === 2, `${what}: exit ${code}: ${err.slice(0, 300)}`);
      assert.equal(err.split('\n').length, 1, `${what}: not one line: ${err.slice(0, 500)}`);
      assert.match(err, /^capgap: /, what);
      assert.ok(!JS_FAULT.test(err), `${what}: a JavaScript fault: ${err}`);
      assert.ok(
        !hasHidden(err) && err.length <= MESSAGE_MAX + 10,
        `${what}: ${JSON.stringify(err.slice(0, 300))}`,
      );
    }),
    {
      seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130),
      numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 60),
      endOnFailure: true,
    },
  );
  if (process.env.CAPGAP_FUZZ_VERBOSE) console.log('exit codes', JSON.stringify(codes));
  assert.ok((codes[0] ?? 0) > 0 && (codes[2] ?? 0) > 0, JSON.stringify(codes));
});
