/**
 * Claims: a stated number with what it is said to measure, the conventions a checker may vary, and the
 * stated value's unit and tolerance. Stated values are in the claim's unit as a reader sees them: 7.2 for
 * "7.2%", 6.3 for "6.3 percentage points", 1.2e9 for "$1.2 billion". Reading claim files: ./claim-file.ts;
 * articles: ./article/read.ts (readArticle).
 */
import type { ClaimConventions } from './claim-conventions.ts';

/**
 * What a claim measures: a compounded `return`; an `excess-return` of one subject over a comparison target
 * (the market, the stock universe, an index); a `spread` between two size groups (small minus large); a
 * fund `flow` in money; a `record` (a ranking statement such as "best week on record", "widest since 2008"
 * or "on track for its best month", with or without a number: see ReadClaim.record in ./claim-read.ts); a
 * `rank` among peers over the window ("industrials led the rally": first among the sectors; the stated
 * value is the rank, 1 = first, and ReadClaim.rank says from which end); a `distance` of a close from a
 * reference high or low ("3% below its record high", "up 9% from its August low": the claimed day's close
 * over the `extreme` close, minus 1; ./evaluate-distance.ts); a `level`, the claimed day's close ("closed at
 * 2,442.03": an index in 'index-points', a fund's quoted price in its currency; ./evaluate-level.ts); a
 * `ratio` of two returns ("rose twice as much as the S&P 500": the first over the second, a 'multiple'); a
 * move in `points`, the close at the window's end minus the one at its base ("the Russell 2000 gained 18.5
 * points": an index in 'index-points', a fund in its currency; ./evaluate-level.ts); a `breadth`, how many
 * sectors moved one way over the window ("Nine of the 11 sectors rose": 9, a 'count'; ./evaluate-breadth.ts).
 */
export type ClaimMetric =
  | 'return'
  | 'excess-return'
  | 'spread'
  | 'flow'
  | 'record'
  | 'rank'
  | 'distance'
  | 'level'
  | 'ratio'
  | 'points'
  | 'breadth';
export const CLAIM_METRICS: readonly ClaimMetric[] = [
  'return',
  'excess-return',
  'spread',
  'flow',
  'record',
  'rank',
  'distance',
  'level',
  'ratio',
  'points',
  'breadth',
];

/**
 * The reference of a `distance` claim: the highest (`side: 'high'`) or lowest close from `from` through `to`
 * (ISO days, both included); without `from`, from the first close held ("its record high", "its peak");
 * without `to`, through the claimed day. "Its November 2021 record" is 2021-11-01 to 2021-11-30; "the
 * record high it hit on Nov. 25" is that day alone; "its 52-week high" the 365 days before the claimed day.
 */
export interface Extreme {
  /** 'average': the mean of the `sessions` closes through the claimed day ("its 50-day moving average"). */
  side: 'high' | 'low' | 'average';
  /** A moving average's length in sessions. */
  sessions?: number;
  from?: string;
  to?: string;
  /** Days back from the claimed day ("52-week high": 365), instead of `from`. */
  lookback?: number;
  /** The words read ("the record high it hit on Nov. 25"). */
  words: string;
}

/** The period a claim speaks of. */
export type ClaimWindow =
  /** From the last close before the news to the close of `to` (or an unknown date: then ambiguous). */
  | { kind: 'since'; event: string; to?: string }
  /**
   * The first `sessions` trading days after the news (window [0, sessions − 1]); with `nextDay`, after the
   * event's date whatever the news's timing ("on the day after the Fed's decision" is the next day's
   * session, though a 2 p.m. decision's own reaction starts on its day): the news read as after the close.
   */
  | { kind: 'sessions'; event: string; sessions: number; nextDay?: boolean }
  /** A calendar month, 'YYYY-MM'. */
  | { kind: 'month'; month: string }
  /**
   * A month so far ("this month", "so far this month", "on track for its best month"): from the last
   * close of the previous month to the close of `to` (the article's date, --to); without `to`, the latest
   * data in the month (a provisional figure).
   */
  | { kind: 'month-to-date'; month: string; to?: string }
  /** From the close of `from` to the close of `to`. */
  | { kind: 'dates'; from: string; to: string }
  /**
   * A week: the one ending `weekEnd` (as written: "the week to November 9" ends on that Wednesday), or
   * the first week whose trading reacts to `event` (weeks end Friday). `part` splits the week at the
   * news: 'after' is "the bulk of that came after the election" (sessions from t0 to the week's end),
   * 'before' the sessions before t0; absent or 'whole' is the whole week.
   */
  | { kind: 'week'; event?: string; weekEnd?: string; part?: 'whole' | 'before' | 'after' };

export { type ClaimConventions, DEFAULT_CONVENTIONS } from './claim-conventions.ts';

/**
 * The unit of a stated value. 'percent' is a return; 'pp' a difference of returns (also written "per
 * cent", "points", "percentage points"; basis points are read as pp / 100); 'usd' | 'gbp' | 'eur' money
 * in units of the currency ($6.5bn → 6.5e9 usd); 'index-points' a move of an index level ("the Dow rose
 * 300 points"); 'count' a plain number (a rank, a count of days or funds); 'multiple' a ratio ("twice": 2).
 */
export type ClaimUnit = 'percent' | 'pp' | 'usd' | 'gbp' | 'eur' | 'index-points' | 'count' | 'multiple';

/** One claim to check. */
export interface Claim {
  id: string;
  /** The sentence it came from, if any. */
  text?: string;
  metric: ClaimMetric;
  subjects: string[];
  window: ClaimWindow;
  stated: number;
  unit: ClaimUnit;
  tolerance: number;
  conventions: ClaimConventions;
  /** A `distance` claim's reference high or low; a `level`'s `side` alone: the window's highest (lowest) close. */
  extreme?: Extreme;
  /**
   * A `ratio` of one subject's two periods ("$2.9bn, more than double the previous week's intake"): its flow
   * (or return) over `window` divided by the same over `versus.window`, with the words that named it; `of:
   * 'peak'`, the share of its gain to the highest close in `window` given back by the window's end ("have
   * given back about half of their gains since the election", ./evaluate-given-back.ts).
   */
  versus?: { window: ClaimWindow; of: 'flow' | 'return' | 'peak'; words: string };
  /** Conventions the claim is about, which no alternative may change ("Equal-weighted, the gap was even larger"). */
  pinned?: (keyof ClaimConventions)[];
  /**
   * 'open': the window ends at its last session's open, not its close ("opened 1.8% higher": from the close
   * before to the open; "opened at 2,300.98": the open). Only an index's or a fund's bars hold opens.
   * 'peak' ('trough'): a return to the window's highest (lowest) close from its first day through its end
   * ("At its peak, the Russell 2000 was up 10.1% since the vote"; ./evaluate-given-back.ts `extremeReturn`);
   * only an index's or a fund's closes have one. On a spread, the widest (narrowest) spread of the window's
   * sessions ("down from 4.5 points at its widest"; ./evaluate-spread-extreme.ts).
   */
  at?: 'open' | 'peak' | 'trough';
  /**
   * A `breadth` claim's side ('up': the sectors that rose) and the set's size as written ("of the 11"); `beyond`,
   * a move the sectors counted exceed, in percent ("Nine of 11 sectors rose more than 10%": 10; "at least"
   * reads the same, as a close equal to the bound is a measure-zero case).
   */
  breadth?: { side: 'up' | 'down'; of?: number; beyond?: number };
}

export { parseStated, toleranceOf } from './claim-stated.ts';
