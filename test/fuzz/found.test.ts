import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { parseCompanyFacts, parseSecTickers } from '../../src/connectors/sec.ts';
import { yahooChartToCsv } from '../../src/connectors/yahoo.ts';
import { decodeText } from '../../src/formats/decode.ts';
import { ImportError } from '../../src/formats/errors.ts';
import { parseEtfFlows } from '../../src/formats/etf-files.ts';
import { parseFrench } from '../../src/formats/french.ts';
import { parseYahoo } from '../../src/formats/yahoo.ts';
import { hasHidden } from '../../src/quote.ts';
import { errorBody } from '../../src/server/errors.ts';
import { readQuery } from '../../src/server/params.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';
import { scratchDir } from '../helpers/scratch-dir.ts';

// What the fast-check fuzzers (test/fuzz/import-files.test.ts, test/fuzz/http-query.test.ts) found, each
// replayed with the smallest input that showed it, and the rule it broke.

test('a Latin-1 soft hyphen (byte 0xAD) is named in the encoding error as an escape, never as the hidden character', () => {
  // found by import-files (seed 7, run 613): the bytes AD 4B E4 under IWM.csv
  assert.throws(
    () => decodeText(new Uint8Array([0xad, 0x4b, 0xe4]), 'IWM.csv'),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 1 &&
      e.reason.includes("byte 0xAD at byte offset 0 is not UTF-8, '\\u00AD' in Latin-1") &&
      !hasHidden(e.message),
  );
});

/** The 400 body readQuery's error becomes (src/server/errors.ts). */
function bodyOf(search: string, allowed: string[]) {
  try {
    readQuery(new URL(`http://x/api/events${search}`), allowed);
  } catch (err) {
    return errorBody(err as Parameters<typeof errorBody>[0]).error;
  }
  return null;
}

test('a value with no parameter name (`?=%00`) is a 400 whose JSON names the parameter "" and says what it is', () => {
  // found by http-query (seed 20261130, run 78): /api/events?=%00 answered without error.parameter
  const e = bodyOf('?=%00', []);
  assert.equal(e?.status, 400);
  assert.equal(e?.parameter, '');
  assert.equal(
    e?.message,
    'invalid parameter "": a value with no parameter name ("=\\u0000"); this endpoint takes none',
  );
});

test('a broken percent-escape is a 400 naming the parameter, not a value of replacement characters', () => {
  // found while reading http-query's answers: /api/returns-since?event=%E0%A4%A said '"\uFFFD%A" is not a date'
  const cut = bodyOf('?event=%E0%A4%A', ['event']);
  assert.equal(cut?.parameter, 'event');
  assert.match(
    cut?.message ?? '',
    /^invalid parameter "event": "%E0%A4%A" is not valid percent-encoded UTF-8/,
  );
  assert.equal(bodyOf('?%zz=1', ['event'])?.parameter, '%zz');
  assert.equal(bodyOf('?event=2016-11-08&x=%', ['event', 'x'])?.parameter, 'x');
  assert.equal(bodyOf('?event=2016%2D11%2D08', ['event']), null, 'well-formed escapes are fine');
});

// Yahoo chart and SEC bodies (found by connector-json, seed 20261130, run 2, before the fix): a TypeError or
// a RangeError escaped, or Infinity and an impossible date were passed on as data.
const CHART = (close: string, stamp = '1478615400') =>
  `{"chart":{"result":[{"meta":{"gmtoffset":-18000},"timestamp":[${stamp}],"indicators":{"quote":[{"open":[1],"high":[1],"low":[1],"close":[${close}],"volume":[1]}],"adjclose":[{"adjclose":[1]}]}}]}}`;
const FACTS = (shares: string) =>
  `{"facts":{"dei":{"EntityCommonStockSharesOutstanding":{"units":{"shares":${shares}}}}}}`;

test('a Yahoo chart body that is JSON null, a timestamp of 1e20 or a close of 1e400 is a format error naming it', () => {
  const fails = (body: string, what: RegExp) =>
    assert.throws(
      () => yahooChartToCsv(body, 'IWM', 'u'),
      (e: unknown) => e instanceof ConnectorError && e.failure === 'format' && what.test(e.message),
    );
  fails('null', /the chart response is JSON but not an object/);
  fails(CHART('1', '1e20'), /timestamp\[0\] is 100000000000000000000, not a timestamp of a session/);
  fails(CHART('1e400'), /close\[0\] is Infinity, not a finite number/);
  fails(CHART('{"a":1}'), /close\[0\] is \{"a":1\}, not a finite number/);
  assert.match(
    yahooChartToCsv(CHART('1195.14'), 'IWM', 'u').csv,
    /^Date,.*\n2016-11-08,1,1,1,1195.14,1,1\n$/,
  );
});

test('SEC company facts: a null fact, shares that are not a list, 2016-02-30 or 1e400 are format errors', () => {
  const fails = (body: string, what: RegExp) =>
    assert.throws(
      () => parseCompanyFacts(body, 'SMPL', 'u'),
      (e: unknown) => e instanceof ConnectorError && e.failure === 'format' && what.test(e.message),
    );
  fails(FACTS('[null]'), /has a fact without a valid end date and value: null/);
  fails(FACTS('{"a":1}'), /shares are not a list of facts/);
  fails(FACTS('[{"end":"2016-02-30","val":1}]'), /without a valid end date/);
  fails(FACTS('[{"end":"2016-01-29","val":1e400}]'), /without a valid end date and value/);
  assert.throws(
    () => parseSecTickers('{"0":{"cik_str":1e400,"ticker":"A"}}'),
    (e: unknown) => e instanceof ConnectorError && /cik_str \(a positive integer\)/.test(e.message),
  );
});

// Finite but absurd numbers (found while fuzzing with 1e308: a ^RUT close of 1e308 imported, and
// `capgap report` printed "+8.367220506658463e+306%"): a price over MAX_PRICE, a volume over MAX_QUANTITY
// and a flow over MAX_QUANTITY in size are errors naming the cell, on the JS parsers and the panel's DuckDB
// path alike. Rows: the real ^RUT and panel fixtures with one cell changed by hand.
test('a price of 1e308 is an implausible price at its line and column, on the Yahoo parser and the panel path', async (t) => {
  const rut = readFileSync(new URL('../fixtures/import/yahoo/^RUT.csv', import.meta.url), 'utf8').split('\n');
  rut[12] = rut[12].replace(/^(2016-11-09,[^,]*,[^,]*,[^,]*,)[^,]*/, '$11e308');
  const implausible = (line: number, column: string, what: RegExp) => (e: unknown) =>
    e instanceof ImportError && e.line === line && e.column === column && what.test(e.reason);
  assert.throws(
    () => parseYahoo(rut.join('\n'), { file: '^RUT.csv' }),
    implausible(
      13,
      'Close',
      /^implausible price 1e\+308: more than 1e10 \(a unit or a decimal point wrong\?\)$/,
    ),
  );
  const panel = gunzipSync(
    readFileSync(new URL('../fixtures/import/stocks_panel_2016-11-07_to_2016-11-11.csv.gz', import.meta.url)),
  )
    .toString('utf8')
    .split('\n');
  panel[3] = panel[3].replace(/,[^,]*$/, ',1e16'); // the volume of line 4
  const file = join(scratchDir('capgap-found-', t), 'stocks.csv');
  writeFileSync(file, panel.join('\n'));
  const store = await Store.open(':memory:');
  try {
    await assert.rejects(
      importFile(store, file),
      implausible(4, 'Volume', /^implausible volume 10000000000000000: more than 1e15/),
    );
  } finally {
    store.close();
  }
  assert.throws(
    () => parseEtfFlows('date,ticker,flow\n2016-11-08,IWM,-1e308\n', { file: 'flows.csv' }),
    implausible(2, 'flow', /^implausible flow -1e\+308: more than 1e15 in size/),
  );
});

test('a French return of 1e308 percent is an implausible return at its line and column', () => {
  // Rows: the real French factors fixture with one cell changed by hand (the 201603 SMB, line 4).
  const lines = readFileSync(
    new URL(
      '../fixtures/import/F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV',
      import.meta.url,
    ),
    'utf8',
  ).split('\n');
  lines[3] = lines[3].replace('0.82', '1e308');
  assert.throws(
    () => parseFrench(lines.join('\n'), { file: 'F-F_Research_Data_Factors_monthly_vintage202412.CSV' }),
    (e: unknown) =>
      e instanceof ImportError &&
      e.line === 4 &&
      e.column === 'SMB' &&
      e.reason === 'implausible return (as a decimal) 1e+306: at most in size 100 (10,000%)',
  );
});
