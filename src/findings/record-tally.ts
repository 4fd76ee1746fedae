/**
 * Tallies: "small caps have outperformed large caps in seven of the past ten sessions", "the S&P 500 has
 * risen in eight of the last 10 weeks", "has gained in each of the past three weeks". Of the `of` periods
 * through the claimed one (the returns ./record-streak.ts reads: one subject's, or two's difference), how
 * many went the phrase's way; the count stated must be the count computed. The standing is the count among
 * every earlier stretch of as many periods (so the line can say "the most since …").
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { periodEnd } from '../calendar/periods.ts';
import { describeRecord } from '../records/record.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import type { RecordEvaluation } from './evaluate-record.ts';
import type { CannotCheck, Evaluation } from './evaluator.ts';
import { MONTHS } from './format.ts';
import { periodWords } from './record-streak-flows.ts';
import { ruleOf, statedMatches } from './verdict-rules.ts';

/** A record read off period returns (each period's end day and return) through index `at`: a tally, an ended streak. */
export type PeriodRecord = (
  claim: Pick<Claim, 'subjects'>,
  r: RecordPhrase,
  p: { end: Int32Array | readonly number[]; ret: Float64Array | readonly number[] },
  at: number,
  period: string,
  datasets: Evaluation['provenance']['datasets'],
) => RecordEvaluation | CannotCheck;

/**
 * The tally of the `r.tally.of` periods through index `at` of the period returns `p`.
 * @example tallyRecord(claim, { kind: 'streak', streak: 0, tally: { hits: 7, of: 10 }, … }, p, at, 'day', datasets).value // 6
 */
export const tallyRecord: PeriodRecord = (claim, r, p, at, unit, datasets) => {
  const { hits, of = 0 } = r.tally ?? { hits: 0 };
  // "four of the past five Novembers": the periods are that month of the year's (`oneMonthOfYear`).
  const period = r.ofMonth ? (MONTHS[r.ofMonth - 1] ?? unit) : unit;
  if (at < 0) return { cannot: `"${r.words}": no ${period} of data through the claimed one` };
  const claimed = fromDay(p.end[at]);
  if (of < 1 || at - of + 1 < 0)
    return { cannot: `"${r.words}": fewer than ${of} ${period}s of data through ${claimed}` };
  const up = r.direction !== 'loss';
  // "its fourth decline of more than 2.5%": only moves beyond the size count.
  const b = r.tally?.beyond;
  const th = b ? b.pct / 100 : 0;
  const goes = (v: number) => (b?.inclusive ? (up ? v >= th : v <= -th) : up ? v > th : v < -th);
  // The count in every stretch of `of` periods, each at its end.
  const ends: string[] = [];
  const counts: number[] = [];
  let n = 0;
  for (let i = 0; i <= at; i++) {
    if (goes(p.ret[i])) n++;
    if (i >= of && goes(p.ret[i - of])) n--;
    if (i >= of - 1) {
      ends.push(fromDay(p.end[i]));
      counts.push(n);
    }
  }
  const ctx = describeRecord({ ends, values: Float64Array.from(counts), frequency: 'daily' }, claimed, {
    direction: 'high',
  });
  const pair = claim.subjects.length === 2;
  const { side: sideWords } = periodWords(r, pair, p.ret[at]);
  const side = b ? `${sideWords} ${b.inclusive ? 'by at least' : 'by more than'} ${b.pct}%` : sideWords;
  const from = fromDay(p.end[at - of + 1]);
  // "on 63% of trading days since Nov. 8": the share of the window's sessions, within the words' interval.
  const share = r.tally?.share && (100 * n) / of;
  const rule =
    r.tally?.share &&
    ruleOf({ stated: r.tally.share.stated, tolerance: 0, comparator: r.tally.share.comparator });
  const holds = share !== undefined && rule ? statedMatches(share, rule) : n === hits;
  const not = share !== undefined ? `${r.tally?.share?.stated}%` : hits;
  return {
    value: n,
    from,
    to: claimed,
    description: `${claim.subjects.join(' − ')} ${period} ${r.flows ? 'net flows' : 'returns'}: ${period}s ${side} of the ${of} from ${from} through ${claimed}`,
    provenance: { datasets },
    record: ctx,
    holds,
    says: `${n} of the ${of} ${period}s through ${claimed} ${side}${share === undefined ? '' : ` (${share.toFixed(1)}%)`}${holds ? '' : `, not ${not}`}`,
    periods: of, // how many were counted ("2 of the 5 days": the year's so far), in the answer's JSON too
    unit: 'tally',
    noun: `stretches of ${of} ${period}s`,
  };
};

/** Period returns: each period's end day and return. */
export type Periods = { end: Int32Array; ret: Float64Array };

/**
 * "four of the past five Novembers": the periods (months) of that month of the year only, through `at`, and
 * the index of the last one.
 * @example oneMonthOfYear(monthly, at, 11) // [the Novembers through `at`, their last index]
 */
export function oneMonthOfYear(p: Periods, at: number, month?: number): [Periods, number] {
  if (!month) return [p, at];
  const keep = Array.from(p.end.subarray(0, at + 1)).flatMap((d, i) =>
    Number(fromDay(d).slice(5, 7)) === month ? [i] : [],
  );
  const q = { end: Int32Array.from(keep, (i) => p.end[i]), ret: Float64Array.from(keep, (i) => p.ret[i]) };
  return [q, keep.length - 1];
}

/**
 * A share of the window's periods ("on 63% of trading days since Nov. 8"): the tally of all of them, the
 * periods ending after the window's first day through index `at` of `end`; a place in a calendar period ("its
 * second loss of the year": `soFar`), the periods of that year (month, week) through `at`.
 * @example sharedOf(r, { kind: 'since', event: '2016-11-08', to: '2016-12-01' }, days, at).tally.of // 16
 */
export function sharedOf(
  r: RecordPhrase,
  w: Claim['window'],
  end: ArrayLike<number>,
  at: number,
): RecordPhrase {
  const so = r.tally?.soFar;
  if (so && !r.tally?.of) {
    // "its second loss of the year": the periods of the claimed one's calendar year (month, week) so far.
    const within = periodEnd(end[at], so);
    let of = 0;
    for (let i = at; i >= 0 && periodEnd(end[i], so) === within; i--) of++;
    return { ...r, tally: { ...r.tally, hits: r.tally?.hits ?? 0, of } };
  }
  // A share, or a count with no stretch of its own ("rose more than 2% five times in December"): the window's.
  if (!r.tally || r.tally.of) return r;
  // The window's first day ("since Nov. 8", a month's start, the Saturday before a week's Friday).
  const start =
    w.kind === 'since'
      ? toDay(w.event)
      : w.kind === 'dates'
        ? toDay(w.from)
        : w.kind === 'month' || w.kind === 'month-to-date'
          ? toDay(`${w.month}-01`) - 1
          : w.kind === 'week' && w.weekEnd
            ? toDay(w.weekEnd) - 7
            : Number.NaN;
  let of = 0;
  for (let i = at; i >= 0 && end[i] > start; i--) of++;
  return { ...r, tally: { ...r.tally, of } };
}
