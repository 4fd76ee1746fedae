/**
 * Real rows for the data-quality tests: ^RUT and ^GSPC closes (test/fixtures/flows/yahoo, Yahoo Finance via
 * the xjcarter dataset, 2016-10-03 .. 2016-11-18) and AAPL closes (test/fixtures/portfolios, the Kaggle/Stooq
 * panel, adjusted), each test damaging them in a stated way.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { toDay } from '../../../src/calendar/dates.ts';
import type { FlagSeries } from '../../../src/events/quality/index.ts';

const fx = (p: string) => new URL(`../../fixtures/${p}`, import.meta.url);

/** Date → close of a Yahoo fixture ('^RUT', '^GSPC'). */
export function yahooCloses(id: string): Map<string, number> {
  const lines = readFileSync(fx(`flows/yahoo/${id}.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(lines.map((l) => [l.split(',')[0], Number(l.split(',')[4])]));
}

/** Date → close of one ticker of the real stock panel fixture. */
export function panelCloses(ticker: string): Map<string, number> {
  const text = gunzipSync(
    readFileSync(fx('portfolios/stocks_2016-09-21_and_2016-10-31_to_2016-11-30.csv.gz')),
  );
  const out = new Map<string, number>();
  for (const l of text.toString('utf8').split('\n')) {
    const c = l.split(',');
    if (c[1] === ticker) out.set(c[0], Number(c[5]));
  }
  return out;
}

/** A level series from date → close (sorted by date). */
export function levelSeries(name: string, closes: Map<string, number>): FlagSeries {
  const dates = [...closes.keys()].sort();
  return {
    name,
    kind: 'level',
    days: Int32Array.from(dates, toDay),
    values: Float64Array.from(dates, (d) => closes.get(d) as number),
  };
}

/** The closes without `dates` (the damage: sessions removed). */
export function without(closes: Map<string, number>, ...dates: string[]): Map<string, number> {
  const out = new Map(closes);
  for (const d of dates) {
    if (!out.delete(d)) throw new Error(`the fixture has no row ${d} to remove`);
  }
  return out;
}

/** The closes divided by `by` from `date` on (the damage: an unadjusted split). */
export function splitFrom(closes: Map<string, number>, date: string, by: number): Map<string, number> {
  return new Map([...closes].map(([d, v]) => [d, d >= date ? v / by : v]));
}
