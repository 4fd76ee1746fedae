/**
 * Measures `capgap import` on the real files of ../shared/data: every price, French, companylist and GICS
 * file into an in-memory store, twice (the second import must add nothing), and with `--panel` the 4.2M-row
 * Kaggle stock panel into a fresh store file. Prints timings and row counts.
 * Run: `node --import tsx scripts/measure-import.ts [--panel]`.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile, importFiles } from '../src/store/import/index.ts';
import { Store } from '../src/store/store.ts';

const D = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(D)) {
  console.error('../shared/data not found');
  process.exit(1);
}
const inDir = (dir: string) => readdirSync(join(D, dir)).map((f) => join(D, dir, f));
const files = [
  ...inDir('kenfrench_data_library'),
  ...[
    'yahoo_xjcarter_data',
    'alphavantage_tareqalyousef_backtester',
    'yfinance_autoadjusted_alitalbi_storage_data_fy',
    'yfinance_YoussefKh200_slow_turtle',
    'yahoo_sabriaouani_top10_index_funds',
    'kaggle_huge_stock_market_dataset_etfs',
  ].flatMap((d) => inDir(`prices/${d}`)),
  ...inDir('stocks/nasdaq_companylist_snapshot_2016-09-21_AdarshK1'),
  join(D, 'stocks/sp500_gics_securities_kaggle_nyse/securities.csv'),
];
const store = await Store.open(':memory:');
let t = Date.now();
const first = await importFiles(store, files);
const tFirst = Date.now() - t;
t = Date.now();
const second = await importFiles(store, files);
const tSecond = Date.now() - t;
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
console.log(
  `${files.length} files, ${first.reduce((a, s) => a + sum(s.stored), 0).toLocaleString('en-US')} rows stored`,
);
console.log(
  `first import ${(tFirst / 1000).toFixed(1)} s; second import ${(tSecond / 1000).toFixed(1)} s, new rows: ${second.reduce((a, s) => a + sum(s.added), 0)}`,
);
console.log(await store.counts());
store.close();
if (process.argv.includes('--panel')) {
  const db = join(mkdtempSync(join(tmpdir(), 'capgap-measure-')), 'panel.duckdb');
  const p = await Store.open(db);
  const phases: string[] = [];
  let last = Date.now();
  t = last;
  const s = await importFile(
    p,
    join(D, 'stocks/kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz'),
    {
      rejectBadRows: true,
      onProgress: (e) => {
        const now = Date.now();
        phases.push(`${e.phase} +${((now - last) / 1000).toFixed(1)} s`);
        last = now;
      },
    },
  );
  console.log(`stock panel: ${((Date.now() - t) / 1000).toFixed(1)} s (${phases.join(', ')})`);
  console.log(
    `  rows read ${s.rowsRead.toLocaleString('en-US')}, stored ${sum(s.stored).toLocaleString('en-US')}, rejected ${JSON.stringify(s.rejected)}`,
  );
  console.log(`  ${s.notes.join('; ')}`);
  p.close();
}
