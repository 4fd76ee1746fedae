/**
 * Counts of record closes: "closed at a record high 8 times this month", "for the 42nd time this year", "its
 * 57th record close of 2024". The closes in the claimed period (its sessions after the base close, through
 * its end or the article's date) that topped every earlier close (for record lows: fell below), counted;
 * the count stated must be the count computed; a run ("its third straight record close", "for a fifth straight
 * session") must also be no longer than said: the close before it no record. Closes as ./record-level.ts reads them.
 */
import { fromDay, monthEnd, toDay } from '../calendar/dates.ts';
import { describeRecord } from '../records/record.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import type { RecordEvaluation } from './evaluate-record.ts';
import type { CannotCheck, PriceBars, Resolved } from './evaluator.ts';
import { claimedDay } from './record-level.ts';

/** A run of record closes: "for a fifth straight session", "its third record close in a row". */
const RUN = /straight|consecutive|successive|in\s+a\s+row|in\s+as\s+many/i;

/** The first and last day of the claimed period (day numbers). */
function periodDays(w: Claim['window'], c: Resolved, cut: number): [number, number] {
  const end = Math.min(claimedDay(w, c, cut), cut);
  if (w.kind === 'month' || w.kind === 'month-to-date') {
    const first = toDay(`${w.month}-01`);
    const last = w.kind === 'month' ? monthEnd(first) : w.to ? toDay(w.to) : end;
    return [first, Math.min(last, cut)];
  }
  if (w.kind === 'dates') return [toDay(w.from) + 1, end];
  if (w.kind === 'since' || w.kind === 'sessions') return [toDay(w.event) + 1, end];
  return [end - 6, end];
}

/**
 * A record read off an index's or a fund's closes (./record-level.ts reads them): the claim, its phrase, the bars,
 * the closes as quoted, how many of them are on or before the article's day (`n`, day `cut`), the conventions.
 */
export type CloseRecord = (
  claim: Claim,
  r: RecordPhrase,
  bars: PriceBars,
  close: Float64Array,
  n: number,
  c: Resolved,
  cut: number,
) => RecordEvaluation | CannotCheck;

/**
 * The record closes in the claimed period, against `r.times`.
 * @example recordTimes(claim, { kind: 'best-on-record', level: true, times: 8, … }, bars, bars.close, n, c, cut).value // 7
 */
export const recordTimes: CloseRecord = (claim, r, bars, close, n, c, cut) => {
  const high = r.direction !== 'loss';
  let [lo, hi] = periodDays(claim.window, c, cut);
  // "…, its 10th record this year" beside a close of one day: the count runs from the start of the year (month).
  const since = /\b(?:this|of\s+the)\s+(year|month)\b/i.exec(`${r.words} ${claim.text ?? ''}`);
  // (Not a run of record closes: "for a third straight session" counts those sessions.)
  if (since && hi - lo < 7 && !RUN.test(r.words)) {
    const end = fromDay(hi);
    lo = toDay(since[1].toLowerCase() === 'year' ? `${end.slice(0, 4)}-01-01` : `${end.slice(0, 7)}-01`);
  }
  const dates: string[] = [];
  let best = Number.NaN;
  let last = -1;
  let streak = 0; // record closes in a row, to the latest close read
  for (let i = 0; i < n && bars.days[i] <= hi; i++) {
    const v = close[i];
    if (Number.isNaN(v)) continue;
    const record = Number.isNaN(best) || (high ? v > best : v < best);
    if (record) best = v;
    streak = record ? streak + 1 : 0;
    if (bars.days[i] >= lo) {
      last = i;
      if (record) dates.push(fromDay(bars.days[i]));
    }
  }
  if (last < 0) return { cannot: `no close of ${claim.subjects[0]} from ${fromDay(lo)} to ${fromDay(hi)}` };
  const ends = Array.from(bars.days.subarray(0, last + 1), fromDay);
  const ctx = describeRecord({ ends, values: close.slice(0, last + 1), frequency: 'daily' }, ends[last], {
    direction: high ? 'high' : 'low',
  });
  const count = dates.length;
  // A run told as an ordinal ("its third straight record close"): the third, not the fourth of a longer run.
  const run = RUN.test(r.words) && count === r.times && streak > count ? streak : undefined;
  const holds = count === r.times && !run;
  const which = `record${high ? '' : '-low'} close${count === 1 ? '' : 's'}`;
  const list = count
    ? `: ${dates.length > 12 ? `${dates.slice(0, 12).join(', ')}, …` : dates.join(', ')}`
    : '';
  return {
    value: count,
    from: fromDay(lo),
    to: ends[last],
    description: `${claim.subjects[0]} closes from ${fromDay(lo)} to ${ends[last]}, each against every earlier close`,
    provenance: { datasets: [{ name: bars.dataset, vintage: bars.vintage }] },
    record: ctx,
    holds,
    says: run
      ? `${count} ${which} from ${fromDay(lo)} to ${ends[last]}${list}, but the run is ${run} long, not ${r.times}`
      : `${count} ${which} from ${fromDay(lo)} to ${ends[last]}${holds ? '' : `, not ${r.times}`}${list}`,
    unit: 'times',
    noun: 'closes',
  };
};
