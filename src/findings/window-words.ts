/**
 * A claim's window in words, as the verdict lines print it (./verdict-line.ts): 'since 2016-11-08 through
 * 2016-11-11', 'over 3 sessions after 2016-11-08', 'in 2016-11', 'in the week ended 2016-11-11'.
 */
import type { Claim } from './claim.ts';

/** A window in words: 'since 2016-11-08 through 2016-11-11', 'in the week ended 2016-11-11'. */
export function windowWords(w: Claim['window']): string {
  return w.kind === 'since'
    ? `since ${w.event}${w.to ? ` through ${w.to}` : ''}`
    : w.kind === 'sessions'
      ? w.nextDay && w.sessions === 1
        ? `on the day after ${w.event}`
        : `over ${w.sessions} session${w.sessions === 1 ? '' : 's'} after ${w.event}`
      : w.kind === 'month'
        ? `in ${w.month}`
        : w.kind === 'month-to-date'
          ? `in ${w.month} to date${w.to ? ` (through ${w.to})` : ''}`
          : w.kind === 'dates'
            ? `from ${w.from} to ${w.to}`
            : `in the week ${w.weekEnd ? `ended ${w.weekEnd}` : `after ${w.event ?? 'the event'}`}${w.part && w.part !== 'whole' ? ` (${w.part} the news)` : ''}`;
}
