/**
 * Store → event-engine series, by a short spec (the only store code of the event engine):
 * - `french:<portfolio>`: French daily value-weighted size portfolio ('Lo 10', 'Hi 10', 'Lo 30', ...) from
 *   'french/Portfolios_Formed_on_ME', decimal returns, newest vintage (stated);
 * - `factor:<name>`: a French daily factor (Mkt-RF, SMB, HML, RF; `smb` too); `market`: Mkt-RF + RF, daily;
 * - `<region>:SMB`, `<region>:market`, `<region>:<factor>`: a region's daily French factors, in US dollars
 *   (./region-series.ts; `europe:SMB`, `developed-ex-us:market`; `us:SMB` is `factor:SMB`);
 * - `bucket:<scheme>/<label>[/<weighting>[/<formation>]]`: a size bucket built from a stock panel in the store
 *   (src/portfolios, ./buckets-query.ts): `bucket:deciles/Lo 10/value/june`; default value-weighted, June;
 * - `<ID>` or `<ID>:total`: a security's adjusted closes (total return; closes for a ^ index), `<ID>:price`
 *   its raw closes (price return), read from `bars` through ../store/series-load.ts.
 * A metric joins specs with ' - ' or ' + ' (spaces around the sign): `french:Lo 10 - french:Hi 10`.
 */
import { toDay } from '../calendar/dates.ts';
import type { Series } from '../events/series.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import { loadFactors, loadPortfolioReturns, loadPrices } from '../store/series-load.ts';
import type { Store } from '../store/store.ts';
import { type BucketQuery, queryBuckets } from './buckets-query.ts';
import { loadRegionSeries, regionalSpec } from './region-series.ts';
import type { SeriesSource } from './series-source.ts';

const FRENCH_ME = 'french/Portfolios_Formed_on_ME';

/**
 * Loads one series by spec (see the module comment).
 * @example await loadSeries(store, 'french:Lo 10')
 */
export async function loadSeries(store: Store, spec: string, from: SeriesSource = {}): Promise<Series> {
  let s = spec.trim();
  if (s === '')
    throw new Error('invalid series: ""; expected e.g. "french:Lo 10", "market", "IWM" or "^RUT:price"');
  if (s.startsWith('french:')) {
    const name = s.slice(7).trim();
    await mustExist(
      store,
      'portfolio_series',
      'portfolio',
      name,
      `${FRENCH_ME} (daily, value-weighted)`,
      spec,
    );
    const p = await loadPortfolioReturns(store, {
      dataset: FRENCH_ME,
      frequency: 'daily',
      weighting: 'value',
      portfolios: [name],
    });
    const ok = p.returns[name].some((x) => !Number.isNaN(x));
    if (!ok)
      throw new Error(
        `invalid series: ${JSON.stringify(spec)}; no portfolio "${name}" in ${FRENCH_ME} (daily, value-weighted)`,
      );
    return {
      name: `French VW ${name}`,
      kind: 'return',
      basis: 'French value-weighted portfolio return (total)',
      days: p.days,
      values: p.returns[name],
      source: `${FRENCH_ME} daily, ${p.vintage}`,
      provenance: { ...p.provenance, series: name },
    };
  }
  if (s.startsWith('bucket:')) return loadBucket(store, s, spec, from);
  const reg = regionalSpec(s);
  if (reg && reg.region !== 'us') return loadRegionSeries(store, reg.region, reg.name);
  if (reg) s = /^market$/i.test(reg.name) ? 'market' : `factor:${/^smb$/i.test(reg.name) ? 'SMB' : reg.name}`;
  if (/^smb$/i.test(s)) s = 'factor:SMB';
  if (s === 'market' || s.startsWith('factor:')) {
    const names = s === 'market' ? ['Mkt-RF', 'RF'] : [s.slice(7).trim()];
    for (const n of names) await mustExist(store, 'factors', 'factor', n, 'the daily French factors', spec);
    const f = await loadFactors(store, { frequency: 'daily', factors: names });
    const v = f.values[names[0]];
    if (!v.some((x) => !Number.isNaN(x)))
      throw new Error(
        `invalid series: ${JSON.stringify(spec)}; no daily factor "${names[0]}" in ${f.dataset}`,
      );
    const values = s === 'market' ? v.map((x, i) => x + f.values.RF[i]) : v;
    return {
      name: s === 'market' ? 'market (Mkt-RF + RF)' : names[0],
      kind: 'return',
      basis: s === 'market' ? 'French market return, Mkt-RF + RF (total)' : `French factor ${names[0]}`,
      days: f.days,
      values,
      source: `${f.dataset} daily, ${f.vintage}`,
      provenance: { ...f.provenance, series: s === 'market' ? 'Mkt-RF + RF' : names[0] },
    };
  }
  const m = /^(.+?)(?::(total|price))?$/.exec(s);
  const id = m![1].toUpperCase();
  const basis = (m![2] ?? 'total') as 'total' | 'price';
  const p = from.prices ? await from.prices(id, { basis }) : await loadPrices(store, id, { basis });
  const words =
    p.basis === 'total'
      ? 'total return (adjusted close)'
      : p.basis === 'price'
        ? 'price return (close)'
        : 'price index (close)';
  return {
    name: id,
    kind: 'level',
    basis: words,
    days: p.days,
    values: p.values,
    source: `${p.dataset}${p.vintage ? `, ${p.vintage}` : ''}`,
    provenance: p.provenance,
  };
}

async function loadBucket(store: Store, s: string, spec: string, from: SeriesSource): Promise<Series> {
  const [scheme, label, weighting = 'value', formation = 'june'] = s
    .slice(7)
    .split('/')
    .map((x) => x.trim());
  if (!scheme || !label)
    throw new Error(
      `invalid series: ${JSON.stringify(spec)}; expected bucket:<scheme>/<label>[/<weighting>[/<formation>]]`,
    );
  const bq: BucketQuery = { source: 'stocks', scheme, weighting: weighting as Weighting, formation };
  const q = from.buckets ? await from.buckets(bq) : await queryBuckets(store, bq);
  const k = q.labels.indexOf(label);
  if (k < 0)
    throw new Error(
      `invalid series: ${JSON.stringify(spec)}; bucket "${label}" is not one of ${q.labels.join(', ')}`,
    );
  return {
    name: `${q.scheme} ${label} (${q.weighting}, stocks)`,
    kind: 'return',
    basis: `size bucket built from stocks (${q.conventions.join('; ')})`,
    days: Int32Array.from(q.dates, toDay),
    values: Float64Array.from(q.returns, (row) => row[k] ?? Number.NaN),
    source: q.dataset,
  };
}

/** Throws a clear error when the store holds no daily row of `name` (Store.columns fails on empty results). */
async function mustExist(
  store: Store,
  table: string,
  column: string,
  name: string,
  where: string,
  spec: string,
) {
  const r = await store.one<{ n: number }>(
    `SELECT count(*)::DOUBLE AS n FROM (SELECT 1 FROM ${table} WHERE ${column} = $1 AND frequency = 'daily' LIMIT 1)`,
    [name],
  );
  if (!r || r.n === 0)
    throw new Error(`invalid series: ${JSON.stringify(spec)}; no "${name}" in ${where} in the store`);
}

/** A metric's legs as specs with signs. */
export function parseMetric(metric: string): { spec: string; sign: 1 | -1 }[] {
  const parts = metric.split(/\s+([+-])\s+/);
  const legs: { spec: string; sign: 1 | -1 }[] = [{ spec: parts[0].trim(), sign: 1 }];
  for (let i = 1; i < parts.length; i += 2)
    legs.push({ spec: parts[i + 1].trim(), sign: parts[i] === '-' ? -1 : 1 });
  for (const l of legs)
    if (!l.spec)
      throw new Error(
        `invalid metric: ${JSON.stringify(metric)}; expected e.g. "french:Lo 10 - french:Hi 10"`,
      );
  return legs;
}

/**
 * Loads every leg of a metric.
 * @example await loadMetric(store, 'french:Lo 10 - french:Hi 10')
 */
export async function loadMetric(
  store: Store,
  metric: string,
  from: SeriesSource = {},
): Promise<{ series: Series; sign: 1 | -1 }[]> {
  const out: { series: Series; sign: 1 | -1 }[] = [];
  for (const leg of parseMetric(metric))
    out.push({ series: await loadSeries(store, leg.spec, from), sign: leg.sign });
  return out;
}

export { loadEventSet } from './event-set-file.ts';
