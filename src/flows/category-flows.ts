/**
 * ETF flows by category and period: daily flows per fund (./etf-flows.ts), each fund's category from the
 * registry, summed by period (./aggregate.ts) with an optional event split. Funds missing from the registry
 * are summed under 'unclassified' and listed.
 */
import { fromDay } from '../calendar/dates.ts';
import { parseWeekEnd } from '../calendar/periods.ts';
import { type SumByPeriodOptions, sumByPeriod } from './aggregate.ts';
import { type EtfFlowOptions, etfFlows, METHOD_CODES } from './etf-flows.ts';
import type { FlowInputs } from './inputs.ts';

/** A registry row: the fund and its category ('US small cap', …). */
export interface FundCategory {
  ticker: string;
  category: string;
}

/** Options of {@link categoryFlows}. */
export interface CategoryFlowOptions extends EtfFlowOptions, Omit<SumByPeriodOptions, 'weekEnd'> {
  /** Last day of the week: a weekday name or number; defaults to 'fri'. */
  weekEnd?: string | number;
  /** Only these categories (default: all). */
  categories?: readonly string[];
}

/** One category's total for one period. */
export interface CategoryFlowRow {
  category: string;
  periodStart: string;
  periodEnd: string;
  /** Net flow, USD. */
  flow: number;
  beforeEvent: number;
  afterEvent: number;
  observations: number;
  missing: number;
  provisional: boolean;
}

/** Category flows with what they rest on. */
export interface CategoryFlows {
  rows: CategoryFlowRow[];
  /** The funds in each category that had inputs. */
  funds: Record<string, string[]>;
  /** Tickers with inputs but no registry entry (summed as 'unclassified'). */
  unclassified: string[];
  /** Rows where methods disagree: ticker, date, each method's flow. */
  disagreements: { ticker: string; date: string; given: number; shares: number; aum: number }[];
  counts: { rows: number; missing: number; disagreements: number; splits: number; navFromPrice: number };
  /** Methods used, by name, with their row counts. */
  methods: Record<string, number>;
  conventions: string[];
}

/**
 * Net flows by category and period (week ending Friday unless told), split at an event when given.
 * @example categoryFlows(inputs, registry, { period: 'week', event: { date: '2016-11-08' } }).rows
 */
export function categoryFlows(
  x: FlowInputs,
  registry: readonly FundCategory[],
  options: CategoryFlowOptions = {},
): CategoryFlows {
  const weekEnd = parseWeekEnd(options.weekEnd ?? 'fri');
  const daily = etfFlows(x, options);
  const byTicker = new Map(registry.map((r) => [r.ticker.toUpperCase(), r.category]));
  const names: string[] = [];
  const tickerGroup = new Int32Array(x.tickers.length);
  const funds: Record<string, string[]> = {};
  const unclassified: string[] = [];
  x.tickers.forEach((t, k) => {
    const c = byTicker.get(t.toUpperCase()) ?? 'unclassified';
    if (c === 'unclassified') unclassified.push(t);
    let g = names.indexOf(c);
    if (g < 0) g = names.push(c) - 1;
    tickerGroup[k] = g;
    funds[c] = [...(funds[c] ?? []), t];
  });
  const group = new Int32Array(x.day.length);
  for (let i = 0; i < group.length; i++) group[i] = tickerGroup[x.ticker[i]];
  const totals = sumByPeriod(x.day, daily.flow, group, { ...options, weekEnd });
  const wanted = options.categories ? new Set(options.categories) : null;
  const rows: CategoryFlowRow[] = [];
  for (let o = 0; o < totals.group.length; o++) {
    const category = names[totals.group[o]];
    if (wanted && !wanted.has(category)) continue;
    rows.push({
      category,
      periodStart: fromDay(totals.start[o]),
      periodEnd: fromDay(totals.end[o]),
      flow: totals.observations[o] ? totals.total[o] : Number.NaN,
      beforeEvent: totals.before[o],
      afterEvent: totals.after[o],
      observations: totals.observations[o],
      missing: totals.missing[o],
      provisional: totals.provisional[o] === 1,
    });
  }
  const disagreements: CategoryFlows['disagreements'] = [];
  const methods: Record<string, number> = {};
  for (let i = 0; i < x.day.length; i++) {
    const m = METHOD_CODES[daily.method[i]];
    methods[m] = (methods[m] ?? 0) + 1;
    if (!daily.disagree[i]) continue;
    const { given, shares, aum } = daily.byMethod;
    disagreements.push({
      ticker: x.tickers[x.ticker[i]],
      date: fromDay(x.day[i]),
      given: given[i],
      shares: shares[i],
      aum: aum[i],
    });
  }
  return {
    rows,
    funds,
    unclassified,
    disagreements,
    counts: daily.counts,
    methods,
    conventions: flowConventions(options, weekEnd),
  };
}

/** The conventions a flows output rests on, in words. */
export function flowConventions(options: CategoryFlowOptions, weekEnd: number): string[] {
  const day = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekEnd];
  const out = [
    `period: ${options.period ?? 'week'}${(options.period ?? 'week') === 'week' ? ` ending ${day}` : ''} (calendar days)`,
    `method: ${options.method ?? 'auto'} (vendor flow, else (SO_t − k·SO_t−1) × NAV_${options.navTiming === 'previous' ? 't−1/k' : 't'}, else AUM_t − AUM_t−1 × k·NAV_t/NAV_t−1; k = split factor)`,
    'NAV falls back to the closing price where missing; splits from bars.split_factor or detected from matched share/NAV jumps',
    "flows in USD; a period not over at its category's last date with data is provisional",
  ];
  if (options.event) {
    const timing = options.event.timing ?? 'after-close';
    out.push(
      `event ${options.event.date} (${timing}): flows dated ${timing === 'after-close' ? 'after' : 'on or after'} it count as after the event`,
    );
  }
  return out;
}
