/**
 * The evaluator of record claims ("the widest gap since 2008", "best week on record", "on track for its
 * best month"): the period's value and its standing among like periods, from the records engine
 * (src/records: `largestSince`, `rankAt`, `placeProvisional` through describeRecord/describeProvisional).
 *
 * What is ranked, by subject and period (docs/report.md, "Record claims"):
 * - two size groups (a spread) or one size group: French's files (./record-history-size.ts);
 * - an index or fund: close-to-close returns of its bars per day, week (ending Friday) or month (adjusted
 *   closes when the store has them, else closes) (./record-history.ts); two of them (a spread, "the Russell
 *   2000 beat the S&P 500 by the widest margin since 2011"): the difference of their period returns;
 * - a fund category: summed daily flows per week ending Friday (cannot check without flow data);
 * - a run of N days or weeks ("its best three-day run"): ./record-runs.ts; a level ("a record high", "its
 *   highest close since"): closes, ./record-level.ts; a streak ("its 10th straight decline"): ./record-streak.ts.
 * Whether the standing bears the phrase out: ./record-judge.ts.
 */
import { toDay } from '../calendar/dates.ts';
import { type Period, periodEnd } from '../calendar/periods.ts';
import type { Frequency } from '../records/labels.ts';
import { describeProvisional, describeRecord, type RecordContext } from '../records/record.ts';
import type { Claim } from './claim.ts';
import type { ReadClaim, RecordPhrase } from './claim-read.ts';
import type { CannotCheck, ClaimData, EvaluateFn, Evaluation, Resolved } from './evaluator.ts';
import type { RecordPeriod, RecordTarget } from './record-history.ts';
import { historyOf, isCategoryClaim } from './record-history-of.ts';
import {
  judgeRecord,
  type RankWithin,
  type RecordUnit,
  rankWithin,
  recordDirection,
} from './record-judge.ts';
import { levelRecord, windowLastSession, windowSessions } from './record-level.ts';
import { oneSession, recordPeriod } from './record-period.ts';
import { monthNoun, sameMonth, withoutOverlaps } from './record-runs.ts';
import { startRecord } from './record-start.ts';
import { streakRecord } from './record-streak.ts';

/** A record claim's evaluation: the period's value (decimal, or USD), its standing, and whether it holds. */
export interface RecordEvaluation extends Evaluation {
  record: RecordContext;
  /** The standing bears the phrase out. */
  holds: boolean;
  /** What the data say, in words: 'widest since Apr 2010 (6.33 pp; 119th of 1,196 months)'. */
  says: string;
  /** 'pp', '%', 'usd' or 'level' (a close): how `value` prints. */
  unit: RecordUnit;
  /** The periods ranked, plural: 'days', 'weeks', 'months'. */
  noun?: string;
  /** A rank within a stretch ("its third-worst day of the year"): the place among the periods since `from`. */
  within?: RankWithin;
}

/** One kind of record's evaluator (a start, a level, a streak): the claim, its phrase, the article's date. */
export type RecordPart = (
  data: ClaimData,
  claim: Claim,
  r: RecordPhrase,
  c: Resolved,
  asOf?: string,
) => Promise<RecordEvaluation | CannotCheck>;

/**
 * A record claim as checkRecord hands it over: with the article's date, so a week or month not over by then
 * is ranked to date (provisional) and no later close is read.
 */
export type RecordTrial = Claim & { asOf?: string };

const FREQ: Record<RecordPeriod, Frequency> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

/** The last day of the claimed period, and the as-of day (data after it are not used). */
function target(claim: Claim, period: RecordPeriod, c: Resolved, asOf?: string): RecordTarget {
  const w = claim.window;
  let day: number;
  if (w.kind === 'month' || w.kind === 'month-to-date') day = toDay(`${w.month}-01`);
  else if (w.kind === 'week' && w.weekEnd) day = toDay(w.weekEnd);
  else if (w.kind === 'dates') day = toDay(w.to);
  else if (w.kind === 'since' && w.to && period === 'day' && oneSession(w)) day = toDay(w.to);
  else if ('event' in w && w.event) day = toDay(w.event) + (c.timing === 'after-close' ? 1 : 0);
  else day = asOf ? toDay(asOf) : 0;
  const end = period === 'day' ? day : periodEnd(day, period === 'week' ? 'week' : (period as Period));
  const to = w.kind === 'month-to-date' && w.to ? w.to : asOf;
  return { end, asOf: to ? toDay(to) : Number.POSITIVE_INFINITY };
}

/**
 * The record evaluator over a ClaimData: `Evaluator.record` (wired in ./evaluate.ts).
 * `asOf` (the article's date) makes a month or week not yet over provisional.
 * @example await makeRecordEvaluator(data)(claim, conventions) // { holds: true, says: 'widest since Apr 2010, …' }
 */
export function makeRecordEvaluator(data: ClaimData, asOf?: string): EvaluateFn {
  return async (claim, c) => {
    const r = (claim as { record?: RecordPhrase }).record;
    if (!r) return { cannot: 'a record claim with no record phrase' };
    // "its 10th straight decline, the longest losing streak since 1974": ./record-streak.ts.
    // The article's date rides on the claim (check-record.ts, RecordTrial); else the evaluator's own.
    const asOfDay = (claim as RecordTrial).asOf ?? asOf;
    if (r.streak !== undefined) return streakRecord(data, claim, r, c, asOfDay);
    if (r.start) return startRecord(data, claim, r, c, asOfDay);
    // "closed at a record high", "its highest close since August": closes, not returns (./record-level.ts).
    if (r.level) return levelRecord(data, claim, r, c, asOfDay);
    // "In the three weeks since the vote … its best three-week run": that stretch, among runs of as many sessions.
    // "Its 12-session gain … was its largest since 2011": no period of its own, runs of as many sessions.
    const w = claim.window;
    const own =
      w.kind === 'sessions' && !r.period
        ? w.sessions
        : r.stretch && r.stretch > 1
          ? windowSessions(w, c)
          : null;
    const stretched = own && own > 1 && (r.period !== 'day' || own !== r.stretch);
    const rec = stretched ? { ...r, stretch: own, period: 'day' as const } : r;
    return rankedRecord(data, stretched ? ({ ...claim, record: rec } as Claim) : claim, rec, c, asOfDay);
  };
}

/** A record ranked among the periods (or runs of them) of its subject's history: `makeRecordEvaluator`'s last case. */
async function rankedRecord(
  data: ClaimData,
  claim: Claim,
  r: RecordPhrase,
  c: Parameters<EvaluateFn>[1],
  asOfDay: string | undefined,
) {
  const run = r.stretch && r.period ? r.stretch : 1;
  if (run > 1 && r.period !== 'day' && r.period !== 'week')
    return {
      cannot: `"${r.words}": a run of ${r.stretch} ${r.period}s; capgap ranks runs of days and weeks, not of ${r.period}s`,
    };
  const period = recordPeriod(claim);
  if (!period)
    return {
      cannot: `"${r.words}": which periods are ranked (day, week, month)? the sentence does not say`,
    };
  const t = { ...target(claim, period, c, asOfDay), ...(run > 1 ? { run } : {}) };
  // A run ends on its window's last session ("the five sessions after the vote": the fifth).
  const last = run > 1 ? windowLastSession(claim.window, c) : null;
  if (last !== null) t.end = period === 'day' ? last : periodEnd(last, 'week');
  const hist = await historyOf(data, claim, period, c, t);
  if ('cannot' in hist) return hist;
  const kept = sameMonth(withoutOverlaps(hist, run), r.ofMonth);
  // "The gap between A and B was the widest since 2020": how far apart, whichever side led.
  const h = (claim as Partial<ReadClaim>).unsigned ? { ...kept, values: kept.values.map(Math.abs) } : kept;
  const series = {
    ends: h.ends.slice(0, h.at),
    values: h.values.subarray(0, h.at),
    frequency: FREQ[period],
  };
  const direction = recordDirection(r);
  const ctx = h.provisional
    ? describeProvisional(series, h.ends[h.at], h.values[h.at], { direction })
    : describeRecord({ ...series, ends: h.ends, values: h.values }, h.ends[h.at], { direction });
  const unit = isCategoryClaim(claim) ? 'usd' : claim.subjects.length > 1 ? 'pp' : '%';
  const nouns = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' };
  const noun = run > 1 ? `runs of ${run} ${nouns[period]}` : (monthNoun(r.ofMonth) ?? nouns[period]);
  const j: { holds: boolean; says: string; within?: RankWithin } =
    r.kind === 'rank' && r.from
      ? rankWithin(r, h.ends, h.values, h.at, noun)
      : judgeRecord(r, ctx, noun, unit);
  return {
    value: h.values[h.at],
    from: h.from,
    to: h.to,
    description: h.description,
    provenance: { datasets: h.datasets },
    record: ctx,
    holds: j.holds,
    says: j.says,
    unit,
    noun,
    ...(j.within ? { within: j.within } : {}),
  } satisfies RecordEvaluation;
}
