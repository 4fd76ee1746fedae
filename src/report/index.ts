// capgap/report: charts (SVG/PNG) and report rendering: Markdown, HTML, JSON, article (docs/report.md).
// Re-exports only this room; import it as `capgap/report` to load nothing else.

export { bucketWindowChart } from './charts/bucket-window.ts';
export type { Chart } from './charts/chart.ts';
export { eventSetChart } from './charts/event-set.ts';
export { sectorContributionsChart } from './charts/sector-contributions.ts';
export { sinceEventChart } from './charts/since-event.ts';
export { sizeCumulativeChart } from './charts/size-cumulative.ts';
export { weeklyFlowsChart } from './charts/weekly-flows.ts';
export { buildEventReport, eventSetFor } from './event-report.ts';
export {
  type CategoryFlowsLike,
  type CompareLike,
  eventFromCompare,
  flowsFromCategory,
  type PeriodRecordLike,
  returnFromRecord,
  type SpreadRecordLike,
  spreadFromRecord,
} from './from-engines.ts';
export { snapshotReport } from './from-snapshot.ts';
export { headlineFor } from './headline.ts';
export { svgToPng } from './png.ts';
export {
  REPORT_FORMATS,
  type ReportFile,
  type ReportFormat,
  renderReport,
  reportFiles,
} from './render.ts';
export type { Report, ReportSection } from './report.ts';
export { addSectorSection, type SectorReportData, sectorSection, sectorText } from './sectors-section.ts';
export type { SnapshotReportOptions } from './snapshot-options.ts';
