/**
 * Cuts the small real fixtures of test/fixtures/events/ from Ken French's daily files in ../shared/data
 * (rerunnable; see /work/shared/data/PROVENANCE.md for the files' sources and vintages):
 * - french-daily-dates.txt: every session (YYYYMMDD) of selected years of F-F_Research_Data_Factors_daily
 *   (vintage 202604), the years with the calendar's hard cases (Saturdays, 1933, 1968, 2001, 2012, ...).
 * - french-elections.csv: daily VW 'Lo 10' and 'Hi 10' (Portfolios_Formed_on_ME daily, vintage 202505) and
 *   Mkt-RF, RF (factors daily, vintage 202505) in percent, as in the files, for the 12 sessions from 3 before
 *   to 8 after every US presidential election day 1928–2024, and Oct–Nov 2016.
 * Run: node --import tsx scripts/cut-events-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SHARED = new URL('../../shared/data/kenfrench_data_library/', import.meta.url);
const OUT = new URL('../test/fixtures/events/', import.meta.url);
const YEARS = [
  1926, 1928, 1929, 1933, 1945, 1946, 1951, 1952, 1953, 1954, 1958, 1959, 1964, 1968, 1969, 1970, 1977, 1985,
  2001, 2004, 2007, 2012, 2018, 2022, 2025,
];

function rows(name: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(new URL(name, SHARED), 'utf8').split(/\r?\n/)) {
    const cells = line.split(',').map((c) => c.trim());
    if (/^\d{8}$/.test(cells[0])) out.push(cells);
  }
  return out;
}

const factors604 = rows('F-F_Research_Data_Factors_daily_vintage202604.CSV');
const dates = factors604.map((r) => r[0]).filter((d) => YEARS.includes(Number(d.slice(0, 4))));
writeFileSync(
  new URL('french-daily-dates.txt', OUT),
  `# Sessions of F-F_Research_Data_Factors_daily (CRSP 202604), years ${YEARS.join(' ')}; cut by scripts/cut-events-fixtures.ts\n${dates.join('\n')}\n`,
);

const me = rows('Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv');
const ff = new Map(rows('F-F_Research_Data_Factors_daily_vintage202505_cleaned.csv').map((r) => [r[0], r]));
// ME file columns: Date,<= 0,Lo 30,Med 40,Hi 30,Lo 20,Qnt 2,Qnt 3,Qnt 4,Hi 20,Lo 10,...,Hi 10 (index 10, 19)
const keep = new Set<number>();
for (let y = 1928; y <= 2024; y += 4) {
  const nov1 = Date.UTC(y, 10, 1);
  const firstMonday = nov1 + ((1 - new Date(nov1).getUTCDay() + 7) % 7) * 86_400_000;
  const election = new Date(firstMonday + 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const i = me.findIndex((r) => r[0] > election);
  for (let k = i - 4; k <= i + 8; k++) keep.add(k);
}
me.forEach((r, i) => {
  if (r[0] >= '20161001' && r[0] <= '20161130') keep.add(i);
});
const lines = ['date,Lo 10,Hi 10,Mkt-RF,RF'];
for (const i of [...keep].sort((a, b) => a - b)) {
  const r = me[i];
  const f = ff.get(r[0]);
  if (!f) throw new Error(`no factor row for ${r[0]}`);
  lines.push([r[0], r[10], r[19], f[1], f[4]].join(','));
}
writeFileSync(new URL('french-elections.csv', OUT), `${lines.join('\n')}\n`);
console.log(`wrote ${dates.length} dates and ${lines.length - 1} return rows to test/fixtures/events/`);
