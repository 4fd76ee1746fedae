/**
 * ETF flow inputs in the store (table `etf_flows`) read back as typed columns (with the close and split
 * factors from `bars`), and the one-call `weeklyCategoryFlows(store, …)`.
 *
 * Flow files are written by `capgap import` (kind 'etf-flows', src/formats/generic.ts): `date,ticker` plus
 * any of `flow` (a vendor's net flow, USD), `shares_outstanding`, `nav` (USD per share), `aum` (USD). There is
 * no real flow data in capgap's embedded dataset: without an import, the flows commands say so.
 */
import { fromDay } from '../calendar/dates.ts';
import { type CategoryFlowOptions, type CategoryFlows, categoryFlows } from '../flows/category-flows.ts';
import type { FlowInputs } from '../flows/inputs.ts';
import { readEtfRegistry } from '../store/etf-registry.ts';
import type { Store } from '../store/store.ts';

/** What to say when the store has no flow inputs. */
export const NO_FLOW_DATA =
  'no flow data in the store: import a vendor export (date,ticker,flow) or a shares-outstanding/NAV file (date,ticker,shares_outstanding,nav[,aum]) with `capgap import FILE`';

/** Options of {@link readFlowInputs}. */
export interface ReadFlowOptions {
  tickers?: readonly string[];
  /** Only this source of `etf_flows`; required when a ticker has rows from several sources. */
  source?: string;
  from?: string;
  to?: string;
}

/**
 * The flow inputs in the store as typed columns sorted by ticker and date, with the close (any `bars` source,
 * for NAV fallback) and the product of `bars.split_factor` over (previous flow date, date].
 * @example const x = await readFlowInputs(store, { tickers: ['IWM', 'IJR'] });
 */
export async function readFlowInputs(store: Store, options: ReadFlowOptions = {}): Promise<FlowInputs> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, v: string) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (options.source) add('source = ?', options.source);
  if (options.from) add('date >= ?::DATE', options.from);
  if (options.to) add('date <= ?::DATE', options.to);
  if (options.tickers?.length) {
    const marks = options.tickers.map((t) => {
      params.push(t.toUpperCase());
      return `$${params.length}`;
    });
    where.push(`ticker IN (${marks.join(', ')})`);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const multi = await store.all(
    `SELECT ticker, string_agg(DISTINCT source, ', ') AS sources FROM etf_flows ${filter} GROUP BY ticker HAVING count(DISTINCT source) > 1`,
    params,
  );
  if (multi.length) {
    throw new Error(
      `etf_flows holds several sources for ${multi[0].ticker} (${multi[0].sources}); choose one with --source`,
    );
  }
  const count = await store.one<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM etf_flows ${filter}`,
    params,
  );
  if (!count?.n) return emptyInputs(); // (Store.columns cannot read an empty result)
  const cols = await store.typedColumns(
    `WITH f AS (
       SELECT ticker, date, flow, shares_outstanding, nav, aum,
              lag(date) OVER (PARTITION BY ticker ORDER BY date) AS prev
       FROM etf_flows ${filter}),
     sp AS (SELECT id, date, max(split_factor) AS k FROM bars
            WHERE split_factor > 0 AND split_factor <> 1 GROUP BY id, date),
     s AS (SELECT f.ticker, f.date, exp(sum(ln(sp.k))) AS split FROM f
           JOIN sp ON sp.id = f.ticker AND sp.date > f.prev AND sp.date <= f.date GROUP BY f.ticker, f.date),
     px AS (SELECT id, date, max(close) AS close FROM bars WHERE close > 0 GROUP BY id, date)
     SELECT f.ticker, (f.date - DATE '1970-01-01')::INTEGER AS day, f.flow, f.shares_outstanding, f.nav, f.aum,
            px.close, s.split
     FROM f LEFT JOIN s ON s.ticker = f.ticker AND s.date = f.date
            LEFT JOIN px ON px.id = f.ticker AND px.date = f.date
     ORDER BY f.ticker, f.date`,
    params,
    { numbers: ['day', 'flow', 'shares_outstanding', 'nav', 'aum', 'close', 'split'], strings: ['ticker'] },
  );
  const names = cols.ticker;
  const tickers = [...new Set(names)];
  const index = new Map(tickers.map((t, i) => [t, i]));
  return {
    tickers,
    ticker: Int32Array.from(names, (t) => index.get(t) ?? -1),
    day: Int32Array.from(cols.day),
    flow: cols.flow,
    shares: cols.shares_outstanding,
    nav: cols.nav,
    aum: cols.aum,
    price: cols.close,
    split: cols.split,
  };
}

function emptyInputs(): FlowInputs {
  const f = () => new Float64Array(0);
  return {
    tickers: [],
    ticker: new Int32Array(0),
    day: new Int32Array(0),
    flow: f(),
    shares: f(),
    nav: f(),
    aum: f(),
  };
}

/** Category flows with the store's coverage and a note when there is nothing to sum. */
export interface StoreCategoryFlows extends CategoryFlows {
  /** First and last date of the inputs read, or null. */
  coverage: { from: string; to: string } | null;
  note?: string;
}

/**
 * Net flows by category and period straight from the store: registry from `etfs` (the shipped registry when
 * empty), inputs from `etf_flows`. With no inputs, `rows` is empty and `note` says to import a file.
 * @example await weeklyCategoryFlows(store, { categories: ['US small cap'], event: { date: '2016-11-08' } })
 */
export async function weeklyCategoryFlows(
  store: Store,
  options: CategoryFlowOptions & ReadFlowOptions = {},
): Promise<StoreCategoryFlows> {
  const registry = await readEtfRegistry(store);
  let tickers = options.tickers;
  const known = [...new Set(registry.map((e) => e.category))];
  for (const c of options.categories ?? []) {
    if (!known.includes(c))
      throw new Error(`unknown category: ${JSON.stringify(c)}; expected one of ${known.join(', ')}`);
  }
  if (!tickers && options.categories) {
    tickers = registry.filter((e) => options.categories?.includes(e.category)).map((e) => e.ticker);
  }
  const x = await readFlowInputs(store, { ...options, tickers });
  const result = categoryFlows(x, registry, options);
  if (x.day.length === 0) return { ...result, coverage: null, note: NO_FLOW_DATA };
  let lo = x.day[0];
  let hi = x.day[0];
  for (const d of x.day) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return { ...result, coverage: { from: fromDay(lo), to: fromDay(hi) } };
}
