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
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parseStated } from '../src/findings/claim.ts';
import { decodeText } from '../src/formats/decode.ts';
import { ImportError } from '../src/formats/errors.ts';
import { parseByKind } from '../src/formats/parse-by-kind.ts';
import { HIDDEN_PATTERN } from '../src/formats/ticker.ts';
import type { ImportKind, Parsed } from '../src/formats/types.ts';
import { EARLIEST_DAY, latestDay, parseDateCell, parseNumberCell } from '../src/formats/validate.ts';

/** How one case ended. */
export type Outcome = 'accepted' | 'rejected' | 'crash' | 'bad';

/** A case that ended badly, to keep as a regression fixture. */
export interface Finding {
  target: string;
  outcome: 'crash' | 'bad';
  input: string;
  message: string;
}

const fixture = (path: string, lines = 14) =>
  readFileSync(new URL(`../test/fixtures/import/${path}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(0, lines)
    .join('\n');

/** Real fixture heads per kind, with the file name each parser reads options from. */
export const SEEDS: { kind: ImportKind; file: string; text: string }[] = [
  { kind: 'yahoo', file: '^RUT.csv', text: fixture('yahoo/^RUT.csv') },
  { kind: 'yfinance', file: 'IWM.csv', text: fixture('yfinance/IWM.csv') },
  { kind: 'stooq', file: 'iwm.us.txt', text: fixture('stooq/iwm.us.txt') },
  { kind: 'alphavantage', file: 'IWM.csv', text: fixture('alphavantage/IWM.csv') },
  {
    kind: 'companylist',
    file: 'companylist_NYSE_2016-09-21.csv',
    text: fixture('companylist_NYSE_2016-09-21.csv'),
  },
  { kind: 'gics', file: 'securities.csv', text: fixture('securities.csv') },
  {
    kind: 'french',
    file: 'F-F_Research_Data_Factors_monthly_vintage202412.CSV',
    text: fixture('F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV', 30),
  },
  {
    kind: 'generic',
    file: 'g.csv',
    text: 'date,ticker,close,volume\n2016-11-08,IWM,123.4,100\n2016-11-09,IWM,125,200\n',
  },
  {
    kind: 'stock-panel',
    file: 'p.csv',
    text: 'Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,2,0.5,1.5,10\n',
  },
  {
    kind: 'etf-flows',
    file: 'f.csv',
    text: 'date,ticker,flow,nav\n2016-11-09,IWM,1.2e9,120.5\n2016-11-10,IWM,-3e8,121\n',
  },
  {
    kind: 'etfs',
    file: 'e.csv',
    text: 'ticker,name,category,inception\nIWM,iShares Russell 2000 ETF,US small cap,2000-05-22\n',
  },
];

const TOKENS = [
  '"',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\u0000',
  '\u202e',
  '\ufeff',
  '1e999',
  `1${'0'.repeat(400)}`,
  '1_000',
  '-1',
  'NaN',
  'Infinity',
  '0x1F',
  '+201-11-08',
  '2016-1.-09',
  '9999-12-31',
  '1800-01-01',
  '""',
  '" "',
  '\t',
  'n/a',
  ' ',
  'é',
];

/** A mutation of a seed text: insert a token, delete a span, duplicate a line, flip a char, truncate. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), code: fc.integer({ min: 0, max: 0x2fff }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('random' as const),
    at: fc.nat(),
    s: fc.string({ maxLength: 6, unit: 'binary' }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.op === 'insert') t = t.slice(0, at) + m.token + t.slice(at);
    else if (m.op === 'delete') t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.op === 'dup') {
      const s = t.lastIndexOf('\n', at - 1) + 1;
      const e = t.indexOf('\n', at);
      const line = t.slice(s, e < 0 ? t.length : e + 1);
      t = t.slice(0, s) + line + t.slice(s);
    } else if (m.op === 'flip') t = t.slice(0, at) + String.fromCharCode(m.code) + t.slice(at + 1);
    else if (m.op === 'cut') t = t.slice(0, at);
    else t = t.slice(0, at) + m.s + t.slice(at);
  }
  return t;
}

const HIDDEN = new RegExp(HIDDEN_PATTERN);

/** Why an accepted parse breaks the rule set, or null. */
export function ruleViolation(p: Parsed): string | null {
  const lo = EARLIEST_DAY;
  const hi = latestDay();
  const nums = (name: string, a: Float64Array) => {
    for (const v of a) if (!Number.isNaN(v) && !Number.isFinite(v)) return `${name} holds ${v}`;
    return null;
  };
  const days = (name: string, a: Int32Array | Float64Array) => {
    for (const d of a) if (!Number.isNaN(d) && (d < lo || d > hi)) return `${name} day ${d} out of bounds`;
    return null;
  };
  const ids = (name: string, a: readonly string[]) => {
    for (const s of a) if (HIDDEN.test(s) || s === '') return `${name} ${JSON.stringify(s)}`;
    return null;
  };
  const b = p.bars;
  const checks: (string | null)[] = [];
  if (b) {
    checks.push(ids('ticker', b.tickers), days('bars', b.day));
    for (const k of [
      'open',
      'high',
      'low',
      'close',
      'adjClose',
      'volume',
      'dividend',
      'splitFactor',
    ] as const)
      checks.push(nums(k, b[k]));
  }
  for (const blk of [...(p.portfolios ?? []), ...(p.factors ?? [])])
    checks.push(nums(blk.title, blk.values), days(blk.title, blk.day));
  if (p.caps) checks.push(ids('cap id', p.caps.id), nums('cap', p.caps.marketCap), days('caps', p.caps.day));
  if (p.flows) {
    checks.push(ids('flow ticker', p.flows.ticker), days('flows', p.flows.day));
    for (const k of ['flow', 'sharesOutstanding', 'nav', 'aum'] as const) checks.push(nums(k, p.flows[k]));
  }
  if (p.securities) checks.push(ids('security', p.securities.id));
  if (p.etfs) checks.push(ids('etf', p.etfs.ticker), days('inception', p.etfs.inception));
  return checks.find((c) => c !== null) ?? null;
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
    run: (s) => classify(() => (decodeText(Buffer.from(s, 'base64'), 'fuzz.gz'), null)),
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
