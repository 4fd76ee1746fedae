/**
 * Cuts the server tests' fixtures from the shared real data (../shared/data): daily closes of ^RUT and ^GSPC
 * and French's daily value-weighted size portfolios, around each preset event (70 calendar days before to
 * 120 after). Run: `node --import tsx scripts/server-fixtures.ts`. Values are copied unchanged (French's
 * percent returns are written as decimals, value / 100, as the store keeps them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fromDay, toDay } from '../src/calendar/dates.ts';

const SHARED = new URL('../../shared/data/', import.meta.url);
const OUT = new URL('../test/fixtures/server/', import.meta.url);
const EVENTS = ['2012-11-06', '2016-06-23', '2016-11-08', '2020-11-03', '2024-11-05'];
const ranges = EVENTS.map((e) => [toDay(e) - 70, toDay(e) + 120]);
const keep = (iso: string) => {
  const d = toDay(iso);
  return ranges.some(([a, b]) => d >= a && d <= b);
};

function lines(rel: string): string[][] {
  return readFileSync(new URL(rel, SHARED), 'utf8')
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split(','));
}

// Bars: source, id, date, close (the file's Close column; index levels, so price basis).
const bars: string[] = ['source,id,date,close'];
const RUT = 'prices/yfinance_autoadjusted_alitalbi_storage_data_fy/^RUT.csv'; // Date,Close,High,Low,Open,Volume
const GSPC = 'prices/yfinance_YoussefKh200_slow_turtle/^GSPC.csv'; // Date,Open,High,Low,Close
for (const [file, id, col, source] of [
  [RUT, '^RUT', 1, 'yfinance/alitalbi/^RUT'],
  [GSPC, '^GSPC', 4, 'yfinance/YoussefKh200/^GSPC'],
] as const) {
  for (const r of lines(file).slice(1)) if (keep(r[0])) bars.push(`${source},${id},${r[0]},${r[col]}`);
}
writeFileSync(new URL('bars.csv', OUT), `${bars.join('\n')}\n`);

// French daily VW size portfolios (vintage about 202505), percent -> decimal.
const ff = lines(
  'kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
);
const header = ff[0];
const wanted = ['Lo 10', 'Hi 10', 'Lo 20', 'Hi 20', 'Lo 30', 'Hi 30'];
const ps: string[] = ['portfolio,date,value'];
for (const r of ff.slice(1)) {
  const iso = `${r[0].slice(0, 4)}-${r[0].slice(4, 6)}-${r[0].slice(6, 8)}`;
  if (!keep(iso)) continue;
  for (const name of wanted) {
    const v = Number(r[header.indexOf(name)]);
    ps.push(`${name},${iso},${v <= -99.99 ? '' : Number((v / 100).toPrecision(12))}`);
  }
}
writeFileSync(new URL('french_me_daily_vw.csv', OUT), `${ps.join('\n')}\n`);
// An upload for the import endpoint: IWM from the Yahoo CSV export, 1–15 Nov 2016, lines unchanged.
const iwm = readFileSync(new URL('prices/yahoo_xjcarter_data/IWM.csv', SHARED), 'utf8').split('\n');
const upload = [iwm[0], ...iwm.filter((l) => l >= '2016-11-01' && l < '2016-11-16')];
writeFileSync(new URL('IWM.csv', OUT), `${upload.join('\n')}\n`);
console.log(`bars: ${bars.length - 1} rows; french: ${ps.length - 1} rows (${fromDay(ranges[0][0])} ..)`);
