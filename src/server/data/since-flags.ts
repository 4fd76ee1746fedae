/**
 * The data-quality flags of a returns-since answer (docs/quality.md): the two legs over the window, on their
 * own trading days, checked against the NYSE calendar: a session missing from a leg, a t0 that is not the
 * NYSE t0, a split-like move, a leg ending early, a bar on a non-session.
 */
import { fromDay, toDay } from '../../calendar/dates.ts';
import { nyseCalendar } from '../../calendar/nyse.ts';
import { anchorEvent, type EventAnchor } from '../../calendar/trading-days.ts';
import { type FlagSeries, figureFlags, type QualityFlag, t0Flags } from '../../events/quality/index.ts';
import type { SizeLegs } from './size-legs.ts';

/**
 * Flags of both legs from the base close to the window's last date (index `last` into `legs.dates`).
 * @example sinceFlags(legs, { small: 'Lo 10', large: 'Hi 10', label: 'deciles' }, anchor, 2, { small: 0.08, large: 0.01 })
 */
export function sinceFlags(
  legs: SizeLegs,
  names: { small: string; large: string; label: string },
  anchor: EventAnchor,
  last: number,
  /** The figures at the last date (NaN = withheld). */
  values: { small: number; large: number },
): QualityFlag[] {
  const days = legs.days ?? Int32Array.from(legs.dates, toDay);
  const leg = (name: string, v: Float64Array): FlagSeries => {
    const keep: number[] = [];
    for (let i = 0; i < v.length; i++) if (!Number.isNaN(v[i])) keep.push(i);
    return {
      name,
      kind: legs.kind === 'level' ? 'level' : 'return',
      days: Int32Array.from(keep, (i) => days[i]),
      values: Float64Array.from(keep, (i) => v[i]),
    };
  };
  const series = [leg(names.small, legs.small), leg(names.large, legs.large)];
  const nyse = nyseCalendar({ from: fromDay(days[0] - 10), to: fromDay(days[days.length - 1]) });
  const out: QualityFlag[] = [];
  try {
    const ny = anchorEvent(nyse, anchor.eventDate, anchor.timing);
    out.push(...t0Flags(nyse, ny, [{ name: names.label, t0Date: anchor.t0Date, baseDate: anchor.baseDate }]));
  } catch {
    // the event is outside the NYSE span read: the legs' own anchor stands, nothing to compare
  }
  const figure = {
    figure: `since ${anchor.eventDate}`,
    from: anchor.baseDate,
    to: legs.dates[last],
    sessions: last - anchor.base,
    values: { [names.small]: values.small, [names.large]: values.large },
  };
  out.push(...figureFlags(series, [figure], nyse));
  return out;
}
