/**
 * Streaks and tallies of fund flows ("IWM attracted inflows for three straight weeks", "small-cap ETFs
 * posted outflows in each of the past four weeks"): a fund's or a category's daily flows (the store's, as
 * ./evaluate-flow.ts reads them) summed per period, a week ending on the convention's day (Friday, or
 * Wednesday as ICI); a period with net inflows counts
 * on the gain side, one with net outflows on the loss side, a flat one on neither. Only days up to the
 * article's date are summed (a week still running is counted so far).
 */
import { weekday } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import { unheldSubject } from './claim-regions.ts';
import { type CannotCheck, type ClaimData, type Evaluation, FLOWS_COMMAND, isCannot } from './evaluator.ts';
import { usd } from './format.ts';

/** Values per period, each at its last day: net flows in USD, or returns (./record-streak.ts). */
export interface PeriodValues {
  p: { end: Int32Array; ret: Float64Array };
  datasets: Evaluation['provenance']['datasets'];
  /** The last day of the period holding a day (a week: its Friday, or its Wednesday); periodEnd's when absent. */
  endOf?: (day: number) => number;
}

const WEEKDAY = { fri: 5, wed: 3 } as const;

/**
 * The net flows of one fund or category per period through day `cut`.
 * @example await flowPeriods(data, ['IWM'], 'week', toDay('2016-11-18'), 'fri') // { p: { end: [… Fridays], ret: [… USD] } }
 */
export async function flowPeriods(
  data: ClaimData,
  subjects: readonly string[],
  period: string,
  cut: number,
  weekEnd: keyof typeof WEEKDAY = 'fri',
): Promise<PeriodValues | CannotCheck> {
  if (subjects.length !== 1)
    return { cannot: `a streak of one fund's or category's flows; the claim names ${subjects.length}` };
  // A category capgap has no funds for ("small-cap value funds"): what is missing, as a flow claim says it.
  const unheld = unheldSubject(subjects[0]);
  if (unheld) return { cannot: unheld.what, needs: unheld.needs };
  const f = await data.categoryFlows(subjects[0]);
  if (f && isCannot(f)) return f;
  if (!f || f.days.length === 0) return { cannot: 'no flow data in the store', needs: FLOWS_COMMAND };
  const endOf = (day: number) =>
    period === 'day'
      ? day
      : period === 'week'
        ? day + ((WEEKDAY[weekEnd] - weekday(day) + 7) % 7)
        : periodEnd(day, period as Period);
  const sums = new Map<number, number>();
  for (let i = 0; i < f.days.length; i++) {
    if (f.days[i] > cut || Number.isNaN(f.flows[i])) continue;
    const e = endOf(f.days[i]);
    sums.set(e, (sums.get(e) ?? 0) + f.flows[i]);
  }
  const end = Int32Array.from([...sums.keys()].sort((a, b) => a - b));
  const ret = Float64Array.from(end, (e) => sums.get(e) as number);
  return { p: { end, ret }, datasets: [{ name: f.dataset }], endOf };
}

/**
 * How a streak or tally says its side and one period's value: flows "of inflows" and "net outflows of $500
 * million"; a pair "ahead" / "behind" and a difference in per cent; one subject "up" / "down" and a per cent.
 * @example periodWords({ flows: true, direction: 'gain' }, false, -5e8) // { side: 'of inflows', value: 'net outflows of $500 million' }
 */
export function periodWords(
  r: { flows?: boolean; direction?: string },
  pair: boolean,
  v: number,
): { side: string; value: string } {
  const up = r.direction !== 'loss';
  if (r.flows)
    return {
      side: `of ${up ? 'inflows' : 'outflows'}`,
      value: `net ${v < 0 ? 'outflows' : 'inflows'} of ${usd(v)}`,
    };
  const side = pair ? (up ? 'ahead' : 'behind') : up ? 'up' : 'down';
  return { side, value: `${(v * 100).toFixed(2)}%${pair ? ' (the difference)' : ''}` };
}
