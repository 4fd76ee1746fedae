/**
 * Threshold counts: "only 4 months since 1979 above 8 pp". Counts periods beyond a level in a range of the
 * history; NaN periods are skipped and counted apart, never taken as below the level.
 */

/** Options of {@link countBeyond}. */
export interface ThresholdOptions {
  /** 'above' (default) counts values > threshold; 'below' counts values < threshold. */
  side?: 'above' | 'below';
  /** Count values equal to the threshold too (>= or <=); defaults to false (strictly beyond). */
  inclusive?: boolean;
  /** First index considered; defaults to 0. */
  from?: number;
  /** Last index considered (inclusive); defaults to the last period. */
  to?: number;
}

/** The periods beyond a threshold. */
export interface ThresholdCount {
  /** How many periods are beyond the threshold. */
  count: number;
  /** Their indices, in time order. */
  indices: Int32Array;
  /** How many periods in the range have a value (the denominator). */
  of: number;
  /** How many periods in the range are NaN. */
  missing: number;
}

/**
 * The periods in values[from..to] beyond `threshold`.
 * @example countBeyond([0.09, 0.02, 0.081, 0.08], 0.08) // { count: 2, indices: [0, 2], of: 4, missing: 0 }
 */
export function countBeyond(
  values: ArrayLike<number>,
  threshold: number,
  options: ThresholdOptions = {},
): ThresholdCount {
  const side = options.side ?? 'above';
  if (side !== 'above' && side !== 'below') {
    throw new Error(`invalid side: ${JSON.stringify(side)}; expected "above" or "below"`);
  }
  if (!Number.isFinite(threshold))
    throw new Error(`invalid threshold: ${threshold}; expected a finite number`);
  const n = values.length;
  const from = options.from ?? 0;
  const to = options.to ?? n - 1;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to >= n) {
    throw new Error(`invalid range [${from}, ${to}]; expected integers within [0, ${n - 1}]`);
  }
  const sign = side === 'below' ? -1 : 1;
  const t = sign * threshold;
  const inclusive = options.inclusive ?? false;
  const hits = new Int32Array(Math.max(0, to - from + 1));
  let count = 0;
  let missing = 0;
  for (let i = from; i <= to; i++) {
    const v = sign * values[i];
    if (Number.isNaN(v)) missing++;
    else if (v > t || (inclusive && v === t)) hits[count++] = i;
  }
  return { count, indices: hits.slice(0, count), of: Math.max(0, to - from + 1) - missing, missing };
}
