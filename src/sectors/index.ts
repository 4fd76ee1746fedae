// capgap/sectors: GICS sectors for stocks, sector × size buckets, the size spread by sector, exposures and
// tracking (docs/sectors.md). Re-exports only this room.
export { decomposeSpread, type SectorContribution, type SpreadDecomposition } from './decompose.ts';
export {
  type Exposure,
  exposuresWithoutFund,
  fundExposure,
  fundsFor,
  type Match,
  parseExposure,
  type RegistryRow,
  relate,
  SIZE_BAND,
  SIZE_SCHEME,
} from './exposure.ts';
export { GICS_SECTORS, type GicsSector, parseSector } from './gics.ts';
export { INDUSTRY_TO_GICS, SECTOR_TO_GICS } from './nasdaq-to-gics.ts';
export {
  compoundCells,
  type SectorBucketOptions,
  type SectorBucketResult,
  sectorBuckets,
  UNCLASSIFIED,
} from './sector-buckets.ts';
export { type SectorOf, sectorOf } from './sector-map.ts';
export { rankSectors, type SectorRank } from './sector-ranking.ts';
export { type Tracking, tracking } from './tracking.ts';
