/**
 * What the page's regional answers read: a region's daily SMB and market (French's regional factors, in US
 * dollars) aligned on the region's own trading days (the dates of its French file), and the dataset named.
 */
import { fromDay } from '../../calendar/dates.ts';
import { type RegionId, region } from '../../calendar/regions.ts';
import type { TradingCalendar } from '../../calendar/trading-days.ts';
import { alignReturns, type Series } from '../../events/series.ts';
import { loadRegionSeries, regionCalendar } from '../../queries/region-series.ts';
import type { Store } from '../../store/store.ts';

/** A region's series on its calendar. */
export interface RegionInputs {
  id: RegionId;
  label: string;
  smb: Series;
  market: Series;
  calendar: TradingCalendar;
  /** Daily SMB and market returns on the calendar's days (decimals). */
  rs: Float64Array;
  rm: Float64Array;
  /** The dataset read, with its vintage. */
  data: { name: string; vintage: string | null }[];
  /** The calendar's last day, ISO. */
  through: string;
}

/**
 * Loads a region's inputs (an error naming `capgap fetch french` and `capgap import` when the store lacks it).
 * @example (await loadRegionInputs(store, 'europe')).through // '2026-03-31'
 */
export async function loadRegionInputs(store: Store, id: RegionId): Promise<RegionInputs> {
  const smb = await loadRegionSeries(store, id, 'SMB');
  const market = await loadRegionSeries(store, id, 'market');
  const calendar = await regionCalendar(store, id);
  // 'french/Europe_3_Factors daily, Bloomberg 202603' (src/queries/region-series.ts).
  const m = /^(.*?) daily, (.+)$/.exec(smb.source ?? '');
  return {
    id,
    label: region(id).label,
    smb,
    market,
    calendar,
    rs: alignReturns(smb, calendar),
    rm: alignReturns(market, calendar),
    data: [m ? { name: m[1], vintage: m[2] } : { name: smb.source ?? smb.name, vintage: null }],
    through: fromDay(calendar.last),
  };
}
