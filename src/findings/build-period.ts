/**
 * Findings over a period that is not an event window: a size spread over a calendar month (or an explicit
 * window), and net flows into a fund category over a week.
 */
import { type DataRef, findingProvenance as provenance } from './data-ref.ts';
import type { Conventions, Finding, RecordContext } from './finding.ts';
import { validateFinding } from './finding.ts';
import { articleDate } from './format.ts';
import { subjectName } from './names.ts';
import type { ReportEvent } from './report-event.ts';
import { t0RuleText } from './report-event.ts';

/**
 * The smallest size group's return minus the largest's over a month (monthly data) or an event window.
 * Formula: R_small − R_large, each compounded over the window.
 * @example spreadFinding({ small: 'Lo 10', large: 'Hi 10', smallValue: 0.0975, largeValue: 0.0342, month: '2016-11', weighting: 'value', data })
 */
export function spreadFinding(r: {
  small: string;
  large: string;
  smallValue: number;
  largeValue: number;
  /** 'YYYY-MM' for a calendar month, or an explicit window. */
  month?: string;
  window?: { from: string; to: string; label: string; relative?: [number, number] };
  weighting: 'value' | 'equal';
  data: DataRef[];
  record?: RecordContext;
  breakpoints?: string;
  event?: ReportEvent;
  command?: string;
  call?: string;
}): Finding {
  let window: Finding['window'];
  if (r.month) {
    const [y, m] = r.month.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    window = { from: `${r.month}-01`, to: last, label: `in ${articleDate(r.month)}`, frequency: 'monthly' };
  } else if (r.window) {
    window = { ...r.window, frequency: 'daily' };
  } else {
    throw new Error('spreadFinding: give month or window');
  }
  const conventions: Conventions = {
    returnType: 'total',
    weighting: r.weighting,
    breakpoints: r.breakpoints ?? 'NYSE market-equity breakpoints (Fama-French)',
    method: 'difference of compounded returns',
  };
  if (r.event) conventions.t0Rule = t0RuleText(r.event);
  const f: Finding = {
    id: `spread-${r.small}-${r.large}-${r.weighting}-${r.month ?? window.to}`,
    metric: 'spread',
    subjects: [
      { id: r.small, name: subjectName(r.small) },
      { id: r.large, name: subjectName(r.large) },
    ],
    window,
    value: r.smallValue - r.largeValue,
    unit: 'pp',
    conventions,
    comparison: {
      subject: subjectName(r.large),
      value: r.largeValue,
      difference: r.smallValue - r.largeValue,
    },
    record: r.record,
    provenance: provenance(
      r.data,
      r.command ??
        (r.month
          ? `capgap records --metric spread --month ${r.month} --weighting ${r.weighting} --json`
          : undefined),
      r.call,
    ),
  };
  return validateFinding(f);
}

/**
 * Net flows into a fund category over one week (USD), optionally with its record context.
 * Formula: Σ flows of the category's funds over the week (as reported or from shares × NAV).
 * @example flowFinding({ category: 'US small cap', value: 2.1e9, from: '2016-11-07', weekEnd: '2016-11-11', method: 'as reported', data })
 */
export function flowFinding(r: {
  category: string;
  value: number;
  from: string;
  weekEnd: string;
  method: string;
  data: DataRef[];
  record?: RecordContext;
  command?: string;
  call?: string;
}): Finding {
  return validateFinding({
    id: `flow-${r.category.replace(/\s+/g, '-')}-${r.weekEnd}`,
    metric: 'flow',
    subjects: [{ id: r.category, name: `${r.category} ETFs` }],
    window: { from: r.from, to: r.weekEnd, label: `in the week ended ${r.weekEnd}`, frequency: 'weekly' },
    value: r.value,
    unit: 'usd',
    conventions: { method: r.method, other: { 'week end': 'Friday' } },
    record: r.record,
    provenance: provenance(r.data, r.command ?? `capgap flows --category "${r.category}" --json`, r.call),
  });
}
