/**
 * Findings from the other engines' plain results, so a report can carry them: a month's size spread
 * with its record context (src/records/size-spread.ts), an event against its set with the set's exact
 * sign test (src/events/compare-events.ts), and a category's weekly flows (src/flows/category-flows.ts).
 * One file per engine (from-records.ts, from-compare.ts, from-flows.ts); this file re-exports them.
 */
export { type CompareLike, eventFromCompare } from './from-compare.ts';
export { type CategoryFlowsLike, flowsFromCategory } from './from-flows.ts';
export {
  type PeriodRecordLike,
  returnFromRecord,
  type SpreadRecordLike,
  spreadFromRecord,
} from './from-records.ts';
