/** A finding from the flows engine (src/flows/category-flows.ts): a category's weekly flow, and its chart's data. */
import { type DataRef, flowFinding } from '../findings/build.ts';
import type { Finding } from '../findings/finding.ts';
import type { WeeklyFlowsData } from './charts/weekly-flows.ts';

/** What `flowsFromCategory` needs of CategoryFlows (src/flows/category-flows.ts). */
export interface CategoryFlowsLike {
  rows: { category: string; periodStart: string; periodEnd: string; flow: number; provisional: boolean }[];
  methods: Record<string, number>;
}

/**
 * A category's flow in one week as a finding (with an optional record context from the records engine) and
 * the weekly series for `weeklyFlowsChart`.
 * @example flowsFromCategory(categoryFlows(inputs, registry, { period: 'week' }), { category: 'US small cap', weekEnd: '2016-11-11', data })
 */
export function flowsFromCategory(
  f: CategoryFlowsLike,
  o: { category: string; weekEnd: string; data: DataRef[]; record?: Finding['record']; command?: string },
): { finding: Finding; chart: WeeklyFlowsData } {
  const rows = f.rows.filter((r) => r.category === o.category);
  const week = rows.find((r) => r.periodEnd === o.weekEnd);
  if (!week) throw new Error(`no ${o.category} flows for the week ended ${o.weekEnd}`);
  const method = Object.keys(f.methods).join(', ') || 'as imported';
  const finding = flowFinding({
    category: o.category,
    value: week.flow,
    from: week.periodStart,
    weekEnd: week.periodEnd,
    method,
    data: o.data,
    record: o.record,
    command: o.command,
  });
  return {
    finding,
    chart: {
      weeks: rows.map((r) => ({ weekEnd: r.periodEnd, flow: r.flow })),
      highlight: o.weekEnd,
      category: o.category,
      method,
    },
  };
}
