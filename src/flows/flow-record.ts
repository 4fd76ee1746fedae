/**
 * Records of category flows: the periods of one category laid on a complete grid (periods with no inputs
 * are NaN, never 0), then ranked: "their best week since records began in May 2000". A provisional
 * (period-to-date) period is compared with the completed ones only.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import type { Frequency } from '../records/labels.ts';
import {
  describeProvisional,
  describeRecord,
  type PeriodSeries,
  type RecordContext,
  type RecordOptions,
} from '../records/record.ts';
import type { CategoryFlowRow } from './category-flows.ts';

const FREQ: Record<Period, Frequency> = {
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

/**
 * One category's completed periods as a series on a complete grid, plus its provisional period if any.
 * @example categorySeries(rows, 'US small cap', 'week', 5).series.ends[0] // '2016-11-04'
 */
export function categorySeries(
  rows: readonly CategoryFlowRow[],
  category: string,
  period: Period,
  weekEnd = 5,
): { series: PeriodSeries; provisional?: CategoryFlowRow } {
  const mine = rows
    .filter((r) => r.category === category)
    .sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : 1));
  const done = mine.filter((r) => !r.provisional);
  const provisional = mine.find((r) => r.provisional);
  const ends: string[] = [];
  const values: number[] = [];
  if (done.length) {
    const byEnd = new Map(done.map((r) => [r.periodEnd, r.flow]));
    const last = toDay(done[done.length - 1].periodEnd);
    for (let e = toDay(done[0].periodEnd); e <= last; e = periodEnd(e + 1, period, weekEnd)) {
      const iso = fromDay(e);
      ends.push(iso);
      values.push(byEnd.get(iso) ?? Number.NaN);
    }
  }
  return { series: { ends, values: Float64Array.from(values), frequency: FREQ[period] }, provisional };
}

/**
 * The record context of a category's flow in the period ending `end` (provisional when that period is not
 * over). Direction 'high' asks for the best inflow, 'low' for the worst outflow.
 * @example flowRecord(rows, 'US small cap', '2016-11-11', { period: 'week' }).summary
 */
export function flowRecord(
  rows: readonly CategoryFlowRow[],
  category: string,
  end: string,
  options: RecordOptions & { period?: Period; weekEnd?: number } = {},
): RecordContext {
  const period = options.period ?? 'week';
  const { series, provisional } = categorySeries(rows, category, period, options.weekEnd ?? 5);
  if (provisional && provisional.periodEnd === end)
    return describeProvisional(series, end, provisional.flow, options);
  if (!series.ends.includes(end)) {
    throw new Error(
      `no ${period} ending ${end} for category "${category}" in the flows (have ${series.ends.length} periods)`,
    );
  }
  return describeRecord(series, end, options);
}
