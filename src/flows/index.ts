// capgap/flows: ETF flows from shares and NAV, category totals (docs/flows-and-records.md).
// Re-exports only this room; import it as `capgap/flows` to load nothing else.
export { sumByPeriod } from './aggregate.ts';
export { type CategoryFlowRow, type CategoryFlows, categoryFlows } from './category-flows.ts';
export { etfFlows, FLOW_METHODS, type FlowMethod } from './etf-flows.ts';
export { categorySeries, flowRecord } from './flow-record.ts';
export { aumFlows } from './from-aum.ts';
export { sharesFlows } from './from-shares.ts';
export { checkFlowInputs, type FlowInputs } from './inputs.ts';
export { detectSplit } from './splits.ts';
