/**
 * The size groups' record history (docs/report.md, "Record claims"): French's monthly Lo N − Hi N (NYSE
 * breakpoints; value-weighted by default, equal-weighted the alternative convention); a month not over at
 * the article's date is month-to-date from French's daily file (value-weighted only), provisional, placed
 * among the completed months before it; weeks and days are compounded from the daily file.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import type { Period } from '../calendar/periods.ts';
import { compound } from '../math/compound.ts';
import { compoundByPeriod, rollingRuns } from '../records/period-returns.ts';
import type { Claim } from './claim.ts';
import { frenchShare, sizeGroup } from './claim-subjects.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import {
  type History,
  lastOf,
  periodHistory,
  type RecordPeriod,
  type RecordTarget,
  sessionsLeft,
} from './record-history.ts';
import { runWords } from './record-runs.ts';

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

/** The size spread (two groups) or one group's returns per period, up to the claimed one. */
export async function sizeHistory(
  data: ClaimData,
  claim: Claim,
  period: RecordPeriod,
  c: Resolved,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  const groups = claim.subjects.map(sizeGroup);
  const g0 = groups[0];
  if (!g0) return { cannot: `no size group in ${JSON.stringify(claim.subjects)}` };
  const share = claim.subjects.length > 1 ? c.groups : frenchShare(g0.share);
  if (!share) return { cannot: `French publishes no group of ${g0.share}% of stocks` };
  if (c.weighting === 'equal-hold')
    return { cannot: 'French portfolios are not equal-weighted buy-and-hold' };
  const names = groups.map((g) => (g ? `${g.side} ${share}` : '')).filter(Boolean);
  // Running while a session remains after the as-of day (Friday, Nov. 29, 2024 closed November).
  const running = t.end > t.asOf && sessionsLeft(t.asOf, t.end);
  const what = `French ${names.join(' − ')} (NYSE breakpoints, ${c.weighting}-weighted)`;
  const monthly = period === 'month';
  if (monthly && t.run && t.run > 1)
    return { cannot: `size groups over runs of ${t.run} months are not ranked` };
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
  // Each leg over its runs, then the difference ("its best five-day run against large caps").
  const pa = fromDaily(a.days, a.values, period, t.asOf);
  const pb = b ? fromDaily(b.days, b.values, period, t.asOf) : null;
  const ends: string[] = [];
  const vals: number[] = [];
  const run = t.run ?? 1;
  const ra = rollingRuns(pa.ret, run);
  const rb = pb ? rollingRuns(pb.ret, run) : null;
  for (let i = run - 1; i < pa.end.length; i++) {
    if (pa.end[i] > t.end) break;
    ends.push(fromDay(pa.end[i]));
    vals.push(rb ? ra[i] - rb[i] : ra[i]);
  }
  return periodHistory(
    ends,
    vals,
    t,
    `${what}, ${period}ly from the daily file${runWords(period, t)}`,
    [{ name: a.dataset, vintage: a.vintage }],
    lastOf(a.days, t.asOf),
  );
}
