/**
 * Streaks ("its 10th straight decline, the longest losing streak since 1974", "has risen for seven straight
 * sessions", "a fifth straight weekly gain"): the periods in a row through the claimed one whose returns
 * went the record's way (a day: close to close, adjusted closes when the store has them; a week or month:
 * compounded over the period; a size group: French's daily file, value-weighted; the market: French's
 * Mkt-RF + RF; the size factor: French's daily SMB). A flat period ends a streak. The count stated must be the count computed; "the longest …
 * since YEAR" is judged by ./record-judge.ts's rules among the earlier streaks of the same side (each streak once, at its end: the
 * latest earlier one at least as long is the one that breaks the run).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import { periodLabel } from '../records/labels.ts';
import { compoundByPeriod } from '../records/period-returns.ts';
import { describeRecord } from '../records/record.ts';
import type { RecordPhrase } from './claim-read.ts';
import type { RecordPart } from './evaluate-record.ts';
import type { CannotCheck, ClaimData } from './evaluator.ts';
import { usd } from './format.ts';
import { judgeRecord } from './record-judge.ts';
import { claimedDay } from './record-level.ts';
import { endedStreak, runEndWithin, streakRuns } from './record-streak-ended.ts';
import { flowPeriods, type PeriodValues } from './record-streak-flows.ts';
import { streakReturns } from './record-streak-returns.ts';
import { oneMonthOfYear, sharedOf, tallyRecord } from './record-tally.ts';

/** The period returns a streak counts, through day `cut` (a week still running is its streak so far). */
async function returnPeriods(
  data: ClaimData,
  claim: { subjects: string[] },
  period: string,
  cut: number,
): Promise<PeriodValues | CannotCheck> {
  const d = await streakReturns(data, claim.subjects);
  if ('cannot' in d) return d;
  let n = d.days.length;
  while (n > 0 && d.days[n - 1] > cut) n--;
  const [days, rets] = [d.days.subarray(0, n), d.r.subarray(0, n)];
  const p =
    period === 'day' ? { end: days, ret: rets } : compoundByPeriod(days, rets, { period: period as Period });
  return { p: { end: Int32Array.from(p.end), ret: Float64Array.from(p.ret) }, datasets: d.datasets };
}

/**
 * A streak's periods for people: "from 2024-11-06" for days and weeks, "2021 to 2024" for years, "Sep 2024 to
 * Dec 2024" for months.
 */
function span(from: string, to: string, period: string): string {
  const f = ({ month: 'monthly', quarter: 'quarterly', year: 'annual' } as const)[period as 'month'];
  if (!f) return `from ${from}`;
  return from === to ? periodLabel(to, f) : `${periodLabel(from, f)} to ${periodLabel(to, f)}`;
}

/**
 * The streak record of one index, fund or size group through the claimed day (or week, month); of a fund's
 * or category's flows with `r.flows` (./record-streak-flows.ts).
 * @example await streakRecord(data, claim, { kind: 'biggest-since', streak: 10, sinceYear: 1974, direction: 'loss', period: 'day', … }, c, '2024-12-18')
 */
export const streakRecord: RecordPart = async (data, claim, r, c, asOf) => {
  const period = r.period ?? 'day';
  const cut = asOf ? toDay(asOf) : Number.POSITIVE_INFINITY;
  const d = r.flows
    ? await flowPeriods(data, claim.subjects, period, cut, c.weekEnd)
    : await returnPeriods(data, claim, period, cut);
  if ('cannot' in d) return d;
  const { p, datasets } = d;
  let day = claimedDay(claim.window, c, cut);
  if (day === Number.POSITIVE_INFINITY) day = p.end[p.end.length - 1];
  const end = d.endOf ? d.endOf(day) : period === 'day' ? day : periodEnd(day, period as Period);
  let at = -1;
  for (let i = 0; i < p.end.length && p.end[i] <= end; i++) at = i;
  if (at < 0) return { cannot: `no ${period} of ${claim.subjects.join(' − ')} in the claimed window` };
  // A series that stops before the claimed period (French's files end months before an article) is not
  // counted back from its own last period.
  const slack = ({ day: 4, week: 6, month: 25, quarter: 80 } as Record<string, number>)[period] ?? 300;
  if (at === p.end.length - 1 && end - p.end[at] > slack)
    return { cannot: `the data end ${fromDay(p.end[at])}, before ${fromDay(day)}` };
  if (r.tally)
    return tallyRecord(
      claim,
      sharedOf(r, claim.window, p.end, at),
      ...oneMonthOfYear(p, at, r.ofMonth),
      period,
      datasets,
    );
  if (r.ended) return endedStreak(claim, r, p, at, period, datasets);
  const up = r.direction !== 'loss';
  // "rose in 15 straight sessions after the vote": a run of that many that ended within the stretch claimed.
  const start = claim.window.kind === 'since' && claim.window.to ? toDay(claim.window.event) : undefined;
  if (r.within && r.streak && start !== undefined && period === 'day') {
    const first = p.end.findIndex((d) => d >= start);
    if (first >= 0 && first < at) at = runEndWithin(p, at, first, r.streak, (v) => (up ? v > 0 : v < 0));
  }
  const { ends, lengths, run } = streakRuns(p, at, (v) => (up ? v > 0 : v < 0));
  const claimed = fromDay(p.end[at]);
  // A difference of two goes ahead or behind: "4 straight days ahead"; one subject gains or declines.
  const pair = claim.subjects.length === 2;
  const s = run === 1 ? '' : 's';
  // Flows: "3 straight weeks of inflows".
  const money = up ? 'inflows' : 'outflows';
  const side = r.flows
    ? `${period}${s} of ${money}`
    : pair
      ? `${period}${s} ${up ? 'ahead' : 'behind'}`
      : `${up ? 'gain' : 'decline'}${s}`;
  const unitWord =
    { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual' }[
      period as 'day'
    ] ?? period;
  if (Number.isNaN(p.ret[at])) return { cannot: `"${r.words}": no return for ${claimed}` };
  ends.push(claimed);
  lengths.push(run);
  const ctx = describeRecord({ ends, values: Float64Array.from(lengths), frequency: 'daily' }, claimed, {
    direction: 'high',
  });
  const noun = r.flows
    ? `streaks of ${period}s of ${money}`
    : `${up ? 'winning' : 'losing'} streaks of ${period}s`;
  // The lengths rank upwards whichever side the streak is on ("the longest losing streak").
  const asLength: RecordPhrase = {
    ...r,
    kind: r.kind === 'worst-on-record' ? 'best-on-record' : r.kind,
    direction: 'gain',
  };
  const judged = r.kind === 'streak' || run === 0 ? null : judgeRecord(asLength, ctx, noun, 'count');
  const countHolds = run > 0 && (!r.streak || r.streak === run);
  const from = fromDay(p.end[at - Math.max(run, 1) + 1]);
  // The claimed period went the other way: no streak runs through it, so the claim is refuted (not unread).
  const v = p.ret[at];
  const other = r.flows ? `net ${v < 0 ? 'outflows' : 'inflows'} of ${usd(v)}` : `${(v * 100).toFixed(2)}%`;
  const counted =
    run === 0
      ? `no ${r.flows ? `streak of ${money}` : `${up ? 'winning' : 'losing'} streak`} through ${claimed}: its ${period} went the other way (${other})`
      : `${run} straight ${pair || r.flows ? '' : `${unitWord} `}${side} through ${claimed} (${span(from, claimed, period)})${countHolds ? '' : `, not ${r.streak}`}`;
  return {
    value: run,
    from,
    to: claimed,
    description: `${claim.subjects.join(' − ')} ${unitWord} ${r.flows ? 'net flows' : 'returns'}: consecutive ${side} through ${claimed}, among ${lengths.length} ${noun} since ${ends[0]}`,
    provenance: { datasets },
    record: ctx,
    holds: countHolds && (judged?.holds ?? true),
    says: judged ? `${counted}; ${judged.says}` : counted,
    unit: 'count',
    noun,
  };
};
