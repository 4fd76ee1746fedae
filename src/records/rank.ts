/**
 * Rank of a period among the periods of a history, competition style: rank = 1 + the number of periods
 * strictly better, so tied periods share a rank ("joint 3rd"). NaN periods are not counted.
 * Two values tie when they differ by at most `tolerance` (default 1e-12): spreads computed from data published
 * to two decimals of a percent (French's files) are equal at that precision but not always in floating point.
 * This is the one ranking rule of capgap (docs/flows-and-records.md, "One rank rule"): `capgap records`, `capgap check`,
 * `capgap report` and the page's month standing all rank with it.
 */
import { checkDirection, type Direction } from './largest-since.ts';

/** Options of {@link rankIn}. */
export interface RankOptions {
  /** 'high' ranks the largest first (default); 'low' ranks the most negative first. */
  direction?: Direction;
  /** First index of the history considered; defaults to 0 (the whole history). */
  from?: number;
  /** Last index of the history considered (inclusive); defaults to the last period. */
  to?: number;
  /** Values at most this far apart tie (absolute); defaults to 1e-12. */
  tolerance?: number;
}

/** The default tie tolerance of {@link rankIn}, {@link rankAt} and {@link ranks}. */
export const TIE_TOLERANCE = 1e-12;

function checkTolerance(t: number): number {
  if (!(t >= 0) || !Number.isFinite(t))
    throw new Error(`invalid tolerance: ${t}; expected a finite number >= 0`);
  return t;
}

/** Where one period stands in a history. */
export interface Rank {
  /** 1 = the best in the history. NaN if the value is NaN. */
  rank: number;
  /** How many periods with a value the history holds. */
  of: number;
  /** How many other periods share this exact value. */
  ties: number;
}

/**
 * The rank of `value` among values[from..to] (NaN skipped): 1 + #{j : values[j] better than value}.
 * Pass a value not in the history (a period-to-date value) to place it among completed periods; `of` then
 * counts only the history.
 * @example rankIn([3, 9, 1, 9], 9) // { rank: 1, of: 4, ties: 2 }
 */
export function rankIn(values: ArrayLike<number>, value: number, options: RankOptions = {}): Rank {
  const sign = checkDirection(options.direction ?? 'high') === 'low' ? -1 : 1;
  const { from, to } = checkRange(values.length, options.from, options.to);
  const tol = checkTolerance(options.tolerance ?? TIE_TOLERANCE);
  let better = 0;
  let equal = 0;
  let of = 0;
  const v = sign * value;
  for (let j = from; j <= to; j++) {
    const x = sign * values[j];
    if (Number.isNaN(x)) continue;
    of++;
    if (x > v + tol) better++;
    else if (x >= v - tol) equal++;
  }
  if (Number.isNaN(v)) return { rank: Number.NaN, of, ties: 0 };
  return { rank: better + 1, of, ties: equal };
}

/**
 * The rank of period `index` in values[from..to] (by default the whole history, later periods included).
 * `ties` counts the other periods with the same value.
 * @example rankAt([3, 9, 1, 9], 3) // { rank: 1, of: 4, ties: 1 }
 */
export function rankAt(values: ArrayLike<number>, index: number, options: RankOptions = {}): Rank {
  if (!Number.isInteger(index) || index < 0 || index >= values.length) {
    throw new Error(`invalid index: ${index}; expected an integer in [0, ${values.length - 1}]`);
  }
  const r = rankIn(values, values[index], options);
  const { from, to } = checkRange(values.length, options.from, options.to);
  const inside = index >= from && index <= to;
  return { ...r, ties: Math.max(0, r.ties - (inside ? 1 : 0)) };
}

/**
 * Ranks of every period in the whole history (competition ranks, NaN for NaN), O(n log n). A value within
 * `tolerance` of the one ranked just above it shares its rank (as {@link rankAt} for isolated ties).
 * @example ranks([3, 9, 1, 9]) // Float64Array [3, 1, 4, 1]
 */
export function ranks(
  values: ArrayLike<number>,
  options: { direction?: Direction; tolerance?: number } = {},
): Float64Array {
  const sign = checkDirection(options.direction ?? 'high') === 'low' ? -1 : 1;
  const tol = checkTolerance(options.tolerance ?? TIE_TOLERANCE);
  const n = values.length;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) idx.push(i);
  idx.sort((a, b) => sign * values[b] - sign * values[a]);
  const out = new Float64Array(n).fill(Number.NaN);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    out[i] = k > 0 && Math.abs(values[idx[k - 1]] - values[i]) <= tol ? out[idx[k - 1]] : k + 1;
  }
  return out;
}

function checkRange(n: number, from = 0, to = n - 1): { from: number; to: number } {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to >= n || from > to + 1) {
    throw new Error(`invalid range [${from}, ${to}]; expected integers within [0, ${n - 1}]`);
  }
  return { from, to };
}
