/**
 * Seeded random SYNTHETIC panels for the engine's property tests (not market data).
 */
import { toDay } from '../../src/calendar/dates.ts';
import { mulberry32 } from '../../src/math/random.ts';
import type { Panel } from '../../src/portfolios/panel.ts';

/**
 * A seeded random panel, rows shuffled: 2-75 stocks over 25-94 weekdays from `start`, with listings,
 * delistings, 10% missing days, 3% NaN and 2% zero prices, 8% unknown caps, tied caps (a stock copying
 * the previous one's prices and shares), 15% ETFs or unknown types, every third stock on the NYSE.
 * @example randomPanel(7).stock.length
 */
export function randomPanel(seed: number, start = '2016-01-04'): Panel {
  const rand = mulberry32(seed);
  const int = (k: number) => Math.floor(rand() * k);
  const S = 2 + int(rand() < 0.5 ? 14 : 60);
  const D = 25 + int(70);
  const days: number[] = [];
  for (let day = toDay(start); days.length < D; day++) if ((day + 4) % 7 < 5) days.push(day);
  const rows: [number, number, number, number][] = [];
  let path: number[] = [];
  let shares = 0;
  const types: (string | null)[] = [];
  for (let s = 0; s < S; s++) {
    if (s === 0 || rand() > 0.2) {
      // a new path; otherwise stock s copies stock s-1's prices and shares (tied caps)
      shares = 1e6 * (1 + int(4));
      path = [5 + rand() * 50];
      for (let d = 1; d < D; d++) path.push(path[d - 1] * (1 + 0.06 * (rand() - 0.5)));
    }
    types.push(rand() < 0.85 ? 'common' : rand() < 0.5 ? 'etf' : null);
    const a = rand() < 0.3 ? int(D) : 0;
    const b = rand() < 0.3 ? a + int(D - a) : D - 1;
    for (let d = a; d <= b; d++) {
      if (rand() < 0.1) continue; // a missing day
      const u = rand();
      const p = u < 0.03 ? Number.NaN : u < 0.05 ? 0 : path[d];
      const c = rand() < 0.08 || !(p > 0) ? Number.NaN : shares * p;
      rows.push([s, days[d], p, c]);
    }
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return {
    ids: Array.from({ length: S }, (_, s) => `S${s}`),
    stock: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    price: Float64Array.from(rows, (r) => r[2]),
    cap: Float64Array.from(rows, (r) => r[3]),
    exchange: types.map((_, s) => (s % 3 ? 'NASDAQ' : 'NYSE')),
    securityType: types,
  };
}
