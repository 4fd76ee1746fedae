/**
 * The event a report is about, and the words its findings use for it: the t0 rule as applied
 * ('news after-close: t0 = 2016-11-09, base = close of 2016-11-08') and a window counted in sessions after t0.
 */
import type { NewsTiming } from '../calendar/trading-days.ts';
import { numberWord } from './format.ts';

/** The event a report is about. */
export interface ReportEvent {
  /** ISO date of the event ('2016-11-08'). */
  date: string;
  /** Full name: '2016 US presidential election'. */
  name: string;
  /** How articles refer to it after first mention: 'the election' (default 'the event'). */
  short?: string;
  /** News timing for the t0 rule (default 'after-close'). */
  timing?: NewsTiming;
  /** t0 and base dates once anchored on a calendar. */
  t0Date?: string;
  baseDate?: string;
}

/** Words for the t0 rule as applied to this event, for footnotes. */
export function t0RuleText(event: ReportEvent): string {
  const timing = event.timing ?? 'after-close';
  const t0 = event.t0Date ? `t0 = ${event.t0Date}` : 't0 = first session that can react';
  const base = event.baseDate ? `base = close of ${event.baseDate}` : 'base = last close before the news';
  return `news ${timing}: ${t0}, ${base}`;
}

/**
 * Words for a window counted in sessions from t0, or since the event, true to the timing: when t0 is a
 * session after the event date's (news after the close), 'on the first trading day after the election',
 * 'over the first three sessions after the election'; when t0 is the event date's own session (news before
 * the open or during it, as a Fed decision), 'on the day of …', 'over the first three sessions from the day
 * of …', since day 0 then holds the session of the event day. 'since the election' either way (the base is
 * the last close before the news). Without t0Date, the timing decides (after-close or not).
 * @example windowLabel({ date: '2016-11-08', name: '', short: 'the election' }, 3) // 'over the first three sessions after the election'
 * @example windowLabel({ date: '2016-11-08', name: '', short: 'the election', t0Date: '2016-11-08' }, 3) // 'over the first three sessions from the day of the election'
 */
export function windowLabel(event: ReportEvent, sessions: number | null): string {
  const e = event.short ?? 'the event';
  if (sessions === null) return `since ${e}`;
  const ownDay = event.t0Date
    ? event.t0Date === event.date
    : event.timing !== undefined && event.timing !== 'after-close';
  if (ownDay)
    return sessions === 1
      ? `on the day of ${e}`
      : `over the first ${numberWord(sessions)} sessions from the day of ${e}`;
  if (sessions === 1) return `on the first trading day after ${e}`;
  return `over the first ${numberWord(sessions)} sessions after ${e}`;
}
