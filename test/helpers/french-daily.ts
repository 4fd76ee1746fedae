/**
 * The real regional French files of test/fixtures/regions/ (cut unchanged by scripts/cut-region-fixtures.ts)
 * and an independent reader of them, the reference the regions tests compound by hand (it shares no code
 * with capgap's French parser).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FX = fileURLToPath(new URL('../fixtures/regions/', import.meta.url));
/** French's Europe 3-factor daily file, Bloomberg 202603. */
export const EUROPE = `${FX}Europe_3_Factors_Daily_vintage202603.csv`;
/** French's Developed ex US 5-factor daily file, Bloomberg 202603. */
export const DEVX = `${FX}Developed_ex_US_5_Factors_Daily_vintage202603.csv`;

/**
 * An independent reader of a French daily file: ISO date -> { column: percent as in the file }.
 * @example readRows(EUROPE).get('2016-06-24')?.SMB // 1.77
 */
export function readRows(file: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  let header: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split(',').map((c) => c.trim());
    if (line.startsWith(',')) header = cells.slice(1);
    if (!/^\d{8}$/.test(cells[0])) continue;
    const d = `${cells[0].slice(0, 4)}-${cells[0].slice(4, 6)}-${cells[0].slice(6)}`;
    out.set(d, Object.fromEntries(header.map((h, i) => [h, Number(cells[i + 1])])));
  }
  return out;
}

/** The file's dates (ISO), in file order. */
export function fileDates(file: string): string[] {
  return [...readRows(file).keys()];
}
