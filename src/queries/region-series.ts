/**
 * A region's daily French factors as event-engine series, and the region's trading calendar (the days of its
 * French file on which the market return is present). Specs: `<region>:SMB`, `<region>:market`
 * (Mkt-RF + RF), `<region>:<factor>` (Mkt-RF, HML, RMW, CMA, RF), e.g. `europe:SMB`.
 * The 3-factor file is preferred over the 5-factor file where both are in the store (the dataset used is
 * stated in `source`). Returns are in US dollars (French's regional files); see ../calendar/regions.ts.
 */
import { frenchFactorDatasets, REGIONS, type RegionId, region } from '../calendar/regions.ts';
import { TradingCalendar } from '../calendar/trading-days.ts';
import type { Series } from '../events/series.ts';
import { loadFactors } from '../store/series-load.ts';
import type { Store } from '../store/store.ts';

/** What a regional factor series is, in words, for outputs. */
export const REGIONAL_BASIS = 'in US dollars; SMB, French regional breakpoints';

/** The region's factor dataset in the store (3-factor first), or an error naming the commands that add it. */
export async function regionDataset(store: Store, id: RegionId): Promise<string> {
  for (const dataset of frenchFactorDatasets(id)) {
    const r = await store.one<{ n: number }>(
      `SELECT count(*)::DOUBLE AS n FROM (SELECT 1 FROM factors WHERE dataset = $1 AND frequency = 'daily' LIMIT 1)`,
      [dataset],
    );
    if (r && r.n > 0) return dataset;
  }
  const r = region(id);
  const file = `${r.frenchPrefix || 'F-F_Research_Data'}_3_Factors_Daily`;
  throw new Error(
    `no daily French factors for ${r.label} in the store; add them with \`capgap fetch french --dataset ${file}\` or \`capgap import ${file}.csv\``,
  );
}

/**
 * One regional series by name: 'SMB', 'market' or a factor column.
 * @example await loadRegionSeries(store, 'europe', 'SMB')
 */
export async function loadRegionSeries(store: Store, id: RegionId, name: string): Promise<Series> {
  const dataset = await regionDataset(store, id);
  const isMarket = name.toLowerCase() === 'market';
  const factor = isMarket ? 'Mkt-RF' : name.toLowerCase() === 'smb' ? 'SMB' : name;
  const names = isMarket ? ['Mkt-RF', 'RF'] : [factor];
  const f = await loadFactors(store, { dataset, frequency: 'daily', factors: names });
  const v = f.values[names[0]];
  if (!v.some((x) => !Number.isNaN(x)))
    throw new Error(`invalid series: "${id}:${name}"; no daily factor "${factor}" in ${dataset}`);
  const label = region(id).label;
  return {
    name: isMarket ? `${label} market (Mkt-RF + RF)` : `${label} ${factor}`,
    kind: 'return',
    basis: isMarket
      ? `French ${label} market return, Mkt-RF + RF, in US dollars`
      : `French ${label} factor ${factor}, ${REGIONAL_BASIS}`,
    days: f.days,
    values: isMarket ? v.map((x, i) => x + f.values.RF[i]) : v,
    source: `${dataset} daily, ${f.vintage}`,
    provenance: { ...f.provenance, series: isMarket ? 'Mkt-RF + RF' : factor },
  };
}

/**
 * The region's trading days: the dates of its French factor file with a market return present. Windows and
 * t0 on a region count these days, not NYSE sessions.
 */
export async function regionCalendar(store: Store, id: RegionId): Promise<TradingCalendar> {
  const dataset = await regionDataset(store, id);
  const f = await loadFactors(store, { dataset, frequency: 'daily', factors: ['Mkt-RF'] });
  const days: number[] = [];
  const v = f.values['Mkt-RF'];
  for (let i = 0; i < f.days.length; i++) if (!Number.isNaN(v[i])) days.push(f.days[i]);
  return new TradingCalendar(days);
}

/** A spec's region and name if it is `<region>:<name>` (`us:SMB` included), else null. */
export function regionalSpec(spec: string): { region: RegionId; name: string } | null {
  const m = /^([a-z-]+):(.+)$/i.exec(spec.trim());
  if (!m) return null;
  const r = REGIONS.find((x) => x.id === m[1].toLowerCase());
  return r ? { region: r.id, name: m[2].trim() } : null;
}

/**
 * A metric written for the US ("smb", "market", "factor:SMB", "SMB - HML") read in `id`'s region: each leg
 * without a region prefix becomes `<id>:<name>`. The US keeps the metric as written.
 * @example regionalMetric('smb', 'europe') // 'europe:SMB'
 */
export function regionalMetric(metric: string, id: RegionId): string {
  if (id === 'us') return metric;
  return metric
    .split(/(\s+[+-]\s+)/)
    .map((leg, i) => {
      if (i % 2 === 1) return leg;
      const t = leg.trim();
      if (regionalSpec(t)) return t;
      const name = t.startsWith('factor:') ? t.slice(7) : t;
      if (/[:^]/.test(name))
        throw new Error(
          `invalid metric for ${region(id).label}: ${JSON.stringify(t)}; regional series are factors (smb, market, HML, ...)`,
        );
      return `${id}:${/^smb$/i.test(name) ? 'SMB' : name}`;
    })
    .join('');
}
