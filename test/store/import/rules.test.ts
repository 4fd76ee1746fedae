import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDateCell, parseNumberCell } from '../../../src/formats/validate.ts';
import {
  ImportError,
  importFile,
  parseCompanyList,
  parseEtfFlows,
  parseFrench,
  parseGeneric,
  parseYahoo,
} from '../../../src/store/import/index.ts';
import { differs } from '../../../src/store/import/stage-check.ts';
import type { Store } from '../../../src/store/store.ts';
import { withScratchStore } from '../../helpers/scratch-store.ts';
import { storeChecksum } from '../../helpers/store-checksum.ts';
import { fixtureText } from './helpers.ts';

// The rule set (docs/import.md "Values"), one test per defect of issue 18 §2 and §7, each reproduced first on
// the real ^RUT fixture with one cell changed by hand.
const RUT = fixtureText('yahoo/^RUT.csv').split('\n');
const HEAD = RUT[0];
const ROW = RUT[11]; // 2016-11-08,1192.04004,1200.21997,1184.8499800000004,1195.14001,1195.14001,3916930000.0
const at = { file: 'f.csv', line: 2, column: 'Date' };

let dir: string;
let store: Store;
withScratchStore('capgap-rules-', (s) => {
  ({ store, dir } = s);
});

function bad(fn: () => unknown, reason: RegExp, line?: number, column?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${e}`);
    assert.match(e.reason, reason);
    if (line !== undefined) assert.equal(e.line, line);
    if (column !== undefined) assert.equal(e.column, column);
    return true;
  });
}

test('1e999 and a 400-digit number are errors in every text parser, never Infinity', () => {
  const big = `1${'0'.repeat(400)}`;
  bad(() => parseNumberCell('1e999', at), /number out of range \(not finite as a double\) "1e999"/);
  bad(
    () => parseYahoo(`${HEAD}\n${ROW.replace('1195.14001,1195', '1e999,1195')}\n`, { file: 'X.csv' }),
    /not finite/,
    2,
    'Close',
  );
  bad(() => parseGeneric(`date,ticker,close\n2016-11-08,X,${big}\n`), /not finite/, 2, 'close');
  bad(() => parseEtfFlows(`date,ticker,flow\n2016-11-08,IWM,-1e400\n`), /not finite/, 2, 'flow');
  const french = fixtureText('F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV').split(
    '\n',
  );
  const k = french.findIndex((l) => /^\s*201611\s*,/.test(l));
  french[k] = french[k].replace(/,\s*[-\d.]+/, ',1e999');
  bad(
    () => parseFrench(french.join('\n'), { file: 'F-F_Research_Data_Factors_monthly_vintage202412.CSV' }),
    /not finite/,
    k + 1,
  );
  assert.equal(parseNumberCell('1e308', at), 1e308);
});

test('dates must be zero-padded ISO or YYYYMMDD: +201-11-08, 2016-1.-09 and 2016- 1-10 are errors', () => {
  for (const d of ['+201-11-08', '2016-1.-09', '2016- 1-10', '2016-1-10', '16-11-08', '2016-11-08x'])
    bad(() => parseDateCell(d, at), /unknown date format/);
  assert.equal(parseDateCell('2016-11-08 00:00:00-05:00', at), 17113);
  assert.equal(parseDateCell('20161108', at), 17113);
});

test('years 0, 1800 and 9999 are out of bounds (1900-01-01 .. a year after today); French files allow 1926 on', () => {
  bad(() => parseDateCell('0000-01-01', at), /date 0000-01-01 before 1900-01-01/);
  bad(() => parseDateCell('1800-06-01', at), /before 1900-01-01/);
  bad(() => parseDateCell('9999-12-31', at), /date 9999-12-31 after .* \(a year from today\)/);
  bad(
    () => parseYahoo(`${HEAD}\n${ROW.replace('2016-11-08', '1899-12-31')}\n`, { file: 'X.csv' }),
    /before 1900/,
    2,
    'Date',
  );
  const text = 'Date,Mkt-RF,RF\n192507,1.0,0.1\n';
  bad(
    () => parseFrench(text, { file: 'x.csv', vintage: 'CRSP 202412' }),
    /date 1925-07-31 before 1926-01-01/,
    2,
  );
  assert.equal(
    parseFrench('Date,Mkt-RF,RF\n192607,2.96,0.22\n', { file: 'x.csv', vintage: 'CRSP 202412' }).factors?.[0]
      .day.length,
    1,
  );
});

test('a ragged row (an unquoted thousands separator) is an error naming the line, not a shifted bar', () => {
  const row = '2016-11-08,1,234.5,100,101,102,102,5000';
  bad(
    () => parseYahoo(`${HEAD}\n${RUT[10]}\n${row}\n`, { file: 'X.csv' }),
    /row has 8 cells; the header has 7/,
    3,
  );
  bad(() => parseGeneric('date,ticker,close\n2016-11-08,X\n'), /row has 2 cells; the header has 3/, 2);
});

test('tickers with NUL or a right-to-left override are refused, naming the character', () => {
  bad(
    () => parseGeneric('date,ticker,close\n2016-11-08,A\u0000B,1\n'),
    /control or bidi character \(U\+0000\)/,
    2,
    'ticker',
  );
  bad(() => parseGeneric('date,ticker,close\n2016-11-08,A\u202eB,1\n'), /U\+202E/, 2, 'ticker');
  bad(
    () => parseYahoo(`${HEAD}\n${ROW}\n`, { file: 'X.csv', ticker: 'I\u200fWM' }),
    /U\+200F/,
    0,
    '--ticker',
  );
  const cl = fixtureText('companylist_NYSE_2016-09-21.csv').split('\n');
  cl[1] = cl[1].replace(/^"([^"]+)"/, '"$1\u202e"');
  bad(
    () => parseCompanyList(cl.join('\n'), { file: 'companylist_NYSE_2016-09-21.csv' }),
    /U\+202E/,
    2,
    'Symbol',
  );
});

test('1_000 is rejected by the JS parsers and by the DuckDB panel path alike', async () => {
  bad(() => parseNumberCell('1_000', at), /unparseable number "1_000"/);
  const path = join(dir, 'panel.csv');
  writeFileSync(
    path,
    'Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,1,1,1,5\n2016-11-09,A,1,1,1,1,1_000\n',
  );
  const before = await storeChecksum(store);
  await assert.rejects(importFile(store, path), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.equal(e.line, 3);
    assert.equal(e.column, 'Volume');
    assert.match(e.reason, /unparseable number "1_000"/);
    return true;
  });
  assert.equal(await storeChecksum(store), before);
});

test('the same-value check treats a non-finite value as a conflict, even with itself', async () => {
  const sql = (a: string, b: string) => store.one<{ d: boolean }>(`SELECT ${differs(a, b, true)} AS d`);
  assert.equal((await sql("'inf'::DOUBLE", '1.0::DOUBLE'))?.d, true);
  assert.equal((await sql("'inf'::DOUBLE", "'inf'::DOUBLE"))?.d, true);
  assert.equal((await sql("'nan'::DOUBLE", '1.0::DOUBLE'))?.d, true);
  assert.equal((await sql('0.0517::DOUBLE', '(5.17 / 100)::DOUBLE'))?.d, false);
  assert.equal((await sql('NULL::DOUBLE', 'NULL::DOUBLE'))?.d, false);
  assert.equal((await sql('NULL::DOUBLE', '1.0::DOUBLE'))?.d, true);
});
