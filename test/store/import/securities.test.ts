import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ImportError,
  importFile,
  parseCompanyList,
  parseGics,
  symbolToId,
} from '../../../src/store/import/index.ts';
import { Store } from '../../../src/store/store.ts';
import { day, fixture, fixtureText } from './helpers.ts';

const NYSE = 'companylist_NYSE_2016-09-21.csv';

test('parseCompanyList reads exchange and snapshot date from the file name and market caps in USD', () => {
  const p = parseCompanyList(fixtureText(NYSE), { file: NYSE });
  const s = p.securities!;
  // fixture line 2: "DDD","3D Systems Corporation","15.16","1701064168.84",...,"Technology","Computer Software: Prepackaged Software"
  assert.equal(s.id[0], 'DDD');
  assert.equal(s.name[0], '3D Systems Corporation');
  assert.equal(s.exchange[0], 'NYSE');
  assert.equal(s.sector[0], 'Technology');
  assert.equal(s.industry[0], 'Computer Software: Prepackaged Software');
  assert.equal(s.securityType[0], 'common');
  const c = p.caps!;
  assert.equal(c.id[0], 'DDD');
  assert.equal(c.day[0], day('2016-09-21'));
  assert.equal(c.marketCap[0], 1701064168.84);
  assert.equal(s.id.length, 25);
});

test('companylist market caps of "n/a" or 0 (the screener\'s unknown) are counted as rejected; the security is kept', () => {
  const f = 'companylist_NASDAQ_2016-09-21.csv';
  const p = parseCompanyList(fixtureText(f), { file: f });
  // fixture line 16: "ABEOW","Abeona Therapeutics Inc.","2.2","0",... → no market cap; no "n/a" caps in the excerpt
  assert.equal(p.securities!.id.length, 25);
  assert.equal(p.caps!.id.length, 24);
  assert.ok(!p.caps!.id.includes('ABEOW'));
  assert.ok(p.securities!.id.includes('ABEOW'));
  assert.deepEqual(p.stats.rejected, { 'market cap 0 = unknown (security stored, no market-cap row)': 1 });
});

test('companylist needs a snapshot date from --date or the file name', () => {
  assert.throws(
    () => parseCompanyList(fixtureText(NYSE), { file: 'companylist.csv' }),
    (e: unknown) => e instanceof ImportError && /--date/.test(e.reason),
  );
  const p = parseCompanyList(fixtureText(NYSE), {
    file: 'companylist.csv',
    date: '2016-09-21',
    exchange: 'nyse',
  });
  assert.equal(p.securities!.exchange[0], 'NYSE');
});

test('symbolToId follows the panel convention: class shares with "-", preferreds with "_"', () => {
  assert.equal(symbolToId('BRK.B'), 'BRK-B');
  assert.equal(symbolToId('MITT^A'), 'MITT_A');
  assert.equal(symbolToId('BLIN          '), 'BLIN');
});

test('parseGics maps GICS Sector and Sub-Industry (fixture line 2: MMM, Industrials, Industrial Conglomerates)', () => {
  const p = parseGics(fixtureText('securities.csv'), { file: 'securities.csv' });
  assert.equal(p.securities!.id[0], 'MMM');
  assert.equal(p.securities!.sector[0], 'Industrials');
  assert.equal(p.securities!.industry[0], 'Industrial Conglomerates');
  assert.equal(p.securitiesMode, 'classify');
});

let store: Store;
before(async () => {
  store = await Store.open(':memory:');
});
after(() => store.close());

test('companylist then GICS: GICS overwrites sector and industry, keeps the companylist name and exchange', async () => {
  const a = await importFile(store, fixture(NYSE));
  assert.equal(a.kind, 'companylist');
  assert.equal(a.dataset, 'companylist/companylist_NYSE_2016-09-21');
  const mmm1 = await store.one("SELECT * FROM securities WHERE id = 'MMM'");
  assert.equal(mmm1?.sector, 'Health Care'); // NASDAQ's scheme, fixture line 3
  const b = await importFile(store, fixture('securities.csv'));
  assert.equal(b.kind, 'gics');
  const mmm2 = await store.one("SELECT * FROM securities WHERE id = 'MMM'");
  assert.equal(mmm2?.sector, 'Industrials');
  assert.equal(mmm2?.industry, 'Industrial Conglomerates');
  assert.equal(mmm2?.name, '3M Company');
  assert.equal(mmm2?.exchange, 'NYSE');
  const cap = await store.one("SELECT market_cap, date FROM market_caps WHERE id = 'MMM'");
  assert.deepEqual(cap, { market_cap: 106156867111.24, date: '2016-09-21' }); // fixture line 3
});

test('a companylist imported after prices fills the empty fields of the ticker rows prices created', async () => {
  await importFile(store, fixture('companylist_NASDAQ_2016-09-21.csv'));
  const pih = await store.one("SELECT name, exchange, security_type FROM securities WHERE id = 'PIH'");
  assert.deepEqual(pih, {
    name: '1347 Property Insurance Holdings, Inc.',
    exchange: 'NASDAQ',
    security_type: 'common',
  });
});
