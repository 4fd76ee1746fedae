/**
 * The seeds and mutations of the parser fuzzing (scripts/fuzz-targets.ts): real fixture heads per import
 * kind, and fast-check mutations of them (inserted tokens, deleted spans, duplicated lines, flipped chars, cuts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ImportKind } from '../src/formats/types.ts';

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

/** Tokens the mutations insert: quotes, separators, control and bidi characters, odd numbers and dates. */
export const TOKENS = [
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
export const mutation = fc.oneof(
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
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations to a text in order. */
export function mutate(text: string, ms: Mutation[]): string {
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
