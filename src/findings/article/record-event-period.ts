/**
 * The period a record among events or periods takes from its sentence when its own words name none: the
 * subject's ("weekly gain was its biggest since 2011": a week), or the month after the event ("have never
 * done better in the month after an election").
 */
import type { ClaimWindow } from '../claim.ts';
import type { ReadOptions, RecordPhrase, TextSpan } from '../claim-read.ts';
import { monthsBefore } from './dates.ts';
import { PERIOD_ADJ } from './record-events.ts';

/** "The index's weekly gain was its biggest since 2011": the period the subject's words give the record. */
const SUBJECT_PERIOD =
  /\b(daily|weekly|monthly|quarterly|annual|one-day|single-day)\s+(?:gain|loss|rise|fall|drop|decline|advance|move|return|performance|rally|jump|slide|inflow|outflow|intake)s?\s+(?:was|is|were|are|marked|became)\s+(?:its|their|the)\s+$/i;

/**
 * A record with no period of its own takes the one its sentence's subject names ("weekly gain was its
 * biggest since 2011": a week).
 * @example subjectPeriod("The index's weekly gain was its biggest since 2011.", hit).record.period // 'week'
 */
export function subjectPeriod<H extends TextSpan & { record: RecordPhrase }>(text: string, h: H): H {
  if (h.record.period) return h;
  const m = SUBJECT_PERIOD.exec(text.slice(Math.max(0, h.start - 60), h.start));
  const period = m ? (PERIOD_ADJ[m[1].toLowerCase()] as RecordPhrase['period']) : undefined;
  return period ? { ...h, record: { ...h.record, period } } : h;
}

/**
 * The month after the event a record among events names ("have never done better in the month after an
 * election"): from the event's close to a month later (the article's date while that month runs), as "in the
 * month after the election" reads; undefined for other records.
 * @example eventMonth('never done better in the month after an election', 'month', { event: '2016-11-08', to: '2016-12-20' }) // { kind: 'since', event: '2016-11-08', to: '2016-12-08' }
 */
export function eventMonth(
  words: string,
  period: string | undefined,
  o: ReadOptions,
): ClaimWindow | undefined {
  const month = /\bmonth\s+(?:after|following)\s+(?:an?|the|this|each|every)\s+/i.test(words);
  if ((period && period !== 'month') || !o.event || !month) return undefined;
  const end = monthsBefore(o.event, -1);
  return { kind: 'since', event: o.event, to: o.to && o.to < end ? o.to : end };
}
