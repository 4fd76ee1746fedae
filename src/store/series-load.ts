/**
 * Reading time series out of the store as typed columns: prices of one security, French portfolio
 * returns, factor returns. The analytics take what these return and never touch the store.
 *
 * Price basis (stated in every output): `total` uses `adj_close` (split- and dividend-adjusted, so
 * returns include dividends); `price` uses `close` (raw). Indices such as ^GSPC and ^RUT are price
 * indices: their "total" series is their close, and the result says `price index`.
 */
import { type Provenance, provenanceOf } from '../provenance.ts';
import type { Store } from './store.ts';

/** A dated series of values, day numbers ascending. */
export interface DatedSeries {
  days: Int32Array;
  values: Float64Array;
}

/** A price series with what it is. */
export interface PriceSeries extends DatedSeries {
  id: string;
  /** The dataset (bars.source) it came from. */
  dataset: string;
  /** What the values are: adjusted close (total return), raw close (price), or a price index level. */
  basis: 'total' | 'price' | 'price index';
  vintage: string | null;
  source: string | null;
  /** The same, typed (src/provenance.ts): daily closes of one security. */
  provenance: Provenance;
}

/**
 * Loads one security's closes. With `basis: 'total'` (default) takes `adj_close` where the dataset has it,
 * else `close` (and says so). Among several datasets holding the id, takes the one with the most rows
 * that have the wanted column, then the latest last date, then the name.
 * @example const rut = await loadPrices(store, '^RUT');
 */
export async function loadPrices(
  store: Store,
  id: string,
  options: { basis?: 'total' | 'price'; dataset?: string } = {},
): Promise<PriceSeries> {
  const basis = options.basis ?? 'total';
  const candidates = await store.all<{ source: string; n_adj: number; n_close: number; last: string }>(
    `SELECT source, count(adj_close)::DOUBLE AS n_adj, count(close)::DOUBLE AS n_close, max(date) AS last
       FROM bars WHERE id = $1 ${options.dataset ? 'AND source = $2' : ''}
      GROUP BY source`,
    options.dataset ? [id, options.dataset] : [id],
  );
  if (candidates.length === 0) {
    throw new Error(
      `no prices for ${JSON.stringify(id)} in the store${options.dataset ? ` (dataset ${options.dataset})` : ''}; import a price file with \`capgap import\``,
    );
  }
  const want = (c: (typeof candidates)[number]) => (basis === 'total' ? c.n_adj || c.n_close : c.n_close);
  // A user's import wins over the embedded data for the same security (docs/data-model.md), then the most
  // rows, the latest data, the dataset's name.
  const embedded = await embeddedSources(store);
  const rank = (c: (typeof candidates)[number]) => (want(c) > 0 && !embedded.has(c.source) ? 0 : 1);
  candidates.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      want(b) - want(a) ||
      (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) ||
      (a.source < b.source ? -1 : 1),
  );
  const best = candidates[0];
  if (want(best) === 0) {
    throw new Error(
      `${id}: no raw closes in the store (dataset ${best.source} holds adjusted prices only); use basis "total"`,
    );
  }
  const isIndex = id.startsWith('^');
  const column = basis === 'total' && best.n_adj > 0 && !isIndex ? 'adj_close' : 'close';
  const valueCol = column === 'close' && best.n_close === 0 ? 'adj_close' : column;
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, ${valueCol} AS v FROM bars
      WHERE id = $1 AND source = $2 AND ${valueCol} IS NOT NULL ORDER BY date`,
    [id, best.source],
    { numbers: ['d', 'v'] },
  );
  const meta = await store.one<{ vintage: string | null; source: string | null }>(
    'SELECT vintage, source FROM datasets WHERE name = $1',
    [best.source],
  );
  return {
    id,
    dataset: best.source,
    basis: isIndex ? 'price index' : valueCol === 'adj_close' ? 'total' : 'price',
    days: Int32Array.from(cols.d),
    values: cols.v,
    vintage: meta?.vintage ?? null,
    source: meta?.source ?? null,
    provenance: provenanceOf(best.source, { ...meta, frequency: 'daily' }),
  };
}

/** Portfolio return series sharing one date axis: `returns[name][i]` is the return on `days[i]` (decimal). */
export interface PortfolioPanel {
  dataset: string;
  vintage: string;
  frequency: string;
  weighting: string;
  /** The same, typed (src/provenance.ts). */
  provenance: Provenance;
  days: Int32Array;
  returns: Record<string, Float64Array>;
}

/**
 * Loads returns of `portfolios` from `portfolio_series` on one date axis (NaN where a value is missing).
 * Takes the newest vintage unless one is given.
 */
export async function loadPortfolioReturns(
  store: Store,
  options: {
    dataset: string;
    frequency: string;
    weighting: string;
    portfolios: string[];
    vintage?: string;
    /** Only dates in [from, to] (ISO, inclusive); default all. */
    from?: string;
    to?: string;
  },
): Promise<PortfolioPanel> {
  const { dataset, frequency, weighting, portfolios } = options;
  const vintage =
    options.vintage ??
    (
      await store.one<{ v: string }>(
        `SELECT max(vintage) AS v FROM portfolio_series WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND measure = 'return'`,
        [dataset, frequency, weighting],
      )
    )?.v;
  if (!vintage) {
    throw new Error(
      `no ${frequency} ${weighting}-weighted returns of ${dataset} in the store; import the French file with \`capgap import\``,
    );
  }
  const list = portfolios.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, portfolio, value FROM portfolio_series
      WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND weighting = $4 AND measure = 'return'
        AND portfolio IN (${list}) ${range(options, 5)} ORDER BY date, portfolio`,
    [dataset, vintage, frequency, weighting, ...rangeParams(options)],
    { numbers: ['d', 'value'], strings: ['portfolio'] },
  );
  return {
    dataset,
    vintage,
    frequency,
    weighting,
    provenance: provenanceOf(dataset, {
      source: await sourceOf(store, dataset),
      frequency,
      weighting,
      vintage,
    }),
    ...pivot(cols.d, cols.portfolio, cols.value, portfolios),
  };
}

/** The datasets read in place from the embedded data (none for a store opened without them). */
async function embeddedSources(store: Store): Promise<Set<string>> {
  try {
    const rows = await store.all<{ name: string }>("SELECT name FROM datasets WHERE origin = 'embedded'");
    return new Set(rows.map((r) => r.name));
  } catch {
    return new Set(); // a plain store: its datasets table has no origin column
  }
}

/** Factor series on one date axis (decimals), newest vintage unless given. */
export async function loadFactors(
  store: Store,
  options: {
    dataset?: string;
    frequency: string;
    factors: string[];
    vintage?: string;
    /** Only dates in [from, to] (ISO, inclusive); default all. */
    from?: string;
    to?: string;
  },
): Promise<{
  dataset: string;
  vintage: string;
  provenance: Provenance;
  days: Int32Array;
  values: Record<string, Float64Array>;
}> {
  const dataset = options.dataset ?? 'french/F-F_Research_Data_Factors';
  const vintage =
    options.vintage ??
    (
      await store.one<{ v: string }>(
        'SELECT max(vintage) AS v FROM factors WHERE dataset = $1 AND frequency = $2',
        [dataset, options.frequency],
      )
    )?.v;
  if (!vintage) throw new Error(`no ${options.frequency} factors of ${dataset} in the store`);
  const list = options.factors.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
  const cols = await store.typedColumns(
    `SELECT (date - DATE '1970-01-01')::INTEGER AS d, factor, value FROM factors
      WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND factor IN (${list}) ${range(options, 4)}
      ORDER BY date, factor`,
    [dataset, vintage, options.frequency, ...rangeParams(options)],
    { numbers: ['d', 'value'], strings: ['factor'] },
  );
  const p = pivot(cols.d, cols.factor, cols.value, options.factors);
  const provenance = provenanceOf(dataset, {
    source: await sourceOf(store, dataset),
    frequency: options.frequency,
    vintage,
  });
  return { dataset, vintage, provenance, days: p.days, values: p.returns };
}

/** The dataset's `source` in the datasets table (null when it has none). */
async function sourceOf(store: Store, dataset: string): Promise<string | null> {
  return (
    (await store.one<{ source: string | null }>('SELECT source FROM datasets WHERE name = $1', [dataset]))
      ?.source ?? null
  );
}

/** The vintages present for a dataset and frequency (to state or to match them). */
export async function vintages(
  store: Store,
  table: 'portfolio_series' | 'factors',
  dataset: string,
  frequency: string,
): Promise<string[]> {
  const rows = await store.all<{ v: string }>(
    `SELECT DISTINCT vintage AS v FROM ${table} WHERE dataset = $1 AND frequency = $2 ORDER BY v`,
    [dataset, frequency],
  );
  return rows.map((r) => r.v);
}

/** `AND date >= $n …` for the optional date range, with its parameters from `rangeParams`. */
function range(o: { from?: string; to?: string }, n: number): string {
  let sql = '';
  if (o.from) sql += ` AND date >= $${n++}::DATE`;
  if (o.to) sql += ` AND date <= $${n}::DATE`;
  return sql;
}

function rangeParams(o: { from?: string; to?: string }): string[] {
  return [o.from, o.to].filter((v): v is string => v !== undefined);
}

function pivot(d: Float64Array, names: string[], values: Float64Array, wanted: string[]) {
  const days: number[] = [];
  for (let i = 0; i < d.length; i++) if (i === 0 || d[i] !== d[i - 1]) days.push(d[i]);
  const returns: Record<string, Float64Array> = {};
  for (const w of wanted) returns[w] = new Float64Array(days.length).fill(Number.NaN);
  let k = -1;
  for (let i = 0; i < d.length; i++) {
    if (i === 0 || d[i] !== d[i - 1]) k++;
    returns[names[i]][k] = values[i];
  }
  return { days: Int32Array.from(days), returns };
}
