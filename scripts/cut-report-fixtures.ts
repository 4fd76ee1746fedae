/**
 * Cuts the report/chart test fixtures from the real files in ../shared/data (rerunnable):
 * - french-daily-deciles-2016.csv: French daily VW size deciles (percent), 2016-10-31 .. 2016-12-09;
 * - french-daily-elections.csv: Lo 10 and Hi 10 daily VW (percent) on the base day and the first three
 *   sessions after every US presidential election 1928–2024 (election day = the Tuesday after the first
 *   Monday of November);
 * - factors-daily-2016.csv: Mkt-RF and RF (percent), same dates as the deciles (vintage 202505, as the size file);
 * - closes-2016.csv: ^RUT, ^GSPC, IWM, SPY closes (Adj Close for IWM/SPY) 2016-11-01 .. 2016-12-09 from
 *   prices/yahoo_xjcarter_data.
 * - french-monthly-lo-hi.csv: Lo 10 and Hi 10, VW and EW monthly sections (percent), 1926-07 .. 2026-02.
 * Usage: node --import tsx scripts/cut-report-fixtures.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const shared = new URL('../../shared/data/', import.meta.url);
const out = new URL('../test/fixtures/report/', import.meta.url);
if (!existsSync(shared)) {
  console.error('../shared/data is absent: nothing to cut');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const read = (p: string) => readFileSync(new URL(p, shared), 'utf8').trim().split(/\r?\n/);
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

const size = read(
  'kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
);
const head = size[0].split(',');
const deciles = ['Lo 10', '2-Dec', '3-Dec', '4-Dec', '5-Dec', '6-Dec', '7-Dec', '8-Dec', '9-Dec', 'Hi 10'];
const cols = deciles.map((d) => head.indexOf(d));
const rows = size.slice(1).map((l) => l.split(','));
const inRange = rows.filter((r) => r[0] >= '20161031' && r[0] <= '20161209');
writeFileSync(
  new URL('french-daily-deciles-2016.csv', out),
  `${[
    ['date', ...deciles].join(','),
    ...inRange.map((r) => [iso(r[0]), ...cols.map((c) => r[c])].join(',')),
  ].join('\n')}\n`,
);

// Election days: the Tuesday after the first Monday of November.
function electionDay(y: number): string {
  const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay();
  const firstMonday = 1 + ((8 - nov1) % 7);
  return `${y}-11-${String(firstMonday + 1).padStart(2, '0')}`;
}
const lo = head.indexOf('Lo 10');
const hi = head.indexOf('Hi 10');
const el: string[] = ['election,date,Lo 10,Hi 10'];
for (let y = 1928; y <= 2024; y += 4) {
  const e = electionDay(y).replaceAll('-', '');
  const i = rows.findIndex((r) => r[0] > e); // t0: first session after election day (after-close news)
  if (i < 1 || i + 2 >= rows.length) continue;
  for (let k = i - 1; k <= i + 2; k++)
    el.push([electionDay(y), iso(rows[k][0]), rows[k][lo], rows[k][hi]].join(','));
}
writeFileSync(new URL('french-daily-elections.csv', out), `${el.join('\n')}\n`);

const ff = read('kenfrench_data_library/F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv');
const fh = ff[0].split(',');
const ffRows = ff
  .slice(1)
  .map((l) => l.split(','))
  .filter((r) => r[0] >= '20161031' && r[0] <= '20161209');
writeFileSync(
  new URL('factors-daily-2016.csv', out),
  `${[
    'date,Mkt-RF,RF',
    ...ffRows.map((r) => [iso(r[0]), r[fh.indexOf('Mkt-RF')], r[fh.indexOf('RF')]].join(',')),
  ].join('\n')}\n`,
);

const closes: string[] = ['id,date,close'];
for (const [id, col] of [
  ['^RUT', 4],
  ['^GSPC', 4],
  ['IWM', 5],
  ['SPY', 5],
] as const) {
  for (const l of read(`prices/yahoo_xjcarter_data/${id}.csv`).slice(1)) {
    const r = l.split(',');
    if (r[0] >= '2016-11-01' && r[0] <= '2016-12-09') closes.push([id, r[0], r[col]].join(','));
  }
}
writeFileSync(new URL('closes-2016.csv', out), `${closes.join('\n')}\n`);
// Monthly Lo 10 / Hi 10, VW and EW sections of the monthly file (percent), for 'widest since' over the full history.
const monthly = read('kenfrench_data_library/Portfolios_Formed_on_ME_monthly_vintage202602.CSV');
const mrows: string[] = ['month,weighting,Lo 10,Hi 10'];
let weighting: string | null = null;
for (const line of monthly) {
  if (/Average Value Weight Returns -- Monthly/.test(line)) weighting = 'value';
  else if (/Average Equal Weighted Returns -- Monthly/.test(line)) weighting = 'equal';
  else if (/^\s*$/.test(line) || /Annual|Number of Firms|Average Firm Size/.test(line))
    weighting = line.trim() ? null : weighting;
  const r = line.split(',').map((x) => x.trim());
  if (weighting && /^\d{6}$/.test(r[0])) mrows.push([r[0], weighting, r[10], r[19]].join(','));
}
writeFileSync(new URL('french-monthly-lo-hi.csv', out), `${mrows.join('\n')}\n`);
console.log(
  'wrote test/fixtures/report/: french-daily-deciles-2016.csv, french-daily-elections.csv, factors-daily-2016.csv, closes-2016.csv',
);
