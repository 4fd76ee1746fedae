import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  parseAlphaVantage,
  parseCompanyList,
  parseFrench,
  parseYahoo,
  parseYfinance,
  type SeriesBlock,
} from '../../../src/store/import/index.ts';
import { day } from './helpers.ts';

// Whole files from ../shared/data (absent in a user's clone: these tests then skip). Expected row counts and
// values are the ones PROVENANCE.md states for each file.
const SHARED = fileURLToPath(new URL('../../../../shared/data/', import.meta.url));
const skip = existsSync(SHARED)
  ? false
  : 'needs ../shared/data (the project’s source data), absent in this clone';
const read = (p: string) => readFileSync(`${SHARED}${p}`, 'utf8');
const K = 'kenfrench_data_library/';

function at(b: SeriesBlock, name: string, iso: string): number {
  return b.values[b.day.indexOf(day(iso)) * b.names.length + b.names.indexOf(name)];
}

test('the full monthly ME file: 1,196 rows per monthly section, 99 per annual section, Nov 2016 and Nov 2024 spot checks', {
  skip,
}, () => {
  const f = `${K}Portfolios_Formed_on_ME_monthly_vintage202602.CSV`;
  const p = parseFrench(read(f), { file: f });
  assert.deepEqual(
    p.portfolios!.map((b) => b.day.length),
    [1196, 1196, 99, 99, 1196, 1196],
  );
  const [vw, ew] = p.portfolios!;
  assert.equal(at(vw, 'Lo 10', '2016-11-30'), 0.0975);
  assert.equal(at(ew, 'Lo 10', '2016-11-30'), 0.0698);
  assert.equal(at(vw, 'Lo 10', '2024-11-30'), 0.1095); // PROVENANCE: Nov 2024 VW Lo 10 +10.95%
  assert.equal(at(vw, 'Hi 10', '2024-11-30'), 0.0599); // Hi 10 +5.99%
  assert.equal(vw.day[0], day('1926-07-31'));
  assert.equal(vw.day[vw.day.length - 1], day('2026-02-28'));
});

test('the cleaned daily files: 26,003 rows each, 1926-07-01 to 2025-05-30', { skip }, () => {
  for (const f of [
    `${K}Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv`,
    `${K}F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv`,
  ]) {
    const p = parseFrench(read(f), { file: f });
    const b = [...p.portfolios!, ...p.factors!][0];
    assert.equal(b.day.length, 26003);
    assert.equal(b.day[0], day('1926-07-01'));
    assert.equal(b.day[b.day.length - 1], day('2025-05-30'));
  }
});

test('vintages differ as PROVENANCE says: Mkt-RF 1926-07 is 2.96 in 202412 and 2.89 in 202507; Nov-2016 SMB 5.71 vs 5.60', {
  skip,
}, () => {
  const a = `${K}F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV`;
  const b = `${K}F-F_Research_Data_Factors_monthly_vintage202507_cleaned.csv`;
  const old = parseFrench(read(a), { file: a }).factors!;
  const now = parseFrench(read(b), { file: b }).factors!;
  assert.deepEqual(
    old.map((x) => x.day.length),
    [1182, 98],
  ); // 1,182 monthly + 98 annual
  assert.deepEqual(
    now.map((x) => x.day.length),
    [1189],
  ); // no newline at the end of the file, still 1,189 rows
  assert.equal(at(old[0], 'Mkt-RF', '1926-07-31'), 0.0296);
  assert.equal(at(now[0], 'Mkt-RF', '1926-07-31'), 0.0289);
  assert.equal(at(old[0], 'SMB', '2016-11-30'), 0.0571);
  assert.equal(at(now[0], 'SMB', '2016-11-30'), 0.056);
});

test('price files: row counts of PROVENANCE §2 (^RUT 5,759; IWM Alpha Vantage 5,170; yfinance XLE 6,833; long ^GSPC 24,748)', {
  skip,
}, () => {
  const P = 'prices/';
  assert.equal(
    parseYahoo(read(`${P}yahoo_xjcarter_data/^RUT.csv`), { file: '^RUT.csv' }).bars!.day.length,
    5759,
  );
  assert.equal(
    parseAlphaVantage(read(`${P}alphavantage_tareqalyousef_backtester/IWM.csv`), { file: 'IWM.csv' }).bars!
      .day.length,
    5170,
  );
  assert.equal(
    parseYfinance(read(`${P}yfinance_autoadjusted_alitalbi_storage_data_fy/XLE.csv`), { file: 'XLE.csv' })
      .bars!.day.length,
    6833,
  );
  assert.equal(
    parseYfinance(read(`${P}yfinance_YoussefKh200_slow_turtle/^GSPC.csv`), { file: '^GSPC.csv' }).bars!.day
      .length,
    24748,
  );
});

test('companylists: 3,151 NASDAQ and 3,170 NYSE rows, of which 2,876 and 2,495 have a market cap (PROVENANCE §4b)', {
  skip,
}, () => {
  const C = 'stocks/nasdaq_companylist_snapshot_2016-09-21_AdarshK1/';
  for (const [f, rows, caps] of [
    ['companylist_NASDAQ_2016-09-21.csv', 3151, 2876],
    ['companylist_NYSE_2016-09-21.csv', 3170, 2495],
  ] as const) {
    const p = parseCompanyList(read(`${C}${f}`), { file: f });
    assert.equal(p.securities!.id.length, rows);
    assert.equal(p.caps!.id.length, caps);
  }
});
