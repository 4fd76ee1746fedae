/**
 * Where a month's smallest-minus-largest decile spread stands, in the direction of its sign: a positive
 * spread is ranked among the widest gaps in favour of small caps, a negative one among the largest
 * shortfalls. Two ranks, as the CLI report and the page both print them:
 * - "as it stood at the time": among the months from the start of the history up to and including it
 *   (what `capgap report` prints, src/findings/event-snapshot.ts `monthSpread`);
 * - "whole history": among every month in the file, later ones included.
 * Ties count against the month (">= as wide", as `largestSince` does): rank = 1 + earlier-or-later months at
 * least as extreme. "Since" names the most recent earlier month at least as extreme (records engine).
 */
import { monthKey } from '../../calendar/dates.ts';
import { largestSince } from '../../records/largest-since.ts';

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
  atTheTime: { rank: number; of: number };
  wholeHistory: { rank: number; of: number };
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
  const atTheTime = { rank: 1, of: 0 };
  const wholeHistory = { rank: 1, of: 0 };
  for (let i = 0; i < n; i++) {
    const v = spreads[i];
    if (Number.isNaN(v)) continue;
    const asWide = i !== at && sign * v >= sign * s - 1e-12;
    wholeHistory.of++;
    if (asWide) wholeHistory.rank++;
    if (i <= at) {
      atTheTime.of++;
      if (asWide) atTheTime.rank++;
    }
  }
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
