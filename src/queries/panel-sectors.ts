/**
 * What the sector questions share: the sector of every panel stock (from `securities`), how many stocks have
 * one, and the conventions every sector answer states.
 */
import type { Weighting } from '../portfolios/kernel.ts';
import type { Panel } from '../portfolios/panel.ts';
import { type SectorBucketResult, UNCLASSIFIED } from '../sectors/sector-buckets.ts';
import { type SectorSource, sectorOf } from '../sectors/sector-map.ts';
import type { Store } from '../store/store.ts';

/** How many stocks have a sector, by where it came from. */
export interface SectorCoverage {
  /** Over the eligible stocks of the (last) formation, and over every stock of the loaded panel. */
  eligible: Record<SectorSource, number>;
  panel: Record<SectorSource, number>;
  /** Eligible stocks per sector (all sizes). */
  bySector: Record<string, number>;
}

/**
 * The GICS sector of every panel stock (null where none) and its source, from `securities`.
 * @example const { sector } = await panelSectors(store, panel);
 */
export async function panelSectors(
  store: Store,
  panel: Panel,
): Promise<{ sector: (string | null)[]; source: SectorSource[] }> {
  const rows = await store.all<{ id: string; sector: string | null; industry: string | null }>(
    'SELECT id, sector, industry FROM securities WHERE sector IS NOT NULL',
  );
  const by = new Map(rows.map((r) => [r.id, sectorOf(r.sector, r.industry)]));
  const sector = panel.ids.map((id) => by.get(id)?.sector ?? null);
  const source = panel.ids.map((id) => by.get(id)?.source ?? 'none');
  return { sector, source };
}

/** Stocks with a sector, by source, over the last formation and the panel, and per sector. */
export function coverage(res: SectorBucketResult, source: readonly SectorSource[]): SectorCoverage {
  const zero = () => ({ gics: 0, nasdaq: 0, none: 0 });
  const eligible = zero();
  const panel = zero();
  for (const s of source) panel[s]++;
  const last = res.formed.at(-1)!;
  for (const s of last.members) eligible[source[s]]++;
  const bySector: Record<string, number> = {};
  const n = res.counts.at(-1)!;
  res.groups.forEach((g, k) => {
    let t = 0;
    for (let b = 0; b < res.K; b++) t += n[k * res.K + b];
    bySector[g] = t;
  });
  return { eligible, panel, bySector };
}

/** The conventions of a sector × size result: sectors, size breakpoints, formation and weighting, returns. */
export function sectorConventions(res: SectorBucketResult, weighting: Weighting): string[] {
  return [
    `sectors: GICS (2016 names); a stock's GICS sector where a GICS file classified it, else its NASDAQ companylist sector mapped to GICS (docs/sectors.md); stocks with neither are "${UNCLASSIFIED}"`,
    `size: ${res.base.scheme.name} on market cap, breakpoints ${res.within === 'sector' ? 'within each sector (each sector cut on its own eligible stocks)' : 'from the whole eligible universe (the same cut for every sector)'}`,
    `formed ${/^\d{4}-/.test(res.base.formation) ? `once at the ${res.base.formations[0]?.date} close` : res.base.formation}; held from the next session; weighting ${weighting}`,
    'returns from adjusted closes; caps: the 2016-09-21 snapshot carried by each stock’s price change',
  ];
}
