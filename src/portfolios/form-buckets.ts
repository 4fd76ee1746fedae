/**
 * One formation (engine.ts): from the state at a formation close to the eligible stocks (universe.ts), the
 * breakpoints on the breakpoint universe and every eligible stock's bucket (breakpoints.ts), and the
 * formation's facts (formation-info.ts). Whichever walk computes the returns calls it the same way.
 */
import { fromDay } from '../calendar/dates.ts';
import { assignBuckets, coverageBreakpoints, percentileBreakpoints, type Scheme } from './breakpoints.ts';
import type { FormationInfo } from './formation-info.ts';
import { describeFormation } from './formation-info.ts';
import type { FormedPortfolio, WalkState } from './formed.ts';
import type { Panel } from './panel.ts';
import { eligibleAt, type StockFirsts, staticChecks, type UniverseOptions } from './universe.ts';

/** Milliseconds spent on eligibility (formation) and on breakpoints, assignment and facts (breakpoints). */
export interface FormTimings {
  formation: number;
  breakpoints: number;
}

/**
 * A formation function for a panel: call it with the day index (into `days`) and the state at that close;
 * it appends the facts to `formations` and adds its time to `timings`.
 * @example const form = bucketFormer(panel, ix, ix.days, scheme, options, infos, timings); form(f, state)
 */
export function bucketFormer(
  panel: Panel,
  firsts: StockFirsts,
  days: Int32Array,
  scheme: Scheme,
  options: UniverseOptions & { breakpoints?: 'all' | 'nyse' },
  formations: FormationInfo[],
  timings: FormTimings,
): (f: number, state: WalkState) => FormedPortfolio {
  const checks = staticChecks(panel, options);
  const nyse = options.breakpoints === 'nyse';
  const K = scheme.cuts.length + 1;
  return (f, state) => {
    const t0 = performance.now();
    const el = eligibleAt(firsts, state, f, checks, options);
    const t1 = performance.now();
    timings.formation += t1 - t0;
    const all = Int32Array.from({ length: el.members.length }, (_, j) => j);
    let bpIdx = all;
    if (nyse) bpIdx = all.filter((j) => (panel.exchange?.[el.members[j]] ?? '').toUpperCase() === 'NYSE');
    if (bpIdx.length === 0) {
      throw new Error(
        `formation ${fromDay(days[f])}: no eligible ${nyse ? 'NYSE ' : ''}stocks to set breakpoints`,
      );
    }
    const bps =
      scheme.kind === 'coverage'
        ? coverageBreakpoints(el.cap, bpIdx, scheme.cuts)
        : percentileBreakpoints(el.cap, bpIdx, scheme.cuts);
    const bucket = assignBuckets(el.cap, all, bps);
    formations.push(describeFormation(fromDay(days[f]), el.cap, bucket, K, bps, bpIdx.length, el.excluded));
    timings.breakpoints += performance.now() - t1;
    return { day: f, members: el.members, bucket, price: el.price, cap: el.cap };
  };
}
