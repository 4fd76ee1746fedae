/**
 * A claim's verdict at the JSON edge (docs/json.md), for `/api/check` and `capgap check --json`:
 * - a computed value (the default convention's, a match's, the nearest) says its `unit`: a return or a
 *   difference of returns is a decimal (`unit: 'decimal'`, 0.0704 for 7.04 pp), a currency amount, index
 *   points or a rank keep the claim's unit ('usd', 'index-points', 'count'); a record's standing is a decimal
 *   (or USD) with `record` (rank, of, history start, the period that breaks the run and its value), `says`
 *   and `printedUnit`; a rank claim's whole order is `ranking`;
 * - its dates are `baseDate` (the close it runs from) and `endDate` (the close it runs to);
 * - its provenance is the one shape (src/provenance.ts), one object per dataset;
 * - the claim's period as read is `period` (never `window`, a word kept for sessions relative to t0), with
 *   the event's date as `eventDate` and a week's last day as `endDate`.
 */

import type { ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim, ClaimUnit, ClaimWindow } from './claim.ts';
import { provenanceJson } from './finding-json.ts';
import { isDroughtUnit } from './record-judge.ts';

/** The vocabulary's unit for a value in a claim's unit. */
export function claimUnitJson(u: ClaimUnit | undefined): string {
  return u === 'percent' || u === 'pp' || u === undefined ? 'decimal' : u;
}

/**
 * A computed value in the vocabulary: a percent or pp value as a decimal, with its unit and dates.
 * @example resultJson({ value: 7.04, from: '2016-11-08', to: '2016-11-11', … }, 'pp').value // 0.0704
 */
export function resultJson(r: ConventionResult, unit: ClaimUnit | undefined): Record<string, unknown> {
  const { value, from, to, provenance, ...rest } = r;
  // A record's standing (./evaluate-record.ts) holds its value as a decimal (or USD) already, and its own
  // `unit` says how the line prints it ('%', 'pp', 'usd', 'level', 'count': a streak's length, 'tally': a tally's count, 'times': record closes counted): kept as `printedUnit`, never as the JSON unit.
  const { unit: printed, ...others } = rest as typeof rest & { unit?: string };
  const isRecord = 'record' in r && 'says' in r;
  // A level record's value is a close: index points (./record-level.ts; funds are not ranked by level).
  const u = isRecord
    ? printed === 'usd'
      ? 'usd'
      : printed === 'level'
        ? 'index-points'
        : printed === 'count' || printed === 'tally' || printed === 'times'
          ? 'count'
          : isDroughtUnit(printed) // a drought (./record-drought.ts)
            ? printed
            : 'decimal'
    : claimUnitJson(unit);
  return {
    value: !isRecord && u === 'decimal' ? value / 100 : value,
    unit: u,
    baseDate: from,
    endDate: to,
    ...others,
    ...(isRecord ? { printedUnit: printed } : {}),
    // Frequency and weighting are the datasets' own when they say them, else null (an index has no weighting).
    provenance: provenanceJson(provenance),
  };
}

/**
 * A claim's period as read from the sentence, in the vocabulary's words.
 * @example periodJson({ kind: 'sessions', event: '2016-11-08', sessions: 3 }) // { kind: 'sessions', eventDate: '2016-11-08', sessions: 3 }
 */
export function periodJson(w: ClaimWindow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(w))
    out[k === 'event' ? 'eventDate' : k === 'weekEnd' ? 'endDate' : k] = v;
  return out;
}

/** A claim with its period renamed (see periodJson). */
export function claimJson(c: Claim): Record<string, unknown> {
  const { window, ...rest } = c;
  return { ...rest, period: periodJson(window) };
}

/** A verdict (and the verdict on its record phrase) in the vocabulary. */
export function verdictJson(v: ClaimVerdict): Record<string, unknown> {
  const unit = v.claim?.unit;
  return {
    ...v,
    claim: v.claim ? claimJson(v.claim) : null,
    computed: v.computed ? resultJson(v.computed, unit) : undefined,
    matches: v.matches.map((m) => resultJson(m, unit)),
    nearest: v.nearest ? resultJson(v.nearest, unit) : undefined,
    record: v.record ? verdictJson(v.record) : undefined,
  };
}
