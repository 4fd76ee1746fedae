/**
 * "Since the event" paths: each day's compounded return measured from the base close (the last close before
 * the news, see src/calendar/trading-days.ts). Day d is the session t0 + d.
 *
 * value(d) = level(t0 + d) / level(base) - 1, so value(-1) = 0 when base = t0 - 1; for d < -1 it is the
 * level before the base relative to it. From daily returns r, level(j) / level(base) is the product of
 * (1 + r) over (base, j] for j > base, and the reciprocal of the product over (j, base] for j < base.
 */
import { compoundPath } from '../../math/compound.ts';

/** How a leg's numbers are read: closes/levels, or daily returns (decimals). */
export type ValueKind = 'level' | 'return';

/**
 * The path of returns since the base close for days [from, to] relative to t0 (NaN where data are missing;
 * with daily returns a missing day makes every day past it, away from the base, NaN).
 * @example sincePath(Float64Array.of(0.01, 0.02), 'return', 1, 0, -1, 0) // [-0.00990099…, 0.02]
 */
export function sincePath(
  values: Float64Array,
  kind: ValueKind,
  t0: number,
  base: number,
  from: number,
  to: number,
): Float64Array {
  if (kind === 'level') {
    const out = new Float64Array(to - from + 1);
    const b = values[base];
    for (let d = from; d <= to; d++) out[d - from] = values[t0 + d] / b - 1;
    return out;
  }
  return compoundPath(values, base, t0 + from, t0 + to);
}

/**
 * Counts NaN entries of a path.
 * @example countMissing(Float64Array.of(1, NaN)) // 1
 */
export function countMissing(path: Float64Array): number {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (Number.isNaN(path[i])) n++;
  return n;
}
