/**
 * A streak that ended ("snapped a three-day winning streak", "ending its five-session losing streak"): the
 * periods that went the record's way in a row before the claimed one, which must have gone the other way; of
 * flows ("snapped a five-week streak of inflows"), weeks of net inflows (./record-streak-flows.ts).
 */
import { fromDay } from '../calendar/dates.ts';
import { describeRecord } from '../records/record.ts';
import { periodWords } from './record-streak-flows.ts';
import type { PeriodRecord } from './record-tally.ts';

/**
 * "Snapped a three-day winning streak": the run of periods that went the record's way through the one before
 * the claimed period, which must have gone the other way; the count stated must be that run.
 * @example endedStreak(claim, { streak: 3, ended: true, direction: 'gain', … }, p, at, 'day', datasets).value // 3
 */
export const endedStreak: PeriodRecord = (claim, r, p, at, period, datasets) => {
  const up = r.direction !== 'loss';
  const goes = (v: number) => (up ? v > 0 : v < 0);
  if (at < 1) return { cannot: `"${r.words}": no ${period} before the claimed one` };
  // Every streak through the period before the claimed one, each at its end (the last is the one ended).
  const { ends, lengths, run } = streakRuns(p, at - 1, goes);
  ends.push(fromDay(p.end[at - 1]));
  lengths.push(run);
  const record = describeRecord(
    { ends, values: Float64Array.from(lengths), frequency: 'daily' },
    ends[ends.length - 1],
    {
      direction: 'high',
    },
  );
  const claimed = fromDay(p.end[at]);
  const other = !goes(p.ret[at]);
  const holds = other && run === r.streak;
  const pair = claim.subjects.length === 2;
  // Flows: "3 straight weeks of inflows before …, which went the other way (net outflows of $1.2 billion)".
  const { side, value: move } = periodWords(r, pair, p.ret[at]);
  const says = other
    ? `${run} straight ${period}s ${side} before ${claimed}, which went the other way (${move})${run === r.streak ? '' : `, not ${r.streak}`}`
    : `no streak ended on ${claimed}: it went the same way (${move}), ${run + 1} ${period}s ${side} in a row`;
  const from = fromDay(p.end[Math.max(0, at - run)]);
  return {
    value: run,
    from,
    to: claimed,
    description: `${claim.subjects.join(' − ')} ${period} ${r.flows ? 'net flows' : 'returns'}: the ${period}s ${side} in a row before ${claimed}`,
    provenance: { datasets },
    record,
    holds,
    says,
    unit: 'count',
    noun: `${up ? 'winning' : 'losing'} streaks of ${period}s`,
  };
};

/**
 * The streaks of periods that went one way through index `last` of `p`: each finished one's length and end,
 * and the run still going at `last` (0 when that period went the other way).
 * @example streakRuns({ end, ret: [0.01, 0.02, -0.01, 0.03] }, 3, (v) => v > 0) // { lengths: [2], run: 1, … }
 */
export function streakRuns(
  p: { end: Int32Array | readonly number[]; ret: Float64Array | readonly number[] },
  last: number,
  goes: (v: number) => boolean,
): { ends: string[]; lengths: number[]; run: number } {
  const ends: string[] = [];
  const lengths: number[] = [];
  let run = 0;
  for (let i = 0; i <= last; i++) {
    if (goes(p.ret[i])) run++;
    else if (run > 0) {
      ends.push(fromDay(p.end[i - 1]));
      lengths.push(run);
      run = 0;
    }
  }
  return { ends, lengths, run };
}

/**
 * "The Russell 2000 rose in 15 straight sessions after the vote": within a stretch (periods after index
 * `first` through `at`), the period where a run of exactly `n` that went the record's way ended (the next
 * went the other way, or the stretch ended); `at` when the run through it is already `n` or none ended so.
 * @example runEndWithin(p, 20, 3, 15, (v) => v > 0) // 15: the run of 15 that ended three periods before
 */
export function runEndWithin(
  p: { ret: Float64Array | readonly number[] },
  at: number,
  first: number,
  n: number,
  goes: (v: number) => boolean,
): number {
  const runAt = (i: number) => {
    let k = 0;
    while (i - k >= 0 && goes(p.ret[i - k])) k++;
    return k;
  };
  if (runAt(at) === n) return at;
  for (let i = at - 1; i > first; i--) if (!goes(p.ret[i + 1]) && runAt(i) === n) return i;
  return at;
}
