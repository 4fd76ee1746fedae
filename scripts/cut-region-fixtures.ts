/**
 * Cuts the regional fixtures of test/fixtures/regions/ from French's regional daily factor files in
 * ../shared/data/kenfrench_data_library/international/: the preamble and header kept as they are, data rows
 * from `FROM` to `TO` only (real rows, unchanged). Run: `node --import tsx scripts/cut-region-fixtures.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(
  new URL('../../shared/data/kenfrench_data_library/international/', import.meta.url),
);
const OUT = fileURLToPath(new URL('../test/fixtures/regions/', import.meta.url));

const CUTS: [string, string, string][] = [
  ['Europe_3_Factors_Daily_vintage202603.csv', '20100101', '20191231'],
  ['Developed_ex_US_5_Factors_Daily_vintage202603.csv', '20160101', '20161231'],
];

mkdirSync(OUT, { recursive: true });
for (const [file, from, to] of CUTS) {
  const lines = readFileSync(`${SRC}${file}`, 'utf8').split(/\r?\n/);
  const kept = lines.filter((l) => {
    const m = /^\s*(\d{8})\s*,/.exec(l);
    return !m || (m[1] >= from && m[1] <= to);
  });
  writeFileSync(`${OUT}${file}`, `${kept.join('\n')}`);
  console.log(`${file}: ${kept.length} lines (${from} .. ${to})`);
}
