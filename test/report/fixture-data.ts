// Loads the real excerpts in test/fixtures/report/ (cut by scripts/cut-report-fixtures.ts from ../shared/data).
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../src/math/random.ts';

const dir = new URL('../fixtures/report/', import.meta.url);

function csv(name: string): string[][] {
  return readFileSync(new URL(name, dir), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
}

/** French daily VW deciles around the 2016 election (percent → decimal). */
export function frenchDeciles2016() {
  const [head, ...rows] = csv('french-daily-deciles-2016.csv');
  return {
    dates: rows.map((r) => r[0]),
    series: head.slice(1).map((name, j) => ({ name, returns: rows.map((r) => Number(r[j + 1]) / 100) })),
  };
}

/** Mkt-RF + RF daily (decimal) on the deciles' dates. */
export function market2016() {
  const [, ...rows] = csv('factors-daily-2016.csv');
  return { dates: rows.map((r) => r[0]), returns: rows.map((r) => (Number(r[1]) + Number(r[2])) / 100) };
}

/** Per election: Lo 10 and Hi 10 compounded over the first three sessions after it (decimal). */
export function electionSpreads() {
  const [, ...rows] = csv('french-daily-elections.csv');
  const by = new Map<string, string[][]>();
  for (const r of rows) by.set(r[0], [...(by.get(r[0]) ?? []), r]);
  return [...by.entries()].map(([date, rs]) => {
    const sessions = rs.slice(1); // rs[0] is the base day
    const lo = sessions.reduce((g, r) => g * (1 + Number(r[2]) / 100), 1) - 1;
    const hi = sessions.reduce((g, r) => g * (1 + Number(r[3]) / 100), 1) - 1;
    return { label: date.slice(0, 4), date, lo, hi, value: lo - hi };
  });
}

/** Daily closes of ^RUT, ^GSPC, IWM (adj), SPY (adj) from 2016-11-01. */
export function closes2016() {
  const [, ...rows] = csv('closes-2016.csv');
  const out = new Map<string, { dates: string[]; values: number[] }>();
  for (const [id, d, v] of rows) {
    const s = out.get(id) ?? { dates: [], values: [] };
    s.dates.push(d);
    s.values.push(Number(v));
    out.set(id, s);
  }
  return out;
}

/**
 * SYNTHETIC weekly flows (not market data: PROVENANCE §3 has no ETF flows): the seeded generator
 * (src/math/random.ts) drawing flows in ±$1.5bn, with the week ended 2016-11-11 set to +$4bn. For chart
 * structure tests only.
 */
export function syntheticWeeklyFlows(seed = 7) {
  const rand = mulberry32(seed);
  const weeks: { weekEnd: string; flow: number }[] = [];
  const first = Date.UTC(2016, 6, 1); // 2016-07-01, a Friday
  for (let k = 0; k < 26; k++) {
    const weekEnd = new Date(first + k * 7 * 86_400_000).toISOString().slice(0, 10);
    weeks.push({ weekEnd, flow: weekEnd === '2016-11-11' ? 4e9 : Math.round((rand() * 3 - 1.5) * 1e8) * 10 });
  }
  return weeks;
}
