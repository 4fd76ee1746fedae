/**
 * Cuts the real fixtures of the size-bucket tests from ../shared/data (rerunnable):
 * - test/fixtures/portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz: the Kaggle/Stooq panel
 *   (`Date,Ticker,Open,High,Low,Close,Volume`, adjusted closes) on 2016-09-21 (the companylist snapshot day,
 *   needed to scale the caps) and 2016-10-31 .. 2016-11-30, for the tickers that have a positive
 *   companylist market cap; Open/High/Low/Volume are left empty (the engine reads Close only).
 * - companylist_{NYSE,NASDAQ}_2016-09-21.csv.gz: the NASDAQ companylist snapshots without the
 *   'Summary Quote' URL column.
 * Run: node --import tsx scripts/cut-portfolio-fixtures.ts
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Store } from '../src/store/store.ts';

const shared = fileURLToPath(new URL('../../shared/data/stocks/', import.meta.url));
const out = fileURLToPath(new URL('../test/fixtures/portfolios/', import.meta.url));
if (!existsSync(shared)) {
  console.error(`no ${shared}: the fixtures are cut from the shared data`);
  process.exit(1);
}
const panel = `${shared}kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz`;
const cl = `${shared}nasdaq_companylist_snapshot_2016-09-21_AdarshK1/`;
const store = await Store.open(':memory:');
for (const ex of ['NYSE', 'NASDAQ']) {
  await store.run(`COPY (SELECT "Symbol", "Name", "LastSale", "MarketCap", "ADR TSO", "IPOyear", "Sector", "Industry"
    FROM read_csv('${cl}companylist_${ex}_2016-09-21.csv', header = true, all_varchar = true))
    TO '${out}companylist_${ex}_2016-09-21.csv.gz' (HEADER, COMPRESSION gzip, FORCE_QUOTE *)`);
}
await store.run(`CREATE TABLE caps AS SELECT DISTINCT replace(replace(upper(trim("Symbol")), '^', '_'), '.', '-') AS id
  FROM read_csv('${cl}companylist_*_2016-09-21.csv', header = true, all_varchar = true) WHERE TRY_CAST("MarketCap" AS DOUBLE) > 0`);
await store.run(`COPY (
  SELECT strftime(Date, '%Y-%m-%d') AS Date, Ticker, NULL AS Open, NULL AS High, NULL AS Low, Close, NULL AS Volume
  FROM read_csv('${panel}', header = true, columns = {'Date': 'DATE', 'Ticker': 'VARCHAR', 'Open': 'DOUBLE', 'High': 'DOUBLE', 'Low': 'DOUBLE', 'Close': 'DOUBLE', 'Volume': 'DOUBLE'})
  WHERE (Date = DATE '2016-09-21' OR Date BETWEEN DATE '2016-10-31' AND DATE '2016-11-30') AND Ticker IN (SELECT id FROM caps)
  ORDER BY Ticker, Date
) TO '${out}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz' (HEADER, COMPRESSION gzip)`);
const n = await store.one<{ n: number }>(
  `SELECT count(*)::DOUBLE AS n FROM read_csv('${out}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz')`,
);
console.log(`wrote ${out}: ${n?.n} panel rows`);
store.close();
