/**
 * Reads test/fixtures/events/french-elections.csv (real rows of French's daily VW size portfolios and daily
 * factors, vintage 202505, cut by scripts/cut-events-fixtures.ts) into event-engine series (percent → decimal).
 */
import { readFileSync } from 'node:fs';
import { toDay } from '../../src/calendar/dates.ts';
import type { Series } from '../../src/events/series.ts';

export interface FixtureRows {
  dates: string[];
  cols: Record<string, number[]>;
}

export function readFixture(): FixtureRows {
  const text = readFileSync(new URL('../fixtures/events/french-elections.csv', import.meta.url), 'utf8');
  const [head, ...lines] = text.trim().split('\n');
  const names = head.split(',').slice(1);
  const cols: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const dates: string[] = [];
  for (const line of lines) {
    const c = line.split(',');
    dates.push(`${c[0].slice(0, 4)}-${c[0].slice(4, 6)}-${c[0].slice(6, 8)}`);
    names.forEach((n, i) => {
      cols[n].push(Number(c[i + 1]) / 100);
    });
  }
  return { dates, cols };
}

/** One fixture column as a return series. */
export function fixtureSeries(rows: FixtureRows, column: string): Series {
  return {
    name: column,
    kind: 'return',
    basis: 'French value-weighted portfolio return',
    days: Int32Array.from(rows.dates, toDay),
    values: Float64Array.from(rows.cols[column]),
  };
}

/** The French market return Mkt-RF + RF of the fixture. */
export function fixtureMarket(rows: FixtureRows): Series {
  const v = rows.cols['Mkt-RF'].map((x, i) => x + rows.cols.RF[i]);
  return {
    name: 'market',
    kind: 'return',
    basis: 'Mkt-RF + RF',
    days: Int32Array.from(rows.dates, toDay),
    values: Float64Array.from(v),
  };
}
