/**
 * capgap's evaluator over `ClaimData`. Every claim is a difference of at most two legs, each a compounded
 * return over the claim's window (or a sum of flows):
 *   return        = leg(subject)
 *   excess-return = leg(subject) − leg(subjects[1] ?? the market)
 *   spread        = leg(small group) − leg(large group)
 *   flow          = Σ daily category flows over the week (or the part of it before/after the news)
 * A leg is read from the engine the conventions pick: bars of an index or fund (adj_close = total return,
 * close = price return; an index's level is a price index either way; `proxy: 'etf'` reads the ETF that
 * tracks the index), French's size portfolios (NYSE breakpoints; daily VW, monthly VW/EW), the French market
 * (Mkt-RF + RF), the S&P 500, or stock-built buckets (src/portfolios through ClaimData.stockBuckets: NYSE or
 * all-stock breakpoints, common stocks or every type, VW / EW daily-rebalanced / EW buy-and-hold; their
 * universe is the EW or VW "market"). Returns are simple: P_end / P_base − 1, or Π(1 + r) − 1 over the
 * window's sessions. Each engine's series is loaded once per run (ClaimData memoizes); conventions only move
 * the window on its typed arrays.
 */
import { fromDay, toDay, weekday } from '../calendar/dates.ts';
import { anchorEvent, TradingCalendar } from '../calendar/trading-days.ts';
import type { Claim } from './claim.ts';
import { claimSpan, compoundSpan, type Span } from './claim-span.ts';
import {
  frenchShare,
  INDEX_ETF,
  isMarket,
  type SizeGroup,
  sizeGroup,
  stockScheme,
} from './claim-subjects.ts';
import { makeRecordEvaluator } from './evaluate-record.ts';
import type {
  CannotCheck,
  ClaimData,
  Evaluation,
  Evaluator,
  PriceBars,
  Resolved,
  ReturnSeries,
} from './evaluator.ts';
import { FLOWS_COMMAND, isCannot } from './evaluator.ts';

export { FLOWS_COMMAND };

/** The message flows claims get when the store has no flows for the category. */
export const NO_FLOW_DATA = `no flow data in the store: ${FLOWS_COMMAND} (or shares outstanding and NAV)`;

/** The command that adds a stock panel and its caps (README, "Size buckets"). */
export const STOCKS_COMMAND = 'capgap import STOCK_PANEL.csv.gz COMPANYLIST.csv';

type Datasets = Evaluation['provenance']['datasets'];

/** One leg: a compounded return with its dates and sources. */
interface Leg {
  value: number;
  from: string;
  to: string;
  description: string;
  datasets: Datasets;
}

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

/** A return over a claim's window from one security's bars. */
async function barsLeg(
  data: ClaimData,
  subject: string,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  let id = subject;
  if (c.proxy === 'etf') {
    const etf = INDEX_ETF[subject];
    if (!etf) return { cannot: `no ETF tracks ${subject}` };
    id = etf;
  }
  const bars = await data.bars(id);
  const fetch = `capgap fetch prices ${id} --source yahoo (or capgap import ${id}.csv)`;
  if (!bars) return { cannot: `no prices for ${id} in the store`, needs: fetch };
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
  // Prices that end before the window: newer prices would settle it.
  if (isCannot(span)) return /^the data end /.test(span.cannot) ? { ...span, needs: fetch } : span;
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
    datasets: [{ name: bars.dataset, vintage: bars.vintage }],
  };
}

/** A French return series compounded over a span of its own days. */
function seriesLeg(s: ReturnSeries, span: Span, what: string): Leg | CannotCheck {
  const from = fromDay(s.days[span.base]);
  const to = fromDay(s.days[span.end]);
  const v = compoundSpan(s.values, span);
  if (Number.isNaN(v)) return { cannot: `${what}: a return is missing between ${from} and ${to}` };
  return {
    value: v,
    from,
    to,
    description: `${what} compounded after ${from} through ${to}`,
    datasets: [{ name: s.dataset, vintage: s.vintage }],
  };
}

function frequencyOf(claim: Claim): 'daily' | 'monthly' {
  return claim.window.kind === 'month' ? 'monthly' : 'daily';
}

/** A French size portfolio (NYSE breakpoints) over the claim's window. */
async function frenchGroupLeg(
  data: ClaimData,
  g: SizeGroup,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const share = claim.metric === 'spread' ? c.groups : frenchShare(g.share);
  if (!share) return { cannot: `French publishes no group of ${g.share}% of stocks` };
  if (c.base === 'open-t0' || c.base === 'open-event')
    return { cannot: 'French portfolios have no opening prices' };
  if (c.weighting === 'equal-hold')
    return { cannot: 'French portfolios are not equal-weighted buy-and-hold' };
  const freq = frequencyOf(claim);
  const name = `${g.side} ${share}`;
  const s = await data.portfolio(name, freq, c.weighting);
  if (!s)
    return { cannot: `no ${freq} ${c.weighting}-weighted returns for ${JSON.stringify(name)} in the store` };
  const span = claimSpan(s.days, claim.window, c);
  if (isCannot(span)) return span;
  return seriesLeg(s, span, `French ${name} (NYSE breakpoints, ${c.weighting}-weighted, ${freq})`);
}

/** The formation date (last close on or before it) and last day needed for stock-built buckets. */
function stockDates(claim: Claim, c: Resolved): { formation: string; to: string } | CannotCheck {
  const w = claim.window;
  // One `to` for every convention of a claim (and most claims of an article): the engine runs once.
  const pad = 30;
  if (w.kind === 'since' || w.kind === 'sessions') {
    const e = toDay(w.event);
    const formation = fromDay(c.timing === 'after-close' ? e : e - 1);
    const end = w.kind === 'since' ? (w.to ? toDay(w.to) : e) : e + Math.ceil((w.sessions * 7) / 5) + 4;
    return { formation, to: fromDay(Math.max(end, e + 45) + pad) };
  }
  if (w.kind === 'month' || w.kind === 'month-to-date') {
    const first = toDay(`${w.month}-01`);
    return { formation: fromDay(first - 1), to: fromDay(first + 31 + pad) };
  }
  if (w.kind === 'dates') return { formation: w.from, to: fromDay(toDay(w.to) + pad) };
  if (w.weekEnd) return { formation: fromDay(toDay(w.weekEnd) - 7), to: fromDay(toDay(w.weekEnd) + pad) };
  return { cannot: 'stock-built buckets need a week end date for a week window' };
}

/** A stock-built bucket (or the universe, `column: 'market'`) over the claim's window. */
async function stockLeg(
  data: ClaimData,
  g: SizeGroup | 'market',
  claim: Claim,
  c: Resolved,
  weighting: Resolved['weighting'],
  share: SizeGroup['share'],
): Promise<Leg | CannotCheck> {
  if (!data.stockBuckets) return { cannot: 'needs a stock panel', needs: STOCKS_COMMAND };
  if (c.base === 'open-t0' || c.base === 'open-event')
    return { cannot: 'stock-built buckets use closes only' };
  const d = stockDates(claim, c);
  if (isCannot(d)) return d;
  const scheme = stockScheme(share);
  const b = await data.stockBuckets({ scheme, breakpoints: c.breakpoints, universe: c.universe, ...d });
  if (isCannot(b)) return b;
  const W = b.labels.length + 1;
  const col = g === 'market' ? W - 1 : g.side === 'Lo' ? 0 : W - 2;
  const span = claimSpan(b.days, claim.window, c);
  if (isCannot(span)) return span;
  const r = b.returns[weighting];
  let acc = 1;
  for (let i = span.base + 1; i <= span.end; i++) acc *= 1 + r[i * W + col];
  const from = fromDay(b.days[span.base]);
  const to = fromDay(b.days[span.end]);
  if (Number.isNaN(acc))
    return { cannot: `stock-built ${b.labels[col] ?? 'universe'}: a return is missing ${from} → ${to}` };
  const label = g === 'market' ? 'universe' : b.labels[col];
  return {
    value: acc - 1,
    from,
    to,
    description: `stock-built ${scheme} ${label} (${c.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${c.universe === 'common' ? 'common stocks' : 'every listed type'}, ${weighting}, formed ${fromDay(b.days[0])}) compounded after ${from} through ${to}`,
    datasets: [{ name: b.dataset, vintage: null }],
  };
}

/** The market leg: French Mkt-RF + RF, the S&P 500, or the stock-built universe. */
async function marketLeg(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  share: SizeGroup['share'] | null,
): Promise<Leg | CannotCheck> {
  if (c.market === '^GSPC') return barsLeg(data, '^GSPC', claim, { ...c, proxy: 'index' });
  if (c.market === 'universe-ew' || c.market === 'universe-vw') {
    return stockLeg(data, 'market', claim, c, c.market === 'universe-ew' ? 'equal' : 'value', share ?? 10);
  }
  if (c.base === 'open-t0' || c.base === 'open-event')
    return { cannot: 'French factors have no opening prices' };
  const freq = frequencyOf(claim);
  const ms = await data.market(freq);
  if (!ms) return { cannot: `no ${freq} market factors (Mkt-RF, RF) in the store` };
  const span = claimSpan(ms.days, claim.window, c);
  if (isCannot(span)) return span;
  return seriesLeg(ms, span, `the market (French Mkt-RF + RF, value-weighted, ${freq})`);
}

/** Any subject as a leg. */
function leg(data: ClaimData, subject: string, claim: Claim, c: Resolved): Promise<Leg | CannotCheck> {
  if (isMarket(subject)) return marketLeg(data, claim, c, null);
  const g = sizeGroup(subject);
  if (!g) return barsLeg(data, subject, claim, c);
  if (c.source === 'stocks') return stockLeg(data, g, claim, c, c.weighting, g.share);
  return frenchGroupLeg(data, g, claim, c);
}

function difference(a: Leg, b: Leg, joiner: string): Evaluation | CannotCheck {
  if (a.from !== b.from || a.to !== b.to)
    return { cannot: `the two legs cover different dates: ${a.from} → ${a.to} and ${b.from} → ${b.to}` };
  const seen = new Set<string>();
  const datasets = [...a.datasets, ...b.datasets].filter((d) => {
    const k = `${d.name}|${d.vintage}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return {
    value: a.value - b.value,
    from: a.from,
    to: a.to,
    description: `${a.description} ${joiner} ${b.description}`,
    provenance: { datasets },
  };
}

function single(l: Leg | CannotCheck): Evaluation | CannotCheck {
  if (isCannot(l)) return l;
  return {
    value: l.value,
    from: l.from,
    to: l.to,
    description: l.description,
    provenance: { datasets: l.datasets },
  };
}

async function excessReturn(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const subject = claim.subjects[0];
  const a = await leg(data, subject, claim, c);
  if (isCannot(a)) return a;
  const other = claim.subjects[1] ?? 'market';
  const g = sizeGroup(subject);
  const b = isMarket(other)
    ? await marketLeg(data, claim, c, g?.share ?? null)
    : await leg(data, other, claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus');
}

async function spread(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const a = await leg(data, claim.subjects[0], claim, c);
  if (isCannot(a)) return a;
  const b = await leg(data, claim.subjects[1], claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus');
}

const WEEKDAY = { fri: 5, wed: 3 } as const;

async function flow(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const category = claim.subjects[0];
  const f = await data.categoryFlows(category);
  if (!f || f.days.length === 0) return { cannot: 'no flow data in the store', needs: FLOWS_COMMAND };
  const w = claim.window;
  const endDay = WEEKDAY[c.weekEnd];
  let end: number;
  let t0: number | undefined;
  const event = w.kind === 'week' ? w.event : 'event' in w ? w.event : undefined;
  if (event) {
    try {
      t0 = f.days[anchorEvent(new TradingCalendar(f.days), event, c.timing).t0];
    } catch (err) {
      return { cannot: (err as Error).message };
    }
  }
  if (w.kind === 'week' && w.weekEnd) {
    end = toDay(w.weekEnd);
    end -= (weekday(end) - endDay + 7) % 7; // the convention's week end on or before the date given
  } else if (t0 !== undefined)
    end = t0 + ((endDay - weekday(t0) + 7) % 7); // the week end on or after t0
  else return { cannot: 'no week: give week_end or an event' };
  end += 7 * c.endShift;
  let lo = end - 7;
  let hi = end;
  if (c.part !== 'whole') {
    if (t0 === undefined || t0 <= lo || t0 > hi) return { cannot: 'the news does not fall inside this week' };
    if (c.part === 'after') lo = t0 - 1;
    else hi = t0 - 1;
  }
  let sum = 0;
  let n = 0;
  for (let i = 0; i < f.days.length; i++) {
    if (f.days[i] > lo && f.days[i] <= hi && !Number.isNaN(f.flows[i])) {
      sum += f.flows[i];
      n++;
    }
  }
  const part = c.part === 'whole' ? '' : c.part === 'after' ? ' from the news on' : ' before the news';
  if (n === 0) return { cannot: `no flows for ${category} in the week ended ${fromDay(end)}${part}` };
  return {
    value: sum,
    from: fromDay(lo + 1),
    to: fromDay(hi),
    description: `${category} flows summed over ${n} days (${fromDay(lo + 1)} → ${fromDay(hi)}) in the week ended ${fromDay(end)}${part}`,
    provenance: { datasets: [{ name: f.dataset }] },
  };
}

/**
 * The evaluator over a ClaimData (the store's, or a test's).
 * @example const evaluator = makeEvaluator(storeClaimData(store)); await evaluator.return(claim, conventions)
 */
export function makeEvaluator(data: ClaimData): Evaluator {
  return {
    return: async (claim, c) => single(await leg(data, claim.subjects[0], claim, c)),
    'excess-return': (claim, c) => excessReturn(data, claim, c),
    spread: (claim, c) => spread(data, claim, c),
    flow: (claim, c) => flow(data, claim, c),
    record: makeRecordEvaluator(data),
  };
}
