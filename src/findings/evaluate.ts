/**
 * capgap's evaluator over `ClaimData`: returns of indices and funds from bars (adj_close = total return,
 * close = price return; an index's level is a price index either way), French size portfolios against the
 * market (Mkt-RF + RF, or the S&P 500 index), small-minus-large spreads, and weekly category flows.
 * All compounded returns are simple: P_end / P_base − 1, or Π(1 + r) − 1 over the window's sessions.
 */
import { fromDay, toDay, weekday } from '../calendar/dates.ts';
import { anchorEvent, TradingCalendar } from '../calendar/trading-days.ts';
import type { Claim } from './claim.ts';
import { claimSpan, compoundSpan, type Span } from './claim-span.ts';
import type {
  CannotEvaluate,
  ClaimData,
  Evaluation,
  Evaluator,
  PriceBars,
  Resolved,
  ReturnSeries,
} from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** The message flows claims get when the store has no flows for the category. */
export const NO_FLOW_DATA =
  'no flow data in the store: import a vendor flow file or shares outstanding and NAV with `capgap import`';

/** Rows of `bars` where `values` is present, as compact arrays. */
function present(
  bars: PriceBars,
  values: Float64Array,
): { days: Int32Array; v: Float64Array; open: Float64Array } {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const days = new Int32Array(n);
  const v = new Float64Array(n);
  const open = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    days[k] = bars.days[i];
    v[k] = values[i];
    // Opens on the same basis as the chosen close: scale raw opens by adj/close when both are known.
    const raw = bars.close[i];
    const adj = bars.adjClose[i];
    open[k] =
      values === bars.adjClose && !Number.isNaN(raw) && raw !== 0 ? (bars.open[i] * adj) / raw : bars.open[i];
    k++;
  }
  return { days, v, open };
}

function hasAny(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i])) return true;
  return false;
}

/** A price return over a claim's window from one security's bars. */
async function priceReturn(
  data: ClaimData,
  id: string,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotEvaluate> {
  const bars = await data.bars(id);
  if (!bars)
    return { cannot: `no prices for ${id} in the store; import a price file with \`capgap import\`` };
  const isIndex = id.startsWith('^');
  let values: Float64Array;
  let basis: string;
  if (c.returnType === 'total') {
    if (hasAny(bars.adjClose)) values = bars.adjClose;
    else if (isIndex) values = bars.close;
    else return { cannot: `${id}: no adjusted closes in ${bars.dataset}, so no total return` };
    basis = isIndex ? 'price index' : 'adjusted close (total return)';
  } else {
    if (!hasAny(bars.close))
      return { cannot: `${id}: ${bars.dataset} holds adjusted prices only, so no price return` };
    values = bars.close;
    basis = isIndex ? 'price index' : 'close (price return)';
  }
  const p = present(bars, values);
  const span = claimSpan(p.days, claim.window, c);
  if (isCannot(span)) return span;
  const start = span.open ? p.open[span.base] : p.v[span.base];
  if (!(start > 0))
    return { cannot: `${id}: no ${span.open ? 'open' : 'close'} on ${fromDay(p.days[span.base])}` };
  const from = fromDay(p.days[span.base]);
  const to = fromDay(p.days[span.end]);
  return {
    value: p.v[span.end] / start - 1,
    from,
    to,
    description: `${id} ${basis}: ${span.open ? 'open' : 'close'} ${from} → close ${to}`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
  };
}

/** The French series' value compounded over the span, or why not. */
function compounded(s: ReturnSeries, span: Span, name: string): number | CannotEvaluate {
  const v = compoundSpan(s.values, span);
  if (Number.isNaN(v))
    return {
      cannot: `${name}: a return is missing between ${fromDay(s.days[span.base])} and ${fromDay(s.days[span.end])}`,
    };
  return v;
}

/** A return series compounded over the same dates as `span` on another series' days. */
function alignedCompound(
  s: ReturnSeries,
  days: Int32Array,
  span: Span,
  name: string,
): number | CannotEvaluate {
  const cal = new TradingCalendar(s.days);
  const b = cal.indexOnOrBefore(days[span.base]);
  const e = cal.indexOnOrBefore(days[span.end]);
  if (b < 0 || s.days[e] !== days[span.end] || s.days[b] !== days[span.base]) {
    return {
      cannot: `${name} has no value on ${fromDay(days[s.days[b] !== days[span.base] ? span.base : span.end])}`,
    };
  }
  return compounded(s, { base: b, end: e, open: false }, name);
}

/** A size portfolio's compounded return and its span, from French's series. */
async function portfolioReturn(data: ClaimData, name: string, claim: Claim, c: Resolved) {
  const freq = claim.window.kind === 'month' ? 'monthly' : 'daily';
  if (c.base === 'open-t0') return { cannot: 'French portfolios have no opening prices' };
  const s = await data.portfolio(name, freq, c.weighting);
  if (!s)
    return { cannot: `no ${freq} ${c.weighting}-weighted returns for ${JSON.stringify(name)} in the store` };
  const span = claimSpan(s.days, claim.window, c);
  if (isCannot(span)) return span;
  const v = compounded(s, span, name);
  if (typeof v !== 'number') return v;
  return { value: v, span, series: s, freq };
}

async function excessReturn(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
): Promise<Evaluation | CannotEvaluate> {
  const name = claim.subjects[0];
  const p = await portfolioReturn(data, name, claim, c);
  if ('cannot' in p) return p as CannotEvaluate;
  const from = fromDay(p.series.days[p.span.base]);
  const to = fromDay(p.series.days[p.span.end]);
  const datasets: Evaluation['provenance']['datasets'] = [
    { name: p.series.dataset, vintage: p.series.vintage },
  ];
  let m: number;
  let mname: string;
  if (c.market === 'french') {
    const ms = await data.market(p.freq as 'daily' | 'monthly', p.series.vintage);
    if (!ms) return { cannot: `no ${p.freq} market factors (Mkt-RF, RF) in the store` };
    const v = alignedCompound(ms, p.series.days, p.span, 'the market (Mkt-RF + RF)');
    if (typeof v !== 'number') return v;
    m = v;
    mname = 'Mkt-RF + RF';
    datasets.push({ name: ms.dataset, vintage: ms.vintage });
  } else {
    const sp = await priceReturn(
      data,
      '^GSPC',
      { ...claim, window: { kind: 'dates', from, to } },
      { ...c, base: 'close-before', endShift: 0 },
    );
    if (isCannot(sp)) return sp;
    if (sp.from !== from || sp.to !== to)
      return { cannot: `^GSPC dates ${sp.from} → ${sp.to} differ from ${from} → ${to}` };
    m = sp.value;
    mname = '^GSPC';
    datasets.push(...sp.provenance.datasets);
  }
  return {
    value: p.value - m,
    from,
    to,
    description: `${name} ${c.weighting}-weighted ${p.freq} returns compounded after ${from} through ${to}, minus ${mname}`,
    provenance: { datasets },
  };
}

async function spread(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotEvaluate> {
  const small = `Lo ${c.groups}`;
  const large = `Hi ${c.groups}`;
  const a = await portfolioReturn(data, small, claim, c);
  if ('cannot' in a) return a as CannotEvaluate;
  const b = await portfolioReturn(data, large, claim, c);
  if ('cannot' in b) return b as CannotEvaluate;
  const from = fromDay(a.series.days[a.span.base]);
  const to = fromDay(a.series.days[a.span.end]);
  return {
    value: a.value - b.value,
    from,
    to,
    description: `${small} minus ${large}, ${c.weighting}-weighted ${a.freq} returns compounded after ${from} through ${to}`,
    provenance: { datasets: [{ name: a.series.dataset, vintage: a.series.vintage }] },
  };
}

async function flow(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotEvaluate> {
  const category = claim.subjects[0];
  const f = await data.categoryFlows(category);
  if (!f || f.days.length === 0) return { cannot: NO_FLOW_DATA };
  const w = claim.window;
  let end: number;
  if (w.kind === 'week' && w.weekEnd) end = toDay(w.weekEnd);
  else {
    const event = w.kind === 'week' ? w.event : 'event' in w ? w.event : undefined;
    if (!event) return { cannot: 'no week: give week_end or an event' };
    let t0: number;
    try {
      t0 = f.days[anchorEvent(new TradingCalendar(f.days), event, c.timing).t0];
    } catch (err) {
      return { cannot: (err as Error).message };
    }
    end = t0 + ((5 - weekday(t0) + 7) % 7); // the Friday on or after t0
  }
  end += 7 * c.endShift;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < f.days.length; i++) {
    if (f.days[i] > end - 7 && f.days[i] <= end && !Number.isNaN(f.flows[i])) {
      sum += f.flows[i];
      n++;
    }
  }
  if (n === 0) return { cannot: `no flows for ${category} in the week ended ${fromDay(end)}` };
  return {
    value: sum,
    from: fromDay(end - 6),
    to: fromDay(end),
    description: `${category} flows summed over ${n} days in the week ended ${fromDay(end)}`,
    provenance: { datasets: [{ name: f.dataset }] },
  };
}

/**
 * The evaluator over a ClaimData (the store's, or a test's).
 * @example const evaluator = makeEvaluator(storeClaimData(store)); await evaluator.return(claim, conventions)
 */
export function makeEvaluator(data: ClaimData): Evaluator {
  return {
    return: (claim, c) => priceReturn(data, claim.subjects[0], claim, c),
    'excess-return': (claim, c) => excessReturn(data, claim, c),
    spread: (claim, c) => spread(data, claim, c),
    flow: (claim, c) => flow(data, claim, c),
  };
}
