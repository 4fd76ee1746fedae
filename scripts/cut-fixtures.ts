/**
 * Cuts the small REAL fixtures of test/fixtures/import/ from ../shared/data (rerunnable; overwrites).
 * Each fixture keeps the source's header, preamble and line endings and only the rows a filter keeps, so a
 * fixture line is byte-for-byte a line of the source file. Run: `node --import tsx scripts/cut-fixtures.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const SHARED = new URL('../../shared/data/', import.meta.url);
const OUT = new URL('../test/fixtures/import/', import.meta.url);

/** Lines with their endings kept ('\r' stays on the line). */
function rawLines(text: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Keeps header/text lines and the data rows `keep` accepts; `isData` says which lines are data rows. */
function cut(
  src: string,
  dst: string,
  isData: (line: string) => boolean,
  keep: (line: string) => boolean,
): number {
  const text = readFileSync(new URL(src, SHARED), 'utf8');
  const out = rawLines(text).filter((l, i) => i === 0 || !isData(l) || keep(l));
  writeFileSync(new URL(dst, OUT), `${out.join('\n')}\n`);
  return out.length;
}

const frenchData = (l: string) => /^\s*\d{4,8}\s*,/.test(l);
const frenchDate = (l: string) => l.split(',')[0].trim();
const isoData = (l: string) => /^\d{4}-\d{2}-\d{2}/.test(l);
const between = (a: string, b: string) => (l: string) => {
  const d = l.split(',')[0].trim();
  return d >= a && d <= b;
};

if (!existsSync(SHARED)) {
  console.error('../shared/data not found: the fixtures are cut from it');
  process.exit(1);
}
for (const d of ['', 'yahoo/', 'yfinance/', 'alphavantage/', 'stooq/'])
  mkdirSync(new URL(d, OUT), { recursive: true });
const K = 'kenfrench_data_library/';
const report: Record<string, number> = {};
// French monthly size portfolios: 2016 months (monthly sections), 2015–2016 (annual sections)
report.me_monthly = cut(
  `${K}Portfolios_Formed_on_ME_monthly_vintage202602.CSV`,
  'Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
  frenchData,
  (l) => {
    const d = frenchDate(l);
    return d.startsWith('2016') || d === '2015';
  },
);
// daily VW (cleaned, VW only): Oct 31 – Nov 30 2016
report.me_daily = cut(
  `${K}Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv`,
  'Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
  frenchData,
  (l) => {
    const d = frenchDate(l);
    return d >= '20161031' && d <= '20161130';
  },
);
report.ff_daily = cut(
  `${K}F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv`,
  'F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv',
  frenchData,
  (l) => frenchDate(l).startsWith('201611'),
);
report.ff_daily_pre = cut(
  `${K}F-F_Research_Data_Factors_daily_vintage202604.CSV`,
  'F-F_Research_Data_Factors_daily_vintage202604.CSV',
  frenchData,
  (l) => frenchDate(l).startsWith('201611'),
);
report.ff_monthly = cut(
  `${K}F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV`,
  'F-F_Research_Data_Factors_monthly_vintage202412_preamble_stripped.CSV',
  frenchData,
  (l) => {
    const d = frenchDate(l);
    return d.startsWith('2016') || d === '2016' || d === '2015';
  },
);
report.p25 = cut(
  `${K}25_Portfolios_5x5_monthly_vintage202602.CSV`,
  '25_Portfolios_5x5_monthly_vintage202602.CSV',
  frenchData,
  (l) => {
    const d = frenchDate(l);
    return d === '201610' || d === '201611' || d === '2016';
  },
);
// prices around the 2016 election: Oct 25 – Dec 30 2016
const P = 'prices/';
const win = between('2016-10-25', '2016-12-30');
report.yahoo_rut = cut(`${P}yahoo_xjcarter_data/^RUT.csv`, 'yahoo/^RUT.csv', isoData, win);
report.yahoo_gspc = cut(`${P}yahoo_xjcarter_data/^GSPC.csv`, 'yahoo/^GSPC.csv', isoData, win);
report.yf_iwm = cut(
  `${P}yfinance_autoadjusted_alitalbi_storage_data_fy/IWM.csv`,
  'yfinance/IWM.csv',
  isoData,
  win,
);
report.yf_gspc = cut(`${P}yfinance_YoussefKh200_slow_turtle/^GSPC.csv`, 'yfinance/^GSPC.csv', isoData, win);
report.av_iwm = cut(
  `${P}alphavantage_tareqalyousef_backtester/IWM.csv`,
  'alphavantage/IWM.csv',
  isoData,
  win,
);
report.vtwo = cut(`${P}yahoo_sabriaouani_top10_index_funds/VTWO.csv`, 'yahoo/VTWO.csv', isoData, win);
report.stooq = cut(`${P}kaggle_huge_stock_market_dataset_etfs/iwm.us.txt`, 'stooq/iwm.us.txt', isoData, win);
// companylists: the first 25 rows of each; GICS: the first 15 rows
const C = 'stocks/nasdaq_companylist_snapshot_2016-09-21_AdarshK1/';
let n = 0;
report.nyse = cut(
  `${C}companylist_NYSE_2016-09-21.csv`,
  'companylist_NYSE_2016-09-21.csv',
  () => true,
  () => n++ < 25,
);
n = 0;
report.nasdaq = cut(
  `${C}companylist_NASDAQ_2016-09-21.csv`,
  'companylist_NASDAQ_2016-09-21.csv',
  () => true,
  () => n++ < 25,
);
n = 0;
report.gics = cut(
  'stocks/sp500_gics_securities_kaggle_nyse/securities.csv',
  'securities.csv',
  () => true,
  () => n++ < 15,
);
// the stock panel: a few tickers (one preferred, one class share) from Nov 7 to Nov 11 2016, gzipped again
const panel = gunzipSync(
  readFileSync(
    new URL('stocks/kaggle_huge_stock_market_dataset/stocks_daily_2015-01-01_to_2017-11-10.csv.gz', SHARED),
  ),
).toString('utf8');
const want = new Set(['A', 'AAPL', 'ABR_A', 'BRK-B', 'DDD', 'MMM', 'PIH']);
const rows = rawLines(panel).filter((l, i) => {
  if (i === 0) return true;
  const [d, t] = l.split(',', 2);
  return want.has(t) && d >= '2016-11-07' && d <= '2016-11-11';
});
writeFileSync(new URL('stocks_panel_2016-11-07_to_2016-11-11.csv.gz', OUT), gzipSync(`${rows.join('\n')}\n`));
report.panel = rows.length;
console.log(report);
