// The store, the embedded dataset and the first look after an event (README, docs/data-model.md)

export { eventSnapshot, monthSpread, returnsSince, sizeWindow } from './findings/event-snapshot.ts';
export { loadReportExtras } from './queries/report-inputs.ts';
export { loadSnapshotInputs, SIZE_PORTFOLIOS, SNAPSHOT_SUBJECTS } from './queries/snapshot-inputs.ts';
export { buildEventReport, eventSetFor } from './report/event-report.ts';
export { loadEmbedded, openDefaultStore } from './store/embedded.ts';
export { loadFactors, loadPortfolioReturns, loadPrices } from './store/series-load.ts';
export { Store } from './store/store.ts';

// Data connectors (docs/connectors.md)

// Event studies and the NYSE calendar (docs/events.md)
export { fromDay, toDay } from './calendar/dates.ts';
export { type DataGapOptions, dataGaps, type GapReport } from './calendar/gaps.ts';
export { isNyseSession, nyseCalendar, nyseClosure, nyseClosures, nyseSessions } from './calendar/nyse.ts';
export { NYSE_CLOSURES } from './calendar/nyse-closures.ts';
export { easter, ruleHolidays } from './calendar/nyse-holidays.ts';
export {
  anchorEvent,
  type EventAnchor,
  type NewsTiming,
  TradingCalendar,
  windowCloses,
} from './calendar/trading-days.ts';
export {
  type CloseWindow,
  eventMonthWindow,
  monthToDateWindow,
  parseWindow,
  relativeWindow,
  sinceEventWindow,
} from './calendar/windows.ts';
export { backoffDelay, parseRetryAfter, RateLimiter } from './connectors/backoff.ts';
export { DownloadCache, defaultCacheDir } from './connectors/cache.ts';
export { fetchFrench } from './connectors/connect-french.ts';
export { fetchPrices } from './connectors/connect-prices.ts';
export { fetchIsharesShares, fetchSecShares } from './connectors/connect-shares.ts';
export { ConnectorError, OfflineError } from './connectors/errors.ts';
export { type FetchContext, fetchCached } from './connectors/fetch-cached.ts';
export { download } from './connectors/http.ts';
export { connectorConfig, fetchSettings } from './connectors/settings.ts';
export { bhar, bharT, cumulativeAbnormal } from './events/car-bhar.ts';
export {
  type CompareResult,
  type CompareRow,
  compareEvents,
  historyWindows,
  type MetricLeg,
} from './events/compare-events.ts';
export { binomialTest, normalCdf, pNormal, pStudentT, studentTCdf } from './events/distributions.ts';
export {
  BREXIT,
  eventSet,
  type MarketEvent,
  midtermElections,
  presidentialElections,
} from './events/event-sets.ts';
export {
  type EventStudyOptions,
  type EventStudyResult,
  eventStudy,
  type Subject,
} from './events/event-study.ts';
export { exactSignTest, signFlipTest } from './events/exact-tests.ts';
export { averageCorrelation, kolariPynnonenT } from './events/kolari-pynnonen.ts';
export { abnormalReturns, fitModel, forecastSigma, type ModelFit, type ModelKind } from './events/models.ts';
export { corradoRank, generalizedSign } from './events/nonparametric-tests.ts';
export { arT, bmpT, brownWarnerT, crossSectionalT, patellZ } from './events/parametric-tests.ts';
export { parseEventsCsv, parseEventsJson } from './events/parse-events.ts';
export {
  type AlignOptions,
  alignReturns,
  eventWindowReturn,
  returnOver,
  type Series,
  type WindowReturn,
} from './events/series.ts';
export type { EventAbnormal, TestName, TestResult } from './events/test-types.ts';
export { readArticle } from './findings/article/read.ts';
// Findings, sentences, claim checking, charts and report rendering (docs/report.md)
export {
  excessReturnFinding,
  flowFinding,
  type ReportEvent,
  returnFinding,
  spreadFinding,
  windowLabel,
} from './findings/build.ts';
export { type ClaimVerdict, checkClaim, conventionSpace } from './findings/check.ts';
export type { Claim, ClaimConventions, ClaimWindow } from './findings/claim.ts';
export { parseClaims, readClaim } from './findings/claim-file.ts';
export type {
  ClaimReadings,
  ClaimSubject,
  Comparator,
  ReadClaim,
  ReadOptions,
  ReadSentence,
  RecordPhrase,
} from './findings/claim-read.ts';
export { makeEvaluator } from './findings/evaluate.ts';
export type { ClaimData, EvaluateFn, Evaluation, Evaluator } from './findings/evaluator.ts';
export type {
  Comparison,
  Conventions,
  Finding,
  Metric,
  Provenance,
  Significance,
  Unit,
} from './findings/finding.ts';
export { type RecordContext as FindingRecord, validateFinding } from './findings/finding.ts';
export { articleDate, pct, pp, signedPct, usd } from './findings/format.ts';
export { type Sentence, sentenceFor, writeSentences } from './findings/sentences.ts';
// ETF flows and records (docs/flows-and-records.md)
export { sumByPeriod } from './flows/aggregate.ts';
export { type CategoryFlowRow, type CategoryFlows, categoryFlows } from './flows/category-flows.ts';
export { etfFlows, FLOW_METHODS, type FlowMethod } from './flows/etf-flows.ts';
export { categorySeries, flowRecord } from './flows/flow-record.ts';
export { aumFlows } from './flows/from-aum.ts';
export { sharesFlows } from './flows/from-shares.ts';
export { checkFlowInputs, type FlowInputs } from './flows/inputs.ts';
export { type Period, parseWeekEnd, periodEnd, periodStart } from './flows/periods.ts';
export { detectSplit } from './flows/splits.ts';
export {
  assignBuckets,
  coverageBreakpoints,
  parseScheme,
  percentileBreakpoints,
  type Scheme,
} from './portfolios/breakpoints.ts';
export {
  type BucketOptions,
  type BucketResult,
  computeBuckets,
  type FormationInfo,
} from './portfolios/engine.ts';
export { type Formation, formationDays, parseFormation } from './portfolios/formation.ts';
export { bucketKernel, WEIGHTINGS, type Weighting } from './portfolios/kernel.ts';
export { gridPanel, type Panel, type PanelGrid, validatePanel } from './portfolios/panel.ts';
export { atOrBefore, indexPanel, type PanelIndex } from './portfolios/panel-index.ts';
export { type QualityReport, qualityReport } from './portfolios/quality.ts';
export { referenceSql } from './portfolios/reference-sql.ts';
export { returnsToIndex } from './portfolios/returns-input.ts';
export {
  classifySecurity,
  duplicateClasses,
  SECURITY_TYPES,
  type SecurityType,
} from './portfolios/security-type.ts';
export { syntheticPanel } from './portfolios/synthetic.ts';
export { EXCLUSION_REASONS, eligibleAt, type UniverseOptions } from './portfolios/universe.ts';
export { compound, contributions, spreads } from './portfolios/windows.ts';
// Size buckets from stocks (docs/portfolios.md)
export { type BucketQuery, type BucketSeries, queryBuckets } from './queries/buckets-query.ts';
export { storeClaimData } from './queries/claims-data.ts';
export { NO_FLOW_DATA, readFlowInputs, weeklyCategoryFlows } from './queries/flows-store.ts';
export { type LoadPanelOptions, loadPanel, writePanelTables } from './queries/panel.ts';
export { returnRecord } from './queries/return-series.ts';
export { loadEventSet, loadMetric, loadSeries, parseMetric } from './queries/series.ts';
export { periodSpreadRecord, readDecilePair, spreadOnTrack, spreadRecord } from './queries/spread-series.ts';
export { periodLabel } from './records/labels.ts';
export { largestSince, NO_VALUE, SINCE_START } from './records/largest-since.ts';
export { compoundByPeriod, periodReturns, relativeReturns } from './records/period-returns.ts';
export { placeProvisional } from './records/provisional.ts';
export { rankAt, rankIn, ranks } from './records/rank.ts';
export {
  describeProvisional,
  describeRecord,
  type PeriodSeries,
  type RecordContext,
} from './records/record.ts';
export { type SpreadRecord, sizeSpreadRecord, spreadOf } from './records/size-spread.ts';
export { countBeyond } from './records/threshold.ts';
export { bucketWindowChart } from './report/charts/bucket-window.ts';
export type { Chart } from './report/charts/chart.ts';
export { eventSetChart } from './report/charts/event-set.ts';
export { sinceEventChart } from './report/charts/since-event.ts';
export { sizeCumulativeChart } from './report/charts/size-cumulative.ts';
export { weeklyFlowsChart } from './report/charts/weekly-flows.ts';
export { headlineFor } from './report/headline.ts';
export { svgToPng } from './report/png.ts';
export {
  REPORT_FORMATS,
  type ReportFile,
  type ReportFormat,
  renderReport,
  reportFiles,
} from './report/render.ts';
export type { Report, ReportSection } from './report/report.ts';
// HTTP API and web page (docs/server.md)
export { type AppOptions, createApp } from './server/app.ts';
export { openApiDocument } from './server/openapi.ts';
export { type RunningServer, type ServeOptions, startServer } from './server/serve.ts';
export {
  parseEtfRegistry,
  readEtfRegistry,
  readEtfRegistryFile,
  writeEtfRegistry,
} from './store/etf-registry.ts';
// Import (docs/import.md)
export {
  type Detection,
  detectKind,
  frenchDatasetName,
  ImportError,
  type ImportKind,
  type ImportOptions,
  type ImportSummary,
  importFile,
  importFiles,
  KINDS as IMPORT_KINDS,
  type Parsed,
  parseAlphaVantage,
  parseByKind,
  parseCompanyList,
  parseEtfFlows,
  parseEtfs,
  parseFrench,
  parseGeneric,
  parseGics,
  parsePanelText,
  parseStooq,
  parseYahoo,
  parseYfinance,
  type SeriesBlock,
} from './store/import/index.ts';
export { loadCompanylists, loadStockPanelCsv } from './store/panel-load.ts';
