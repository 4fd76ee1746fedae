/**
 * A tally over elections as a note's measure: after "In the month after each of the eight presidential elections
 * from 1988 to 2016, the Russell 2000 beat the S&P 500 five times", "The average gap was 1.4 percentage points"
 * is the mean of the same two's spread over the month after each of those elections (./measure-define.ts
 * applies it as it does a measure a note defines in words).
 */
import { eventSet } from '../../events/event-sets.ts';
import type { ClaimReadings, ReadOptions } from '../claim-read.ts';
import type { DefinedMeasure } from './measure-define.ts';
import { findWindows } from './windows.ts';

/**
 * The measure a sentence's one event tally of two subjects sets, or undefined (none in a note whose set is
 * already defined).
 * @example tallyMeasure([tallyOf5of8], { to: '2016-12-08' }) // ^RUT vs ^GSPC, the month after 2016-11-08, elections since 1988
 */
export function tallyMeasure(claims: readonly ClaimReadings[], o: ReadOptions): DefinedMeasure | undefined {
  // (A note that defined its set in words, "we looked at … after each election since 1992", keeps its own.)
  const r = claims.length === 1 && !o.eachEvents ? claims[0].readings[0] : undefined;
  const t = r?.record?.tally;
  if (!r || !t?.events || !t.after || r.parsedSubjects.length !== 2) return undefined;
  const last = eventSet(t.events).findLast((e) => !o.to || e.date <= o.to)?.date;
  const words = `in the ${t.after.n > 1 ? `${t.after.n} ` : ''}${t.after.unit}${t.after.n > 1 ? 's' : ''} after the election`;
  const w = last && findWindows(words, { ...o, event: last, to: undefined }).find((h) => h.window)?.window;
  if (!w) return undefined;
  const since = t.sinceYear ? { sinceYear: t.sinceYear } : {};
  const average = { events: t.events, ...since, words: r.record?.words ?? words };
  return { metric: 'spread', parsedSubjects: r.parsedSubjects, window: w, average };
}
