/**
 * A store of real fixture files for article checks (no embedded data): ^RUT and ^GSPC (yahoo_xjcarter,
 * 2016-10-03 .. 2016-11-18), French's daily VW size file (Nov 2016, vintage 202505) and French's daily
 * factors (Oct–Dec 2016); sources in test/fixtures/flows/README.md and scripts/cut-report-fixtures.ts.
 * Optionally the real stock panel and companylist caps from ../shared/data (Sep–Dec 2016).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../src/store/import/import-file.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';

const fixtures = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

/** The five quantitative sentences of issue 11's first paragraph, as an article. */
export const FIVE_SENTENCES = [
  'The smallest 10 per cent of stocks have returned 8.6 per cent more than their peers at the opposite end of the market capitalisation spectrum.',
  'The small-cap focussed Russell 2000 index has returned 7.2 per cent since Trump’s election, whereas the S&P 500 has delivered 1.6 per cent.',
  'The smallest third of US stocks by market capitalisation have outperformed the market average return by more than 3 per cent in the three days following the election, while the largest fifth of US stocks have trailed the wider stock universe by 4 per cent over the same period.',
  'US small cap ETFs attracted $6.5bn last week with the bulk of that, $5.5bn, coming after the election.',
].join(' ');

/** A store of the fixture files: ^RUT, ^GSPC, French daily VW, and French daily factors (Mkt-RF, RF). */
export async function fixtureStore(): Promise<Store> {
  const store = await Store.open(':memory:');
  await importFile(store, fixtures('flows/yahoo/^RUT.csv'));
  await importFile(store, fixtures('flows/yahoo/^GSPC.csv'));
  await importFile(
    store,
    fixtures('flows/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv'),
    { weighting: 'value' },
  );
  // Factors, percent → decimals (scripts/cut-report-fixtures.ts cut them from F-F daily, vintage 202505).
  const rows = readFileSync(fixtures('report/factors-daily-2016.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of rows) {
    const [d, mkt, rf] = line.split(',');
    for (const [factor, v] of [
      ['Mkt-RF', mkt],
      ['RF', rf],
    ])
      await store.run(
        `INSERT INTO factors (dataset, vintage, frequency, date, factor, value)
         VALUES ('french/F-F_Research_Data_Factors', 'CRSP 202505', 'daily', $1::DATE, $2, $3)`,
        [d, factor, Number(v) / 100],
      );
  }
  return store;
}

/** ../shared/data/stocks, where the real stock panel lives; absent in a user's clone. */
export const STOCKS_DIR = fileURLToPath(new URL('../../../shared/data/stocks/', import.meta.url));
export const HAS_STOCK_PANEL = existsSync(STOCKS_DIR);

/**
 * Adds the real Kaggle/Stooq stock panel (rows 2016-09-01 .. 2016-12-31) and the NASDAQ companylist caps of
 * 2016-09-21 (README, "Size buckets") to a store.
 */
export async function addStockPanel(store: Store): Promise<void> {
  await loadStockPanelCsv(
    store,
    `${STOCKS_DIR}kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz`,
    { from: '2016-09-01', to: '2016-12-31' },
  );
  await loadCompanylists(
    store,
    ['NYSE', 'NASDAQ'].map((x) => ({
      file: `${STOCKS_DIR}nasdaq_companylist_snapshot_2016-09-21_AdarshK1/companylist_${x}_2016-09-21.csv`,
      exchange: x,
    })),
    '2016-09-21',
  );
}
