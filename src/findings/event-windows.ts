/**
 * The windows an event ranking compares (./event-rank.ts, ./event-average.ts): the claim's window moved to
 * another event (the same sessions after the news, or the week after it), and a window of dates or a calendar
 * week read from a built-in event's close or as its week.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import { builtInEvent } from '../events/event-sets.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import type { Resolved } from './evaluator.ts';

/** The last day of `iso`'s year. */
const yearEnd = (iso: string) => `${iso.slice(0, 4)}-12-31`;

/** From `event`'s news to its own year's end ("from Election Day to year-end" after that vote). */
export const toYearEndOf = (event: string) => ({ kind: 'since' as const, event, to: yearEnd(event) });

/** Whether window `w` runs from its event's news to that year's end ("from Election Day to year-end"). */
export const isYearEnd = (w: Claim['window']): boolean => w.kind === 'since' && w.to === yearEnd(w.event);

/**
 * Window `w` moved to `event` when it runs from its event's news to that year's end: from `event`'s news to its
 * own year's end; else null. The one test of that shape, for a window moved by the reader
 * (./article/window-elided.ts), an average (./event-average.ts) and a tally (./event-tally.ts).
 * @example yearEndAfter({ kind: 'since', event: '2024-11-05', to: '2024-12-31' }, '2004-11-02') // { …, to: '2004-12-31' }
 */
export function yearEndAfter(
  w: Claim['window'],
  event: string,
): { kind: 'since'; event: string; to: string } | null {
  return isYearEnd(w) ? toYearEndOf(event) : null;
}

/**
 * The claim's window moved to another event: the same sessions after the news, the week after it, or, for a
 * stretch to its year's end, to that event's year's end (./event-average.ts too).
 */
export function windowAfter(claim: Claim, event: string, own: Resolved): Claim['window'] | null {
  const w = claim.window;
  if (w.kind === 'sessions') return { ...w, event };
  if (w.kind === 'week' && w.event && !w.weekEnd) return { kind: 'week', event };
  const yearEnd = yearEndAfter(w, event);
  if (yearEnd) return yearEnd;
  if (w.kind === 'since' && w.to) {
    const first = own.timing === 'after-close' ? fromDay(toDay(w.event) + 1) : w.event;
    const n = w.to < first ? 0 : nyseSessions(first, w.to).length;
    return n > 0 ? { kind: 'sessions', event, sessions: n } : null;
  }
  return null;
}

/**
 * "Jumped 2.1% on Wednesday, its best post-midterm day since 1982": a window of dates from a built-in
 * event's close is that many sessions after it (the day after, whatever the news's timing); a day of news
 * during the session (a Fed decision) is that event's own day.
 */
export function fromEventClose(claim: Claim): Claim {
  const w = claim.window;
  // "its worst two-day drop after a presidential election in history this week": a run of days told in the
  // event's week is that many sessions after the event.
  const r = (claim as { record?: RecordPhrase }).record;
  const run = r?.stretch && r.period === 'day' ? r.stretch : 0;
  const sessions = (event: string): Claim => ({
    ...claim,
    window: { kind: 'sessions', event, sessions: run },
  });
  if (w.kind === 'week' && w.event && !w.weekEnd && run) return sessions(w.event);
  // "For the week, the S&P 500 rose 7.3%, its best election-week performance since 1932": the calendar week
  // that holds a built-in event is that event's week.
  if (w.kind === 'week' && w.weekEnd) {
    const end = toDay(w.weekEnd);
    for (let d = end - 6; d <= end; d++)
      if (builtInEvent(fromDay(d)))
        return run ? sessions(fromDay(d)) : { ...claim, window: { kind: 'week', event: fromDay(d) } };
  }
  if (w.kind !== 'dates') return claim;
  const n = nyseSessions(fromDay(toDay(w.from) + 1), w.to).length;
  // "sending the Russell 2000 down 4.4%, its worst Fed-day drop": news during the session, its own day.
  if (n === 1 && builtInEvent(w.to)?.timing === 'intraday')
    return { ...claim, window: { kind: 'sessions', event: w.to, sessions: 1 } };
  if (!builtInEvent(w.from)) return claim;
  if (n < 1) return claim;
  return { ...claim, window: { kind: 'sessions', event: w.from, sessions: n, nextDay: true } };
}
