/**
 * `t0-moved` flags: the event date was not a session of the calendar (t0 or the base close moves), or a
 * series' own t0 is not the calendar's because it has no bar on it (its figures then start elsewhere, and
 * the output must say so rather than mix two t0s).
 */
import { toDay } from '../../calendar/dates.ts';
import type { EventAnchor, TradingCalendar } from '../../calendar/trading-days.ts';
import { type QualityFlag, weekdayName, withArticle } from './flags.ts';

/** Where one series put t0 and its base close (ISO dates). */
export interface SeriesAnchor {
  name: string;
  t0Date: string;
  baseDate: string;
}

/**
 * The t0 flags of an event: one for all series when the event date was not a session, one per series
 * whose t0 or base close differs from the calendar's.
 * @example t0Flags(nyse, anchorEvent(nyse, '2016-11-08'), [{ name: '^RUT', t0Date: '2016-11-11', baseDate: '2016-11-08' }])
 */
export function t0Flags(
  calendar: TradingCalendar,
  anchor: EventAnchor,
  series: readonly SeriesAnchor[] = [],
  calendarName = 'NYSE',
): QualityFlag[] {
  const out: QualityFlag[] = [];
  const e = anchor.eventDate;
  if (!calendar.has(toDay(e))) {
    const when =
      anchor.timing === 'after-close'
        ? `the last close before the news is ${anchor.baseDate} and t0 is ${anchor.t0Date}`
        : `t0 moves to the next session, ${anchor.t0Date}, and figures start from the ${anchor.baseDate} close`;
    out.push({
      kind: 't0-moved',
      series: 'all',
      dates: [e, anchor.t0Date],
      effect: 'moved',
      detail: `The event date ${e} (${weekdayName(e)}) was not ${withArticle(calendarName)} session: ${when}.`,
    });
  }
  for (const s of series) {
    if (s.t0Date === anchor.t0Date && s.baseDate === anchor.baseDate) continue;
    const lacks = [anchor.baseDate, anchor.t0Date].filter((d) => d !== s.baseDate && d !== s.t0Date);
    out.push({
      kind: 't0-moved',
      series: s.name,
      dates: [s.t0Date],
      effect: 'moved',
      detail: `${s.name} has no bar on ${lacks.join(' or ') || anchor.t0Date}: its figures run from the ${s.baseDate} close with t0 = ${s.t0Date}, not the ${calendarName} t0 ${anchor.t0Date} used by the rest of this output.`,
    });
  }
  return out;
}
