/**
 * A finding: one computed fact with everything needed to quote it, check it and reproduce it.
 *
 * Units: `value` is a decimal for `return` and `pp` (0.0633 = 6.33% or 6.33 percentage points), USD for
 * `usd`, a plain number for `count`. Sentences, charts and renderers read numbers only from findings,
 * so every number a reader sees can be traced to one object with its conventions and provenance.
 */

import type { DataRef } from './data-ref.ts';

/** What a finding measures. */
export type Metric =
  /** A subject's compounded return over the window. */
  | 'return'
  /** A subject's compounded return minus a benchmark's over the same window (market-adjusted BHAR). */
  | 'excess-return'
  /** Smallest size group's compounded return minus the largest's. */
  | 'spread'
  /** Net flow into a fund category over the window (USD). */
  | 'flow'
  /** A count or any other plain number (firms, events). */
  | 'count';

/** How `value` is expressed: decimal return, decimal percentage points, US dollars or a plain count. */
export type Unit = 'return' | 'pp' | 'usd' | 'count';

/** The period a finding covers. */
export interface FindingWindow {
  /** First date whose close the measure starts from (the base close), ISO. */
  from: string;
  /** Last date included, ISO. */
  to: string;
  /** Words for the window: 'since the election', 'over the first three sessions', 'in November 2016'. */
  label: string;
  /** Trading days after t0 covered (t0 = 1st), when the window is counted in sessions. */
  sessions?: number;
  /** Window [a, b] in trading days relative to t0, when relative to an event. */
  relative?: [number, number];
  /** 'daily' | 'weekly' | 'monthly': the frequency of the data behind it. */
  frequency?: string;
}

/** The definitions a number depends on. Every field set here is stated in the footnotes. */
export interface Conventions {
  /** 'total' (dividends reinvested, adjusted closes), 'price' (raw closes) or 'price index'. */
  returnType?: 'total' | 'price' | 'price index';
  /** Portfolio weights: 'value' (lagged market cap) or 'equal'. */
  weighting?: 'value' | 'equal';
  /** Breakpoints of size groups, e.g. 'NYSE deciles (Fama-French)'. */
  breakpoints?: string;
  /** The t0 rule, e.g. 'after-close: t0 = 2016-11-09, base = close of 2016-11-08'. */
  t0Rule?: string;
  /** How the compounded numbers combine, e.g. 'difference of compounded returns'. */
  method?: string;
  /** Anything else, as 'name: text' pairs. */
  other?: Record<string, string>;
}

/** This finding against another subject or the market. */
export interface Comparison {
  /** Display name of the other subject ('S&P 500', 'the market'). */
  subject: string;
  /** The other subject's value over the same window (same unit as the finding). */
  value: number;
  /** finding.value − comparison.value (for returns: percentage points as a decimal). */
  difference: number;
}

/** Where the value stands in its history or its event set. */
export interface RecordContext {
  /** 1 = the largest. */
  rank: number;
  /** How many values were ranked. */
  of: number;
  /** What was ranked, plural: 'months', 'weeks', 'US presidential elections'. */
  among: string;
  /** When the ranked history begins (ISO date or 'YYYY-MM'). */
  historyStart: string;
  /** The most recent earlier period at least as large ('widest since'), or null if none. */
  since?: { period: string; value: number } | null;
  /** 'largest' (default) or 'smallest': the direction of the ranking. */
  direction?: 'largest' | 'smallest';
  /** True when the period is not complete (period-to-date). */
  provisional?: boolean;
}

/** A test of the value against chance. */
export interface Significance {
  /** The test's name, e.g. 'exact sign test', 't-test on the abnormal return'. */
  test: string;
  statistic?: number;
  pValue?: number;
  n?: number;
}

/** Where a number comes from and how to get it again. */
export interface Provenance {
  /** The datasets used, each with its vintage (and, when the builder knows it, the series' frequency and weighting). */
  datasets: DataRef[];
  /** The CLI command that prints this number. */
  command?: string;
  /** The library call that returns it. */
  call?: string;
}

/** One computed fact. */
export interface Finding {
  /** Stable id within a report, e.g. 'return-^RUT-since'. */
  id: string;
  metric: Metric;
  /** Subject ids and their display names, in the order the metric reads them (small before large). */
  subjects: { id: string; name: string }[];
  window: FindingWindow;
  /** The number (see Unit). */
  value: number;
  unit: Unit;
  conventions: Conventions;
  comparison?: Comparison;
  record?: RecordContext;
  significance?: Significance;
  provenance: Provenance;
  /** Data-quality notes that travel with the number. */
  flags?: string[];
}

const METRICS: readonly Metric[] = ['return', 'excess-return', 'spread', 'flow', 'count'];
const UNITS: readonly Unit[] = ['return', 'pp', 'usd', 'count'];
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * Checks a finding and returns it; throws naming the first bad field. Use it on every finding you build.
 * @example validateFinding(makeReturnFinding({ ... }))
 */
export function validateFinding(f: Finding): Finding {
  const where = `finding ${JSON.stringify(f?.id)}`;
  if (!f || typeof f.id !== 'string' || f.id === '')
    throw new Error(`invalid finding id: ${JSON.stringify(f?.id)}`);
  if (!METRICS.includes(f.metric)) {
    throw new Error(
      `${where}: invalid metric: ${JSON.stringify(f.metric)}; expected one of ${METRICS.join(', ')}`,
    );
  }
  if (!UNITS.includes(f.unit)) {
    throw new Error(`${where}: invalid unit: ${JSON.stringify(f.unit)}; expected one of ${UNITS.join(', ')}`);
  }
  if (typeof f.value !== 'number' || !Number.isFinite(f.value)) {
    throw new Error(
      `${where}: value must be a finite number, got ${String(f.value)}; leave it out and say why in the notes`,
    );
  }
  if (f.comparison && !Number.isFinite(f.comparison.value)) {
    throw new Error(`${where}: comparison value must be a finite number, got ${String(f.comparison.value)}`);
  }
  if (!Array.isArray(f.subjects) || f.subjects.length === 0) throw new Error(`${where}: no subjects`);
  if (!f.window || !ISO.test(f.window.from) || !ISO.test(f.window.to)) {
    throw new Error(`${where}: invalid window ${JSON.stringify(f.window)}; expected ISO from/to dates`);
  }
  if (f.window.from > f.window.to)
    throw new Error(`${where}: window from ${f.window.from} is after to ${f.window.to}`);
  if (!f.provenance || !Array.isArray(f.provenance.datasets) || f.provenance.datasets.length === 0) {
    throw new Error(`${where}: no provenance datasets; every number needs its source`);
  }
  if (f.record && (f.record.rank < 1 || f.record.rank > f.record.of)) {
    throw new Error(`${where}: invalid rank ${f.record.rank} of ${f.record.of}`);
  }
  return f;
}
