/**
 * A seeded SYNTHETIC stock panel for property tests and benchmarks. It is not market data and is never
 * presented as such. Shape: weekday trading days from 2000-01-03; lognormal starting caps (median about
 * $500M, log-sd 2); fat-tailed daily returns (a normal with 5% of days at 3× volatility); 20% of stocks
 * list after the start and 15% delist before the end; 1% of days missing at random; 2% of stocks copy
 * another stock's prices and shares exactly (tied caps); 30% NYSE, 70% NASDAQ; 90% common, 5% etf,
 * 5% preferred. Caps are shares × price with constant shares.
 */

import { mulberry32 } from '../math/random.ts';
import type { Panel } from './panel.ts';

/** Options of syntheticPanel. */
export interface SyntheticOptions {
  /** Number of stocks; defaults to 200. */
  stocks?: number;
  /** Number of trading days; defaults to 500. */
  days?: number;
  /** PRNG seed; defaults to 1. */
  seed?: number;
}

/**
 * Builds a seeded synthetic panel (rows sorted by stock, then day).
 * @example syntheticPanel({ stocks: 50, days: 300, seed: 7 }).stock.length
 */
export function syntheticPanel(options: SyntheticOptions = {}): Panel {
  const S = options.stocks ?? 200;
  const D = options.days ?? 500;
  const rand = mulberry32(options.seed ?? 1);
  const normal = () => {
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const days = new Int32Array(D);
  for (let d = 0, day = 10959; d < D; day++) {
    const wd = (((day + 4) % 7) + 7) % 7;
    if (wd !== 0 && wd !== 6) days[d++] = day; // 10959 = 2000-01-03, a Monday
  }
  const paths = new Float64Array(S * D);
  const shares = new Float64Array(S);
  const start = new Int32Array(S);
  const end = new Int32Array(S);
  const ids: string[] = [];
  const exchange: string[] = [];
  const securityType: string[] = [];
  for (let s = 0; s < S; s++) {
    ids.push(`S${String(s).padStart(5, '0')}`);
    exchange.push(rand() < 0.3 ? 'NYSE' : 'NASDAQ');
    const u = rand();
    securityType.push(u < 0.9 ? 'common' : u < 0.95 ? 'etf' : 'preferred');
    start[s] = rand() < 0.2 ? Math.floor(rand() * D * 0.8) : 0;
    end[s] = rand() < 0.15 ? start[s] + Math.floor(rand() * (D - start[s])) : D - 1;
    const twin = s > 10 && rand() < 0.02 ? Math.floor(rand() * s) : -1;
    if (twin >= 0) {
      shares[s] = shares[twin];
      start[s] = start[twin];
      for (let d = 0; d < D; d++) paths[s * D + d] = paths[twin * D + d];
      continue;
    }
    let p = 10 + 90 * rand();
    shares[s] = Math.exp(20 + 2 * normal()) / p;
    const vol = 0.01 + 0.03 * rand();
    for (let d = 0; d < D; d++) {
      if (d > 0) p *= Math.max(0.05, 1 + 0.0003 + vol * normal() * (rand() < 0.05 ? 3 : 1));
      paths[s * D + d] = p;
    }
  }
  const n = S * D;
  const stock = new Int32Array(n);
  const day = new Int32Array(n);
  const price = new Float64Array(n);
  const cap = new Float64Array(n);
  let m = 0;
  for (let s = 0; s < S; s++) {
    for (let d = start[s]; d <= end[s]; d++) {
      if (d > start[s] && rand() < 0.01) continue;
      stock[m] = s;
      day[m] = days[d];
      price[m] = paths[s * D + d];
      cap[m] = shares[s] * price[m];
      m++;
    }
  }
  return {
    ids,
    stock: stock.slice(0, m),
    day: day.slice(0, m),
    price: price.slice(0, m),
    cap: cap.slice(0, m),
    exchange,
    securityType,
  };
}
