/**
 * A finding as the JSON vocabulary writes it (docs/json.md): the one edge where a `Finding` leaves capgap as
 * JSON (`/api/lead`, `/api/check`, `capgap report --format json`, `capgap check --json`).
 * - its period: `baseDate` (the close the number runs from) and `endDate` (the close it runs to), `label` in
 *   words, and `window: { from, to }` in sessions relative to t0 only when it is an event window;
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
  /** The close the number runs from (ISO date; 'YYYY-MM' for a month counted whole). */
  baseDate: string;
  /** The close it runs to (ISO date, or 'YYYY-MM'). */
  endDate: string;
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
 * @example findingJson(spreadFinding({ small: 'Lo 10', large: 'Hi 10', smallValue: 0.1, largeValue: 0.03, month: '2016-11', weighting: 'value', data })).baseDate // '2016-11-01'
 */
export function findingJson(f: Finding): FindingJson {
  const { window: w, unit, provenance, ...rest } = f;
  return {
    ...rest,
    ...(w.relative ? { window: { from: w.relative[0], to: w.relative[1] } } : {}),
    baseDate: w.from,
    endDate: w.to,
    label: w.label,
    ...(w.sessions !== undefined ? { sessions: w.sessions } : {}),
    ...(w.frequency !== undefined ? { frequency: w.frequency } : {}),
    unit: unitJson(unit),
    provenance: provenanceJson(provenance, { frequency: w.frequency, weighting: f.conventions.weighting }),
    ...(provenance.command !== undefined ? { command: provenance.command } : {}),
    ...(provenance.call !== undefined ? { call: provenance.call } : {}),
  };
}
