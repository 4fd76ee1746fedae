/**
 * NYSE sessions around a date, so "the past five sessions" counts sessions, not weekdays (the calendar room's
 * holidays and closures). Moved from ./dates.ts, which re-exports them.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { isNyseSession } from '../../calendar/nyse.ts';

/**
 * The NYSE session before `iso` (Wednesday for the Friday after Thanksgiving; the calendar room's holidays
 * and closures), so "the past five sessions" counts sessions, not weekdays.
 * @example previousSession('2016-11-25') // '2016-11-23'
 */
export function previousSession(iso: string): string {
  let d = toDay(iso) - 1;
  for (let i = 0; i < 10 && !isNyseSession(d); i++) d--;
  return fromDay(d);
}

/** The NYSE session `n` sessions before `iso`. @example sessionsBack('2016-11-25', 2) // '2016-11-22' */
export function sessionsBack(iso: string, n: number): string {
  let day = iso;
  for (let i = 0; i < n; i++) day = previousSession(day);
  return day;
}

/** The NYSE session `n` sessions after `iso` (before it when `n` is negative). @example sessionsAhead('2016-11-22', 2) // '2016-11-25' */
export function sessionsAhead(iso: string, n: number): string {
  if (n < 0) return sessionsBack(iso, -n);
  let day = iso;
  for (let i = 0; i < n; i++) day = nextSession(day);
  return day;
}

/** The NYSE session after `iso`. @example nextSession('2016-11-23') // '2016-11-25' */
export function nextSession(iso: string): string {
  let d = toDay(iso) + 1;
  for (let i = 0; i < 10 && !isNyseSession(d); i++) d++;
  return fromDay(d);
}
