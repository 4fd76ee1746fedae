/**
 * The store-backed `ClaimData` for claim checking (src/findings/evaluator.ts): bars of one security, French
 * size portfolios from `portfolio_series` (dataset 'french/Portfolios_Formed_on_ME'; daily value-weighted,
 * monthly value- and equal-weighted; decimals), the French market (Mkt-RF + RF from `factors`), and a
 * category's or fund's summed flows (./claims-flows.ts); stock-built buckets (./claims-stock-buckets.ts), sector
 * series (./claims-sectors.ts) and regional French factors (./claims-regions.ts). Each loaded series is cached
 * per call site.
 *
 * Choices, stated in every evaluation's provenance: among several datasets holding a security, the one with
 * the most rows (then the latest last date, then the name); the newest vintage of a portfolio series; for
 * the market, the factor vintage equal to the portfolio's when the store has it (never mix vintages
 * silently), else the newest.
 */
import type { ClaimData, PriceBars, ReturnSeries } from '../findings/evaluator.ts';
import { SIZE_DATASET } from '../formats/french-names.ts';
import type { Store } from '../store/store.ts';
import { subjectFlows } from './claims-flows.ts';
import { regionSeriesOf } from './claims-regions.ts';
import { sectorCellsOf } from './claims-sectors.ts';
import { memo, stockBucketsOf } from './claims-stock-buckets.ts';

export const FACTORS_DATASET = 'french/F-F_Research_Data_Factors';

async function vintageOf(store: Store, dataset: string): Promise<string | null> {
  const r = await store.one<{ vintage: string | null }>('SELECT vintage FROM datasets WHERE name = $1', [
    dataset,
  ]);
  return r?.vintage ?? null;
}

/**
 * A vendor's broken bar, left out of a security's closes: one print (open = high = low = close) in a series
 * whose bar before it has a range, more than 5% from the close before and more than 5% back the next day. The
 * alphavantage files of IWD, IWF, IWN, IJS, IJT and IWV print the May 6, 2010 flash crash's lows as that day's
 * whole bar (IWF "closed" at 40.31 between 51.65 and 49.11); a record or a return over that day would be the
 * glitch's. Series of closes only (the S&P 500 before 1962) have no range and keep every bar. A zero close (an
 * imported file's) is divided, never taken a logarithm of, so no error; a one-print zero between two closes is
 * left out too.
 */
const ONE_PRINT_SPIKE = `open = high AND high = low AND low = close AND ph > pl
  AND abs(close / pc - 1) > 0.05 AND abs(nc / close - 1) > 0.05 AND sign(close - pc) <> sign(nc - close)`;

async function loadBars(store: Store, id: string): Promise<PriceBars | null> {
  const best = await store.one<{ source: string }>(
    `SELECT source FROM bars WHERE id = $1 GROUP BY source ORDER BY count(*) DESC, max(date) DESC, source LIMIT 1`,
    [id],
  );
  if (!best) return null;
  const cols = await store.typedColumns(
    `WITH b AS (SELECT date, open, high, low, close, adj_close, lag(close) OVER w AS pc, lead(close) OVER w AS nc,
        lag(high) OVER w AS ph, lag(low) OVER w AS pl FROM bars WHERE id = $1 AND source = $2 WINDOW w AS (ORDER BY date))
      SELECT (date - DATE '1970-01-01')::INTEGER AS d, open, close, adj_close FROM b WHERE NOT coalesce(${ONE_PRINT_SPIKE}, false)
      ORDER BY date`,
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

/** One French US factor's returns ('SMB'), the latest vintage of the frequency. */
async function loadFactor(store: Store, name: string, frequency: string): Promise<ReturnSeries | null> {
  const v = await store.one<{ v: string | null }>(
    'SELECT max(vintage) AS v FROM factors WHERE dataset = $1 AND frequency = $2 AND factor = $3',
    [FACTORS_DATASET, frequency, name],
  );
  if (!v?.v) return null;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, value FROM factors
      WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND factor = $4 ORDER BY date`,
    [FACTORS_DATASET, v.v, frequency, name],
    { numbers: ['d', 'value'] },
  );
  return { dataset: FACTORS_DATASET, vintage: v.v, days: Int32Array.from(cols.d), values: cols.value };
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
    factor: memo((name: string, frequency: 'daily' | 'monthly') => loadFactor(store, name, frequency)),
    categoryFlows: memo((subject: string) => subjectFlows(store, subject)),
    stockBuckets: stockBucketsOf(store),
    sectorCells: sectorCellsOf(store),
    regionSeries: regionSeriesOf(store),
  };
}
