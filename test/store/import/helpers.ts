/** Shared bits for the import tests: fixture paths, a store fingerprint, reading fixtures as text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BarColumns } from '../../../src/formats/types.ts';
import type { Store } from '../../../src/store/store.ts';

/** The absolute path of a fixture under test/fixtures/import/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
}

/** A fixture's text. */
export function fixtureText(name: string): string {
  return readFileSync(fixture(name), 'utf8');
}

/** Row counts plus an order-independent hash of every row of every data table (imported_at included). */
export async function fingerprint(store: Store): Promise<string> {
  const counts = await store.counts();
  const parts: string[] = [JSON.stringify(counts)];
  for (const t of Object.keys(counts)) {
    const r = await store.one<{ h: string }>(`SELECT coalesce(sum(hash(x))::VARCHAR, '0') AS h FROM ${t} x`);
    parts.push(`${t}:${r?.h}`);
  }
  return parts.join('|');
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
