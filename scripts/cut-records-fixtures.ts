/**
 * Cuts the real fixture the records tests use from ../shared/data (rerunnable):
 * test/fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV = Kenneth French, Portfolios_Formed_on_ME (monthly,
 * CRSP 202602 vintage), its first preamble line, and the 'Average Value Weight Returns -- Monthly' and
 * 'Average Equal Weighted Returns -- Monthly' sections cut to 2000-01 .. 2026-02, in the original format
 * (CRLF, section titles, header rows) so any French parser reads it. Values are copied unchanged.
 * test/fixtures/flows/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv = the
 * header and the rows 2016-10-25 .. 2016-11-30 of French's daily value-weighted ME file (cleaned copy,
 * vintage about 202505; PROVENANCE §1), unchanged.
 *
 * Run: node --import tsx scripts/cut-records-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const SRC = new URL(
  '../../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_monthly_vintage202602.CSV',
  import.meta.url,
);
const OUT = new URL(
  '../test/fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV',
  import.meta.url,
);
const SECTIONS = ['Average Value Weight Returns -- Monthly', 'Average Equal Weighted Returns -- Monthly'];
const FIRST = 200001;

const lines = readFileSync(SRC, 'latin1').split('\r\n');
const out: string[] = [lines[0], ''];
for (const title of SECTIONS) {
  const at = lines.findIndex((l) => l.trim() === title);
  if (at < 0) throw new Error(`section "${title}" not found in ${SRC.pathname}`);
  out.push(lines[at], lines[at + 1]);
  for (let i = at + 2; i < lines.length && /^\d{6},/.test(lines[i]); i++) {
    if (Number(lines[i].slice(0, 6)) >= FIRST) out.push(lines[i]);
  }
  out.push('');
}
writeFileSync(OUT, out.join('\r\n'));
console.log(`wrote ${OUT.pathname} (${out.length} lines)`);

const DAILY_SRC = new URL(
  '../../shared/data/kenfrench_data_library/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned.csv',
  import.meta.url,
);
const DAILY_OUT = new URL(
  '../test/fixtures/flows/Portfolios_Formed_on_ME_daily_VALUEWEIGHTED_vintage202505_cleaned_2016-11.csv',
  import.meta.url,
);
const daily = readFileSync(DAILY_SRC, 'latin1').split('\r\n');
const kept = [daily[0], ...daily.filter((l) => l >= '20161025' && l < '20161201')];
writeFileSync(DAILY_OUT, `${kept.join('\r\n')}\r\n`);
console.log(`wrote ${DAILY_OUT.pathname} (${kept.length} lines)`);

// test/fixtures/flows/yahoo/^RUT.csv and ^GSPC.csv: the header and the rows 2016-10-03 .. 2016-11-18 of the
// Yahoo exports in ../shared/data/prices/yahoo_xjcarter_data (PROVENANCE §2a), unchanged.
mkdirSync(new URL('../test/fixtures/flows/yahoo/', import.meta.url), { recursive: true });
for (const id of ['^RUT', '^GSPC']) {
  const lines = readFileSync(
    new URL(`../../shared/data/prices/yahoo_xjcarter_data/${id}.csv`, import.meta.url),
    'utf8',
  ).split('\n');
  const rows = [lines[0], ...lines.filter((l) => l >= '2016-10-03' && l < '2016-11-19')];
  writeFileSync(new URL(`../test/fixtures/flows/yahoo/${id}.csv`, import.meta.url), `${rows.join('\n')}\n`);
  console.log(`wrote test/fixtures/flows/yahoo/${id}.csv (${rows.length} lines)`);
}
