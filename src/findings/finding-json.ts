/**
 * A finding as the JSON vocabulary writes it (docs/json.md): the one edge where a `Finding` leaves capgap as
 * JSON (`/api/lead`, `/api/check`, `capgap report --format json`, `capgap check --json`).
 * - its period: after an event, `baseDate` (the close the number runs from) and `endDate` (the close it runs
 *   to), with `window: { from, to }` in sessions relative to t0 when counted in sessions; over a calendar
 *   period (a month, a week), `periodStart` and `periodEnd`; `label` in words;
 * - `unit`: 'decimal' for returns and differences of returns (metric says which), 'usd' or 'count';
 * - `provenance`: one object per dataset in the one shape (src/provenance.ts), and the reproducing
 *   `command` (and library `call`) beside it.
 */
import { type Provenance, provenanceOf } from '../provenance.ts';
import type { Finding, Provenance as FindingProvenance, Unit } from './finding.ts';

/** A finding's JSON form. */
export interface FindingJson extends Omit<Finding, 'window' | 'unit' | 'provenance'> {
  /** Sessions relative to t0 (t0 = 0), when the finding covers an event window. */
  window?: { from: number; to: number };
  /** After an event: the close the number runs from (the last close before the news), ISO. */
  baseDate?: string;
  /** After an event: the close it runs to, ISO. */
  endDate?: string;
  /** Over a calendar period: its first day (or month, 'YYYY-MM'). */
  periodStart?: string;
  /** Over a calendar period: its last day (or month). */
  periodEnd?: string;
  /** The period in words: 'over the first three sessions after the election', 'in November 2016'. */
  label: string;
  /** Sessions after t0 covered (t0 = the 1st), when counted in sessions. */
  sessions?: number;
  /** 'daily' | 'weekly' | 'monthly': the frequency of the data behind it. */
  frequency?: string;
  unit: 'decimal' | 'usd' | 'count';
  provenance: Provenance[];
  /** The CLI command that prints this number. */
  command?: string;
  /** The library call that returns it. */
  call?: string;
}

/**
 * True when a finding runs from an event's base close (a window of sessions after t0, or "since the event"):
 * its dates are then baseDate and endDate; a calendar period (a month, a week, a month to date, a run of
 * months ranked) is written periodStart and periodEnd, its first and last day (or month).
 */
export function fromEvent(f: Finding): boolean {
  const w = f.window;
  return w.relative !== undefined || w.sessions !== undefined || w.label.startsWith('since ');
}

/** The vocabulary's unit for a finding's unit: returns and percentage points are both decimals. */
export function unitJson(u: Unit): FindingJson['unit'] {
  return u === 'return' || u === 'pp' ? 'decimal' : u;
}

/**
 * A finding's datasets in the one provenance shape. A dataset's own frequency and weighting when it says
 * them, else the finding's (`frequency` daily or monthly; `weighting` from its conventions), else null.
 * @example provenanceJson({ datasets: [{ name: 'yfinance/^RUT', vintage: 'through 2026-02-23' }] }, { frequency: 'daily' })[0].frequency // 'daily'
 */
export function provenanceJson(
  p: FindingProvenance,
  o: { frequency?: string; weighting?: string } = {},
): Provenance[] {
  const freq = o.frequency === 'daily' || o.frequency === 'monthly' ? o.frequency : null;
  return p.datasets.map((d) =>
    provenanceOf(d.name, {
      vintage: d.vintage ?? null,
      frequency: d.frequency ?? freq,
      weighting: d.weighting ?? o.weighting ?? null,
      source: d.source ?? null,
      series: d.series ?? null,
    }),
  );
}

/**
 * A finding in the JSON vocabulary.
 * @example findingJson(spreadFinding({ small: 'Lo 10', large: 'Hi 10', smallValue: 0.1, largeValue: 0.03, month: '2016-11', weighting: 'value', data })).periodStart // '2016-11-01'
 */
export function findingJson(f: Finding): FindingJson {
  const { window: w, unit, provenance, ...rest } = f;
  return {
    ...rest,
    ...(w.relative ? { window: { from: w.relative[0], to: w.relative[1] } } : {}),
    ...(fromEvent(f) ? { baseDate: w.from, endDate: w.to } : { periodStart: w.from, periodEnd: w.to }),
    label: w.label,
    ...(w.sessions !== undefined ? { sessions: w.sessions } : {}),
    ...(w.frequency !== undefined ? { frequency: w.frequency } : {}),
    unit: unitJson(unit),
    provenance: provenanceJson(provenance, { frequency: w.frequency, weighting: f.conventions.weighting }),
    ...(provenance.command !== undefined ? { command: provenance.command } : {}),
    ...(provenance.call !== undefined ? { call: provenance.call } : {}),
  };
}
