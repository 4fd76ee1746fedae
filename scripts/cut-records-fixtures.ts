/**
 * Cuts the real fixture the records tests use from ../shared/data (rerunnable):
 * test/fixtures/flows/Portfolios_Formed_on_ME_monthly_2000-2026_vintage202602.CSV = Kenneth French, Portfolios_Formed_on_ME (monthly,
 * CRSP 202602 vintage), its first preamble line, and the 'Average Value Weight Returns -- Monthly' and
 * 'Average Equal Weighted Returns -- Monthly' sections cut to 2000-01 .. 2026-02, in the original format
 * (CRLF, section titles, header rows) so any French parser reads it. Values are copied unchanged.
 *
 * Run: node --import tsx scripts/cut-records-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';

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
