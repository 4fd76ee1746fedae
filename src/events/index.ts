// capgap/events: event sets, abnormal-return models, CAR/BHAR and test statistics (docs/events.md).
// Re-exports only this room; import it as `capgap/events` to load nothing else.
export { bhar, bharT, cumulativeAbnormal } from './car-bhar.ts';
export {
  type CompareResult,
  type CompareRow,
  compareEvents,
  historyWindows,
  type MetricLeg,
} from './compare-events.ts';
export { binomialTest, normalCdf, pNormal, pStudentT, studentTCdf } from './distributions.ts';
export {
  BREXIT,
  eventSet,
  type MarketEvent,
  midtermElections,
  presidentialElections,
} from './event-sets.ts';
export {
  type EventStudyOptions,
  type EventStudyResult,
  eventStudy,
  type Subject,
} from './event-study.ts';
export { exactSignTest, signFlipTest } from './exact-tests.ts';
export { averageCorrelation, kolariPynnonenT } from './kolari-pynnonen.ts';
export { abnormalReturns, fitModel, forecastSigma, type ModelFit, type ModelKind } from './models.ts';
export { corradoRank, generalizedSign } from './nonparametric-tests.ts';
export { arT, bmpT, brownWarnerT, crossSectionalT, patellZ } from './parametric-tests.ts';
export { parseEventsCsv, parseEventsJson } from './parse-events.ts';
export {
  type AlignOptions,
  alignReturns,
  eventWindowReturn,
  returnOver,
  type Series,
  type WindowReturn,
} from './series.ts';
export type { EventAbnormal, TestName, TestResult } from './test-types.ts';
