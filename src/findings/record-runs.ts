/**
 * Runs of several periods ("its best three-day run since 2011", "the strongest five-day showing for small
 * caps since March 2009"): each period's value compounded over the run ending it (each leg of a spread
 * before the difference), ranked like single periods among the runs that do not overlap the claimed one.
 */
import { rollingRuns } from '../records/period-returns.ts';
import { MONTHS } from './format.ts';
import type { History, RecordPeriod, RecordTarget } from './record-history.ts';

/**
 * Period values as runs of `t.run` periods (./record-judge.ts ranks them like single periods), dropping the
 * first run − 1 periods, which end no full run; unchanged without a run.
 * @example asRuns(['d1', 'd2', 'd3'], [0.01, 0.02, -0.01], { end, asOf, run: 2 }) // ends d2, d3
 */
export function asRuns(ends: string[], vals: number[], t: RecordTarget): { ends: string[]; vals: number[] } {
  const n = t.run ?? 1;
  if (n <= 1) return { ends, vals };
  return { ends: ends.slice(n - 1), vals: Array.from(rollingRuns(vals, n).subarray(n - 1)) };
}

/**
 * A history of runs without the n − 1 runs that end inside the claimed one: they share its days, so they
 * are the same move, not an earlier one ("the best five-day run since 2009" is not broken by the run ending
 * the day before, four of whose days it holds).
 * @example withoutOverlaps(history, 5).at // history.at − 4
 */
export function withoutOverlaps(h: History, run: number): History {
  const lo = Math.max(0, h.at - run + 1);
  if (run <= 1 || lo === h.at) return h;
  const keep = (_: unknown, i: number) => i < lo || i >= h.at;
  return { ...h, ends: h.ends.filter(keep), values: h.values.filter(keep), at: lo };
}

/**
 * The words for runs in a history's description.
 * @example runWords('day', { end, asOf, run: 3 }) // ', runs of 3 days'
 */
export function runWords(period: RecordPeriod, t: RecordTarget): string {
  return t.run && t.run > 1 ? `, runs of ${t.run} ${period}s` : '';
}

/**
 * Only the periods ending in one month of the year ("the widest for any November": Novembers), the claimed
 * one kept; unchanged without a month.
 * @example sameMonth(monthlyHistory, 11).ends // ['1926-11-30', '1927-11-30', …]
 */
export function sameMonth(h: History, month: number | undefined): History {
  if (!month) return h;
  const mm = String(month).padStart(2, '0');
  const keep = (_: unknown, i: number) => i === h.at || h.ends[i].slice(5, 7) === mm;
  const at = h.ends.slice(0, h.at).filter(keep).length;
  return { ...h, ends: h.ends.filter(keep), values: h.values.filter(keep), at };
}

/** The periods ranked, in words: 'Novembers' for one month of the year, else undefined. */
export function monthNoun(month: number | undefined): string | undefined {
  return month ? `${MONTHS[month - 1]}s` : undefined;
}
