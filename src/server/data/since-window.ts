/**
 * The window of a "since the event" answer, for the US legs and a region alike: the event anchored on the
 * series' own trading days (t0 rule of src/calendar/trading-days.ts), days [from, to] relative to t0 checked
 * against the data, and a window past the data's end cut at its last date with a sentence saying so.
 */
import {
  anchorEvent,
  type EventAnchor,
  type NewsTiming,
  type TradingCalendar,
} from '../../calendar/trading-days.ts';
import { ApiError } from '../errors.ts';

/** The request's event and days relative to t0 (t0 = day 0). */
export interface SinceWindowQuery {
  event: string;
  timing: NewsTiming;
  from: number;
  to: number;
}

/** The window as given: `to` is `q.to` cut at the data's end (`cut` says so, else null). */
export interface SinceWindow {
  anchor: EventAnchor;
  to: number;
  cut: string | null;
  /** Days from .. to, and the ISO date of each. */
  day: number[];
  date: string[];
}

/**
 * Anchors the event and fits [from, to] to the data. Throws a 422 naming the event when it cannot be
 * anchored, and naming the data's span when the window leaves the data (or when it runs past the last
 * date read but that date is not `through`, the data's end: a gap in the store, not its end).
 * @example sinceWindow(cal, (i) => dates[i], { event: '2016-11-08', timing: 'after-close', from: -5, to: 20 }, { what: 'the data for deciles', through: '2025-05-30' })
 */
export function sinceWindow(
  cal: TradingCalendar,
  dateAt: (i: number) => string,
  q: SinceWindowQuery,
  o: {
    /** The data in prose, as the messages name them: 'the data for deciles', 'the Europe data'. */
    what: string;
    /** The data's end (ISO), or null if unknown. */
    through: string | null;
  },
): SinceWindow {
  let anchor: EventAnchor;
  try {
    anchor = anchorEvent(cal, q.event, q.timing);
  } catch (err) {
    throw new ApiError(422, (err as Error).message, 'event', { cause: err });
  }
  const end = cal.days.length - 1;
  const first = anchor.t0 + q.from;
  if (first < 0 || first > end || anchor.base < 0 || (anchor.t0 + q.to > end && dateAt(end) !== o.through)) {
    throw new ApiError(
      422,
      `window [${q.from}, ${q.to}] around ${q.event} leaves ${o.what} (${dateAt(0)} .. ${dateAt(end)})`,
      first < 0 ? 'from' : 'to',
    );
  }
  const to = Math.min(q.to, end - anchor.t0);
  const cut =
    to < q.to
      ? `${o.what} end on ${dateAt(end)} (day ${to}): the window is cut there (day ${q.to} was asked for)`
      : null;
  const day: number[] = [];
  const date: string[] = [];
  for (let d = q.from; d <= to; d++) {
    day.push(d);
    date.push(dateAt(anchor.t0 + d));
  }
  return { anchor, to, cut, day, date };
}
