// capgap/records: ranking, records, "widest since", "on track" (docs/flows-and-records.md).
// Re-exports only this room; import it as `capgap/records` to load nothing else.
export { periodLabel } from './labels.ts';
export { largestSince, NO_VALUE, SINCE_START } from './largest-since.ts';
export { compoundByPeriod, periodReturns, relativeReturns } from './period-returns.ts';
export { placeProvisional } from './provisional.ts';
export { rankAt, rankIn, ranks } from './rank.ts';
export {
  describeProvisional,
  describeRecord,
  type PeriodSeries,
  type RecordContext,
} from './record.ts';
export { type SpreadRecord, sizeSpreadRecord, spreadOf } from './size-spread.ts';
export { countBeyond } from './threshold.ts';
