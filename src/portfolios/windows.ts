/**
 * Compounded returns, spreads and per-stock contributions from a BucketResult.
 *
 * Window convention (as calendar/trading-days.ts): a window [from, to] of trading days compounds the daily
 * returns of the days from..to, i.e. it runs from the close of the trading day before `from` to the close
 * of `to`. A calendar month is [first day, last day] of the month.
 */
import { toDay } from '../calendar/dates.ts';
import { compoundColumns } from '../math/compound.ts';
import type { BucketResult } from './engine.ts';
import type { Weighting } from './kernel.ts';

/** Output row indices [i, j] (into result.dates) covering [from, to]; throws if none. */
function span(result: BucketResult, from?: string, to?: string): [number, number] {
  const lo = from ? toDay(from) : -Infinity;
  const hi = to ? toDay(to) : Infinity;
  let i = 0;
  while (i < result.dates.length && toDay(result.dates[i]) < lo) i++;
  let j = result.dates.length - 1;
  while (j >= 0 && toDay(result.dates[j]) > hi) j--;
  if (i > j)
    throw new Error(
      `window ${from ?? '…'} .. ${to ?? '…'} holds no day of the result (${result.dates[0]} .. ${result.dates.at(-1)})`,
    );
  return [i, j];
}

function series(result: BucketResult, weighting: Weighting): Float64Array {
  const r = result.returns[weighting];
  if (!r)
    throw new Error(`weighting "${weighting}" was not computed; computed: ${result.weightings.join(', ')}`);
  return r;
}

/**
 * Compounded return of every bucket and the market (last entry) over the days [from, to], both in: from the
 * close before `from` to the close of `to` (src/math/compound.ts's rule). A bucket with a NaN day is NaN.
 * @example compoundBuckets(result, 'value', '2016-11-01', '2016-11-30') // [Lo 10, …, Hi 10, market]
 */
export function compoundBuckets(
  result: BucketResult,
  weighting: Weighting,
  from?: string,
  to?: string,
): Float64Array {
  const r = series(result, weighting);
  const [i, j] = span(result, from, to);
  return compoundColumns(r, result.labels.length + 1, i - 1, j);
}

/**
 * Spreads of compounded returns: smallest minus largest, each bucket minus the market, or a named pair.
 * @example spreads(result, 'value', '2016-11-09', '2016-11-30').smallMinusLarge
 */
export function spreads(
  result: BucketResult,
  weighting: Weighting,
  from?: string,
  to?: string,
  pair?: [string, string],
): { smallMinusLarge: number; minusMarket: number[]; pair?: { a: string; b: string; value: number } } {
  const c = compoundBuckets(result, weighting, from, to);
  const K = result.labels.length;
  const out: {
    smallMinusLarge: number;
    minusMarket: number[];
    pair?: { a: string; b: string; value: number };
  } = {
    smallMinusLarge: c[0] - c[K - 1],
    minusMarket: Array.from(c.subarray(0, K), (x) => x - c[K]),
  };
  if (pair) {
    const ia = pair[0] === 'market' ? K : result.labels.indexOf(pair[0]);
    const ib = pair[1] === 'market' ? K : result.labels.indexOf(pair[1]);
    for (const [name, i] of [
      [pair[0], ia],
      [pair[1], ib],
    ] as const) {
      if (i < 0)
        throw new Error(`invalid bucket: "${name}"; expected market or one of ${result.labels.join(', ')}`);
    }
    out.pair = { a: pair[0], b: pair[1], value: c[ia] - c[ib] };
  }
  return out;
}

/** A stock's part in a bucket's window return. */
export interface Contribution {
  id: string;
  /** Weight at the start of the window (fraction of the bucket). */
  weight: number;
  /** The stock's own return over the window. */
  return: number;
  /** weight × return. */
  contribution: number;
}

/**
 * Per-stock contributions to a bucket over [from, to] inside one holding period: weight at the close before
 * `from` (by the weighting's rule) × the stock's window return, largest first by absolute contribution.
 * They add up exactly to the bucket's window return for 'value' and 'equal-hold' (buy-and-hold), and for
 * 'value-lag' when caps move with price; for daily-rebalanced 'equal' they are the buy-and-hold view.
 * @example contributions(result, 'value', 'Lo 10', '2016-11-09', '2016-11-30').slice(0, 5)
 */
export function contributions(
  result: BucketResult,
  weighting: Weighting,
  bucketLabel: string,
  from?: string,
  to?: string,
): Contribution[] {
  series(result, weighting);
  const b = result.labels.indexOf(bucketLabel);
  if (b < 0) throw new Error(`invalid bucket: "${bucketLabel}"; expected one of ${result.labels.join(', ')}`);
  const [i, j] = span(result, from, to);
  const a = result.offset + i - 1;
  const z = result.offset + j;
  let k = -1;
  for (let q = 0; q < result.formed.length; q++) if (result.formed[q].day <= a) k = q;
  const form = result.formed[k];
  if (!form || (k + 1 < result.formed.length && result.formed[k + 1].day < z)) {
    throw new Error(`window ${from} .. ${to} spans a rebalancing; contributions need one holding period`);
  }
  const { price: P, cap: C, nStocks: S } = result.grid;
  const f = form.day;
  const rows: Contribution[] = [];
  let total = 0;
  for (let m = 0; m < form.members.length; m++) {
    if (form.bucket[m] !== b) continue;
    const s = form.members[m];
    const growth = P[a * S + s] / P[f * S + s];
    let w = 1;
    if (weighting === 'equal-hold') w = growth;
    else if (weighting === 'value') w = C[f * S + s] * growth;
    else if (weighting === 'value-lag') w = C[a * S + s];
    total += w;
    rows.push({ id: result.ids[s], weight: w, return: P[z * S + s] / P[a * S + s] - 1, contribution: 0 });
  }
  for (const r of rows) {
    r.weight /= total;
    r.contribution = r.weight * r.return;
  }
  return rows.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || (x.id < y.id ? -1 : 1));
}
