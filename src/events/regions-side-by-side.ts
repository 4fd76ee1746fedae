/**
 * One event, several regions: each region's series over the same window of its OWN trading days (t0 and the
 * base close are found on each region's calendar, so a European holiday never shifts t0+k), side by side.
 * Returns compound daily returns from the close of t0+a−1 to the close of t0+b (../events/series.ts).
 */
import { fromDay } from '../calendar/dates.ts';
import { anchorEvent, type TradingCalendar, windowCloses } from '../calendar/trading-days.ts';
import type { MarketEvent } from './event-sets.ts';
import { alignReturns, returnOver, type Series } from './series.ts';

/** One region's leg: its calendar and the series to read on it. */
export interface RegionLeg {
  region: string;
  calendar: TradingCalendar;
  series: Series;
  /** The region's market over the same window, if given. */
  market?: Series;
}

/** One region's row. */
export interface RegionRow {
  region: string;
  series: string;
  source: string;
  basis: string;
  t0: string;
  baseDate: string;
  endDate: string;
  /** Compounded return over the window, decimal. */
  value: number;
  market: number | null;
}

/**
 * The event's window on each region's calendar.
 * @example regionsSideBySide(legs, BREXIT, [0, 0])[1].value // Europe SMB on 2016-06-24
 */
export function regionsSideBySide(
  legs: RegionLeg[],
  event: MarketEvent,
  window: [number, number],
): RegionRow[] {
  return legs.map((l) => {
    const anchor = anchorEvent(l.calendar, event.date, event.timing);
    const w = windowCloses(l.calendar, anchor, window[0], window[1]);
    const value = returnOver(alignReturns(l.series, l.calendar), w);
    const market = l.market ? returnOver(alignReturns(l.market, l.calendar), w) : null;
    return {
      region: l.region,
      series: l.series.name,
      source: l.series.source ?? '',
      basis: l.series.basis,
      t0: fromDay(l.calendar.days[anchor.t0]),
      baseDate: fromDay(l.calendar.days[w.from]),
      endDate: fromDay(l.calendar.days[w.to]),
      value,
      market,
    };
  });
}
