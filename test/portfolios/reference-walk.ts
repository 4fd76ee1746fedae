/**
 * A deliberately naive implementation of the kernel's rules (src/portfolios/kernel.ts, bucket-returns.ts,
 * universe.ts defaults) for the index property test: rows put in day order by a stable comparator sort,
 * per-stock state in plain arrays, eligibility recomputed from that state, no blocks, no records, no
 * formation-cap table. It takes the formed portfolios' buckets (the breakpoints are tested elsewhere) and
 * does the same arithmetic in the same order as the kernels (numerators row by row within a day, in input
 * order for the day-block walk, in stock order for the stock-span walk; running-sum denominators), so its
 * series must equal the engine's bit for bit.
 */
import type { FormedPortfolio, Weighting } from '../../src/portfolios/kernel.ts';
import type { Panel } from '../../src/portfolios/panel.ts';

export interface ReferenceFormation {
  /** Eligible stocks at the formation close (common stocks with a valid bar that day and a cap > 0). */
  eligible: number[];
  /** Their last valid price and last cap > 0 on or before the close. */
  price: number[];
  cap: number[];
  /** Stocks with a valid price somewhere: [security type, not listed yet, no bar that day, no cap]. */
  excluded: [number, number, number, number];
}

const W4: Weighting[] = ['equal', 'equal-hold', 'value', 'value-lag'];

/**
 * Daily returns per weighting (`days × (K + 1)`) and active counts over all the panel's days. `within`: the
 * order of a day's rows, 'input' (the day-block path's) or 'stock' (the stock-span path's).
 */
export function referenceWalk(
  panel: Panel,
  formed: readonly FormedPortfolio[],
  K: number,
  within: 'input' | 'stock' = 'input',
) {
  const n = panel.stock.length;
  const S = panel.ids.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => panel.day[a] - panel.day[b] || (within === 'stock' ? panel.stock[a] - panel.stock[b] : 0),
  );
  const days = [...new Set(order.map((i) => panel.day[i]))];
  const D = days.length;
  const W = K + 1;
  const dayOf = new Map(days.map((d, i) => [d, i]));
  const first = new Array<number>(S).fill(Number.POSITIVE_INFINITY);
  for (const i of order)
    if (panel.price[i] > 0) first[panel.stock[i]] = Math.min(first[panel.stock[i]], dayOf.get(panel.day[i])!);
  const num = Object.fromEntries(W4.map((w) => [w, new Array<number>(D * W).fill(0)])) as Record<
    Weighting,
    number[]
  >;
  const capDelta = new Array<number>(D * W).fill(0);
  const active = new Array<number>(D * W).fill(0);
  const lastP = new Array<number>(S).fill(Number.NaN);
  const lastC = new Array<number>(S).fill(Number.NaN);
  const seen = new Array<number>(S).fill(-1);
  const bucket = new Array<number>(S).fill(-1);
  const pf = new Array<number>(S).fill(0);
  const cf = new Array<number>(S).fill(0);
  const formations: ReferenceFormation[] = [];
  let r = 0;
  let fi = 0;
  for (let d = 0; d < D; d++) {
    for (; r < n && panel.day[order[r]] === days[d]; r++) {
      const i = order[r];
      const s = panel.stock[i];
      const p = panel.price[i];
      const c = panel.cap[i];
      const b = bucket[s];
      const c0 = lastC[s];
      if (c > 0) {
        lastC[s] = c;
        if (b >= 0) capDelta[d * W + b] += c - c0;
      }
      if (!(p > 0)) continue;
      const p0 = lastP[s];
      lastP[s] = p;
      seen[s] = d;
      if (b < 0) continue;
      const cell = d * W + b;
      active[cell]++;
      const ret = p / p0 - 1;
      num.equal[cell] += ret;
      num['equal-hold'][cell] += (p - p0) * (1 / pf[s]);
      num.value[cell] += (p - p0) * (cf[s] / pf[s]);
      num['value-lag'][cell] += c0 * ret;
    }
    if (fi < formed.length && formed[fi].day === d) {
      const f: ReferenceFormation = { eligible: [], price: [], cap: [], excluded: [0, 0, 0, 0] };
      for (let s = 0; s < S; s++) {
        if (first[s] === Number.POSITIVE_INFINITY) continue;
        if ((panel.securityType?.[s] ?? 'unknown') !== 'common') f.excluded[0]++;
        else if (first[s] > d) f.excluded[1]++;
        else if (seen[s] !== d) f.excluded[2]++;
        else if (!(lastC[s] > 0)) f.excluded[3]++;
        else {
          f.eligible.push(s);
          f.price.push(lastP[s]);
          f.cap.push(lastC[s]);
        }
      }
      formations.push(f);
      bucket.fill(-1);
      const fm = formed[fi++];
      fm.members.forEach((s, j) => {
        bucket[s] = fm.bucket[j];
        pf[s] = fm.price[j];
        cf[s] = fm.cap[j];
      });
    }
  }
  const returns = {} as Record<Weighting, number[]>;
  for (const w of W4) {
    const den = new Array<number>(D * W).fill(0);
    formed.forEach((fm, k) => {
      const last = k + 1 < formed.length ? formed[k + 1].day : D - 1;
      const n0 = new Array<number>(K).fill(0);
      const cap0 = new Array<number>(K).fill(0);
      fm.members.forEach((_, j) => {
        n0[fm.bucket[j]]++;
        cap0[fm.bucket[j]] += fm.cap[j];
      });
      for (let d = fm.day + 1; d <= last; d++) {
        for (let b = 0; b < K; b++) {
          const c = d * W + b;
          const start = w === 'equal' || w === 'equal-hold' ? n0[b] : cap0[b];
          const step = w === 'value-lag' ? capDelta[c - W] : num[w][c - W];
          den[c] = w === 'equal' || d === fm.day + 1 ? start : den[c - W] + step;
        }
      }
    });
    const out = new Array<number>(D * W).fill(Number.NaN);
    for (let d = 0; d < D; d++) {
      let tn = 0;
      let td = 0;
      for (let b = 0; b < K; b++) {
        const c = d * W + b;
        out[c] = den[c] > 0 ? num[w][c] / den[c] : Number.NaN;
        tn += num[w][c];
        td += den[c];
      }
      out[d * W + K] = td > 0 ? tn / td : Number.NaN;
    }
    returns[w] = out;
  }
  for (let d = 0; d < D; d++) for (let b = 0; b < K; b++) active[d * W + K] += active[d * W + b];
  return { days, returns, active, formations };
}
