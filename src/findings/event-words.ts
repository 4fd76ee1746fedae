/**
 * How sentences name a built-in event after first mention, in words: 'the election' (a US presidential or a
 * regional election), 'the midterms', 'the Brexit vote', "the Fed's rate cut of Dec. 18, 2024" (the date
 * tells one decision from the next); 'the event' for a date in no set.
 */
import { builtInEvent } from '../events/event-sets.ts';
import { articleDate } from './format.ts';

/**
 * The short name of the built-in event on `date`, by its set: elections 'the election', midterms
 * 'the midterms', Brexit 'the Brexit vote', a Fed decision "the Fed's rate hike|cut of <date>".
 * @example eventShortName('2024-12-18') // "the Fed's rate cut of Dec. 18, 2024"
 */
export function eventShortName(date: string): string {
  const e = builtInEvent(date);
  if (!e) return 'the event';
  if (e.set === 'midterms') return 'the midterms';
  if (e.set === 'brexit') return 'the Brexit vote';
  if (e.set === 'fomc')
    return `the Fed's rate ${e.tags.includes('hike') ? 'hike' : 'cut'} of ${articleDate(e.date)}`;
  return 'the election';
}
