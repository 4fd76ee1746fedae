/**
 * The French side of `queryBuckets`: size-bucket series read from `portfolio_series`
 * (dataset 'french/Portfolios_Formed_on_ME', latest vintage of the asked frequency and weighting).
 */
import { compound } from '../math/compound.ts';
import { parseScheme } from '../portfolios/breakpoints.ts';
import type { Store } from '../store/store.ts';
import type { BucketQuery, BucketSeries } from './buckets-answer.ts';

/**
 * Reads French's deciles, quintiles or 30-40-30 over [from, to]; monthly dates are 'YYYY-MM'.
 * @example await fromFrench(store, { scheme: 'deciles', weighting: 'value', from: '2016-11-01', to: '2016-11-30' }, 'monthly')
 */
export async function fromFrench(
  store: Store,
  q: BucketQuery,
  frequency: 'daily' | 'monthly',
): Promise<BucketSeries> {
  const weighting = q.weighting ?? 'value';
  if (weighting !== 'equal' && weighting !== 'value')
    throw new Error(`invalid weighting for French's series: "${weighting}"; expected "equal" or "value"`);
  const scheme = parseScheme(q.scheme ?? 'deciles');
  if (!['deciles', 'quintiles', '30-40-30'].includes(scheme.name))
    throw new Error(`French publishes deciles, quintiles and 30-40-30 only; got scheme "${scheme.name}"`);
  const dataset = q.frenchDataset ?? 'french/Portfolios_Formed_on_ME';
  const v = await store.one<{ vintage: string }>(
    `SELECT max(vintage) AS vintage FROM portfolio_series WHERE dataset = $1 AND frequency = $2 AND weighting = $3 AND measure = 'return'`,
    [dataset, frequency, weighting],
  );
  if (!v?.vintage)
    throw new Error(
      `no ${frequency} ${weighting}-weighted series of ${dataset} in the store; import French's file first`,
    );
  const rows = await store.all<{ portfolio: string; date: string; value: number | null }>(
    `SELECT portfolio, date, value FROM portfolio_series
     WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND weighting = $4 AND measure = 'return'
       AND portfolio IN (${scheme.labels.map((l) => `'${l}'`).join(', ')})
       AND date BETWEEN $5::DATE AND $6::DATE ORDER BY date`,
    [dataset, v.vintage, frequency, weighting, q.from ?? '0001-01-01', q.to ?? '9999-12-31'],
  );
  const byDate = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const key = frequency === 'monthly' ? r.date.slice(0, 7) : r.date;
    if (!byDate.has(key)) byDate.set(key, new Array(scheme.labels.length).fill(null));
    byDate.get(key)![scheme.labels.indexOf(r.portfolio)] = r.value;
  }
  const dates = [...byDate.keys()];
  if (!dates.length) await noPeriods(store, { dataset, vintage: v.vintage, frequency, weighting, q });
  const returns = dates.map((d) => byDate.get(d)!);
  const compounded = scheme.labels.map((_, k) =>
    returns.some((r) => r[k] === null)
      ? null
      : compound(
          returns.map((r) => r[k] as number),
          -1,
          returns.length - 1,
        ),
  );
  return {
    source: 'french',
    dataset,
    vintage: v.vintage,
    frequency,
    weighting,
    scheme: scheme.name,
    labels: scheme.labels,
    dates,
    returns,
    compounded,
    conventions: [
      "Kenneth French's Portfolios_Formed_on_ME (CRSP): NYSE breakpoints on end-of-June market equity, formed each June",
      'CRSP share codes 10 and 11 (US ordinary common stocks) on NYSE, AMEX and NASDAQ; total returns',
      weighting === 'value' ? 'value-weighted' : 'equal-weighted',
    ],
  };
}

/**
 * Throws for a range that holds no period: misuse ("empty range", a weekend) when it lies inside the
 * series, a data problem ("no … between", naming what the store holds) when it lies outside.
 */
async function noPeriods(
  store: Store,
  o: { dataset: string; vintage: string; frequency: string; weighting: string; q: BucketQuery },
): Promise<never> {
  const r = await store.one<{ first: string | null; last: string | null }>(
    `SELECT min(date)::VARCHAR AS first, max(date)::VARCHAR AS last FROM portfolio_series
     WHERE dataset = $1 AND vintage = $2 AND frequency = $3 AND weighting = $4 AND measure = 'return'`,
    [o.dataset, o.vintage, o.frequency, o.weighting],
  );
  const [from, to] = [o.q.from ?? '0001-01-01', o.q.to ?? '9999-12-31'];
  const first = r?.first ?? '';
  const last = r?.last ?? '';
  if (from <= last && to >= first)
    throw new Error(`empty range: --from ${from} --to ${to} holds no ${o.frequency} period of ${o.dataset}`);
  throw new Error(
    `no ${o.frequency} ${o.weighting}-weighted series of ${o.dataset} between ${from} and ${to}; the store holds ${first} .. ${last} (${o.vintage}); add a later vintage with \`capgap fetch french\``,
  );
}
