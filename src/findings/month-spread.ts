/**
 * The event month's small-minus-large spread (Lo 10 − Hi 10, monthly returns) with 'widest since' and its rank
 * among all months of the history up to it.
 */
import { monthKey } from '../calendar/dates.ts';
import { largestSince } from '../records/largest-since.ts';
import { rankAt } from '../records/rank.ts';

/** A month's small-minus-large spread and the latest earlier month at least as wide. */
export interface MonthSpread {
  month: string;
  small: number;
  large: number;
  /** small − large, decimal. */
  spread: number;
  /**
   * The most recent earlier month with a spread >= this one's (<= for a negative spread: the widest
   * shortfall since), or null if none since the history began.
   */
  widestSince: { month: string; spread: number } | null;
  historyStart: string;
  /**
   * Competition rank among the months from the history's start to this one (records engine `rankAt`, widest
   * first): 1 + the months strictly wider; tied months share it ("joint 302nd").
   */
  rank: number;
  /** How many months with a value the history holds up to this one (this one included). */
  of: number;
  /** How many other months have the same spread (within 1e-12). */
  ties: number;
}

/**
 * The spread Lo − Hi for the month containing `date`, with 'widest since' (src/records/largest-since.ts) and its rank
 * among all months up to and including it.
 */
export function monthSpread(
  monthly: { days: Int32Array; small: Float64Array; large: Float64Array },
  date: string,
): MonthSpread {
  const key = date.slice(0, 7);
  let at = -1;
  for (let i = 0; i < monthly.days.length; i++) if (monthKey(monthly.days[i]) === key) at = i;
  if (at < 0) {
    const last = monthly.days.length ? monthKey(monthly.days[monthly.days.length - 1]) : 'none';
    throw new Error(`no monthly size returns for ${key} (the data run to ${last})`);
  }
  const spreadAt = (i: number) => monthly.small[i] - monthly.large[i];
  const s = spreadAt(at);
  // 'Widest since' is the records engine's largest-since, run on the spreads up to this month, in the
  // spread's own direction: a shortfall (small trailed large) is the widest shortfall since the latest
  // month that trailed at least as much (Jun 2016, −0.20 pp: since May 2016, −1.70), not since a lead.
  const spreads = new Float64Array(at + 1);
  for (let i = 0; i <= at; i++) spreads[i] = spreadAt(i);
  const j = largestSince(spreads, { direction: s < 0 ? 'low' : 'high' })[at];
  const since: MonthSpread['widestSince'] =
    j >= 0 ? { month: monthKey(monthly.days[j]), spread: spreads[j] } : null;
  const { rank, of, ties } = rankAt(spreads, at);
  return {
    month: key,
    small: monthly.small[at],
    large: monthly.large[at],
    spread: s,
    widestSince: since,
    historyStart: monthKey(monthly.days[0]),
    rank,
    of,
    ties,
  };
}
