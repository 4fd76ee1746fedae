/**
 * The evaluator of record claims ("the widest gap since 2008", "best week on record", "on track for its
 * best month"): the period's value and its standing among like periods, from the records engine
 * (src/records: `largestSince`, `rankAt`, `placeProvisional` through describeRecord/describeProvisional).
 *
 * What is ranked, by subject and period (docs/report.md, "Record claims"):
 * - two size groups (a spread) or one size group, monthly: French's monthly Lo N − Hi N (NYSE breakpoints;
 *   value-weighted by default, equal-weighted the alternative convention); a month not over at the
 *   article's date (--to) is month-to-date from French's daily file (value-weighted only), provisional,
 *   placed among the completed months before it; weeks and days are compounded from the daily file;
 * - an index or fund: close-to-close returns of its bars per day, week (ending Friday) or month (adjusted
 *   closes when the store has them, else closes);
 * - a fund category: summed daily flows per week ending Friday (cannot check without flow data).
 * The history is every period with a value up to the claimed one ("as it stood at the time").
 *
 * A standing holds when (judgeRecord):
 * - best/worst on record: no earlier period is at least as large (largestSince = none; a tie ends a run);
 * - "widest/biggest since YEAR": the latest earlier period at least as large (the one that breaks the run)
 *   falls in YEAR; "since 1926" also holds for a record since the history began in 1926;
 * - "the k-th largest (of n)": the rank at the time is k (and n periods are ranked when n is said);
 * - direction: a gain record needs a positive value (a shortfall is not a widest gap in favour of small
 *   caps), a loss record a negative one; 'loss' and 'worst' rank the most negative first.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import { compound } from '../math/compound.ts';
import type { Frequency } from '../records/labels.ts';
import { compoundByPeriod, periodReturns } from '../records/period-returns.ts';
import { describeProvisional, describeRecord, type RecordContext } from '../records/record.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim, RecordPhrase } from './claim-read.ts';
import { frenchShare, sizeGroup } from './claim-subjects.ts';
import {
  type CannotCheck,
  type ClaimData,
  type EvaluateFn,
  type Evaluation,
  FLOWS_COMMAND,
  type Resolved,
} from './evaluator.ts';
import { ordinal } from './format.ts';

/** A record claim's evaluation: the period's value (decimal, or USD), its standing, and whether it holds. */
export interface RecordEvaluation extends Evaluation {
  record: RecordContext;
  /** The standing bears the phrase out. */
  holds: boolean;
  /** What the data say, in words: 'widest since Apr 2010 (6.33 pp; 119th of 1,196 months)'. */
  says: string;
  /** 'pp', '%' or 'usd': how `value` prints. */
  unit: 'pp' | '%' | 'usd';
}

type RecordPeriod = NonNullable<RecordPhrase['period']>;

const FREQ: Record<RecordPeriod, Frequency> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

/** A history of completed periods and the claimed one (ISO ends; the claimed may be still running). */
interface History {
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

/** The period a record claim ranks: the phrase's, else the window's month or week. */
export function recordPeriod(claim: Claim): RecordPeriod | null {
  const r = (claim as { record?: RecordPhrase }).record;
  if (r?.period) return r.period;
  const w = claim.window;
  if (w.kind === 'month' || w.kind === 'month-to-date') return 'month';
  if (w.kind === 'week') return 'week';
  return null;
}

/** The last day of the claimed period, and the as-of day (data after it are not used). */
function target(
  claim: Claim,
  period: RecordPeriod,
  c: Resolved,
  asOf?: string,
): { end: number; asOf: number } {
  const w = claim.window;
  let day: number;
  if (w.kind === 'month' || w.kind === 'month-to-date') day = toDay(`${w.month}-01`);
  else if (w.kind === 'week' && w.weekEnd) day = toDay(w.weekEnd);
  else if (w.kind === 'dates') day = toDay(w.to);
  else if ('event' in w && w.event) day = toDay(w.event) + (c.timing === 'after-close' ? 1 : 0);
  else day = asOf ? toDay(asOf) : 0;
  const end = period === 'day' ? day : periodEnd(day, period === 'week' ? 'week' : (period as Period));
  const to = w.kind === 'month-to-date' && w.to ? w.to : asOf;
  return { end, asOf: to ? toDay(to) : Number.POSITIVE_INFINITY };
}

/** Period values from daily decimals (French's daily file): compounded per period, split at asOf. */
function fromDaily(days: Int32Array, r: Float64Array, period: RecordPeriod, asOf: number) {
  let n = days.length;
  while (n > 0 && days[n - 1] > asOf) n--;
  const d = days.subarray(0, n);
  const v = r.subarray(0, n);
  if (period === 'day') return { end: d, ret: v };
  const p = compoundByPeriod(d, v, { period: period as Period });
  return { end: p.end, ret: p.ret };
}

async function sizeHistory(
  data: ClaimData,
  claim: Claim,
  period: RecordPeriod,
  c: Resolved,
  t: { end: number; asOf: number },
): Promise<History | CannotCheck> {
  const groups = claim.subjects.map(sizeGroup);
  const g0 = groups[0];
  if (!g0) return { cannot: `no size group in ${JSON.stringify(claim.subjects)}` };
  const share = claim.subjects.length > 1 ? c.groups : frenchShare(g0.share);
  if (!share) return { cannot: `French publishes no group of ${g0.share}% of stocks` };
  if (c.weighting === 'equal-hold')
    return { cannot: 'French portfolios are not equal-weighted buy-and-hold' };
  const names = groups.map((g) => (g ? `${g.side} ${share}` : '')).filter(Boolean);
  const running = t.end > t.asOf;
  const what = `French ${names.join(' − ')} (NYSE breakpoints, ${c.weighting}-weighted)`;
  const monthly = period === 'month';
  const load = async (freq: 'daily' | 'monthly') => {
    const out = [];
    for (const name of names) {
      const s = await data.portfolio(name, freq, c.weighting as 'value' | 'equal');
      if (!s)
        return {
          cannot: `no ${freq} ${c.weighting}-weighted returns for ${JSON.stringify(name)} in the store`,
        };
      out.push(s);
    }
    return out;
  };
  const diff = (a: ArrayLike<number>, b?: ArrayLike<number>, i = 0, j = 0) => (b ? a[i] - b[j] : a[i]);
  if (monthly) {
    const ms = await load('monthly');
    if ('cannot' in ms) return ms;
    const [a, b] = ms;
    const key = fromDay(t.end).slice(0, 7);
    const ends: string[] = [];
    const vals: number[] = [];
    const bIndex = new Map<string, number>();
    if (b) for (let j = 0; j < b.days.length; j++) bIndex.set(fromDay(b.days[j]).slice(0, 7), j);
    for (let i = 0; i < a.days.length; i++) {
      const k = fromDay(a.days[i]).slice(0, 7);
      if (k >= key) break;
      const j = b ? bIndex.get(k) : 0;
      if (j === undefined) continue;
      ends.push(fromDay(monthEnd(a.days[i])));
      vals.push(diff(a.values, b?.values, i, j));
    }
    const done = a.days.some((d) => fromDay(d).startsWith(key));
    const datasets = [{ name: a.dataset, vintage: a.vintage }];
    if (done && !running) {
      const i = a.days.findIndex((d) => fromDay(d).startsWith(key));
      const j = b ? bIndex.get(key) : 0;
      if (j === undefined) return { cannot: `${names[1]}: no return for ${key}` };
      ends.push(fromDay(t.end));
      vals.push(diff(a.values, b?.values, i, j));
      return {
        ends,
        values: Float64Array.from(vals),
        at: ends.length - 1,
        provisional: false,
        from: `${key}-01`,
        to: fromDay(t.end),
        description: `${what} monthly return, ${key}, among the months since ${ends[0].slice(0, 7)}`,
        datasets,
      };
    }
    // Month to date: French's daily file, value-weighted only (no daily equal-weighted file).
    if (c.weighting !== 'value')
      return { cannot: 'month to date needs French daily returns, which are value-weighted only' };
    const ds: { days: Int32Array; values: Float64Array; dataset: string; vintage: string }[] = [];
    for (const name of names) {
      const s = await data.portfolio(name, 'daily', 'value');
      if (!s) return { cannot: `no daily value-weighted returns for ${JSON.stringify(name)} in the store` };
      ds.push(s);
    }
    const first = toDay(`${key}-01`);
    const last = Math.min(t.asOf, t.end);
    const leg = (s: { days: Int32Array; values: Float64Array }) => {
      let lo = -1;
      let hi = -1;
      for (let i = 0; i < s.days.length; i++) {
        if (s.days[i] < first) lo = i;
        if (s.days[i] <= last) hi = i;
      }
      return hi > lo ? { v: compound(s.values, lo, hi), to: fromDay(s.days[hi]), n: hi - lo } : null;
    };
    const la = leg(ds[0]);
    const lb = ds[1] ? leg(ds[1]) : { v: 0, to: la?.to, n: la?.n };
    if (!la || !lb) return { cannot: `no daily size returns in ${key} through ${fromDay(last)}` };
    ends.push(fromDay(t.end));
    vals.push(la.v - lb.v);
    return {
      ends,
      values: Float64Array.from(vals),
      at: ends.length - 1,
      provisional: true,
      from: `${key}-01`,
      to: la.to as string,
      description: `${what}: month to date (${la.n} sessions through ${la.to}, French daily file), placed among the completed months since ${ends[0].slice(0, 7)} (monthly file)`,
      datasets: [...datasets, { name: ds[0].dataset, vintage: ds[0].vintage }],
    };
  }
  if (c.weighting !== 'value')
    return { cannot: `${period}ly size spreads need French daily returns, which are value-weighted only` };
  const ds = await load('daily');
  if ('cannot' in ds) return ds;
  const [a, b] = ds;
  const pa = fromDaily(a.days, a.values, period, t.asOf);
  const pb = b ? fromDaily(b.days, b.values, period, t.asOf) : null;
  const ends: string[] = [];
  const vals: number[] = [];
  for (let i = 0; i < pa.end.length; i++) {
    if (pa.end[i] > t.end) break;
    ends.push(fromDay(pa.end[i]));
    vals.push(pb ? pa.ret[i] - pb.ret[i] : pa.ret[i]);
  }
  return periodHistory(
    ends,
    vals,
    t,
    `${what}, ${period}ly from the daily file`,
    [{ name: a.dataset, vintage: a.vintage }],
    lastOf(a.days, t.asOf),
  );
}

function periodHistory(
  ends: string[],
  vals: number[],
  t: { end: number; asOf: number },
  what: string,
  datasets: History['datasets'],
  lastDay: number,
): History | CannotCheck {
  const at = ends.length - 1;
  if (at < 0 || toDay(ends[at]) !== t.end)
    return { cannot: `${what}: no value for the period ending ${fromDay(t.end)}` };
  return {
    ends,
    values: Float64Array.from(vals),
    at,
    provisional: t.end > Math.min(t.asOf, lastDay),
    from: ends[0],
    to: ends[at],
    description: `${what}: the period ending ${ends[at]} among ${at + 1} periods since ${ends[0]}`,
    datasets,
  };
}

async function barsHistory(
  data: ClaimData,
  id: string,
  period: RecordPeriod,
  t: { end: number; asOf: number },
): Promise<History | CannotCheck> {
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
  return periodHistory(
    ends,
    vals,
    t,
    `${id} ${period}ly close-to-close returns (${basis})`,
    [{ name: bars.dataset, vintage: bars.vintage }],
    n ? days[n - 1] : 0,
  );
}

async function flowHistory(
  data: ClaimData,
  category: string,
  period: RecordPeriod,
  t: { end: number; asOf: number },
): Promise<History | CannotCheck> {
  const f = await data.categoryFlows(category);
  if (!f || f.days.length === 0) return { cannot: 'no flow data in the store', needs: FLOWS_COMMAND };
  if (period === 'day') return { cannot: 'daily flow records are not ranked; say the week or month' };
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
function lastOf(days: Int32Array, asOf: number): number {
  let n = days.length;
  while (n > 0 && days[n - 1] > asOf) n--;
  return n ? days[n - 1] : 0;
}

/** 'high' ranks the largest first; 'low' for a loss or a worst-on-record. */
export function recordDirection(r: RecordPhrase): 'high' | 'low' {
  return r.direction === 'loss' || r.kind === 'worst-on-record' ? 'low' : 'high';
}

function word(r: RecordPhrase): string {
  if (r.kind === 'widest-since') return 'widest';
  if (r.kind === 'worst-on-record' || r.direction === 'loss') return 'worst';
  return r.kind === 'biggest-since' ? 'biggest' : 'largest';
}

/**
 * Whether a standing bears a record phrase out, and what the data say (the rules in the file's header).
 * @example judgeRecord({ kind: 'widest-since', sinceYear: 2010, words: 'widest since 2010' }, ctx) // { holds: true, says: 'widest since Apr 2010 …' }
 */
export function judgeRecord(
  r: RecordPhrase,
  ctx: RecordContext,
  noun: string,
): { holds: boolean; says: string } {
  const place = `${ordinal(ctx.rankAtTheTime)} of ${ctx.of.toLocaleString('en-US')} ${noun} to then`;
  const on = ctx.provisional ? 'on track for the ' : '';
  const since = ctx.largestSince
    ? `${on}${word(r)} since ${ctx.largestSince.period}`
    : `${on}${word(r)} on record (since ${ctx.historyStart})`;
  const says = `${since}, ${place}`;
  const wrongSide = ctx.direction === 'high' ? !(ctx.value > 0) : !(ctx.value < 0);
  if (wrongSide)
    return {
      holds: false,
      says: `${ctx.direction === 'high' ? 'a shortfall (negative), so no record gain' : 'a gain (positive), so no record loss'}; ${says}`,
    };
  const startYear = Number(ctx.historyStart.slice(-4));
  switch (r.kind) {
    case 'best-on-record':
    case 'worst-on-record':
      return { holds: ctx.largestSince === null, says };
    case 'widest-since':
    case 'biggest-since': {
      if (r.sinceYear === undefined) return { holds: false, says: `no year given; ${says}` };
      const year = ctx.largestSince ? Number(ctx.largestSince.periodEnd.slice(0, 4)) : startYear;
      return { holds: year === r.sinceYear, says };
    }
    default:
      return {
        holds: r.rank === ctx.rankAtTheTime && (r.of === undefined || r.of === ctx.of),
        says,
      };
  }
}

/**
 * The record evaluator over a ClaimData: `Evaluator.record` (wired in ./evaluate.ts).
 * `asOf` (the article's date) makes a month or week not yet over provisional.
 * @example await makeRecordEvaluator(data)(claim, conventions) // { holds: true, says: 'widest since Apr 2010, …' }
 */
export function makeRecordEvaluator(data: ClaimData, asOf?: string): EvaluateFn {
  return async (claim, c) => {
    const r = (claim as { record?: RecordPhrase }).record;
    if (!r) return { cannot: 'a record claim with no record phrase' };
    const period = recordPeriod(claim);
    if (!period)
      return {
        cannot: `"${r.words}": which periods are ranked (day, week, month)? the sentence does not say`,
      };
    const t = target(claim, period, c, asOf);
    const s = claim.subjects[0] ?? '';
    const isCategory =
      (claim as Partial<ReadClaim>).parsedSubjects?.[0]?.kind === 'category' || /^US .* cap$/i.test(s);
    const h = sizeGroup(s)
      ? await sizeHistory(data, claim, period, c, t)
      : isCategory
        ? await flowHistory(data, s, period, t)
        : await barsHistory(data, s, period, t);
    if ('cannot' in h) return h;
    const series = {
      ends: h.ends.slice(0, h.at),
      values: h.values.subarray(0, h.at),
      frequency: FREQ[period],
    };
    const direction = recordDirection(r);
    const ctx = h.provisional
      ? describeProvisional(series, h.ends[h.at], h.values[h.at], { direction })
      : describeRecord({ ...series, ends: h.ends, values: h.values }, h.ends[h.at], { direction });
    const unit = isCategory ? 'usd' : claim.subjects.length > 1 ? 'pp' : '%';
    const noun = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' }[period];
    const j = judgeRecord(r, ctx, noun);
    return {
      value: h.values[h.at],
      from: h.from,
      to: h.to,
      description: h.description,
      provenance: { datasets: h.datasets },
      record: ctx,
      holds: j.holds,
      says: j.says,
      unit,
    } satisfies RecordEvaluation;
  };
}
