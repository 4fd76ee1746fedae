/**
 * Sums of daily values (flows) by group (category, ticker) and calendar period, with the period split at an
 * event: "$5.5bn of the week's $6.5bn came after the election".
 *
 * Conventions: periods as in ../calendar/periods.ts (week ending Friday by default). A flow dated d counts as **after**
 * the event when d is on or after t0 by capgap's t0 rule: for news after the close (elections) d > event date;
 * for news before the open or intraday, d >= event date. A period whose last day is after `asOf` (by default
 * the group's own last date with data, so filtering groups never changes the answer) is **provisional**
 * (period-to-date). NaN values are counted as missing, never as 0.
 * Sums are compensated (Neumaier).
 */
import { toDay } from '../calendar/dates.ts';
import { checkPeriod, type Period, periodEnds, periodStart } from '../calendar/periods.ts';
import type { NewsTiming } from '../calendar/trading-days.ts';

/** Options of {@link sumByPeriod}. */
export interface SumByPeriodOptions {
  /** 'week' (default), 'month', 'quarter' or 'year'. */
  period?: Period;
  /** Last day of a week, 0 = Sunday … 6 = Saturday; defaults to 5 (Friday). */
  weekEnd?: number;
  /** Split each period's total at this event. */
  event?: { date: string; timing?: NewsTiming };
  /** Periods ending after this ISO date are provisional; defaults to each group's last day with data. */
  asOf?: string;
}

/** Totals per (group, period), sorted by group then period end. */
export interface PeriodTotals {
  group: Int32Array;
  /** Period first and last day (day numbers). */
  start: Int32Array;
  end: Int32Array;
  total: Float64Array;
  /** Parts dated before / after the event (all of the total is "before" when no event is given). */
  before: Float64Array;
  after: Float64Array;
  /** Rows with a value, and rows with NaN. */
  observations: Int32Array;
  missing: Int32Array;
  /** 1 when the period is not over at `asOf`. */
  provisional: Uint8Array;
}

/**
 * Sums `value` by (group, period) (see the module comment for the conventions).
 * @example sumByPeriod(days, flows, categoryOfRow, { period: 'week', event: { date: '2016-11-08' } })
 */
export function sumByPeriod(
  day: Int32Array,
  value: Float64Array,
  group: Int32Array,
  options: SumByPeriodOptions = {},
): PeriodTotals {
  const period = checkPeriod(options.period ?? 'week');
  const weekEnd = options.weekEnd ?? 5;
  const n = day.length;
  if (value.length !== n || group.length !== n) {
    throw new Error(
      `sumByPeriod: ${n} days, ${value.length} values and ${group.length} groups; expected equal lengths`,
    );
  }
  const ends = periodEnds(day, period, weekEnd);
  let cut = Number.POSITIVE_INFINITY; // first day counted as "after"
  if (options.event) {
    const d = toDay(options.event.date);
    cut = (options.event.timing ?? 'after-close') === 'after-close' ? d + 1 : d;
  }
  const fixed = options.asOf ? toDay(options.asOf) : Number.NaN;
  const lastOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (!(day[i] <= (lastOf.get(group[i]) ?? Number.NEGATIVE_INFINITY))) lastOf.set(group[i], day[i]);
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => group[a] - group[b] || ends[a] - ends[b] || day[a] - day[b],
  );
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    const j = idx[k - 1];
    if (k === 0 || group[i] !== group[j] || ends[i] !== ends[j]) m++;
  }
  const out: PeriodTotals = {
    group: new Int32Array(m),
    start: new Int32Array(m),
    end: new Int32Array(m),
    total: new Float64Array(m),
    before: new Float64Array(m),
    after: new Float64Array(m),
    observations: new Int32Array(m),
    missing: new Int32Array(m),
    provisional: new Uint8Array(m),
  };
  const comp = new Float64Array(3); // Neumaier compensations of total, before, after
  let o = -1;
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    if (o < 0 || group[i] !== out.group[o] || ends[i] !== out.end[o]) {
      if (o >= 0) settle(out, o, comp);
      o++;
      out.group[o] = group[i];
      out.end[o] = ends[i];
      out.start[o] = periodStart(ends[i], period);
      const asOf = Number.isNaN(fixed) ? (lastOf.get(group[i]) ?? 0) : fixed;
      out.provisional[o] = ends[i] > asOf ? 1 : 0;
    }
    const v = value[i];
    if (Number.isNaN(v)) {
      out.missing[o]++;
      continue;
    }
    out.observations[o]++;
    add(out.total, comp, 0, o, v);
    if (day[i] >= cut) add(out.after, comp, 2, o, v);
    else add(out.before, comp, 1, o, v);
  }
  if (o >= 0) settle(out, o, comp);
  return out;
}

function add(sums: Float64Array, comp: Float64Array, c: number, o: number, v: number): void {
  const s = sums[o];
  const t = s + v;
  comp[c] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
  sums[o] = t;
}

function settle(out: PeriodTotals, o: number, comp: Float64Array): void {
  out.total[o] += comp[0];
  out.before[o] += comp[1];
  out.after[o] += comp[2];
  comp.fill(0);
}
