import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NO_FLOW_DATA, weeklyCategoryFlows } from '../../src/queries/flows-store.ts';
import {
  parseEtfRegistry,
  readEtfRegistry,
  readEtfRegistryFile,
  writeEtfRegistry,
} from '../../src/store/etf-registry.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

const HANDMADE = fileURLToPath(new URL('../fixtures/flows/handmade-shares-nav.csv', import.meta.url));
const SHARED = new URL('../../../shared/data/prices/', import.meta.url);

describe('the shipped ETF registry (data/etfs.csv)', () => {
  const reg = readEtfRegistryFile();
  it('holds the small-cap set the issue names, in category "US small cap"', () => {
    const small = new Set(reg.filter((e) => e.category === 'US small cap').map((e) => e.ticker));
    for (const t of [
      'IWM',
      'IJR',
      'VB',
      'VTWO',
      'SCHA',
      'IWN',
      'IWO',
      'VBR',
      'VBK',
      'IJS',
      'IJT',
      'SLY',
      'SLYV',
      'SLYG',
    ]) {
      assert.ok(small.has(t), `${t} in US small cap`);
    }
    assert.equal(reg.find((e) => e.ticker === 'SPY')?.category, 'US large cap');
    assert.equal(reg.find((e) => e.ticker === 'XLC')?.category, 'US sector');
  });
  it('names the bad row and column of a registry file', () => {
    const head = 'ticker,name,category,benchmark,issuer,inception\n';
    assert.throws(
      () => parseEtfRegistry(`${head}IWM,a,US small cap,b,c,2000-05-22\niwm,a,x,b,c,`, { file: 'r.csv' }),
      /r.csv: row 3, column ticker: duplicate ticker IWM/,
    );
    assert.throws(
      () => parseEtfRegistry(`${head}IWM,a,US small cap,b,c,22/05/2000`),
      /row 2, column inception: invalid date "22\/05\/2000"/,
    );
    assert.throws(() => parseEtfRegistry('ticker,name\nIWM,a'), /missing column "category"/);
  });
});

// Independent check of the inception dates: each fund's first bar in the real price files of ../shared/data
// (Alpha Vantage, yfinance, Yahoo, PROVENANCE §2) is on or after its inception, and within 10 calendar days of
// it unless the file starts at its source's cut (1999-11-01 Alpha Vantage, 2000-01-03 Yahoo, 1993 SPY yfinance).
describe('registry inception dates against the first bars in ../shared/data', {
  skip: !existsSync(SHARED) && 'needs ../shared/data (not in a user clone)',
}, () => {
  it('every fund with a price file starts trading on or within 10 days after its inception', () => {
    const dirs = [
      'alphavantage_tareqalyousef_backtester',
      'yfinance_autoadjusted_alitalbi_storage_data_fy',
      'yahoo_xjcarter_data',
      'yahoo_sabriaouani_top10_index_funds',
    ];
    let checked = 0;
    for (const e of readEtfRegistryFile()) {
      for (const d of dirs) {
        const f = new URL(`${d}/${e.ticker}.csv`, SHARED);
        if (!existsSync(f)) continue;
        const first = readFileSync(f, 'utf8').split('\n')[1].slice(0, 10);
        const lag = (Date.parse(first) - Date.parse(String(e.inception))) / 86_400_000;
        assert.ok(lag >= 0, `${e.ticker}: first bar ${first} before inception ${e.inception}`);
        if (first !== '1999-11-01' && first !== '2000-01-03')
          assert.ok(lag <= 10, `${e.ticker}: ${first} vs ${e.inception}`);
        checked++;
      }
    }
    assert.ok(checked >= 30, `checked ${checked} files`);
  });
});

describe('weeklyCategoryFlows(store)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
  });
  after(() => store.close());

  it('says there is no flow data when etf_flows is empty', async () => {
    const r = await weeklyCategoryFlows(store);
    assert.equal(r.rows.length, 0);
    assert.equal(r.note, NO_FLOW_DATA);
    assert.match(NO_FLOW_DATA, /^no flow data in the store: import a vendor export/);
  });

  it('sums a shares/NAV file by category and week, with a split taken from bars.split_factor', async () => {
    // Hand-made example (fictional funds XSML, XLRG; test/fixtures/flows/handmade-shares-nav.csv).
    await readEtfRegistry(store); // reads the shipped registry (a read never writes it: src/store/etf-registry.ts)
    await writeEtfRegistry(store, [
      {
        ticker: 'XSML',
        name: 'example',
        category: 'US small cap',
        benchmark: '',
        issuer: '',
        inception: null,
      },
      {
        ticker: 'XLRG',
        name: 'example',
        category: 'US large cap',
        benchmark: '',
        issuer: '',
        inception: null,
      },
    ]);
    await importFile(store, HANDMADE);
    await store.run(
      "INSERT INTO bars (source, id, date, split_factor) VALUES ('example', 'XSML', DATE '2016-11-10', 2)",
    );
    const r = await weeklyCategoryFlows(store, {
      categories: ['US small cap', 'US large cap'],
      event: { date: '2016-11-08' },
      detectSplits: false, // so only bars.split_factor can remove the phantom flow
    });
    // XSML: 11-08 (1,050,000 − 1,000,000) × 101 = 5,050,000; 11-09 50,000 × 103 = 5,150,000;
    // 11-11 after the 2-for-1 split of 11-10 (no row that day): (2,210,000 − 2 × 1,100,000) × 52 = 520,000;
    // week ending Fri 11 Nov = 10,720,000, of which after the election (dated after 11-08) 5,670,000.
    // 11-14: (2,200,000 − 2,210,000) × 53 = −530,000, in the week ending 18 Nov, provisional.
    const small = r.rows.filter((x) => x.category === 'US small cap');
    assert.deepEqual(
      small.map((x) => [x.periodEnd, x.flow, x.beforeEvent, x.afterEvent, x.provisional]),
      [
        ['2016-11-11', 10_720_000, 5_050_000, 5_670_000, false],
        ['2016-11-18', -530_000, 0, -530_000, true],
      ],
    );
    // XLRG vendor flows: −1m (11-08, before) and −3m (11-09, after).
    const large = r.rows.find((x) => x.category === 'US large cap');
    assert.deepEqual(
      [large?.flow, large?.beforeEvent, large?.afterEvent],
      [-4_000_000, -1_000_000, -3_000_000],
    );
    assert.deepEqual(r.coverage, { from: '2016-11-07', to: '2016-11-14' });
    assert.equal(r.counts.splits, 1);
  });

  it('refuses to mix two sources for one fund, and names an unknown category', async () => {
    await store.run(
      "INSERT INTO etf_flows (source, ticker, date, flow) VALUES ('other', 'XLRG', DATE '2016-11-10', 1)",
    );
    await assert.rejects(
      weeklyCategoryFlows(store),
      /several sources for XLRG \(etf-flows\/handmade-shares-nav, other\); choose one with --source/,
    );
    await assert.rejects(weeklyCategoryFlows(store, { categories: ['small'] }), /unknown category: "small"/);
  });
});
