/**
 * Whether a standing bears a record phrase out (docs/report.md, "Record claims"):
 * - best/worst on record: no earlier period is at least as large (largestSince = none; a tie ends a run);
 * - "widest/biggest since YEAR": the latest earlier period at least as large (the one that breaks the run)
 *   falls in YEAR; "since 1926" also holds for a record since the history began in 1926; "since MONTH
 *   YEAR" ("its worst day since August 2015") needs it in that month (a week: ending or starting in it);
 *   a lower bound ("since at least 2010", "in more than five years", "in over a decade") holds with it in
 *   YEAR or earlier, or with none; an era ("since the financial crisis") with it in the era's years;
 * - "the k-th largest (of n)": the rank at the time is k (and n periods are ranked when n is said);
 * - direction: a gain record needs a positive value (a shortfall is not a widest gap in favour of small
 *   caps), a loss record a negative one; 'loss' and 'worst' rank the most negative first.
 */
import type { RecordContext } from '../records/record.ts';
import type { RecordPhrase } from './claim-read.ts';
import { ordinal } from './format.ts';

/** A day in milliseconds: a week holding a day ends less than seven days after it. */
const DAY_MS = 86_400_000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month named before the year in a record phrase ("since August 2015", "since Aug. 2015"): 'YYYY-MM'. */
export function sinceMonth(words: string, year: number): string | null {
  const m = new RegExp(`since\\s+(?:(?:early|mid|late)[- ]?)?([a-z]{3,9})\\.?,?\\s+${year}\\b`, 'i').exec(
    words,
  );
  const name = m?.[1].toLowerCase() ?? '';
  const i = MONTHS.indexOf(name.slice(0, 3));
  const full =
    /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
  return i >= 0 && full.test(name) ? `${year}-${String(i + 1).padStart(2, '0')}` : null;
}

/** The period ending `end` falls in `month` (a week: its Friday or its Monday, four days before). */
function inMonth(end: string, noun: string, month: string): boolean {
  if (end.slice(0, 7) === month) return true;
  if (noun !== 'weeks') return false;
  const monday = new Date(Date.parse(`${end}T00:00:00Z`) - 4 * 864e5).toISOString();
  return monday.slice(0, 7) === month;
}

/**
 * How a ranked value prints: a decimal return as '%' or 'pp', a flow in USD billions, a close as a level, a
 * streak's length ('count': "5 in a row"), a tally's count ('tally': "7 in the stretch" of ten sessions), a
 * count of record closes ('times': "8 times").
 */
export type RecordUnit = 'pp' | '%' | 'usd' | 'level' | 'count' | 'tally' | 'times' | DroughtUnit;
/** The time since a record close, as printed (./record-drought.ts). */
export type DroughtUnit = 'sessions' | 'days' | 'weeks' | 'months' | 'years';
const DROUGHT_UNITS: ReadonlySet<string> = new Set(['sessions', 'days', 'weeks', 'months', 'years']);

/** True when a record's printed unit is a drought's span ('sessions', 'days', …): the JSON keeps it as its unit. */
export function isDroughtUnit(unit: string | undefined): unit is DroughtUnit {
  return DROUGHT_UNITS.has(unit ?? '');
}

/**
 * A ranked period's value as a line prints it.
 * @example recordAmount(0.0983, 'pp') // '9.83 pp'
 */
export function recordAmount(value: number, unit: RecordUnit): string {
  if (unit === 'usd') return `$${(value / 1e9).toFixed(2)}bn`;
  if (unit === 'count') return `${value} in a row`;
  if (unit === 'tally') return `${value} in the stretch`;
  if (unit === 'times') return `${value} time${value === 1 ? '' : 's'}`;
  if (isDroughtUnit(unit)) return `${+value.toFixed(2)} ${unit}`;
  // A close to the cent; a ratio of two closes (below 10) to four decimals.
  if (unit === 'level') {
    const digits = Math.abs(value) < 10 ? 4 : 2;
    return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return `${(value * 100).toFixed(2)}${unit === 'pp' ? ' pp' : '%'}`;
}

/**
 * The history a rank is taken in, named: 'from Jul 1926 to then', 'from the week ending 1928-01-06 to then'
 * (a reader sees how far back "since" could reach); a provisional period's: 'from Jul 1926 to Oct 2016'.
 */
function history(ctx: RecordContext): string {
  const label = (l: string) => (l.startsWith('week ') ? `the ${l}` : l);
  if (!ctx.historyStart) return 'to then';
  return `from ${label(ctx.historyStart)} to ${ctx.provisional ? label(ctx.historyEnd) : 'then'}`;
}

/** 'high' ranks the largest first; 'low' for a loss or a worst-on-record. */
export function recordDirection(r: RecordPhrase): 'high' | 'low' {
  return r.direction === 'loss' || r.kind === 'worst-on-record' ? 'low' : 'high';
}

const OWN_WORD =
  /\b(best|worst|widest|biggest|largest|strongest|weakest|steepest|sharpest|deepest|heaviest|highest|lowest|longest)\b/i;

/** The phrase's own superlative ("best month since 2011": best), else one from its kind. */
function word(r: RecordPhrase): string {
  const own = OWN_WORD.exec(r.words)?.[1];
  if (own) return own.toLowerCase();
  if (r.level) return r.direction === 'loss' ? 'lowest' : 'highest';
  if (r.kind === 'widest-since') return 'widest';
  if (r.kind === 'worst-on-record' || r.direction === 'loss') return 'worst';
  return r.kind === 'biggest-since' ? 'biggest' : 'largest';
}

/**
 * Whether a standing bears a record phrase out, and what the data say (the rules in the file's header).
 * @example judgeRecord({ kind: 'widest-since', sinceYear: 2010, words: 'widest since 2010' }, ctx) // { holds: true, says: 'widest since Apr 2010 …' }
 */
export function judgeRecord(
  r: RecordPhrase,
  ctx: RecordContext,
  noun: string,
  unit: RecordUnit = '%',
): { holds: boolean; says: string } {
  // A period still running is placed among the full periods before it (records' placeProvisional): its
  // would-be rank so far, never a rank among completed periods.
  const place = ctx.provisional
    ? `so far ${ordinal(ctx.rankAtTheTime)} against the ${ctx.of.toLocaleString('en-US')} full ${noun} ${history(ctx)}`
    : `${ordinal(ctx.rankAtTheTime)} of ${ctx.of.toLocaleString('en-US')} ${noun} ${history(ctx)}`;
  const on = ctx.provisional ? 'on track for the ' : '';
  // The period that breaks the run, with its value: the year a "since YEAR" would need, and by how much.
  const l = ctx.largestSince;
  const since = l
    ? `${on}${word(r)} since ${l.period}, when it was ${recordAmount(l.value, unit)}`
    : `${on}${word(r)} on record (since ${ctx.historyStart})`;
  const says = `${since}; ${place}`;
  // A level (a close) has no side: the highest close may be a low number.
  const wrongSide = unit !== 'level' && (ctx.direction === 'high' ? !(ctx.value > 0) : !(ctx.value < 0));
  if (wrongSide)
    return {
      holds: false,
      says: `${ctx.direction === 'high' ? 'a shortfall (negative), so no record gain' : 'a gain (positive), so no record loss'}; ${says}`,
    };
  const startYear = Number(ctx.historyStart.slice(-4));
  switch (r.kind) {
    case 'best-on-record':
    case 'worst-on-record':
      return { holds: ctx.largestSince === null, says };
    case 'widest-since':
    case 'biggest-since': {
      if (r.sinceYear === undefined) return { holds: false, says: `no year given; ${says}` };
      const year = ctx.largestSince ? Number(ctx.largestSince.periodEnd.slice(0, 4)) : startYear;
      if (r.orEarlier) return { holds: year <= r.sinceYear, says };
      if (r.untilYear) return { holds: year >= r.sinceYear && year <= r.untilYear, says };
      const month = r.sinceMonth ?? sinceMonth(r.words, r.sinceYear);
      // "its worst day since Oct. 31": that very day was the last worse one; "its best week since Nov. 10,
      // 2022": the week holding that day (a week ends on its Friday, at most six days after the day).
      const day = r.sinceDay && month ? `${month}-${String(r.sinceDay).padStart(2, '0')}` : '';
      const end = ctx.largestSince?.periodEnd;
      if (day && end && noun === 'days') return { holds: end === day, says };
      if (day && end && noun === 'weeks')
        return { holds: end >= day && Date.parse(end) - Date.parse(day) < 7 * DAY_MS, says };
      if (month && ctx.largestSince) return { holds: inMonth(ctx.largestSince.periodEnd, noun, month), says };
      return { holds: year === r.sinceYear, says };
    }
    default:
      return {
        holds: r.rank === ctx.rankAtTheTime && (r.of === undefined || r.of === ctx.of),
        says,
      };
  }
}

/**
 * A rank within a stretch ("its third-best week of the year", "third-worst day since the election"): the
 * claimed period's place among the periods ending from `r.from` through it (ties share the better place).
 * A `level` (a close: "its highest level in more than a month") is ranked highest or lowest, with no side.
 * @example rankWithin({ kind: 'rank', rank: 3, from: '2016-01-01', words: '…' }, ends, values, at, 'weeks') // { holds: true, says: '3rd best of 46 weeks since 2016-01-01', within: { from: '2016-01-01', rank: 3, of: 46 } }
 */
export function rankWithin(
  r: RecordPhrase,
  ends: readonly string[],
  values: ArrayLike<number>,
  at: number,
  noun: string,
  level = false,
): { holds: boolean; says: string; within: RankWithin } {
  const from = r.from ?? '';
  const high = recordDirection(r) === 'high';
  const v = values[at];
  let n = 0;
  let better = 0;
  for (let i = 0; i <= at; i++) {
    if (ends[i] < from || Number.isNaN(values[i])) continue;
    n++;
    if (i !== at && (high ? values[i] > v : values[i] < v)) better++;
  }
  const place = better + 1;
  const wrongSide = !level && (high ? !(v > 0) : !(v < 0));
  const word = level ? (high ? 'highest' : 'lowest') : high ? 'best' : 'worst';
  const says = `${place === 1 ? 'the' : ordinal(place)} ${word} of ${n} ${noun} since ${from}`;
  return { holds: !wrongSide && place === r.rank, says, within: { from, rank: place, of: n } };
}

/** A rank within a stretch as the JSON carries it: the first day counted, the place and how many periods. */
export interface RankWithin {
  from: string;
  rank: number;
  of: number;
}
