/**
 * The facts of one formation: date, breakpoints, membership counts, mean and median caps, and the count
 * excluded by each reason (see universe.ts).
 */
import { EXCLUSION_REASONS } from './universe.ts';

/** One formation's facts. */
export interface FormationInfo {
  date: string;
  breakpoints: number[];
  /** Eligible stocks that set the breakpoints. */
  breakpointStocks: number;
  eligible: number;
  counts: number[];
  meanCap: number[];
  medianCap: number[];
  excluded: Record<string, number>;
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * Describes formation day f from its members and their buckets.
 * @example describeFormation('2016-11-08', caps, bucket, 10, breakpoints, nBreakpointStocks, excluded).counts
 */
export function describeFormation(
  date: string,
  memberCaps: Float64Array,
  bucket: Int32Array,
  K: number,
  bps: Float64Array,
  bpStocks: number,
  excluded: Int32Array,
): FormationInfo {
  const caps: number[][] = Array.from({ length: K }, () => []);
  for (let j = 0; j < memberCaps.length; j++) caps[bucket[j]].push(memberCaps[j]);
  const ex: Record<string, number> = {};
  EXCLUSION_REASONS.forEach((r, i) => {
    ex[r] = excluded[i];
  });
  return {
    date,
    breakpoints: Array.from(bps),
    breakpointStocks: bpStocks,
    eligible: memberCaps.length,
    counts: caps.map((c) => c.length),
    meanCap: caps.map((c) => (c.length ? c.reduce((a, b) => a + b, 0) / c.length : Number.NaN)),
    medianCap: caps.map((c) => median(Float64Array.from(c).sort())),
    excluded: ex,
  };
}
