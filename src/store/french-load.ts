/**
 * Reading French's library out of the store as typed columns: portfolio returns and factor returns on one
 * date axis each (NaN where a value is missing), newest vintage unless one is given.
 */
import { type Provenance, provenanceOf } from '../provenance.ts';
import type { Store } from './store.ts';

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
