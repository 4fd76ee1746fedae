/**
 * Prints the 2016 comparison tables of docs/portfolios.md: deciles, quintiles, 30-40-30 and terciles
 * built from the real fixture (test/fixtures/portfolios: Kaggle/Stooq panel + NASDAQ companylist caps)
 * against French's Portfolios_Formed_on_ME (monthly CRSP 202602 and daily VW ~202505, read from
 * ../shared/data/kenfrench_data_library). Run: node --import tsx bench/buckets-vs-french.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BucketResult, computeBuckets } from '../src/portfolios/engine.ts';
import { compoundBuckets } from '../src/portfolios/windows.ts';
import { loadPanel } from '../src/queries/panel.ts';
import { loadCompanylists, loadStockPanelCsv } from '../src/store/panel-load.ts';
import { Store } from '../src/store/store.ts';

const fixtures = fileURLToPath(new URL('../test/fixtures/portfolios/', import.meta.url));
const french = fileURLToPath(new URL('../../shared/data/kenfrench_data_library/', import.meta.url));
if (!existsSync(french)) {
  console.error(`skipped: French's files are read from ${french}, which is absent`);
  process.exit(0);
}
const store = await Store.open(':memory:');
await loadStockPanelCsv(store, `${fixtures}stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz`);
await loadCompanylists(
  store,
  ['NYSE', 'NASDAQ'].map((exchange) => ({
    file: `${fixtures}companylist_${exchange}_2016-09-21.csv.gz`,
    exchange,
  })),
  '2016-09-21',
);
const panel = await loadPanel(store);
store.close();

const monthly = readFileSync(`${french}Portfolios_Formed_on_ME_monthly_vintage202602.CSV`, 'utf8').split(
  /\r?\n/,
);
const header = monthly
  .find((l) => l.startsWith(',<= 0'))!
  .split(',')
  .map((x) => x.trim());
const [frVw, frEw, frFirms] = monthly
  .filter((l) => l.startsWith('201611,'))
  .map((l) => l.split(',').map((x) => x.trim()));
const dailyLines = readFileSync(
  `${french}Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv`,
  'utf8',
).split(/\r?\n/);
const dailyHeader = dailyLines[0].split(',');
const election = dailyLines.filter((l) => /^201611(09|10|11),/.test(l)).map((l) => l.split(','));
const p = (x: number) => (x * 100).toFixed(2);

for (const scheme of ['deciles', 'quintiles', '30-40-30', 'terciles']) {
  const run = (breakpoints: 'nyse' | 'all', formation: string, from: string, to: string): BucketResult =>
    computeBuckets(panel, { scheme, breakpoints, formation, weightings: ['value', 'equal'], from, to });
  const nov = run('nyse', '2016-10-31', '2016-11-01', '2016-11-30');
  const novAll = run('all', '2016-10-31', '2016-11-01', '2016-11-30');
  const ele = run('nyse', '2016-11-08', '2016-11-09', '2016-11-11');
  const [mv, me, av, ae, ev, ee] = [
    compoundBuckets(nov, 'value'),
    compoundBuckets(nov, 'equal'),
    compoundBuckets(novAll, 'value'),
    compoundBuckets(novAll, 'equal'),
    compoundBuckets(ele, 'value'),
    compoundBuckets(ele, 'equal'),
  ];
  console.log(`\n**${scheme}**\n`);
  console.log(
    '| bucket | French firms | ours (NYSE bp) | Nov VW French | Nov VW ours NYSE | Nov VW ours all | Nov EW French | Nov EW ours NYSE | Nov EW ours all | 11/9–11/11 VW French | 11/9–11/11 VW ours NYSE | 11/9–11/11 EW ours NYSE |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  nov.labels.forEach((label, k) => {
    const i = header.indexOf(label);
    const d = dailyHeader.indexOf(label);
    const fr3 = d >= 0 ? p(election.reduce((a, r) => a * (1 + Number(r[d]) / 100), 1) - 1) : '—';
    const f = (row: string[]) => (i >= 0 ? row[i] : '—');
    console.log(
      `| ${label} | ${f(frFirms)} | ${nov.formations[0].counts[k]} | ${f(frVw)} | ${p(mv[k])} | ${p(av[k])} | ${f(frEw)} | ${p(me[k])} | ${p(ae[k])} | ${fr3} | ${p(ev[k])} | ${p(ee[k])} |`,
    );
  });
  const K = nov.labels.length;
  console.log(
    `| market | | ${nov.formations[0].eligible} | | ${p(mv[K])} | ${p(av[K])} | | ${p(me[K])} | ${p(ae[K])} | | ${p(ev[K])} | ${p(ee[K])} |`,
  );
}
