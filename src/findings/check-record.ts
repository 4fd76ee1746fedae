/**
 * Verdicts on record claims (docs/report.md, "Record claims"): the record evaluator
 * (./evaluate-record.ts) under the claim's own conventions, then the alternative weighting for size groups
 * (French equal-weighted instead of value-weighted). 'supported' when the default standing bears the phrase
 * out, 'supported under another convention' when only the alternative does, 'not supported' with what the
 * data say ("widest since Apr 2010, 1,073rd …"), 'cannot check' with what is missing and the command that
 * adds it. A month not over at the article's date (options.asOf) is checked month to date (provisional).
 */

import type { CheckOptions, ClaimVerdict, ConventionResult } from './check.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import { sizeGroup } from './claim-subjects.ts';
import type { RecordEvaluation, RecordTrial } from './evaluate-record.ts';
import type { Evaluator, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { checkEventRecord } from './event-rank.ts';
import { checkEventTally } from './event-tally.ts';
import { recordAmount } from './record-judge.ts';

/** The claim's month window as the article's date sees it: month to date when the month is still running. */
function asOfWindow(claim: Claim, asOf?: string): Claim {
  const w = claim.window;
  if (w.kind === 'month' && asOf && asOf.slice(0, 7) === w.month) {
    const last = new Date(Date.UTC(Number(w.month.slice(0, 4)), Number(w.month.slice(5, 7)), 0));
    if (asOf < last.toISOString().slice(0, 10))
      return { ...claim, window: { kind: 'month-to-date', month: w.month, to: asOf } };
  }
  return claim;
}

/** A record evaluation's value as printed: '6.33 pp', '2.41%', '$6.50bn'. */
export function recordValue(e: Pick<RecordEvaluation, 'value' | 'unit'>): string {
  return recordAmount(e.value, e.unit);
}

function result(e: RecordEvaluation, c: Resolved, own: Resolved): ConventionResult & RecordEvaluation {
  return {
    ...e,
    conventions: c,
    differs: c.weighting === own.weighting ? '' : `${c.weighting}-weighted`,
  };
}

/**
 * The verdict on a record claim (metric 'record', or any claim carrying `record`).
 * @example (await checkRecord(claim, evaluator, { asOf: '2016-11-30' })).verdict // 'supported'
 */
export async function checkRecord(
  claim: Claim,
  evaluator: Evaluator,
  own: Resolved,
  options: CheckOptions = {},
): Promise<ClaimVerdict> {
  const r = (claim as { record?: RecordPhrase }).record;
  const base = { id: claim.id, text: claim.text, claim, matches: [] as ConventionResult[] };
  const fn = evaluator.record;
  const line = (v: ClaimVerdict) => ({ ...v, line: recordLine(v) });
  if (!fn || !r) return line({ ...base, verdict: 'cannot check', reason: 'no evaluator for record claims' });
  // "Its best post-election week since 1980": ranked among the events of the set, not among weeks.
  // "In the month after seven of the last ten elections": a tally over events (./event-tally.ts).
  const tally = await checkEventTally(claim, evaluator, own, options.asOf);
  if (tally) return tally;
  const events = await checkEventRecord(claim, evaluator, own, options.asOf);
  if (events) return events;
  // The article's date goes with the claim: no close after it is read (a week not over is to date).
  const trial: RecordTrial = { ...asOfWindow(claim, options.asOf), asOf: options.asOf };
  const first = await fn(trial, own);
  if (isCannot(first))
    return line({ ...base, verdict: 'cannot check', reason: first.cannot, needs: first.needs });
  const computed = result(first as RecordEvaluation, own, own);
  if (computed.holds) return line({ ...base, verdict: 'supported', computed });
  // The alternative convention: French equal-weighted size portfolios.
  if (claim.subjects.some((s) => sizeGroup(s)) && options.search !== false) {
    const alt: Resolved = { ...own, weighting: own.weighting === 'value' ? 'equal' : 'value' };
    const e = await fn(trial, alt);
    if (!isCannot(e)) {
      const m = result(e as RecordEvaluation, alt, own);
      if (m.holds)
        return line({ ...base, verdict: 'supported under another convention', computed, matches: [m] });
    }
  }
  return line({ ...base, verdict: 'not supported', computed });
}

/**
 * The standing of a result in words, naming the period ranked (a journalist can see which day, week or
 * month was read, the period that breaks the run and the history's start): 'widest since Apr 2010, when it
 * was 9.83 pp; 110th of 1,085 months from Jul 1926 to then (Nov 2016: 6.33 pp)'; a period not over: 'Nov 2016
 * to date (through 2016-11-11, provisional) 5.30 pp against every earlier full month: on track for the widest
 * since Apr 2010, when it was 9.83 pp; so far 141st against the 1,084 full months from Jul 1926 to Oct 2016'.
 */
export function standing(c: ConventionResult | undefined): string {
  const e = c as (ConventionResult & Partial<RecordEvaluation>) | undefined;
  if (!e?.says) return '';
  const r = e.record;
  if (r?.provisional) {
    // "On track" in plain words: the period so far, through the article's date (the data's last day on or
    // before it), against every earlier full period, and where it ranks so far.
    const one = (e.noun ?? 'periods').replace(/s$/, '');
    return `${r.period} to date (through ${e.to}, provisional) ${recordValue(e as RecordEvaluation)} against every earlier full ${one}: ${e.says}`;
  }
  // A ranking or tally of events (./event-rank.ts, ./event-tally.ts) lists each event's value in its words.
  if (!r) return e.says;
  const label = r?.period ? `${r.period}: ` : '';
  return `${e.says} (${label}${recordValue(e as RecordEvaluation)})`;
}

/**
 * A record verdict as one line: `<claim> "<phrase>": supported: <standing>`.
 * @example recordLine(v) // 'record of Lo 10 vs Hi 10 in 2016-11 "widest since 2010": supported: widest since Apr 2010, …'
 */
export function recordLine(v: ClaimVerdict): string {
  const r = (v.claim as { record?: RecordPhrase } | null)?.record;
  const head = `"${r?.words ?? 'record'}"`;
  switch (v.verdict) {
    case 'supported':
      return `${head}: supported: ${standing(v.computed)}`;
    case 'supported under another convention':
      return `${head}: supported under another convention: ${v.matches[0].differs}, ${standing(v.matches[0])} (default convention: ${standing(v.computed)})`;
    case 'not supported':
      return `${head}: not supported: ${standing(v.computed)}`;
    default:
      return `${head}: ${v.verdict}${v.reason ? ` (${v.reason}${v.needs ? `: ${v.needs}` : ''})` : ''}`;
  }
}
