/**
 * Words of streaks and tallies (./record-streaks.ts, ./record-tallies.ts): cardinals, units, the down side,
 * and the side a verb gives a count with no move word.
 */
import type { RecordPhrase } from '../claim-read.ts';
import { NUMBER_WORDS, ORDINALS } from './number-words.ts';
import { findVerbs } from './verbs.ts';

export const CARD = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
export const UNIT = '(sessions?|days?|trading\\s+days?|weeks?|months?)';
export const DOWN = /declin|loss|losing|drop|fall|fell|retreat|slid|down|lower|lost/i;

export function unitPeriod(u: string | undefined): RecordPhrase['period'] | undefined {
  if (!u) return undefined;
  if (/^week/i.test(u)) return 'week';
  if (/^month/i.test(u)) return 'month';
  return 'day';
}

export function count(word: string): number {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? NUMBER_WORDS[w] ?? (w === 'first' ? 1 : Number.parseInt(w, 10));
}

/**
 * The side of a count with no move word: the last verb before it ("has risen for seven straight sessions",
 * "small caps have outperformed large caps for four straight sessions"), read by ./verbs.ts.
 */
export function verbSide(text: string, at: number): 'gain' | 'loss' | undefined {
  const v = findVerbs(text)
    .filter((h) => h.end <= at && (h.kind === 'move' || h.kind === 'relative'))
    .pop();
  return v ? (v.sign < 0 ? 'loss' : 'gain') : undefined;
}
