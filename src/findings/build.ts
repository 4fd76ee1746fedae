/**
 * Helpers that turn plain computed results into findings. Each takes the numbers an engine returned plus
 * what the number means (subject, window, basis, data source) and fills in the conventions and the
 * reproducing command, so callers cannot forget them.
 */
import type { NewsTiming } from '../calendar/trading-days.ts';
import type { Conventions, Finding, Provenance, RecordContext, Significance } from './finding.ts';
import { validateFinding } from './finding.ts';
import { articleDate, numberWord } from './format.ts';
import { subjectName } from './names.ts';

/** The event a report is about. */
export interface ReportEvent {
  /** ISO date of the event ('2016-11-08'). */
  date: string;
  /** Full name: '2016 US presidential election'. */
  name: string;
  /** How articles refer to it after first mention: 'the election' (default 'the event'). */
  short?: string;
  /** News timing for the t0 rule (default 'after-close'). */
  timing?: NewsTiming;
  /** t0 and base dates once anchored on a calendar. */
  t0Date?: string;
  baseDate?: string;
}

/** Words for the t0 rule as applied to this event, for footnotes. */
export function t0RuleText(event: ReportEvent): string {
  const timing = event.timing ?? 'after-close';
  const t0 = event.t0Date ? `t0 = ${event.t0Date}` : 't0 = first session that can react';
  const base = event.baseDate ? `base = close of ${event.baseDate}` : 'base = last close before the news';
  return `news ${timing}: ${t0}, ${base}`;
}

/**
 * Words for a window counted in sessions after t0, or since the event: 'on the first trading day after the
 * election', 'over the first three sessions after the election', 'since the election'.
 * @example windowLabel({ date: '2016-11-08', name: '', short: 'the election' }, 3) // 'over the first three sessions after the election'
 */
export function windowLabel(event: ReportEvent, sessions: number | null): string {
  const e = event.short ?? 'the event';
  if (sessions === null) return `since ${e}`;
  if (sessions === 1) return `on the first trading day after ${e}`;
  return `over the first ${numberWord(sessions)} sessions after ${e}`;
}

/** One dataset with its vintage. */
export interface DataRef {
  name: string;
  vintage?: string | null;
}

function provenance(datasets: DataRef[], command?: string, call?: string): Provenance {
  return { datasets: datasets.map((d) => ({ name: d.name, vintage: d.vintage ?? null })), command, call };
}

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
