/** Shared bits for the import tests: fixture paths, reading fixtures as text (the store checksum: test/helpers/store-checksum.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BarColumns } from '../../../src/formats/types.ts';

/** The absolute path of a fixture under test/fixtures/import/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
}

/** A fixture's text. */
export function fixtureText(name: string): string {
  return readFileSync(fixture(name), 'utf8');
}

/** Day number of an ISO date (UTC). */
export function day(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** The value of `col` on `iso` in parsed bars. */
export function barOn(bars: BarColumns, col: keyof BarColumns, iso: string): number {
  const i = bars.day.indexOf(day(iso));
  if (i < 0) throw new Error(`no bar on ${iso}`);
  return (bars[col] as Float64Array)[i];
}
