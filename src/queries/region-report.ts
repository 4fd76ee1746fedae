/**
 * `capgap report --region R`: a region's SMB and market series and its calendar from the store, then the
 * regional snapshot (../findings/region-snapshot.ts).
 */
import { type RegionId, region } from '../calendar/regions.ts';
import type { NewsTiming } from '../calendar/trading-days.ts';
import { type RegionSnapshot, regionSnapshot } from '../findings/region-snapshot.ts';
import type { Store } from '../store/store.ts';
import { loadRegionSeries, regionCalendar } from './region-series.ts';

/**
 * The regional snapshot of an event, from the store.
 * @example await regionReport(store, 'europe', '2016-06-23')
 */
export async function regionReport(
  store: Store,
  id: RegionId,
  eventDate: string,
  timing: NewsTiming = 'after-close',
): Promise<RegionSnapshot> {
  const smb = await loadRegionSeries(store, id, 'SMB');
  const market = await loadRegionSeries(store, id, 'market');
  const cal = await regionCalendar(store, id);
  return regionSnapshot(region(id).label, smb, market, cal, eventDate, timing);
}
