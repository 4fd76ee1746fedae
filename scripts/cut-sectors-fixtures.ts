/**
 * Cuts the real fixtures of the sector and instrument tests from ../shared/data (rerunnable):
 * - test/fixtures/sectors/securities_gics_2016.csv: the S&P 500 GICS file (PROVENANCE §4d), every row, only the
 *   columns the GICS parser reads (Tickersymbol, Security, GICSSector, GICSSubIndustry);
 * - test/fixtures/sectors/etfs/<ticker>.us.txt: the Kaggle/Stooq ETF files (PROVENANCE §2f) of IWM, IJR, VB, XLI
 *   and XLF, rows 2016-10-31 .. 2016-12-30, unchanged.
 * The stock panel and companylists come from test/fixtures/portfolios (scripts/cut-portfolio-fixtures.ts).
 * Run: node --import tsx scripts/cut-sectors-fixtures.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Store } from '../src/store/store.ts';

const shared = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const out = fileURLToPath(new URL('../test/fixtures/sectors/', import.meta.url));
if (!existsSync(shared)) {
  console.error(`no ${shared}: the fixtures are cut from the shared data`);
  process.exit(1);
}
mkdirSync(`${out}etfs`, { recursive: true });
const store = await Store.open(':memory:');
await store.run(`COPY (SELECT Tickersymbol, Security, GICSSector, GICSSubIndustry
  FROM read_csv('${shared}stocks/sp500_gics_securities_kaggle_nyse/securities.csv', header = true, all_varchar = true))
  TO '${out}securities_gics_2016.csv' (HEADER)`);
store.close();
for (const t of ['iwm', 'ijr', 'vb', 'xli', 'xlf']) {
  const lines = readFileSync(
    `${shared}prices/kaggle_huge_stock_market_dataset_etfs/${t}.us.txt`,
    'utf8',
  ).split('\n');
  const keep = lines.filter(
    (l, i) => i === 0 || (l.slice(0, 10) >= '2016-10-31' && l.slice(0, 10) <= '2016-12-30'),
  );
  writeFileSync(`${out}etfs/${t}.us.txt`, `${keep.join('\n')}\n`);
}
console.log(`wrote ${out}`);
