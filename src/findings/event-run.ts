/**
 * A run over events (a tally's `run`, ./article/event-runs.ts): "for the fourth straight election" is a run of
 * exactly four through the last vote (the vote before them went the other way, where the data reach it); "ended
 * a run of nine straight elections" is a run of nine through the vote before the last, which went the other
 * way. ./event-tally.ts measures the same window after each vote, oldest first, and asks here whether the run holds.
 */
import type { RecordPhrase } from './claim-read.ts';

type Tally = NonNullable<RecordPhrase['tally']>;

/** How many of the last events to measure: the run, the vote that ended it ('ended'), and the one before. */
export const runCount = (t: Tally): number => (t.of ?? 0) + (t.run === 'ended' ? 2 : 1);

/**
 * Whether the run holds on `values` (the window after each of the last `runCount` events, oldest first; the
 * oldest may be missing where the data do not reach it), with the words that say what the data show.
 * @example runHolds([{ date: '2012-11-06', value: -0.01 }, { date: '2016-11-08', value: 0.1 }, { date: '2020-11-03', value: 0.02 }], { hits: 2, of: 2, run: 'exact' }, true, 'ahead', 'US presidential elections').holds // true
 */
export function runHolds(
  values: { date: string; value: number }[],
  t: Tally,
  up: boolean,
  side: string,
  words: string,
): { holds: boolean; says: string } {
  const hit = (v: number) => (up ? v > 0 : v < 0);
  const ended = t.run === 'ended';
  const upTo = ended ? values.length - 1 : values.length; // the run ends before the vote that ended it
  let k = 0;
  while (k < upTo && hit(values[upTo - 1 - k].value)) k++;
  const year = (i: number) => values[i]?.date.slice(0, 4) ?? '?';
  const endOk = !ended || !hit(values[values.length - 1]?.value ?? Number.NaN);
  const holds = endOk && k === t.of;
  // "the data start at 1988": a run reaching the first vote measured is at least that long.
  const before = k === upTo ? ` (the data start at ${year(0)})` : `; ${year(upTo - 1 - k)} not`;
  const run = k
    ? `a run of ${k} ${words} ${side} through ${year(upTo - 1)}${before}`
    : `${year(upTo - 1)} not ${side}, no run`;
  const says = ended
    ? `${run}; ${year(values.length - 1)} ${endOk ? 'not' : `${side} too`}${holds ? '' : `, not a run of ${t.of} that it ended`}`
    : `${run}${holds ? '' : `, not ${t.of}`}`;
  return { holds, says };
}
