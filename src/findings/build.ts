/**
 * Helpers that turn plain computed results into findings. Each takes the numbers an engine returned plus
 * what the number means (subject, window, basis, data source) and fills in the conventions and the
 * reproducing command, so callers cannot forget them. This file holds the event-window findings (a return,
 * a size portfolio's excess return); the period findings are in ./build-period.ts, the event's words in
 * ./report-event.ts, re-exported here so that `findings/build.ts` stays the one place to import builders from.
 */
import { type DataRef, findingProvenance as provenance } from './data-ref.ts';
import type { Finding, RecordContext, Significance } from './finding.ts';
import { validateFinding } from './finding.ts';
import { subjectName } from './names.ts';
import { type ReportEvent, t0RuleText, windowLabel } from './report-event.ts';

export { flowFinding, spreadFinding } from './build-period.ts';
export type { DataRef } from './data-ref.ts';
export { type ReportEvent, t0RuleText, windowLabel } from './report-event.ts';

/**
 * A return since the event (or over its first `days` sessions), optionally against another subject.
 * Formula: P_to / P_base − 1 (base = last close before the news).
 * @example returnFinding({ id: '^RUT', value: 0.0895, from: '2016-11-08', to: '2016-11-15', days: 5, basis: 'price index', data: [{ name: 'yahoo/^RUT' }], event })
 */
export function returnFinding(r: {
  id: string;
  name?: string;
  value: number;
  from: string;
  to: string;
  /** Sessions after t0 covered, or null/undefined for 'since the event' to a date. */
  days?: number | null;
  basis: 'total' | 'price' | 'price index';
  data: DataRef[];
  event: ReportEvent;
  against?: { id: string; name?: string; value: number; data?: DataRef[] };
  command?: string;
  call?: string;
  flags?: string[];
}): Finding {
  const days = r.days ?? null;
  const f: Finding = {
    id: `return-${r.id}-${days === null ? `to-${r.to}` : `${days}d`}`,
    metric: 'return',
    subjects: [{ id: r.id, name: r.name ?? subjectName(r.id) }],
    window: {
      from: r.from,
      to: r.to,
      label: windowLabel(r.event, days),
      sessions: days ?? undefined,
      frequency: 'daily',
    },
    value: r.value,
    unit: 'return',
    conventions: { returnType: r.basis, t0Rule: t0RuleText(r.event) },
    provenance: provenance(
      [...r.data, ...(r.against?.data ?? [])],
      r.command ?? `capgap report --event ${r.event.date}${days === null ? ` --to ${r.to}` : ''} --json`,
      r.call,
    ),
    flags: r.flags,
  };
  if (r.against) {
    f.comparison = {
      subject: r.against.name ?? subjectName(r.against.id),
      value: r.against.value,
      difference: r.value - r.against.value,
    };
  }
  return validateFinding(f);
}

/**
 * A size portfolio's compounded return over event window [a, b] minus the market's.
 * Formula: Π(1 + r_p) − Π(1 + r_m) over the same sessions (difference of compounded returns).
 * The portfolio's own return is `comparison.value + value` (comparison.value is the market's).
 * @example excessReturnFinding({ portfolio: 'Lo 10', value: 0.0812, market: 0.0198, window: [0, 2], from: '2016-11-08', to: '2016-11-11', weighting: 'value', data, event })
 */
export function excessReturnFinding(r: {
  portfolio: string;
  value: number;
  market: number;
  marketName?: string;
  window: [number, number];
  from: string;
  to: string;
  weighting: 'value' | 'equal';
  data: DataRef[];
  event: ReportEvent;
  breakpoints?: string;
  significance?: Significance;
  record?: RecordContext;
  command?: string;
  call?: string;
}): Finding {
  const [a, b] = r.window;
  const sessions = a === 0 ? b + 1 : undefined;
  const f: Finding = {
    id: `excess-${r.portfolio}-${a}-${b}`,
    metric: 'excess-return',
    subjects: [
      { id: r.portfolio, name: subjectName(r.portfolio) },
      { id: 'market', name: r.marketName ?? 'the market' },
    ],
    window: {
      from: r.from,
      to: r.to,
      label: sessions
        ? windowLabel(r.event, sessions)
        : `over sessions ${a} to ${b} after ${r.event.short ?? 'the event'}`,
      sessions,
      relative: [a, b],
      frequency: 'daily',
    },
    value: r.value - r.market,
    unit: 'pp',
    conventions: {
      returnType: 'total',
      weighting: r.weighting,
      breakpoints: r.breakpoints ?? 'NYSE market-equity breakpoints (Fama-French)',
      t0Rule: t0RuleText(r.event),
      method: 'difference of compounded returns; market = Mkt-RF + RF (Fama-French)',
    },
    comparison: { subject: r.marketName ?? 'the market', value: r.market, difference: r.value - r.market },
    significance: r.significance,
    record: r.record,
    provenance: provenance(r.data, r.command ?? `capgap report --event ${r.event.date} --json`, r.call),
  };
  return validateFinding(f);
}
