/**
 * The window a record phrase gives a number stated beside it with no window of its own ("The Russell 2000
 * fell 1.5 percent, its third-worst day …": that day; "on track for its best month since 2011, up 11%": the
 * month to date; "posted its best week since 2011, rising 10.2%": the last whole week).
 * - day: the session ending the article's date;
 * - week: running ("on track for", "heading for") the week so far; else the last whole week on or before the
 *   article's date (its own on the week's last session, else the week before: "in the latest week");
 * - month: running, the month to date; else the article's month (as ./record-claim.ts ranks a record alone).
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, RecordPhrase } from '../claim-read.ts';
import { lastWeekEnd, previousSession, weekEndOf } from './dates.ts';
import { endsWeek, weekSoFar } from './window-periods.ts';

/**
 * The record's period as a window, or undefined (no period, or no date to place it).
 * @example recordWindow({ kind: 'best-on-record', period: 'week', words: 'best week' }, { to: '2016-11-14' }) // { kind: 'week', weekEnd: '2016-11-11' }
 */
export function recordWindow(r: RecordPhrase, o: ReadOptions): ClaimWindow | undefined {
  if (!o.to) return undefined;
  if (r.period === 'day') return { kind: 'dates', from: previousSession(o.to), to: o.to };
  if (r.period === 'week') {
    if (r.provisional) return weekSoFar(o.to).window;
    return { kind: 'week', weekEnd: endsWeek(o.to) ? weekEndOf(o.to) : lastWeekEnd(o.to) };
  }
  if (r.period === 'month')
    return r.provisional
      ? { kind: 'month-to-date', month: o.to.slice(0, 7), to: o.to }
      : { kind: 'month', month: o.to.slice(0, 7) };
  return undefined;
}
