// capgap/portfolios: size breakpoints, bucket assignment, portfolio returns and spreads (docs/portfolios.md).
// Re-exports only this room; import it as `capgap/portfolios` to load nothing else.
export {
  assignBuckets,
  coverageBreakpoints,
  parseScheme,
  percentileBreakpoints,
  type Scheme,
} from './breakpoints.ts';
export {
  type BucketOptions,
  type BucketResult,
  computeBuckets,
  type FormationInfo,
} from './engine.ts';
export { type Formation, formationDays, parseFormation } from './formation.ts';
export { bucketKernel, WEIGHTINGS, type Weighting } from './kernel.ts';
export { gridPanel, type Panel, type PanelGrid, validatePanel } from './panel.ts';
export { indexPanel, type PanelIndex } from './panel-index.ts';
export { type QualityReport, qualityReport } from './quality.ts';
export { referenceSql } from './reference-sql.ts';
export { returnsToIndex } from './returns-input.ts';
export { syntheticPanel } from './synthetic.ts';
export { EXCLUSION_REASONS, eligibleAt, type UniverseOptions } from './universe.ts';
export { compoundBuckets, contributions, spreads } from './windows.ts';
