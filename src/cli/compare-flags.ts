/**
 * The data-quality flags of `capgap compare-events`, per event (src/events/quality): each leg of the metric
 * over the event's window on the calendar the comparison used (NYSE, or a region's trading days).
 */
import { fromDay } from '../calendar/dates.ts';
import { anchorEvent, type TradingCalendar, windowCloses } from '../calendar/trading-days.ts';
import type { MarketEvent } from '../events/event-sets.ts';
import { figureFlags, type QualityFlag, t0Flags } from '../events/quality/index.ts';
import type { Series } from '../events/series.ts';

/**
 * Flags by event date: the legs over [a, b] of each event (value NaN when the event was skipped).
 * @example compareFlags(legs.map((l) => l.series), nyse, events, [0, 2], { '2016-11-08': 0.0596 })
 */
export function compareFlags(
  legs: readonly Series[],
  cal: TradingCalendar,
  events: readonly MarketEvent[],
  [a, b]: [number, number],
  values: Record<string, number>,
  calendarName = 'NYSE',
): Record<string, QualityFlag[]> {
  const out: Record<string, QualityFlag[]> = {};
  for (const ev of events) {
    let anchor: ReturnType<typeof anchorEvent>;
    let w: { from: number; to: number };
    try {
      anchor = anchorEvent(cal, ev.date, ev.timing);
      w = windowCloses(cal, anchor, a, b);
    } catch {
      continue; // skipped by the comparison, with its reason
    }
    const value = values[ev.date] ?? Number.NaN;
    const figure = {
      figure: `${ev.label ?? ev.date} [${a}, ${b}]`,
      from: fromDay(cal.days[w.from]),
      to: fromDay(cal.days[w.to]),
      values: Object.fromEntries(legs.map((l) => [l.name, value])),
    };
    const flags = [
      ...t0Flags(cal, anchor, [], calendarName),
      ...figureFlags(legs, [figure], cal, { calendarName }),
    ];
    if (flags.length) out[ev.date] = flags;
  }
  return out;
}
