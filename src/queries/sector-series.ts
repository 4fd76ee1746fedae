/** A sector's (or a sector × size cell's) daily returns after a formation close, for the claim checker. */
import { fromDay, toDay } from '../calendar/dates.ts';
import type { Panel } from '../portfolios/panel.ts';
import { sectorBuckets } from '../sectors/sector-buckets.ts';
import type { Store } from '../store/store.ts';
import { loadPanel } from './panel.ts';
import { panelSectors, sectorConventions } from './panel-sectors.ts';

/** Which sector series a claim asks for. */
export interface SectorSeriesQuery {
  /** A GICS sector or a word for one ("industrials", "banks" → Financials). */
  sector: string;
  /** 'small' / 'large' = the smallest / largest bucket of `scheme` inside the sector; null = all sizes. */
  size?: 'small' | 'large' | null;
  /** The close the portfolios are formed at (the event's base close). */
  formation: string;
  /** Last day of the series. */
  to: string;
  weighting?: 'value' | 'equal';
  /** Defaults to 'terciles' with universe breakpoints. */
  scheme?: string;
  within?: 'universe' | 'sector';
}

/**
 * A sector's (or a sector × size cell's) daily returns from the day after `formation` to `to`, in the shape
 * of the claim checker's `ReturnSeries` (src/findings/evaluator.ts), or null without a stock panel. For
 * claims like "industrials led the rally", "banks rose 11 per cent in the week", "small-cap industrials beat
 * large-cap industrials by 5 points" (compound the series over the claim's window).
 * @example await loadSectorSeries(store, { sector: 'industrials', size: 'small', formation: '2016-11-08', to: '2016-11-15' })
 */
export async function loadSectorSeries(
  store: Store,
  q: SectorSeriesQuery,
): Promise<{
  dataset: string;
  vintage: string;
  days: Int32Array;
  values: Float64Array;
  conventions: string[];
} | null> {
  const { parseSector } = await import('../sectors/gics.ts');
  const sector = parseSector(q.sector);
  const weighting = q.weighting ?? 'value';
  let panel: Panel;
  try {
    panel = await loadPanel(store, { from: fromDay(toDay(q.formation) - 10), to: q.to });
  } catch {
    return null;
  }
  const { sector: sec } = await panelSectors(store, panel);
  const next = fromDay(toDay(q.formation) + 1);
  const res = sectorBuckets(panel, sec, {
    scheme: q.scheme ?? 'terciles',
    within: q.within ?? 'universe',
    formation: q.formation,
    weightings: [weighting],
    from: next,
    to: q.to,
  });
  const g = res.groups.indexOf(sector);
  if (g < 0) return null;
  const K = res.K;
  const G = res.groups.length;
  const values = new Float64Array(res.dates.length);
  for (let i = 0; i < values.length; i++) {
    if (!q.size) values[i] = res.sectorReturns[weighting]![i * (G + 1) + g];
    else values[i] = res.returns[weighting]![i * (G * K + 1) + g * K + (q.size === 'small' ? 0 : K - 1)];
  }
  const ds = await store.one<{ name: string }>(
    "SELECT name FROM datasets WHERE kind = 'stock-panel' OR name = 'kaggle/stocks' ORDER BY name <> 'kaggle/stocks' LIMIT 1",
  );
  const caps = await store.one<{ v: string | null }>(
    "SELECT max(vintage) AS v FROM datasets WHERE kind = 'companylist'",
  );
  return {
    dataset: ds?.name ?? 'stock panel',
    vintage: caps?.v ? `caps of ${caps.v}` : 'caps as imported',
    days: Int32Array.from(res.dates, (d) => toDay(d)),
    values,
    conventions: sectorConventions(res, weighting),
  };
}
