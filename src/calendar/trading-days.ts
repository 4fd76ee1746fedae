/**
 * Trading days and event day 0.
 *
 * Conventions (capgap's defaults, stated in every output that depends on them):
 * - **Trading days come from the data**: a day is a trading day if the reference series has a bar on it.
 *   The event engine (src/events, `capgap event`, `capgap compare-events`) instead counts sessions on the
 *   NYSE calendar of ./nyse.ts (rules checked against every session of French's daily file), so a session
 *   missing from a series is a gap (its windows are NaN), never a shift of t0+k; the two agree whenever the
 *   series has every session (French, ^RUT, IWM, SPY in the embedded data; not the long ^GSPC file, which
 *   lacks the Saturday sessions before 1952).
 * - **News timing** decides t0, the first session that can react to the news:
 *   - `after-close` (default for elections: results arrive overnight): t0 is the next session after the
 *     event date; the **base** of "since the event" is the close of the event date itself (the last close
 *     before the news).
 *   - `before-open`: t0 is the event date if it is a session (else the next one); base is the previous close.
 *   - `intraday`: t0 is the event date; base is the previous close (the reaction starts that day).
 * - **Windows** [a, b] are in trading days relative to t0 (t0 = day 0), inclusive. The compounded return
 *   over [a, b] runs from the close of day a-1 to the close of day b. "k days after" is [0, k-1].
 */

import { bisectLeft } from '../math/bisect.ts';
import { fromDay, toDay } from './dates.ts';

/** When the news reached the market. */
export type NewsTiming = 'after-close' | 'before-open' | 'intraday';

export const NEWS_TIMINGS: readonly NewsTiming[] = ['after-close', 'before-open', 'intraday'];

/** A sorted, duplicate-free list of trading days (day numbers), with lookups. */
export class TradingCalendar {
  readonly days: Int32Array;

  constructor(days: ArrayLike<number>) {
    const sorted = Int32Array.from(days).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
    this.days = sorted.slice(0, n);
  }

  /** Builds a calendar from ISO dates. */
  static fromIso(dates: readonly string[]): TradingCalendar {
    return new TradingCalendar(dates.map(toDay));
  }

  get first(): number {
    return this.days[0];
  }
  get last(): number {
    return this.days[this.days.length - 1];
  }

  /** Index of the first trading day >= day (days.length if none). */
  indexOnOrAfter(day: number): number {
    return bisectLeft(this.days, day);
  }

  /** Index of the last trading day <= day (-1 if none). */
  indexOnOrBefore(day: number): number {
    const i = this.indexOnOrAfter(day);
    return i < this.days.length && this.days[i] === day ? i : i - 1;
  }

  /** True if `day` is a trading day of this calendar. */
  has(day: number): boolean {
    const i = this.indexOnOrAfter(day);
    return i < this.days.length && this.days[i] === day;
  }
}

/** Where an event sits on a calendar. Indices are into `calendar.days`. */
export interface EventAnchor {
  /** The event date as given. */
  eventDate: string;
  timing: NewsTiming;
  /** Index of t0, the first session that can react. */
  t0: number;
  /** Index of the base day: its close is the last close before the news. */
  base: number;
  t0Date: string;
  baseDate: string;
}

/**
 * Places an event on a trading calendar by the t0 rule (see the module comment).
 * @example anchorEvent(cal, '2016-11-08', 'after-close') // t0 = 2016-11-09, base = 2016-11-08
 */
export function anchorEvent(
  calendar: TradingCalendar,
  eventDate: string,
  timing: NewsTiming = 'after-close',
): EventAnchor {
  if (calendar.days.length === 0) throw new Error(`event ${eventDate}: the data hold no trading days`);
  const day = toDay(eventDate);
  let t0: number;
  if (timing === 'after-close') t0 = calendar.indexOnOrAfter(day + 1);
  else t0 = calendar.indexOnOrAfter(day);
  const base = t0 - 1;
  if (t0 >= calendar.days.length) {
    throw new Error(
      `event ${eventDate}: no trading day after it in the data (data end ${fromDay(calendar.last)})`,
    );
  }
  if (base < 0) {
    throw new Error(
      `event ${eventDate}: no trading day before it in the data (data start ${fromDay(calendar.first)})`,
    );
  }
  return {
    eventDate,
    timing,
    t0,
    base,
    t0Date: fromDay(calendar.days[t0]),
    baseDate: fromDay(calendar.days[base]),
  };
}

/**
 * The calendar indices [from, to] of the closes bounding window [a, b] relative to t0: the return runs from
 * the close at `from` (day a-1) to the close at `to` (day b). Throws when the window leaves the data.
 */
export function windowCloses(
  calendar: TradingCalendar,
  anchor: EventAnchor,
  a: number,
  b: number,
): { from: number; to: number } {
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) {
    throw new Error(`invalid window [${a}, ${b}]: expected integers with a <= b`);
  }
  const from = anchor.t0 + a - 1;
  const to = anchor.t0 + b;
  if (from < 0 || to >= calendar.days.length) {
    throw new Error(
      `window [${a}, ${b}] around ${anchor.eventDate} leaves the data (${fromDay(calendar.first)} .. ${fromDay(calendar.last)})`,
    );
  }
  return { from, to };
}
