/**
 * The legs of a claim over its window, one per engine: bars of an index or fund (adjusted close = total
 * return, close = price return; `proxy: 'etf'` reads the ETF tracking an index), French's size portfolios
 * (NYSE breakpoints, ./evaluate-french.ts), and the market (French Mkt-RF + RF, the S&P 500, or the
 * stock-built universe). Stock-built buckets: ./evaluate-stocks.ts.
 */
import { fromDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimSpan, closesOnly, compoundSpan, type Span, spanEnd } from './claim-span.ts';
import { INDEX_ETF, type SizeGroup } from './claim-subjects.ts';
import { stockLeg } from './evaluate-stocks.ts';
import type { CannotCheck, ClaimData, Evaluation, PriceBars, Resolved, ReturnSeries } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

export type Datasets = Evaluation['provenance']['datasets'];

/** One leg: a compounded return with its dates and sources. */
export interface Leg {
  value: number;
  from: string;
  to: string;
  description: string;
  datasets: Datasets;
  /** Conventions to state in the verdict (Evaluation.notes). */
  notes?: string[];
}

/** Rows of `bars` where `values` is present, as compact arrays (opens on the same basis). */
export function present(
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

export function hasAny(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isNaN(a[i])) return true;
  return false;
}

/** A return over a claim's window from one security's bars. */
export async function barsLeg(
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
    // An index's adjusted close is its level (no dividend adjusts a price index): a price return too.
    if (!hasAny(bars.close) && !(isIndex && hasAny(bars.adjClose)))
      return { cannot: `${id}: ${bars.dataset} holds adjusted prices only, so no price return` };
    values = hasAny(bars.close) ? bars.close : bars.adjClose;
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
  const end = spanEnd(p, span, claim);
  if (isCannot(end)) return end;
  if (!(end.price > 0)) return { cannot: `${id}: no ${end.word} on ${to}` };
  return {
    value: end.price / start - 1,
    from,
    to,
    description: `${id} ${basis}: ${span.open ? 'open' : 'close'} ${from} → ${end.word} ${to}`,
    datasets: [{ name: bars.dataset, vintage: bars.vintage }],
    // A total return the claim states, of an index, read from its fund: say so, as the fund trails the
    // index by its costs.
    ...(id !== subject && c.returnType === 'total' && claim.conventions?.returnType === 'total'
      ? {
          notes: [
            `${id}'s total return stands for the ${subject} total return (the store holds the index's price only; a fund trails its index by its costs)`,
          ],
        }
      : {}),
  };
}

/** A French return series compounded over a span of its own days. */
export function seriesLeg(
  s: ReturnSeries,
  span: Span & { from?: string; note?: string },
  what: string,
): Leg | CannotCheck {
  const from = span.base < 0 && span.from ? span.from : fromDay(s.days[span.base]);
  const to = fromDay(s.days[span.end]);
  const v = compoundSpan(s.values, span);
  if (Number.isNaN(v)) return { cannot: `${what}: a return is missing between ${from} and ${to}` };
  return {
    value: v,
    from,
    to,
    description: `${what} compounded after ${from} through ${to}`,
    datasets: [{ name: s.dataset, vintage: s.vintage }],
    ...(span.note ? { notes: [span.note] } : {}),
  };
}

export function frequencyOf(claim: Claim): 'daily' | 'monthly' {
  return claim.window.kind === 'month' ? 'monthly' : 'daily';
}

/** The market leg: French Mkt-RF + RF, the S&P 500, or the stock-built universe. */
export async function marketLeg(
  data: ClaimData,
  claim: Claim,
  c: Resolved,
  share: SizeGroup['share'] | null,
): Promise<Leg | CannotCheck> {
  if (c.market === '^GSPC') return barsLeg(data, '^GSPC', claim, { ...c, proxy: 'index' });
  if (c.market === 'universe-ew' || c.market === 'universe-vw') {
    return stockLeg(data, 'market', claim, c, c.market === 'universe-ew' ? 'equal' : 'value', share ?? 10);
  }
  const opens = closesOnly(claim, c, 'French factors');
  if (opens) return opens;
  const freq = frequencyOf(claim);
  const ms = await data.market(freq);
  if (!ms) return { cannot: `no ${freq} market factors (Mkt-RF, RF) in the store` };
  const span = claimSpan(ms.days, claim.window, c);
  if (isCannot(span)) return span;
  return seriesLeg(ms, span, `the market (French Mkt-RF + RF, value-weighted, ${freq})`);
}
