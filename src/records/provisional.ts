/**
 * Period-to-date values: a month or week not yet over is **provisional**. It is never ranked as a completed
 * period; it is placed among the completed ones ("on track for the widest gap since Apr 2010").
 */
import { checkDirection, type Direction, SINCE_START } from './largest-since.ts';
import { rankIn } from './rank.ts';

/** Where a provisional (period-to-date) value would stand among completed periods. */
export interface ProvisionalPlacement {
  /** Always true: the value is period-to-date. */
  provisional: true;
  /** The rank it would take among the completed periods plus itself (1 = on track for a record). */
  rank: number;
  /** How many completed periods with a value it is compared with. */
  of: number;
  /** Index of the most recent completed period at least as large; SINCE_START (-1) if none: a record. */
  largestSince: number;
}

/**
 * Places a period-to-date value among completed periods values[0..n-1] (NaN skipped): its would-be rank and
 * the most recent completed period at least as large (>=; a tie ends the run). O(n).
 * @example placeProvisional([0.098, 0.01, 0.03], 0.06) // { provisional: true, rank: 2, of: 3, largestSince: 0 }
 */
export function placeProvisional(
  completed: ArrayLike<number>,
  value: number,
  options: { direction?: Direction } = {},
): ProvisionalPlacement {
  const direction = checkDirection(options.direction ?? 'high');
  if (Number.isNaN(value)) throw new Error('invalid provisional value: NaN; expected a number');
  const sign = direction === 'low' ? -1 : 1;
  let since = SINCE_START;
  for (let j = completed.length - 1; j >= 0; j--) {
    if (sign * completed[j] >= sign * value) {
      since = j;
      break;
    }
  }
  const r = completed.length ? rankIn(completed, value, { direction }) : { rank: 1, of: 0 };
  return { provisional: true, rank: r.rank, of: r.of, largestSince: since };
}
