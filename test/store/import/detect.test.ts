import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { detectKind, ImportError } from '../../../src/store/import/index.ts';
import { fixture, fixtureText } from './helpers.ts';

// Every real fixture must be detected as the format its source is documented as in PROVENANCE.md.
const CASES: [string, string][] = [
  ['yahoo/^RUT.csv', 'yahoo'],
  ['yahoo/VTWO.csv', 'yahoo'],
  ['yfinance/IWM.csv', 'yfinance'],
  ['yfinance/^GSPC.csv', 'yfinance'],
  ['stooq/iwm.us.txt', 'stooq'],
  ['alphavantage/IWM.csv', 'alphavantage'],
  ['companylist_NYSE_2016-09-21.csv', 'companylist'],
  ['securities.csv', 'gics'],
  ['Portfolios_Formed_on_ME_monthly_vintage202602.CSV', 'french'],
  ['Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv', 'french'],
  ['F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv', 'french'],
  ['F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV', 'french'],
  ['25_Portfolios_5x5_monthly_vintage202602.CSV', 'french'],
];

for (const [name, kind] of CASES) {
  test(`detectKind(${name}) is ${kind}, with a reason`, () => {
    const d = detectKind(fixtureText(name), name);
    assert.equal(d.kind, kind);
    assert.ok(d.reason.length > 10);
  });
}

test('detectKind recognises the gzipped stock panel by its exact header', () => {
  const text = gunzipSync(readFileSync(fixture('stocks_panel_2016-11-07_to_2016-11-11.csv.gz'))).toString(
    'utf8',
  );
  assert.equal(detectKind(text, 'p.csv.gz').kind, 'stock-panel');
});

test('detectKind tells generic, etf-flows and etfs apart by their headers', () => {
  assert.equal(detectKind('date,ticker,close,adj_close\n', 'a.csv').kind, 'generic');
  assert.equal(detectKind('date,id,field,value\n', 'a.csv').kind, 'generic');
  assert.equal(detectKind('date,ticker,flow\n', 'a.csv').kind, 'etf-flows');
  assert.equal(detectKind('date,ticker,shares_outstanding,nav\n', 'a.csv').kind, 'etf-flows');
  assert.equal(detectKind('ticker,name,category,benchmark,issuer,inception\n', 'a.csv').kind, 'etfs');
});

test('detectKind refuses an empty file and an unknown header', () => {
  assert.throws(
    () => detectKind('\n\n', 'e.csv'),
    (e: unknown) => e instanceof ImportError && /empty file/.test(e.reason),
  );
  assert.throws(
    () => detectKind('foo,bar\n1,2\n', 'x.csv'),
    (e: unknown) => e instanceof ImportError && e.line === 1 && /--kind/.test(e.reason),
  );
});
