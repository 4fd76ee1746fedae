/**
 * Builds the connector test fixtures in test/fixtures/connectors/ from the REAL files in ../shared/data
 * (rerunnable; output is deterministic). We cannot record live responses here (no network), so each
 * "recorded response" is the real data re-wrapped in the shape the source serves:
 *  - French zips: the original-format French CSVs cut to 2015–2016 rows (every preamble, section title,
 *    header and footer line kept), zipped with fflate the way the library ships them (one CSV per zip).
 *  - Stooq CSV bodies: the Kaggle "Huge Stock Market Dataset" ETF files (Stooq data), Oct–Nov 2016 rows,
 *    OpenInt dropped (Stooq's q/d/l download has Date,Open,High,Low,Close,Volume).
 *  - Yahoo chart JSON (v8 /finance/chart): Yahoo's own CSV export of IWM (xjcarter/data), Nov–Dec 2016 rows,
 *    re-wrapped as the chart API's timestamp/indicators arrays, with the Dec 2016 dividend (Alpha Vantage) as an event.
 * SEC and iShares fixtures are hand-written format samples (see test/fixtures/connectors/README.md).
 * Run: node --import tsx scripts/cut-connector-fixtures.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const shared = join(root, '../shared/data');
const out = join(root, 'test/fixtures/connectors');
if (!existsSync(shared)) {
  console.error(`cut-connector-fixtures: ${shared} is absent; the fixtures are already in the repo`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

/** Keeps every line that is not a data row, and the data rows whose date starts with one of `keep`. */
function cutFrench(text: string, keep: string[]): string {
  return text
    .split('\n')
    .filter((line) => {
      const m = /^\s*(\d{4,8})\s*,/.exec(line);
      return !m || keep.some((k) => m[1].startsWith(k));
    })
    .join('\n');
}

const MTIME = new Date('2026-03-01T00:00:00Z');
function zipOne(member: string, text: string): Uint8Array {
  return zipSync({ [member]: [new TextEncoder().encode(text), { mtime: MTIME }] }, { level: 9 });
}

const fr = join(shared, 'kenfrench_data_library');
const me = readFileSync(join(fr, 'Portfolios_Formed_on_ME_monthly_vintage202602.CSV'), 'utf8');
writeFileSync(
  join(out, 'Portfolios_Formed_on_ME_CSV.zip'),
  zipOne('Portfolios_Formed_on_ME.CSV', cutFrench(me, ['2015', '2016'])),
);
const ffd = readFileSync(join(fr, 'F-F_Research_Data_Factors_daily_vintage202604.CSV'), 'utf8');
writeFileSync(
  join(out, 'F-F_Research_Data_Factors_daily_CSV.zip'),
  zipOne('F-F_Research_Data_Factors_daily.CSV', cutFrench(ffd, ['201610', '201611'])),
);

const kag = join(shared, 'prices/kaggle_huge_stock_market_dataset_etfs');
for (const t of ['iwm', 'spy']) {
  const lines = readFileSync(join(kag, `${t}.us.txt`), 'utf8')
    .trim()
    .split('\n');
  const rows = lines.filter((l) => l.startsWith('2016-10-3') || l.startsWith('2016-11-'));
  const body = ['Date,Open,High,Low,Close,Volume', ...rows.map((l) => l.split(',').slice(0, 6).join(','))];
  writeFileSync(join(out, `stooq-${t}.us.csv`), `${body.join('\r\n')}\r\n`);
}

/** Seconds since epoch of 09:30 New York time on `date` (Yahoo stamps daily bars at the open). */
function openStamp(date: string): number {
  const noon = new Date(`${date}T12:00:00Z`);
  const part = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'shortOffset' })
    .formatToParts(noon)
    .find((p) => p.type === 'timeZoneName')!.value; // 'GMT-5' or 'GMT-4'
  const hours = -Number(part.replace('GMT', ''));
  return Date.parse(`${date}T09:30:00Z`) / 1000 + hours * 3600;
}

const yh = readFileSync(join(shared, 'prices/yahoo_xjcarter_data/IWM.csv'), 'utf8').trim().split('\n');
const nov = yh.filter((l) => l.startsWith('2016-11-') || l.startsWith('2016-12-')).map((l) => l.split(','));
// Yahoo's CSV export has no corporate actions; the chart API lists them under `events`. IWM's one ex-date in
// the window, 2016-12-22, and its amount come from Alpha Vantage's IWM.csv (dividend_amount 0.5630).
const av = readFileSync(join(shared, 'prices/alphavantage_tareqalyousef_backtester/IWM.csv'), 'utf8').split(
  '\n',
);
const divs = av
  .map((l) => l.split(','))
  .filter((r) => (r[0]?.startsWith('2016-11-') || r[0]?.startsWith('2016-12-')) && Number(r[7]) > 0)
  .map((r) => ({ amount: Number(r[7]), date: openStamp(r[0]) }));
const num = (s: string) => Number(s);
const chart = {
  chart: {
    result: [
      {
        meta: {
          currency: 'USD',
          symbol: 'IWM',
          exchangeName: 'PCX',
          instrumentType: 'ETF',
          gmtoffset: -18000,
          timezone: 'EST',
          exchangeTimezoneName: 'America/New_York',
          dataGranularity: '1d',
        },
        timestamp: nov.map((r) => openStamp(r[0])),
        events: { dividends: Object.fromEntries(divs.map((d) => [String(d.date), d])) },
        indicators: {
          quote: [
            {
              open: nov.map((r) => num(r[1])),
              high: nov.map((r) => num(r[2])),
              low: nov.map((r) => num(r[3])),
              close: nov.map((r) => num(r[4])),
              volume: nov.map((r) => Math.round(num(r[6]))),
            },
          ],
          adjclose: [{ adjclose: nov.map((r) => num(r[5])) }],
        },
      },
    ],
    error: null,
  },
};
writeFileSync(join(out, 'yahoo-chart-IWM.json'), `${JSON.stringify(chart)}\n`);
console.log(`cut-connector-fixtures: wrote French zips, Stooq CSVs and the Yahoo chart JSON to ${out}`);
