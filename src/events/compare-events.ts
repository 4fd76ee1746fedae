/**
 * Many events side by side: one metric over the same window for every event of a set, ranked; each event's
 * percentile among all windows of the same length in the metric's whole history; and exact tests of the
 * set's mean.
 * A metric is a signed sum of legs' compounded window returns, e.g. French VW 'Lo 10' minus 'Hi 10':
 * value = R_Lo10[a, b] − R_Hi10[a, b] (each leg compounded close to close, then differenced).
 * History: every window of b − a + 1 sessions whose closes are in the data (overlapping, one per session);
 * an event's percentile is the share of those windows with a value <= the event's (100 = the highest).
 */
import { fromDay } from '../calendar/dates.ts';
import {
  anchorEvent,
  type NewsTiming,
  type TradingCalendar,
  windowCloses,
} from '../calendar/trading-days.ts';
import { bisectRight } from '../math/bisect.ts';
import { compound } from '../math/compound.ts';
import { exactSignTest, type SignFlipResult, type SignTestResult, signFlipTest } from './exact-tests.ts';

/** One leg of a metric: calendar-aligned daily returns and a sign. */
export interface MetricLeg {
  name: string;
  returns: Float64Array;
  sign: 1 | -1;
}

/** The value of a metric over the closes (from, to): Σ sign · compound(leg). */
export function metricValue(legs: readonly MetricLeg[], from: number, to: number): number {
  let v = 0;
  for (const leg of legs) v += leg.sign * compound(leg.returns, from, to);
  return v;
}

/**
 * All windows of `length` sessions in the history, sorted ascending (NaN windows dropped).
 * @example historyWindows(legs, 3).length
 */
export function historyWindows(legs: readonly MetricLeg[], length: number): Float64Array {
  const n = legs[0].returns.length;
  const out = new Float64Array(Math.max(0, n - length));
  let k = 0;
  for (let from = 0; from + length < n; from++) {
    const v = metricValue(legs, from, from + length);
    if (!Number.isNaN(v)) out[k++] = v;
  }
  return out.slice(0, k).sort();
}

/** One event's row. */
export interface CompareRow {
  label: string;
  eventDate: string;
  t0Date: string;
  fromDate: string;
  toDate: string;
  value: number;
  /** 1 = the largest of the set. */
  rank: number;
  /** Share (%) of all history windows of the same length with a value <= this one. */
  percentile: number;
}

/** Options for `compareEvents`. */
export interface CompareOptions {
  /** Window [a, b] in sessions relative to t0; defaults to [0, 2]. */
  window?: [number, number];
  /** The null's center for the exact tests: 0 (default) or 'history' (the mean of all history windows). */
  center?: 0 | 'history';
}

/** The result of `compareEvents`. */
export interface CompareResult {
  metric: string;
  window: [number, number];
  rows: CompareRow[];
  /** Events skipped because their window leaves the data or has a gap, with the reason. */
  skipped: { label: string; reason: string }[];
  mean: number;
  history: { windows: number; from: string; to: string; mean: number };
  center: number;
  signTest: SignTestResult;
  permutationTest: SignFlipResult;
  conventions: string[];
}

/**
 * Compares a set of events on one metric (see the module comment).
 * @example compareEvents(legs, cal, presidentialElections(), { window: [0, 2] }).rows[0].rank
 */
export function compareEvents(
  legs: readonly MetricLeg[],
  calendar: TradingCalendar,
  events: readonly { date: string; timing?: NewsTiming; label?: string }[],
  options: CompareOptions = {},
): CompareResult {
  if (legs.length === 0) throw new Error('compareEvents: the metric has no legs');
  const [a, b] = options.window ?? [0, 2];
  const length = b - a + 1;
  const history = historyWindows(legs, length);
  if (history.length === 0)
    throw new Error('compareEvents: the metric has no complete window in its history');
  const spans = legs.map((l) => {
    let first = 0;
    while (first < l.returns.length && Number.isNaN(l.returns[first])) first++;
    let last = l.returns.length - 1;
    while (last > 0 && Number.isNaN(l.returns[last])) last--;
    return { name: l.name, first, last };
  });
  const rows: CompareRow[] = [];
  const skipped: { label: string; reason: string }[] = [];
  for (const ev of events) {
    const label = ev.label ?? ev.date;
    try {
      const anchor = anchorEvent(calendar, ev.date, ev.timing ?? 'after-close');
      const { from, to } = windowCloses(calendar, anchor, a, b);
      const value = metricValue(legs, from, to);
      if (Number.isNaN(value)) {
        const out = spans.find((sp) => from < sp.first - 1 || to > sp.last);
        throw new Error(
          out
            ? `outside the data of ${out.name} (${fromDay(calendar.days[Math.max(0, out.first - 1)])} .. ${fromDay(calendar.days[out.last])})`
            : 'a gap in the data inside the window',
        );
      }
      const below = bisectRight(history, value); // the number of history windows <= value
      rows.push({
        label,
        eventDate: ev.date,
        t0Date: anchor.t0Date,
        fromDate: fromDay(calendar.days[from]),
        toDate: fromDay(calendar.days[to]),
        value,
        rank: 0,
        percentile: (100 * below) / history.length,
      });
    } catch (err) {
      skipped.push({ label, reason: (err as Error).message });
    }
  }
  if (rows.length === 0) throw new Error('compareEvents: no event has a complete window in the data');
  const order = rows.map((_, i) => i).sort((x, y) => rows[y].value - rows[x].value);
  order.forEach((i, k) => {
    rows[i].rank = k + 1;
  });
  const values = rows.map((r) => r.value);
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  const hMean = history.reduce((s, x) => s + x, 0) / history.length;
  const center = options.center === 'history' ? hMean : 0;
  const first = legs[0].returns.findIndex((x) => !Number.isNaN(x));
  return {
    metric: legs
      .map((l, i) => `${i === 0 ? (l.sign < 0 ? '-' : '') : l.sign < 0 ? ' - ' : ' + '}${l.name}`)
      .join(''),
    window: [a, b],
    rows,
    skipped,
    mean,
    history: {
      windows: history.length,
      from: fromDay(calendar.days[Math.max(0, first - 1)]),
      to: fromDay(calendar.last),
      mean: hMean,
    },
    center,
    signTest: exactSignTest(values, center),
    permutationTest: signFlipTest(values, center),
    conventions: [
      `window [${a}, ${b}] in sessions relative to t0, compounded close to close per leg, legs then summed with their signs`,
      `percentile among all ${history.length} overlapping ${length}-session windows in the history`,
      `exact tests about ${options.center === 'history' ? 'the history mean' : 'zero'}: sign test (binomial) and sign-flip permutation test, two-sided`,
    ],
  };
}
