/**
 * The fuzzing engine behind `npm run fuzz` (scripts/fuzz.ts) and its short run in the test suite
 * (test/formats/fuzz.test.ts): property-based and mutation fuzzing with fast-check over every parser (each
 * import kind, on real fixture heads mutated at run time), the byte decoder, the date and number readers and
 * the claim grammar's number reader. Each case ends in one outcome:
 * - `accepted`: parsed, and every value passes the rule set (finite numbers or NaN for missing, days within
 *   the bounds, identifiers without control or bidi characters);
 * - `rejected`: a clean ImportError (or the claim reader's documented Error) naming file and line;
 * - `crash`: any other exception; `bad`: accepted with a value that breaks the rule set.
 * Allowed outcomes are the first two; crashes and bad values are returned as regression cases.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseStated } from '../src/findings/claim.ts';
import { decodeText } from '../src/formats/decode.ts';
import { ImportError } from '../src/formats/errors.ts';
import { parseByKind } from '../src/formats/parse-by-kind.ts';
import { EARLIEST_DAY, latestDay, parseDateCell, parseNumberCell } from '../src/formats/validate.ts';
import { mutate, mutation, SEEDS, TOKENS } from './fuzz-mutations.ts';
import { ruleViolation } from './fuzz-rules.ts';

export { ruleViolation, SEEDS };

/** How one case ended. */
export type Outcome = 'accepted' | 'rejected' | 'crash' | 'bad';

/** A case that ended badly, to keep as a regression fixture. */
export interface Finding {
  target: string;
  outcome: 'crash' | 'bad';
  input: string;
  message: string;
}

/** Runs one case of `target` and classifies it. */
function classify(fn: () => string | null): { outcome: Outcome; message: string } {
  try {
    const v = fn();
    return v ? { outcome: 'bad', message: v } : { outcome: 'accepted', message: '' };
  } catch (err) {
    if (err instanceof ImportError) return { outcome: 'rejected', message: err.message };
    return { outcome: 'crash', message: `${(err as Error)?.name}: ${(err as Error)?.message}`.slice(0, 300) };
  }
}

/** One fuzz target: an arbitrary input and the call that classifies it. */
interface Target {
  name: string;
  input: fc.Arbitrary<string>;
  run: (input: string) => { outcome: Outcome; message: string };
}

const numberish = fc.oneof(
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 420n), max: 10n ** 420n }).map(String),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...TOKENS),
  fc
    .tuple(
      fc.integer(),
      fc.constantFrom('e', 'E', '.', '_', ',', 'e+', 'e-'),
      fc.integer({ min: 0, max: 999 }),
    )
    .map(([a, s, b]) => `${a}${s}${b}`),
);
const dateish = fc.oneof(
  fc
    .date({ min: new Date(-62e12), max: new Date(4e14), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: -99, max: 99999 }),
      fc.integer({ min: -1, max: 13 }),
      fc.integer({ min: -1, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...TOKENS, '20161108', '2016-11-08 00:00:00-05:00', '2016-11-08T00:00:00Z'),
);

const at = { file: 'fuzz.csv', line: 2, column: 'x' };

/** Every target, by name. */
export const TARGETS: Target[] = [
  {
    name: 'number reader',
    input: numberish,
    run: (s) =>
      classify(() => {
        const v = parseNumberCell(s, at);
        return Number.isNaN(v) || Number.isFinite(v) ? null : `accepted ${v}`;
      }),
  },
  {
    name: 'date reader',
    input: dateish,
    run: (s) =>
      classify(() => {
        const d = parseDateCell(s, at);
        return d >= EARLIEST_DAY && d <= latestDay() ? null : `accepted day ${d}`;
      }),
  },
  {
    name: 'claim number reader',
    input: fc.oneof(
      numberish,
      numberish.map((x) => `${x}%`),
      numberish.map((x) => `$${x} billion`),
    ),
    run: (s) => {
      try {
        const v = parseStated(s).value;
        return Number.isFinite(v)
          ? { outcome: 'accepted', message: '' }
          : { outcome: 'bad', message: `accepted ${v}` };
      } catch (err) {
        const m = (err as Error).message ?? '';
        return /^(invalid|stated value)/.test(m)
          ? { outcome: 'rejected', message: m }
          : { outcome: 'crash', message: m.slice(0, 300) };
      }
    },
  },
  {
    name: 'byte decoder',
    input: fc.tuple(fc.uint8Array({ maxLength: 64 }), fc.boolean(), fc.nat()).map(([b, gz, cut]) => {
      const bytes = gz ? gzipSync(b).subarray(0, cut % 80) : b;
      return Buffer.from(bytes).toString('base64');
    }),
    run: (s) =>
      classify(() => {
        decodeText(Buffer.from(s, 'base64'), 'fuzz.gz');
        return null;
      }),
  },
  ...SEEDS.map(
    (seed): Target => ({
      name: `parser ${seed.kind}`,
      input: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(seed.text, ms)),
      run: (text) => classify(() => ruleViolation(parseByKind(seed.kind, text, { file: seed.file }))),
    }),
  ),
];

/** Counts by target and outcome, and the cases that ended badly. */
export interface FuzzReport {
  cases: number;
  ms: number;
  counts: Record<string, Record<Outcome, number>>;
  findings: Finding[];
}

/**
 * Runs the targets round-robin, `batch` cases at a time, until `cases` cases ran or `seconds` passed.
 * @example runFuzz({ cases: 2000, seconds: 5, seed: 18 }).findings.length // 0
 */
export function runFuzz(o: { cases: number; seconds: number; seed: number; batch?: number }): FuzzReport {
  const start = performance.now();
  const counts: FuzzReport['counts'] = {};
  const findings: Finding[] = [];
  const batch = o.batch ?? 500;
  let cases = 0;
  let round = 0;
  while (cases < o.cases && performance.now() - start < o.seconds * 1000) {
    for (const t of TARGETS) {
      counts[t.name] ??= { accepted: 0, rejected: 0, crash: 0, bad: 0 };
      const c = counts[t.name];
      const inputs = fc.sample(t.input, { numRuns: batch, seed: o.seed + round * 7919 + t.name.length });
      for (const input of inputs) {
        const r = t.run(input);
        c[r.outcome]++;
        cases++;
        const mine = findings.filter((f) => f.target === t.name).length;
        if ((r.outcome === 'crash' || r.outcome === 'bad') && mine < 3)
          findings.push({ target: t.name, outcome: r.outcome, input, message: r.message });
      }
    }
    round++;
  }
  return { cases, ms: performance.now() - start, counts, findings };
}
