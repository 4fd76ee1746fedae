/**
 * The default news timing of a claim's event: the built-in event set's (./convention-space.ts uses it for
 * the claim's own conventions; docs/report.md, "Conventions searched").
 */
import type { NewsTiming } from '../calendar/trading-days.ts';
import { builtInEvent } from '../events/event-sets.ts';
import type { Claim } from './claim.ts';

/**
 * The news timing of a built-in event on `date` (src/events/event-sets.ts: elections and the Brexit vote
 * after the close; Fed decisions during the session, at 14:00 or 14:15 New York, or at their own hour), or
 * undefined when no built-in event falls on it. The US sets win over the regional ones.
 * @example builtInTiming('2019-07-31') // 'intraday' (the FOMC cut announced at 14:00)
 */
export function builtInTiming(date: string): NewsTiming | undefined {
  return builtInEvent(date)?.timing;
}

/** The event a window counts from, if any. */
export function windowEvent(w: Claim['window']): string | undefined {
  return w.kind === 'since' || w.kind === 'sessions' ? w.event : undefined;
}
