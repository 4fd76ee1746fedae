/**
 * A month's record said of one day's window: the month to that day. "capped their best month on record on
 * Monday" (./record-claim.ts) and "beat large ones by 7.5 points, the most in any month since February 2000, as
 * vaccine news on Nov. 9 …" (./record-window.ts `placeRecords`): the day named is in the month ranked.
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { ClaimWindow } from '../claim.ts';
import type { RecordPhrase } from '../claim-read.ts';
import { isOneDay } from './same-period.ts';

/**
 * A month's record said of one of its days ("capped their best month on record on Monday", Nov. 30): the
 * month to that day (the whole month on its last day), so the claim names the period ranked; else `w`.
 * @example monthOfDay({ kind: 'dates', from: '2020-11-27', to: '2020-11-30' }, r) // { kind: 'month', month: '2020-11' }
 */
export function monthOfDay(w: ClaimWindow, r: RecordPhrase): ClaimWindow {
  if (
    r.period !== 'month' ||
    r.level ||
    r.streak !== undefined ||
    r.tally ||
    w.kind !== 'dates' ||
    !isOneDay(w)
  )
    return w;
  const month = w.to.slice(0, 7);
  return fromDay(monthEnd(toDay(w.to))) === w.to
    ? { kind: 'month', month }
    : { kind: 'month-to-date', month, to: w.to };
}

/** "the most in any month since 2000", "the biggest of any month on record": the number is a whole month's. */
const ANY_MONTH = /\b(?:in|of|for)\s+any\s+(?:single\s+|calendar\s+)?month\b/i;

/**
 * The window of a number a record ranks among months in so many words ("the most in any month since February
 * 2000"): a day its sentence dates is in that month, to the article's day `to` when the month runs on; any
 * other window stays.
 * @example anyMonth({ kind: 'dates', from: '2020-11-06', to: '2020-11-09' }, rec, '2020-11-30') // { kind: 'month', month: '2020-11' }
 */
export function anyMonth(w: ClaimWindow, r: RecordPhrase, to: string | undefined): ClaimWindow {
  if (
    !ANY_MONTH.test(r.words ?? '') ||
    r.tally ||
    r.streak !== undefined ||
    !isOneDay(w) ||
    w.kind !== 'dates'
  )
    return w;
  const month = w.to.slice(0, 7);
  const end = to?.startsWith(month) && to > w.to ? to : w.to;
  return fromDay(monthEnd(toDay(end))) === end
    ? { kind: 'month', month }
    : { kind: 'month-to-date', month, to: end };
}
