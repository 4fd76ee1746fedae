/**
 * The period a record claim ranks (./evaluate-record.ts): the phrase's, the window's month, week, day or
 * calendar year.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseSessions } from '../calendar/nyse.ts';
import type { Claim } from './claim.ts';
import type { RecordPhrase } from './claim-read.ts';
import type { RecordPeriod } from './record-history.ts';

/**
 * The period a record claim ranks: the phrase's, else the window's month or week, else a day when the
 * window is one session ("lost 3.6% on Friday, its steepest fall since August 2015": the day's fall), else a
 * calendar year or quarter the window spans (to date or whole).
 */
export function recordPeriod(claim: Claim): RecordPeriod | null {
  const r = (claim as { record?: RecordPhrase }).record;
  if (r?.period) return r.period;
  const w = claim.window;
  if (w.kind === 'month' || w.kind === 'month-to-date') return 'month';
  if (w.kind === 'week') return 'week';
  if (oneSession(w)) return 'day';
  // "… 19 points in the fourth quarter, the widest on record": a calendar quarter (or the quarter to date; a
  // first quarter to date is the year to date).
  const quarter = w.kind === 'dates' ? quarterOf(w.from, w.to) : undefined;
  if (quarter === 'whole' || quarter === 'to-date') return 'quarter';
  // "For the full year, the gap … was the widest since 2020": a calendar year (or the year to date).
  if (
    w.kind === 'dates' &&
    w.from.endsWith('-12-31') &&
    w.to.slice(0, 4) === String(Number(w.from.slice(0, 4)) + 1)
  )
    return 'year';
  return null;
}

/** The window holds exactly one NYSE session after its base close (news after the close by default). */
export function oneSession(w: Claim['window']): boolean {
  if (w.kind === 'sessions') return w.sessions === 1;
  const span = w.kind === 'since' && w.to ? [w.event, w.to] : w.kind === 'dates' ? [w.from, w.to] : null;
  if (!span || span[1] <= span[0] || span[0] < '1885') return false;
  return nyseSessions(fromDay(toDay(span[0]) + 1), span[1]).length === 1;
}

/** Whether [from, to] is one calendar quarter from its base close: whole, to date (not the first), or neither. */
function quarterOf(from: string, to: string): 'whole' | 'to-date' | undefined {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const i = ends.indexOf(from.slice(5));
  if (i < 0 || to <= from) return undefined;
  const y = Number(from.slice(0, 4)) + (i === 3 ? 1 : 0);
  const end = `${y}-${ends[(i + 1) % 4]}`;
  if (to === end) return 'whole';
  return to < end && i !== 3 ? 'to-date' : undefined;
}
