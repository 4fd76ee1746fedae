/**
 * "Closed above 1,850 for the first time", "… for the first time since 2018": the claimed close is the first
 * past a round level (RecordPhrase.past; ./article/record-first-time.ts reads it). Ranking the close is not
 * enough: a record close need not be the first past the level (the Russell 2000's record 1,853.53 on Nov. 24,
 * 2020 came a day after 1,818.30 had first topped 1,800). So the closes before it are searched for the last
 * one past the level: none for "the first time" (ever, in the data), one in the year (the month) named for
 * "the first time since". The claimed close past the level is the level claim's own bound.
 */

import type { RecordPhrase } from './claim-phrases.ts';
import { levelText } from './claimed-close.ts';

/**
 * Whether the close at `at` is the first past `r.past` as the phrase says, and why.
 * @example firstPast({ past: 1800, … }, ends, closes, at, true) // { holds: false, says: 'the close of 2020-11-23, 1,818.30, was above 1,800.00 already' }
 */
export function firstPast(
  r: Pick<RecordPhrase, 'past' | 'sinceYear' | 'sinceMonth' | 'sinceDay' | 'orEarlier'>,
  ends: readonly string[],
  values: ArrayLike<number>,
  at: number,
  high: boolean,
): { holds: boolean; says: string; lastPast?: { date: string; close: number } } {
  const level = r.past ?? Number.NaN;
  const side = high ? 'above' : 'below';
  const past = (v: number) => (high ? v > level : v < level);
  const lv = levelText(level);
  if (!past(values[at]))
    return { holds: false, says: `the close of ${ends[at]}, ${levelText(values[at])}, is not ${side} ${lv}` };
  let last = -1;
  for (let i = at - 1; i >= 0 && last < 0; i--) if (past(values[i])) last = i;
  const before = last < 0 ? '' : `the close of ${ends[last]}, ${levelText(values[last])}, was ${side} ${lv}`;
  // The close the line names, in the answer's JSON too (every number a line prints is there).
  const lastPast = last < 0 ? {} : { lastPast: { date: ends[last], close: values[last] } };
  if (!r.sinceYear)
    return last < 0
      ? {
          holds: true,
          says: `the first close ${side} ${lv} (none of the closes from ${ends[0]} before it was)`,
        }
      : { holds: false, says: `${before} already`, ...lastPast };
  const day =
    r.sinceMonth && r.sinceDay ? `${r.sinceMonth}-${String(r.sinceDay).padStart(2, '0')}` : undefined;
  const since = day ?? r.sinceMonth ?? String(r.sinceYear);
  if (last < 0)
    return {
      holds: false,
      says: `no close from ${ends[0]} before it was ${side} ${lv}: the first time on record, not since ${since}`,
    };
  const when = ends[last].slice(0, since.length);
  const holds = when === since || (!!r.orEarlier && when < since);
  return {
    holds,
    says: `${before}, the last before ${ends[at]}${holds ? '' : `, not ${day ? 'on' : 'in'} ${since}`}`,
    ...lastPast,
  };
}
