/**
 * "Largest since": for every period, the most recent earlier period whose value is at least as large.
 *
 * Convention: "at least as large" (>=), so a tie ends the run: if Apr 2010 and Nov 2016 both show 9.83,
 * Nov 2016 is "the widest since Apr 2010", not a record. NaN periods (missing data) never answer and never
 * block: they are skipped, and their own answer is NO_VALUE.
 */

/** Which end of the distribution counts as "large": 'high' (most positive) or 'low' (most negative). */
export type Direction = 'high' | 'low';

/** Answer for a period with no earlier period at least as large: a record since the series began. */
export const SINCE_START = -1;
/** Answer for a period whose own value is NaN. */
export const NO_VALUE = -2;

/** Options of {@link largestSince}. */
export interface LargestSinceOptions {
  /** Which end counts as large; defaults to 'high'. 'low' asks "the lowest since". */
  direction?: Direction;
}

/**
 * For each i, the index of the most recent j < i with value[j] >= value[i] (<= for direction 'low'),
 * SINCE_START (-1) if there is none, NO_VALUE (-2) if value[i] is NaN. O(n) time with a monotonic stack:
 * the stack holds the indices not yet beaten by a later value, their values non-increasing from the bottom.
 * @example largestSince([5, 1, 3, 4, 2]) // Int32Array [-1, 0, 0, 0, 3]
 */
export function largestSince(values: ArrayLike<number>, options: LargestSinceOptions = {}): Int32Array {
  const direction = checkDirection(options.direction ?? 'high');
  const sign = direction === 'low' ? -1 : 1;
  const n = values.length;
  const out = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const v = sign * values[i];
    if (Number.isNaN(v)) {
      out[i] = NO_VALUE;
      continue;
    }
    while (top > 0 && sign * values[stack[top - 1]] < v) top--;
    out[i] = top > 0 ? stack[top - 1] : SINCE_START;
    stack[top++] = i;
  }
  return out;
}

/**
 * Validates a direction, naming the bad value.
 * @example checkDirection('low') // 'low'
 */
export function checkDirection(direction: string): Direction {
  if (direction !== 'high' && direction !== 'low') {
    throw new Error(`invalid direction: ${JSON.stringify(direction)}; expected "high" or "low"`);
  }
  return direction;
}
