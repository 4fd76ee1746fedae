// capgap: the public API. Named re-exports only; each room is also its own entry point (capgap/calendar, ...).
export * from './calendar/index.ts';
// Data connectors (docs/connectors.md)
export { backoffDelay, parseRetryAfter, RateLimiter } from './connectors/backoff.ts';
export { DownloadCache, defaultCacheDir } from './connectors/cache.ts';
export { fetchFrench } from './connectors/connect-french.ts';
export { fetchPrices } from './connectors/connect-prices.ts';
export { fetchIsharesShares, fetchSecShares } from './connectors/connect-shares.ts';
export { ConnectorError, OfflineError } from './connectors/errors.ts';
export { type FetchContext, fetchCached } from './connectors/fetch-cached.ts';
export { download } from './connectors/http.ts';
export { connectorConfig, fetchSettings } from './connectors/settings.ts';
export * from './events/index.ts';
export * from './findings/index.ts';
export * from './flows/index.ts';
// Security types from names and tickers (docs/portfolios.md)
export {
  classifySecurity,
  duplicateClasses,
  SECURITY_TYPES,
  type SecurityType,
} from './formats/security-type.ts';
export * from './math/index.ts';
export * from './portfolios/index.ts';
export { type BucketQuery, type BucketSeries, queryBuckets } from './queries/buckets-query.ts';
export { storeClaimData } from './queries/claims-data.ts';
export { NO_FLOW_DATA, readFlowInputs, weeklyCategoryFlows } from './queries/flows-store.ts';
export { inceptionAudit } from './queries/inception.ts';
export { queryInstruments } from './queries/instruments.ts';
export { type LoadPanelOptions, loadPanel, writePanelTables } from './queries/panel.ts';
// Questions a command or route asks: store reads joined with analytics
export { loadReportExtras } from './queries/report-inputs.ts';
export { returnRecord } from './queries/return-series.ts';
export { loadSectorSeries, panelSectors, querySectorBuckets, querySectorEvent } from './queries/sectors.ts';
export { loadSectorReport } from './queries/sectors-report.ts';
export { loadEventSet, loadMetric, loadSeries, parseMetric } from './queries/series.ts';
export { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from './queries/snapshot-inputs.ts';
export { periodSpreadRecord, readDecilePair, spreadOnTrack, spreadRecord } from './queries/spread-series.ts';
export * from './records/index.ts';
export * from './report/index.ts';
export * from './sectors/index.ts';
export * from './server/index.ts';
export * from './store/index.ts';
