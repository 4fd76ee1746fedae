/**
 * The real fixtures most store-backed tests start from, loaded into a store the test opens:
 * - the 2016 stock panel (2016-09-21 and 2016-10-31 .. 2016-11-30) and the NASDAQ companylist caps of
 *   2016-09-21 (test/fixtures/portfolios, cut by scripts/cut-portfolio-fixtures.ts);
 * - the S&P 500 GICS securities file of 2016 and ETF daily bars (test/fixtures/sectors, cut by
 *   scripts/cut-sectors-fixtures.ts).
 */
import { fileURLToPath } from 'node:url';
import { importFile } from '../../src/store/import/index.ts';
import { loadCompanylists, loadStockPanelCsv } from '../../src/store/panel-load.ts';
import { Store } from '../../src/store/store.ts';

/** The path of a file under test/fixtures/. */
export const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));

/** Loads the 2016 stock panel fixture and the companylist caps of 2016-09-21. */
export async function addPanelFixture(store: Store): Promise<void> {
  await loadStockPanelCsv(store, fixture('portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz'));
  await loadCompanylists(
    store,
    [
      { file: fixture('portfolios/companylist_NYSE_2016-09-21.csv.gz'), exchange: 'NYSE' },
      { file: fixture('portfolios/companylist_NASDAQ_2016-09-21.csv.gz'), exchange: 'NASDAQ' },
    ],
    '2016-09-21',
  );
}

/** Imports the GICS securities file of 2016 and the daily bars of the ETFs named (e.g. ['iwm', 'xli']). */
export async function addSectorFixtures(store: Store, etfs: readonly string[] = []): Promise<void> {
  await importFile(store, fixture('sectors/securities_gics_2016.csv'));
  for (const t of etfs) await importFile(store, fixture(`sectors/etfs/${t}.us.txt`));
}

/**
 * Writes a store file holding the stock panel fixture, its caps, the 2016 GICS file and the IWM and XLI daily
 * bars: what the commands that need a panel (buckets --by sector, sectors, instruments) run on.
 * @example await writePanelStore(join(dir, 'panel.duckdb'))
 */
export async function writePanelStore(path: string): Promise<void> {
  const store = await Store.open(path);
  try {
    await addPanelFixture(store);
    await addSectorFixtures(store, ['iwm', 'xli']);
  } finally {
    store.close();
  }
}
