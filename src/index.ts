// Data connectors (docs/connectors.md)
export { backoffDelay, parseRetryAfter, RateLimiter } from './io/connectors/backoff.ts';
export { DownloadCache, defaultCacheDir } from './io/connectors/cache.ts';
export { fetchFrench } from './io/connectors/connect-french.ts';
export { fetchPrices } from './io/connectors/connect-prices.ts';
export { fetchIsharesShares, fetchSecShares } from './io/connectors/connect-shares.ts';
export { ConnectorError, OfflineError } from './io/connectors/errors.ts';
export { type FetchContext, fetchCached } from './io/connectors/fetch-cached.ts';
export { download } from './io/connectors/http.ts';
// ETF flows and records (docs/flows-and-records.md)
export { sumByPeriod } from './flows/aggregate.ts';
export { categoryFlows, type CategoryFlowRow, type CategoryFlows } from './flows/category-flows.ts';
export { etfFlows, FLOW_METHODS, type FlowMethod } from './flows/etf-flows.ts';
export { categorySeries, flowRecord } from './flows/flow-record.ts';
export { aumFlows } from './flows/from-aum.ts';
export { sharesFlows } from './flows/from-shares.ts';
export { checkFlowInputs, type FlowInputs } from './flows/inputs.ts';
export { type Period, parseWeekEnd, periodEnd, periodStart } from './flows/periods.ts';
export { detectSplit } from './flows/splits.ts';
export { parseEtfRegistry, readEtfRegistry, readEtfRegistryFile, writeEtfRegistry } from './io/etf-registry.ts';
export { NO_FLOW_DATA, readFlowInputs, weeklyCategoryFlows } from './io/flows-store.ts';
export { readDecilePair, spreadOnTrack, spreadRecord } from './io/spread-series.ts';
export { periodLabel } from './records/labels.ts';
export { largestSince, NO_VALUE, SINCE_START } from './records/largest-since.ts';
export { placeProvisional } from './records/provisional.ts';
export { rankAt, rankIn, ranks } from './records/rank.ts';
export { describeProvisional, describeRecord, type PeriodSeries, type RecordContext } from './records/record.ts';
export { sizeSpreadRecord, spreadOf, type SpreadRecord } from './records/size-spread.ts';
export { countBeyond } from './records/threshold.ts';
