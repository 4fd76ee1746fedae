/**
 * The store-backed `ClaimData` for claim checking (src/findings/evaluator.ts): bars of one security, French
 * size portfolios from `portfolio_series` (dataset 'french/Portfolios_Formed_on_ME'; daily value-weighted,
 * monthly value- and equal-weighted; decimals), the French market (Mkt-RF + RF from `factors`), and a
 * category's summed flows from `etf_flows` joined to `etfs`. Each loaded series is cached per call site.
 *
 * Choices, stated in every evaluation's provenance: among several datasets holding a security, the one with
 * the most rows (then the latest last date, then the name); the newest vintage of a portfolio series; for
 * the market, the factor vintage equal to the portfolio's when the store has it (never mix vintages
 * silently), else the newest.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { STOCKS_COMMAND } from '../findings/evaluate.ts';
import type {
  CannotCheck,
  ClaimData,
  PriceBars,
  ReturnSeries,
  StockBucketQuery,
  StockBuckets,
} from '../findings/evaluator.ts';
import { SECURITY_TYPES } from '../formats/security-type.ts';
import { computeBuckets } from '../portfolios/engine.ts';
import type { Panel } from '../portfolios/panel.ts';
import type { Store } from '../store/store.ts';
import { loadPanel } from './panel.ts';

export const SIZE_DATASET = 'french/Portfolios_Formed_on_ME';
export const FACTORS_DATASET = 'french/F-F_Research_Data_Factors';

async function vintageOf(store: Store, dataset: string): Promise<string | null> {
  const r = await store.one<{ vintage: string | null }>('SELECT vintage FROM datasets WHERE name = $1', [
    dataset,
  ]);
  return r?.vintage ?? null;
}

async function loadBars(store: Store, id: string): Promise<PriceBars | null> {
  const best = await store.one<{ source: string }>(
    `SELECT source FROM bars WHERE id = $1 GROUP BY source ORDER BY count(*) DESC, max(date) DESC, source LIMIT 1`,
    [id],
  );
  if (!best) return null;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, open, close, adj_close FROM bars
      WHERE id = $1 AND source = $2 ORDER BY date`,
    [id, best.source],
    { numbers: ['adj_close', 'close', 'd', 'open'] },
  );
  return {
    id,
    dataset: best.source,
    vintage: await vintageOf(store, best.source),
    days: Int32Array.from(cols.d),
    open: cols.open,
    close: cols.close,
    adjClose: cols.adj_close,
  };
}

async function loadPortfolio(
  store: Store,
  name: string,
  frequency: string,
  weighting: string,
): Promise<ReturnSeries | null> {
  const v = await store.one<{ v: string | null }>(
    `SELECT max(vintage) AS v FROM portfolio_series
      WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND measure = 'return' AND portfolio = $4`,
    [SIZE_DATASET, frequency, weighting, name],
  );
  if (!v?.v) return null;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, value FROM portfolio_series
      WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND weighting = $4 AND measure = 'return' AND portfolio = $5
      ORDER BY date`,
    [SIZE_DATASET, v.v, frequency, weighting, name],
    { numbers: ['d', 'value'] },
  );
  return {
    dataset: SIZE_DATASET,
    vintage: v.v,
    days: Int32Array.from(cols.d),
    values: cols.value,
  };
}

async function loadMarket(store: Store, frequency: string, vintage?: string): Promise<ReturnSeries | null> {
  const vs = await store.all<{ v: string }>(
    `SELECT DISTINCT vintage AS v FROM factors WHERE dataset = $1 AND frequency = $2 ORDER BY v DESC`,
    [FACTORS_DATASET, frequency],
  );
  if (vs.length === 0) return null;
  const use = vs.find((r) => r.v === vintage)?.v ?? vs[0].v;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, sum(value) AS v, count(value)::INTEGER AS n FROM factors
      WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND factor IN ('Mkt-RF', 'RF')
      GROUP BY date ORDER BY date`,
    [FACTORS_DATASET, use, frequency],
    { numbers: ['d', 'n', 'v'] },
  );
  const values = cols.v;
  const n = cols.n;
  for (let i = 0; i < values.length; i++) if (n[i] !== 2) values[i] = Number.NaN; // both factors or missing
  return { dataset: FACTORS_DATASET, vintage: use, days: Int32Array.from(cols.d), values };
}

async function loadFlows(store: Store, category: string) {
  const n = await store.one<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM etf_flows f JOIN etfs e ON e.ticker = f.ticker
      WHERE lower(e.category) = lower($1) AND f.flow IS NOT NULL`,
    [category],
  );
  if (!n?.n) return null;
  const cols = await store.typedColumns(
    `SELECT (f.date - DATE '1970-01-01')::INTEGER AS d, sum(f.flow) AS flow
       FROM etf_flows f JOIN etfs e ON e.ticker = f.ticker
      WHERE lower(e.category) = lower($1) AND f.flow IS NOT NULL
      GROUP BY f.date ORDER BY f.date`,
    [category],
    { numbers: ['d', 'flow'] },
  );
  const days = cols.d;
  if (days.length === 0) return null;
  // The datasets as rows (not aggregated into a string to be split back).
  const rows = await store.all<{ src: string }>(
    `SELECT DISTINCT f.source AS src FROM etf_flows f JOIN etfs e ON e.ticker = f.ticker
      WHERE lower(e.category) = lower($1) AND f.flow IS NOT NULL ORDER BY src`,
    [category],
  );
  const sources = rows.map((r) => r.src);
  return { dataset: sources.join(', '), days: Int32Array.from(days), flows: cols.flow };
}

/** The stock panel's dataset and its date range, or null when the store holds none. */
async function panelRange(store: Store): Promise<{ name: string; first: string; last: string } | null> {
  const d = await store.one<{ name: string }>(
    `SELECT name FROM datasets WHERE name = 'kaggle/stocks' OR kind = 'stock-panel' ORDER BY name <> 'kaggle/stocks', name LIMIT 1`,
  );
  if (!d) return null;
  const r = await store.one<{ first: string; last: string }>(
    `SELECT strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last FROM bars WHERE source = $1`,
    [d.name],
  );
  if (!r?.first) return null;
  return { name: d.name, first: r.first, last: r.last };
}

/** Every listed type (for 'universe: all'): all of capgap's security types but indices. */
const ALL_TYPES = SECURITY_TYPES.filter((t) => t !== 'index');

/**
 * Stock-built buckets for one engine configuration, formed once at the last close on or before
 * `q.formation` and held from the next session (src/portfolios/engine.ts). The panel is loaded once per
 * (formation, to) and each configuration computed once with the three weightings together.
 */
function stockBucketsOf(store: Store) {
  const range = memo(() => panelRange(store));
  const panels = memo(async (from: string, to: string): Promise<Panel> => loadPanel(store, { from, to }));
  return memo(async (q: StockBucketQuery): Promise<StockBuckets | CannotCheck> => {
    const r = await range();
    if (!r) return { cannot: 'needs a stock panel', needs: STOCKS_COMMAND };
    if (q.formation < r.first || q.formation > r.last)
      return { cannot: `the stock panel (${r.name}) covers ${r.first} .. ${r.last}, not ${q.formation}` };
    const from = fromDay(toDay(q.formation) - 20);
    const panel = await panels(from, q.to);
    const weightings = ['value', 'equal', 'equal-hold'] as const;
    let res: ReturnType<typeof computeBuckets>;
    try {
      res = computeBuckets(panel, {
        scheme: q.scheme,
        breakpoints: q.breakpoints,
        types: q.universe === 'common' ? ['common'] : ALL_TYPES,
        formation: q.formation,
        weightings: [...weightings],
        to: q.to,
      });
    } catch (err) {
      return { cannot: `stock-built buckets: ${(err as Error).message}` };
    }
    const W = res.labels.length + 1;
    const n = res.dates.length + 1;
    const days = new Int32Array(n);
    days[0] = toDay(res.formations[0].date);
    for (let i = 0; i < res.dates.length; i++) days[i + 1] = toDay(res.dates[i]);
    const returns = {} as StockBuckets['returns'];
    for (const w of weightings) {
      const a = new Float64Array(n * W).fill(Number.NaN);
      a.set(res.returns[w] as Float64Array, W);
      returns[w] = a;
    }
    return {
      dataset: r.name,
      labels: res.labels,
      days,
      returns,
      conventions: [
        `${q.scheme} on market cap, ${q.breakpoints === 'nyse' ? 'NYSE' : 'all-stock'} breakpoints, ${q.universe === 'common' ? 'common stocks' : 'every listed type'}`,
        `formed once at the ${res.formations[0].date} close`,
      ],
    };
  });
}

function memo<A extends unknown[], R>(fn: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  const cache = new Map<string, Promise<R>>();
  return (...a: A) => {
    const k = JSON.stringify(a);
    let p = cache.get(k);
    if (!p) {
      p = fn(...a);
      cache.set(k, p);
    }
    return p;
  };
}

/**
 * ClaimData reading from a store (cached per instance: build one per check run).
 * @example const evaluator = makeEvaluator(storeClaimData(store));
 */
export function storeClaimData(store: Store): ClaimData {
  return {
    bars: memo((id: string) => loadBars(store, id)),
    portfolio: memo((name: string, frequency: 'daily' | 'monthly', weighting: 'value' | 'equal') =>
      loadPortfolio(store, name, frequency, weighting),
    ),
    market: memo((frequency: 'daily' | 'monthly', vintage?: string) => loadMarket(store, frequency, vintage)),
    categoryFlows: memo((category: string) => loadFlows(store, category)),
    stockBuckets: stockBucketsOf(store),
  };
}
