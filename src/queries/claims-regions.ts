/**
 * Regional series for the claim checker: a region's daily French SMB or market (Mkt-RF + RF), in US dollars,
 * on the region's own trading days (./region-series.ts). A region the store lacks becomes a CannotCheck
 * naming the commands that add it.
 */
import { parseRegion } from '../calendar/regions.ts';
import type { CannotCheck, ReturnSeries } from '../findings/evaluator.ts';
import type { Store } from '../store/store.ts';
import { memo } from './claims-stock-buckets.ts';
import { loadRegionSeries } from './region-series.ts';

/**
 * The store's regional series loader (memoized per instance: one per check run).
 * @example await regionSeriesOf(store)('europe', 'SMB')
 */
export function regionSeriesOf(
  store: Store,
): (region: string, name: 'SMB' | 'market') => Promise<(ReturnSeries & { basis: string }) | CannotCheck> {
  return memo(async (region: string, name: 'SMB' | 'market') => {
    let s: Awaited<ReturnType<typeof loadRegionSeries>>;
    try {
      s = await loadRegionSeries(store, parseRegion(region), name);
    } catch (err) {
      const message = (err as Error).message;
      const needs = /(`capgap fetch french[^`]*`)/.exec(message)?.[1]?.replace(/`/g, '');
      return { cannot: message.replace(/; add them with .*$/, ''), ...(needs ? { needs } : {}) };
    }
    const [dataset, vintage] = (s.source ?? '').split(' daily, ');
    // The region's trading days: the file's dates with a value (./region-series.ts, regionCalendar).
    const keep: number[] = [];
    for (let i = 0; i < s.values.length; i++) if (!Number.isNaN(s.values[i])) keep.push(i);
    return {
      dataset: dataset || 'french (regional)',
      vintage: vintage ?? '',
      days: Int32Array.from(keep, (i) => s.days[i]),
      values: Float64Array.from(keep, (i) => s.values[i]),
      basis: s.basis,
    };
  });
}
