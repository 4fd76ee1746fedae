/**
 * The levels of peaks set before the day a sentence speaks of: a previous one with no date ("topping its
 * previous record close of 2,442.74": not read), and the one held to the article's day ("within 1% of its
 * all-time closing high of 2,442.74": the highest close up to then).
 */
import type { ClaimWindow } from '../claim.ts';
import { previousSession } from './dates.ts';
import type { Quantity } from './numbers.ts';

/** A previous peak's words before its level: "its previous record close of", "the prior closing high of". */
const PREVIOUS =
  /\b(?:previous|prior|former|old)\s+(?:record\s+|all[- ]time\s+)?(?:closing\s+)?(?:high|low|close|peak|record)\s+(?:of\s+)?$/i;

/**
 * Why a previous peak's level with no date of its own ("topping its previous record close of 2,442.74") is
 * not read (it is no close of the day the sentence speaks of), or undefined (./number-window.ts asks when it
 * found no date for the level).
 * @example undatedPeak('topping its previous record close of 2,442.74?', q) // 'a previous peak with no date ("2,442.74"): …'
 */
export function undatedPeak(t: string, q: Quantity): string | undefined {
  if (!PREVIOUS.test(t.slice(Math.max(0, q.start - 40), q.start))) return undefined;
  return `a previous peak with no date (${JSON.stringify(t.slice(q.start, q.end))}): say when it was set, e.g. "set on Nov. 8, 2021"`;
}

/** "its all-time closing high of", "the all-time high of": the highest close held, up to the article's day. */
const ALL_TIME =
  /\b(?:its|their|the)\s+all[- ]time\s+(?:closing\s+)?(?:high|low|peak|record)(?:\s+close)?\s+(?:of\s+)?$/i;

/**
 * The window of a peak held through the article's day ("is within 1% of its all-time closing high of
 * 2,442.74"): the article's last session, which ../evaluate-level.ts ranks against every close before it; or
 * undefined.
 * @example allTimePeak('within 1% of its all-time closing high of 2,442.74', q, '2024-11-22') // { kind: 'dates', from: '2024-11-21', to: '2024-11-22' }
 */
export function allTimePeak(t: string, q: Quantity, to: string | undefined): ClaimWindow | undefined {
  return to && ALL_TIME.test(t.slice(Math.max(0, q.start - 50), q.start))
    ? { kind: 'dates', from: previousSession(to), to }
    : undefined;
}
