/**
 * Records of period returns from the store's prices: "the Russell 2000's best week against the S&P 500 since
 * Jan 2000". Prices come from `loadPrices` (src/store/series-load.ts: adjusted closes where the dataset has them;
 * index levels for ^ indices); returns are close-to-close per period (src/records/period-returns.ts).
 */
import { fromDay } from '../calendar/dates.ts';
import type { Period } from '../calendar/periods.ts';
import type { Frequency } from '../records/labels.ts';
import { periodReturns, relativeReturns } from '../records/period-returns.ts';
import { describeProvisional, describeRecord, type RecordContext } from '../records/record.ts';
import { loadPrices } from '../store/series-load.ts';
import type { Store } from '../store/store.ts';

const FREQ: Record<Period, Frequency> = {
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

/** Options of {@link returnRecord}. */
export interface ReturnRecordOptions {
  /** The security (e.g. '^RUT', 'IWM'). */
  id: string;
  /** Compare with this one: the value is id's return minus vs's return. */
  vs?: string;
  period?: Period;
  /** Last day of a week (0 = Sunday … 6 = Saturday); defaults to 5 (Friday). */
  weekEnd?: number;
  /** The period end to rank (ISO); defaults to the latest period (provisional if not over). */
  end?: string;
  /** Which way the record goes; 'sign': a loss among losses ('low'), a gain among gains ('high'). */
  direction?: 'high' | 'low' | 'sign';
  threshold?: number;
  /** Count threshold periods only from this ISO date on. */
  thresholdSince?: string;
}

/** A period's return (or relative return) with its record context. */
export interface ReturnRecord {
  id: string;
  vs: string | null;
  periodEnd: string;
  /** The last sessions used: this period's and the previous period's. */
  sessions: { from: string; to: string };
  idReturn: number;
  vsReturn: number | null;
  value: number;
  record: RecordContext;
  datasets: Record<string, string>;
  conventions: string;
}

/**
 * The return of `id` (minus `vs`) in one period and where it stands in the history of such periods.
 * @example (await returnRecord(store, { id: '^RUT', vs: '^GSPC', end: '2016-11-11' })).record.largestSince
 */
export async function returnRecord(store: Store, options: ReturnRecordOptions): Promise<ReturnRecord> {
  const period = options.period ?? 'week';
  const weekEnd = options.weekEnd ?? 5;
  const a = await loadPrices(store, options.id);
  const pa = periodReturns(a.days, a.values, { period, weekEnd });
  const b = options.vs ? await loadPrices(store, options.vs) : null;
  const pb = b ? periodReturns(b.days, b.values, { period, weekEnd }) : pa;
  const rel = relativeReturns(pa, pb);
  const values = b ? rel.diff : rel.a;
  const ends = rel.end.map(fromDay);
  const k = options.end ? ends.indexOf(options.end) : ends.length - 1;
  if (k < 0) {
    throw new Error(
      `no ${period} ending ${options.end} in the prices of ${options.id}${b ? ` and ${options.vs}` : ''} (${ends[0]} .. ${ends.at(-1)})`,
    );
  }
  const done = rel.provisional.findIndex((p) => p);
  const completed = done < 0 ? ends.length : done;
  const series = {
    ends: ends.slice(0, completed),
    values: Float64Array.from(values.slice(0, completed)),
    frequency: FREQ[period],
  };
  const ro = {
    direction:
      options.direction === 'sign'
        ? values[k] < 0
          ? ('low' as const)
          : ('high' as const)
        : options.direction,
    threshold: options.threshold,
    thresholdSince: options.thresholdSince,
  };
  const record =
    k >= completed
      ? describeProvisional(series, ends[k], values[k], ro)
      : describeRecord(series, ends[k], ro);
  const ia = pa.end.indexOf(rel.end[k]);
  return {
    id: options.id,
    vs: options.vs ?? null,
    periodEnd: ends[k],
    sessions: { from: fromDay(pa.lastDay[ia - 1] ?? pa.lastDay[ia]), to: fromDay(pa.lastDay[ia]) },
    idReturn: rel.a[k],
    vsReturn: b ? rel.b[k] : null,
    value: values[k],
    record,
    datasets: { [options.id]: a.dataset, ...(b && options.vs ? { [options.vs]: b.dataset } : {}) },
    conventions:
      `${period}ly close-to-close returns (${period === 'week' ? `weeks ending ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekEnd]}, ` : ''}last close of the previous period to last close of this one); ` +
      `${b ? 'value = difference of the two returns (percentage points); ' : ''}prices: ${a.basis}${b ? ` / ${b.basis}` : ''}`,
  };
}
