/**
 * Compounding: the one rule every room uses for "the return since a close".
 *
 * `returns[i]` is the return earned from close i − 1 to close i (decimals). The compounded return from the
 * close at index `base` to the close at index `end` is
 *
 *     Π_{i = base + 1 … end} (1 + returns[i]) − 1
 *
 * so the return *at* `base` is **not** included (it ended at the base close) and the return at `end` is.
 * `base = end` gives 0; `base = −1` starts before the first return. A window of sessions [a, b] (both
 * included, as in "days 0 to 2") is therefore `compound(returns, a − 1, b)`. A missing (NaN) return inside
 * the span makes the result NaN unless `skipMissing` is set (then it counts as 0, and the caller says so).
 */

/** Options of `compound`. */
export interface CompoundOptions {
  /** Treat NaN returns as 0 instead of making the result NaN; defaults to false. */
  skipMissing?: boolean;
}

/**
 * The compounded return from the close at `base` to the close at `end`: Π_{base < i ≤ end} (1 + r_i) − 1.
 * @example compound(Float64Array.of(0.5, 0.01, 0.02), 0, 2) // 1.01 × 1.02 − 1 = 0.0302 (r[0] is not in)
 */
export function compound(
  returns: ArrayLike<number>,
  base: number,
  end: number,
  options: CompoundOptions = {},
): number {
  if (!(Number.isInteger(base) && Number.isInteger(end) && base >= -1 && end >= base)) {
    throw new Error(`invalid span: base ${base}, end ${end}; expected integers with -1 <= base <= end`);
  }
  if (end >= returns.length) {
    throw new Error(`invalid span: end ${end} is past the last return (index ${returns.length - 1})`);
  }
  const skip = options.skipMissing ?? false;
  let g = 1;
  for (let i = base + 1; i <= end; i++) {
    const r = returns[i];
    if (skip && Number.isNaN(r)) continue;
    g *= 1 + r;
  }
  return g - 1;
}

/**
 * `compound` for every column of a row-major matrix (`width` columns, row i = close i): out[c] is column c
 * compounded from the close at row `base` to the close at row `end`, the same rule.
 * @example compoundColumns(Float64Array.of(0, 0, 0.01, 0.1, 0.02, 0.2), 2, 0, 2) // [0.0302, 0.32]
 */
export function compoundColumns(
  returns: ArrayLike<number>,
  width: number,
  base: number,
  end: number,
): Float64Array {
  if (!(Number.isInteger(width) && width > 0))
    throw new Error(`invalid width: ${width}; expected a positive integer`);
  const rows = Math.floor(returns.length / width);
  if (!(Number.isInteger(base) && Number.isInteger(end) && base >= -1 && end >= base && end < rows)) {
    throw new Error(
      `invalid span: base ${base}, end ${end}; expected integers with -1 <= base <= end < ${rows}`,
    );
  }
  const out = new Float64Array(width).fill(1);
  for (let d = base + 1; d <= end; d++) for (let c = 0; c < width; c++) out[c] *= 1 + returns[d * width + c];
  for (let c = 0; c < width; c++) out[c] -= 1;
  return out;
}

/**
 * The path of returns since the close at `base` for every close j in [from, to]: level(j) / level(base) − 1,
 * which is `compound(returns, base, j)` for j ≥ base and 1 / (1 + compound(returns, j, base)) − 1 for j < base
 * (the level before the base relative to it). Closes are indices −1 … returns.length − 1 (−1 is the close
 * before the first return); a j outside them is NaN, and a NaN return makes every close past it, away from
 * the base, NaN.
 * @example compoundPath(Float64Array.of(0.01, 0.02), 0, -1, 1) // [1 / 1.01 − 1, 0, 0.02]
 */
export function compoundPath(
  returns: ArrayLike<number>,
  base: number,
  from: number,
  to: number,
): Float64Array {
  if (!(Number.isInteger(base) && Number.isInteger(from) && Number.isInteger(to) && to >= from)) {
    throw new Error(`invalid path: base ${base}, from ${from}, to ${to}; expected integers with from <= to`);
  }
  const n = returns.length;
  const out = new Float64Array(to - from + 1).fill(Number.NaN);
  if (base < -1 || base >= n) return out;
  let growth = 1;
  for (let j = base; j <= Math.min(to, n - 1); j++) {
    if (j > base) growth *= 1 + returns[j];
    if (j >= from) out[j - from] = growth - 1;
  }
  let back = 1;
  for (let j = base; j >= Math.max(from, -1); j--) {
    if (j < base) back *= 1 + returns[j + 1];
    if (j <= to) out[j - from] = 1 / back - 1;
  }
  return out;
}
