/**
 * Event presets offered by the page and `/api/events`: dates and news timing from the public record (a US
 * election's results and the Brexit vote's count arrive after the US close, so t0 is the next session; the
 * Fed's decisions come at 14:00 New York time, during the session, so t0 is that day: see
 * src/events/event-sets-fomc.ts). Each set's other events are offered beside them (/api/events: sets).
 */
import type { NewsTiming } from '../../calendar/trading-days.ts';
import { builtInEvent } from '../../events/event-sets.ts';

/** A named event. */
export interface EventPreset {
  id: string;
  date: string;
  timing: NewsTiming;
  label: string;
}

export const PRESETS: readonly EventPreset[] = [
  {
    id: 'us-election-2012',
    date: '2012-11-06',
    timing: 'after-close',
    label: 'US presidential election 2012',
  },
  { id: 'brexit-vote', date: '2016-06-23', timing: 'after-close', label: 'Brexit referendum (23 Jun 2016)' },
  {
    id: 'us-election-2016',
    date: '2016-11-08',
    timing: 'after-close',
    label: 'US presidential election 2016',
  },
  {
    id: 'us-election-2020',
    date: '2020-11-03',
    timing: 'after-close',
    label: 'US presidential election 2020',
  },
  {
    id: 'fed-hike-2022',
    date: '2022-03-16',
    timing: 'intraday',
    label: 'Fed rate hike, first of 2022 (16 Mar 2022)',
  },
  {
    id: 'us-election-2024',
    date: '2024-11-05',
    timing: 'after-close',
    label: 'US presidential election 2024',
  },
];

/**
 * The preset on a date, if any.
 * @example presetOn('2016-11-08')?.label // 'US presidential election 2016'
 */
export function presetOn(date: string): EventPreset | undefined {
  return PRESETS.find((p) => p.date === date);
}

/**
 * The news timing a request without `timing` gets for a date: its preset's, else its built-in event's (a
 * Fed decision is intraday), else after the close.
 * @example defaultTiming('2019-07-31') // 'intraday'
 */
export function defaultTiming(date: string): NewsTiming {
  return presetOn(date)?.timing ?? builtInEvent(date)?.timing ?? 'after-close';
}

/**
 * A date's name: its preset's label, else its built-in event's (the 2019 Fed cut), else undefined.
 * @example knownLabel('2019-07-31') // '2019 Fed rate cut (25 bp)'
 */
export function knownLabel(date: string): string | undefined {
  return presetOn(date)?.label ?? builtInEvent(date)?.label;
}
