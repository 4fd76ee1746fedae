/**
 * The histories a record claim ranks its period among: an index's or fund's bars, a fund category's summed
 * flows (docs/report.md, "Record claims"). Each is every period with a value up to the claimed one, "as it
 * stood at the time"; the claimed period is provisional when it is not over at the as-of date.
 * The size groups' history (French's files) is ./record-history-size.ts.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import { periodReturns } from '../records/period-returns.ts';
import type { RecordPhrase } from './claim-read.ts';
import { gicsOf, SECTOR_ETFS, sectorSubject } from './claim-sectors.ts';
import { type CannotCheck, type ClaimData, type Evaluation, FLOWS_COMMAND, isCannot } from './evaluator.ts';
import { asRuns, runWords } from './record-runs.ts';

export type RecordPeriod = NonNullable<RecordPhrase['period']>;

/** The claimed period's last day and the as-of day (data after it are not used), as day numbers. */
export interface RecordTarget {
  end: number;
  asOf: number;
  /** A run of this many periods ("its best three-day run"): each value is compounded over the run ending it. */
  run?: number;
}

/** A history of completed periods and the claimed one (ISO ends; the claimed may be still running). */
export interface History {
  ends: string[];
  values: Float64Array;
  /** Index of the claimed period in ends/values. */
  at: number;
  /** The claimed period is not over at the as-of date: its value is to date. */
  provisional: boolean;
  from: string;
  to: string;
  description: string;
  datasets: Evaluation['provenance']['datasets'];
}

/** Whether an NYSE session falls in (from, to] (day numbers); outside the calendar's rules, any day does. */
export function sessionsLeft(from: number, to: number): boolean {
  try {
    return nyseSessions(fromDay(from + 1), fromDay(to)).length > 0;
  } catch {
    return true;
  }
}

/** The history from period ends and values, or why the claimed period has no value. */
export function periodHistory(
  ends: string[],
  vals: number[],
  t: RecordTarget,
  what: string,
  datasets: History['datasets'],
  lastDay: number,
): History | CannotCheck {
  const at = ends.length - 1;
  if (at < 0 || toDay(ends[at]) !== t.end)
    return { cannot: `${what}: no value for the period ending ${fromDay(t.end)}` };
  // Not over while a session remains after the data's last day read (a year whose last session, Friday
  // 2016-12-30, has closed is over though the calendar year ends on the Saturday).
  const cut = Math.min(t.asOf, lastDay);
  const provisional = t.end > cut && sessionsLeft(cut, t.end);
  return {
    ends,
    values: Float64Array.from(vals),
    at,
    provisional,
    from: ends[0],
    // A period still running ends, so far, on the data's last day on or before the as-of date.
    to: provisional ? fromDay(Math.min(t.asOf, lastDay)) : ends[at],
    description: `${what}: the period ending ${ends[at]} among ${at + 1} periods since ${ends[0]}`,
    datasets,
  };
}

/**
 * Close-to-close returns of an index or fund per period (adjusted closes when the store has them); a
 * sector's by its SPDR ETF.
 */
export async function barsHistory(
  data: ClaimData,
  subject: string,
  period: RecordPeriod,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  // A whole sector ranks by its Select Sector SPDR, as its return is checked (./evaluate-sectors.ts).
  const sector = sectorSubject(subject);
  const id = sector && !sector.size ? (SECTOR_ETFS[gicsOf(sector.sector)] ?? subject) : subject;
  const bars = await data.bars(id);
  if (!bars)
    return { cannot: `no prices for ${id} in the store`, needs: `capgap fetch prices ${id} --source yahoo` };
  const adj = bars.adjClose.some((x) => !Number.isNaN(x));
  const levels = adj ? bars.adjClose : bars.close;
  let n = bars.days.length;
  while (n > 0 && bars.days[n - 1] > t.asOf) n--;
  const days = bars.days.subarray(0, n);
  const lv = levels.subarray(0, n);
  const ends: string[] = [];
  const vals: number[] = [];
  if (period === 'day') {
    for (let i = 1; i < n && days[i] <= t.end; i++) {
      ends.push(fromDay(days[i]));
      vals.push(lv[i] / lv[i - 1] - 1);
    }
  } else {
    const p = periodReturns(days, lv, { period: period as Period });
    for (let k = 0; k < p.end.length && p.end[k] <= t.end; k++) {
      ends.push(fromDay(p.end[k]));
      vals.push(p.ret[k]);
    }
  }
  const basis = adj ? 'adjusted closes' : 'closes';
  const runs = asRuns(ends, vals, t);
  return periodHistory(
    runs.ends,
    runs.vals,
    t,
    `${id} ${period === 'day' ? 'daily' : `${period}ly`} close-to-close returns (${basis})${runWords(period, t)}`,
    [{ name: bars.dataset, vintage: bars.vintage }],
    n ? days[n - 1] : 0,
  );
}

/** A fund category's daily flows summed per week or month. */
export async function flowHistory(
  data: ClaimData,
  category: string,
  period: RecordPeriod,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  const f = await data.categoryFlows(category);
  if (f && isCannot(f)) return f;
  if (!f || f.days.length === 0) return { cannot: 'no flow data in the store', needs: FLOWS_COMMAND };
  if (period === 'day') return { cannot: 'daily flow records are not ranked; say the week or month' };
  if (t.run && t.run > 1) return { cannot: `flows over runs of ${t.run} ${period}s are not ranked` };
  const sums = new Map<number, number>();
  for (let i = 0; i < f.days.length; i++) {
    if (f.days[i] > t.asOf || Number.isNaN(f.flows[i])) continue;
    const e = periodEnd(f.days[i], period as Period);
    sums.set(e, (sums.get(e) ?? 0) + f.flows[i]);
  }
  const keys = [...sums.keys()].filter((e) => e <= t.end).sort((a, b) => a - b);
  return periodHistory(
    keys.map(fromDay),
    keys.map((k) => sums.get(k) as number),
    t,
    `${category} flows summed per ${period}`,
    [{ name: f.dataset }],
    lastOf(f.days, t.asOf),
  );
}

/** The last day of `days` on or before asOf. */
export function lastOf(days: Int32Array, asOf: number): number {
  let n = days.length;
  while (n > 0 && days[n - 1] > asOf) n--;
  return n ? days[n - 1] : 0;
}

/**
 * The spread of two histories (a − b) over the periods both have, as a history ending at a's claimed period.
 * @example spreadHistory(rutMonths, spxMonths) // values: ^RUT's monthly return − ^GSPC's, same ends
 */
export function spreadHistory(a: History | CannotCheck, b: History | CannotCheck): History | CannotCheck {
  if ('cannot' in a) return a;
  if ('cannot' in b) return b;
  const bAt = new Map(b.ends.map((e, i) => [e, b.values[i]]));
  const ends: string[] = [];
  const vals: number[] = [];
  for (let i = 0; i <= a.at; i++) {
    const v = bAt.get(a.ends[i]);
    if (v === undefined) continue;
    ends.push(a.ends[i]);
    vals.push(a.values[i] - v);
  }
  if (ends[ends.length - 1] !== a.ends[a.at])
    return { cannot: `no value for the period ending ${a.ends[a.at]} in both` };
  return {
    ...a,
    ends,
    values: Float64Array.from(vals),
    at: ends.length - 1,
    provisional: a.provisional || b.provisional,
    from: ends[0],
    description: `${a.description}, minus ${b.description}`,
    datasets: [...a.datasets, ...b.datasets],
  };
}
