/**
 * Where a month's smallest-minus-largest decile spread stands, in the direction of its sign: a positive
 * spread is ranked among the widest gaps in favour of small caps, a negative one among the largest
 * shortfalls. Two ranks, as the CLI report and the page both print them:
 * - "as it stood at the time": among the months from the start of the history up to and including it
 *   (what `capgap report` prints, src/findings/event-snapshot.ts `monthSpread`);
 * - "whole history": among every month in the file, later ones included.
 * Both ranks are the records engine's competition rank (`rankAt`, src/records/rank.ts, the one rule that
 * `capgap records`, `capgap check` and `capgap report` use): 1 + the months strictly more extreme, so tied
 * months share a rank ("joint 302nd"). "Since" names the most recent earlier month at least as extreme.
 * A month the monthly file does not have yet is taken to date from the daily returns (`monthToDate`),
 * marked provisional.
 */
import { fromDay, monthKey } from '../../calendar/dates.ts';
import { compound } from '../../math/compound.ts';
import { largestSince } from '../../records/largest-since.ts';
import { rankAt } from '../../records/rank.ts';

/** A month's spread with its two ranks and its direction. */
export interface MonthStanding {
  month: string;
  small: number;
  large: number;
  /** small − large, decimal. */
  spread: number;
  /** 'small' when small caps led (spread >= 0), 'large' when they lagged. */
  favours: 'small' | 'large';
  /** The most recent earlier month at least as extreme in the same direction, or null (a record). */
  since: { month: string; spread: number } | null;
  /** Among the months up to and including this one; `ties` = other months with the same spread. */
  atTheTime: { rank: number; of: number; ties: number };
  /** Among every month in the file, later ones included. */
  wholeHistory: { rank: number; of: number; ties: number };
  historyStart: string;
  historyEnd: string;
}

/**
 * The standing of the month `key` ('YYYY-MM') in monthly Lo − Hi returns; throws naming the data's span when
 * the month is not in them.
 * @example monthStanding({ days, small, large }, '2016-11').atTheTime // { rank: 110, of: 1085 } (French 202602)
 */
export function monthStanding(
  monthly: { days: Int32Array; small: Float64Array; large: Float64Array },
  key: string,
): MonthStanding {
  const n = monthly.days.length;
  let at = -1;
  for (let i = 0; i < n; i++) if (monthKey(monthly.days[i]) === key) at = i;
  if (at < 0) {
    const span = n ? `${monthKey(monthly.days[0])} .. ${monthKey(monthly.days[n - 1])}` : 'none';
    throw new Error(`no monthly size returns for ${key}: the monthly file covers ${span}`);
  }
  const spreads = new Float64Array(n);
  for (let i = 0; i < n; i++) spreads[i] = monthly.small[i] - monthly.large[i];
  const s = spreads[at];
  if (Number.isNaN(s)) throw new Error(`the monthly size returns for ${key} are missing`);
  const favours = s >= 0 ? 'small' : 'large';
  const sign = favours === 'small' ? 1 : -1;
  const j = largestSince(spreads.subarray(0, at + 1), { direction: sign > 0 ? 'high' : 'low' })[at];
  const direction = sign > 0 ? 'high' : 'low';
  const atTheTime = rankAt(spreads, at, { direction, to: at });
  const wholeHistory = rankAt(spreads, at, { direction });
  return {
    month: key,
    small: monthly.small[at],
    large: monthly.large[at],
    spread: s,
    favours,
    since: j >= 0 ? { month: monthKey(monthly.days[j]), spread: spreads[j] } : null,
    atTheTime,
    wholeHistory,
    historyStart: monthKey(monthly.days[0]),
    historyEnd: monthKey(monthly.days[n - 1]),
  };
}

/** A month not yet in the monthly file, to date from daily returns: provisional. */
export interface MonthToDate extends MonthStanding {
  provisional: true;
  /** Last daily date compounded, and how many sessions. */
  through: string;
  sessions: number;
}

/**
 * The month `key` to date, when the monthly file does not have it yet: Lo and Hi daily returns compounded
 * (`compound`, src/math/compound.ts) from the close before the month's first session to the close of the
 * last daily date in it, then placed among the completed months before it (in the direction of its sign, as
 * `monthStanding`). Throws when the daily data have no session in the month.
 * @example monthToDate(dailyVW, monthlyVW, '2026-11').through
 */
export function monthToDate(
  daily: { days: Int32Array; small: Float64Array; large: Float64Array },
  monthly: { days: Int32Array; small: Float64Array; large: Float64Array },
  key: string,
): MonthToDate {
  // The month's sessions: rows first .. last of the daily file (days ascending).
  let first = -1;
  let last = -1;
  for (let i = 0; i < daily.days.length; i++) {
    if (monthKey(daily.days[i]) !== key) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (last < 0) {
    const end = daily.days.length ? monthKey(daily.days[daily.days.length - 1]) : 'none';
    throw new Error(`no daily size returns in ${key}: the daily file runs to ${end}`);
  }
  const sessions = last - first + 1;
  // From the close before the month's first session to the close of its last (src/math/compound.ts).
  const s = compound(daily.small, first - 1, last);
  const l = compound(daily.large, first - 1, last);
  // The completed months before `key`, then this month's value to date appended as the last one.
  let n = 0;
  while (n < monthly.days.length && monthKey(monthly.days[n]) < key) n++;
  const days = new Int32Array(n + 1);
  const small = new Float64Array(n + 1);
  const large = new Float64Array(n + 1);
  days.set(monthly.days.subarray(0, n));
  small.set(monthly.small.subarray(0, n));
  large.set(monthly.large.subarray(0, n));
  days[n] = daily.days[last];
  small[n] = s;
  large[n] = l;
  const standing = monthStanding({ days, small, large }, key);
  return { ...standing, provisional: true, through: fromDay(daily.days[last]), sessions };
}
