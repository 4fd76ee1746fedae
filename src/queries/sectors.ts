/**
 * The sector questions a command or route asks of the store, one file each: which sector each panel stock is
 * in (panel-sectors.ts), sector × size bucket series (sector-buckets-query.ts), the sector ranking and the
 * sector decomposition of the size spread around an event (sector-event.ts), and one sector's series for a
 * claim (sector-series.ts). This file re-exports them under their first address.
 */
export { panelSectors, type SectorCoverage } from './panel-sectors.ts';
export {
  querySectorBuckets,
  type SectorBucketQuery,
  type SectorBucketSeries,
} from './sector-buckets-query.ts';
export { querySectorEvent, type SectorEventAnswer, type SectorEventQuery } from './sector-event.ts';
export { loadSectorSeries, type SectorSeriesQuery } from './sector-series.ts';
