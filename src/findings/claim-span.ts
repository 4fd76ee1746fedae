/**
 * Which closes a claim's window runs between, on a series' own trading days, under given conventions.
 * Follows src/calendar/trading-days.ts: t0 by the news timing; "since" starts from the last close before
 * the news; "K sessions" is [0, K − 1]. Variants: base 'open-event' starts at the open of the event day's
 * own session (the first session on or after the event date), 'open-t0' at t0's open, 'close-t0' at t0's
 * close (one session late); endShift moves the end by whole sessions. Months run from the last close of
 * the previous month to the last close of the month (on a monthly series: the previous row to the row);
 * a 'month-to-date' window, to the last close on or before `to` (else the data's last day; provisional).
 */
import { fromDay, monthEnd, monthStart, toDay, weekday } from '../calendar/dates.ts';
import { anchorEvent, TradingCalendar } from '../calendar/trading-days.ts';
import { compound } from '../math/compound.ts';
import type { Claim } from './claim.ts';
import type { CannotCheck, Resolved } from './evaluator.ts';

/** Indices into the series: the base close (or, with `open`, the session whose open is the base) and the end. */
export interface Span {
  base: number;
  end: number;
  /** True when the base is the open of session `base` rather than its close. */
  open: boolean;
}

class BeyondData extends Error {}

/** The last session on or before `iso`; throws when the data end before it (never silently cut short). */
function endOn(cal: TradingCalendar, iso: string): number {
  const day = toDay(iso);
  if (day > cal.last) throw new BeyondData(`the data end ${fromDay(cal.last)}, before ${iso}`);
  return cal.indexOnOrBefore(day);
}

/**
 * The span of a claim's window on `days` (ascending day numbers), or why there is none.
 * @example claimSpan(rutDays, claim, conventions) // { base: 3, end: 8, open: false }
 */
export function claimSpan(days: Int32Array, w: Claim['window'], c: Resolved): Span | CannotCheck {
  const cal = new TradingCalendar(days);
  const range = `${fromDay(days[0])} .. ${fromDay(days[days.length - 1])}`;
  let base: number;
  let end: number;
  let t0: number;
  try {
    if (w.kind === 'since' || w.kind === 'sessions') {
      const a = anchorEvent(cal, w.event, c.timing);
      t0 = a.t0;
      base = a.base;
      if (w.kind === 'sessions') end = a.t0 + w.sessions - 1;
      else if (w.to === undefined) return { cannot: 'no end date: say "through DATE" or give --to' };
      else end = endOn(cal, w.to);
    } else if (w.kind === 'dates') {
      base = cal.indexOnOrBefore(toDay(w.from));
      t0 = base + 1;
      end = endOn(cal, w.to);
    } else if (w.kind === 'month' || w.kind === 'month-to-date') {
      const d = toDay(`${w.month}-01`);
      base = cal.indexOnOrBefore(monthStart(d) - 1);
      t0 = base + 1;
      let last = monthEnd(d);
      if (w.kind === 'month-to-date') last = Math.min(last, w.to ? toDay(w.to) : cal.last);
      if (last > cal.last)
        return {
          cannot: `the data end ${fromDay(cal.last)}, before ${w.kind === 'month-to-date' ? fromDay(last) : `the end of ${w.month}`}`,
        };
      end = cal.indexOnOrBefore(last);
      if (end < t0 || days[end] < monthStart(d)) return { cannot: `no data in ${w.month} (data ${range})` };
    } else {
      // A week ending Friday: the given one, or the first week whose trading reacts to the event; from
      // the last close of the week before to the last close on or before the week's end.
      let weekEnd: number;
      if (w.weekEnd) weekEnd = toDay(w.weekEnd);
      else if (w.event) {
        const a = anchorEvent(cal, w.event, c.timing);
        weekEnd = days[a.t0] + ((5 - weekday(days[a.t0]) + 7) % 7);
      } else return { cannot: 'no week: give the week end or an event' };
      if (weekEnd > cal.last)
        return { cannot: `the data end ${fromDay(cal.last)}, before ${fromDay(weekEnd)}` };
      // A week a holiday cut short ("the week ended April 9", 2020, before Good Friday): its last session ends
      // the calendar week, which starts from the Friday before, not seven days back (nor does a Wednesday
      // with sessions after it: a fund flow's week).
      const friday = weekEnd + ((5 - weekday(weekEnd) + 7) % 7);
      const cut =
        friday > weekEnd &&
        friday <= cal.last &&
        cal.indexOnOrBefore(friday) === cal.indexOnOrBefore(weekEnd);
      base = cal.indexOnOrBefore((cut ? friday : weekEnd) - 7);
      t0 = base + 1;
      end = cal.indexOnOrBefore(weekEnd);
      if (end < t0) return { cannot: `no trading in the week ended ${fromDay(weekEnd)}` };
    }
  } catch (err) {
    return { cannot: (err as Error).message };
  }
  // Outside the data before any convention moves the base or the end (a later base or end must not turn a
  // window before the data into one inside it: a November claim on a series that starts in December).
  if (base < 0) return { cannot: `the window starts before the data (${range})` };
  if (end < 0) return { cannot: `the window ends before the data (${range})` };
  end += c.endShift;
  let open = false;
  if (c.base === 'close-t0') base = t0;
  else if (c.base === 'open-t0') {
    base = t0;
    open = true;
  } else if (c.base === 'open-event') {
    if (w.kind !== 'since' && w.kind !== 'sessions') return { cannot: 'no event day in this window' };
    base = cal.indexOnOrAfter(toDay(w.event));
    open = true;
  }
  if (base < 0) return { cannot: `the window starts before the data (${range})` };
  if (end >= days.length) return { cannot: `the window ends after the data (${range})` };
  if (end < base || (end === base && !open)) {
    // Dates with no session between them (a claim "on Thursday" when Thursday was a holiday) say so: no
    // convention of the claim's own can give that day a return, the market did not trade.
    if (w.kind === 'dates' && c.endShift === 0 && days[end] <= toDay(w.from) && days[end] !== toDay(w.to))
      return {
        cannot: `no session after ${w.from} through ${w.to}: the data have no trading day on ${w.to} (the market was closed)`,
      };
    return { cannot: 'the window is empty under these conventions' };
  }
  return { base, end, open };
}

/**
 * Why a series of closes alone cannot give the claim, or undefined: a base at an open, or a window that ends
 * at an open (Claim.at, "opened 1.8% higher"). `what` names the series ("French portfolios").
 * @example closesOnly({ at: 'open' }, { base: 'close-before' }, 'French portfolios') // { cannot: 'French portfolios have no opening prices' }
 */
export function closesOnly(
  claim: Pick<Claim, 'at'>,
  c: Pick<Resolved, 'base'>,
  what: string,
): CannotCheck | undefined {
  if (c.base === 'open-t0' || c.base === 'open-event' || claim.at === 'open')
    return { cannot: `${what} have no opening prices` };
  return undefined;
}

/**
 * The price a span of bars ends on: its last session's close, or its open for a claim `at: 'open'` (from the
 * close before: an opening move counted from an open is none).
 * @example spanEnd({ v, open }, { base: 3, end: 4, open: false }, { at: 'open' }) // { price: open[4], word: 'open' }
 */
export function spanEnd(
  p: { v: Float64Array; open: Float64Array },
  span: Span,
  claim: Pick<Claim, 'at'>,
): { price: number; word: 'open' | 'close' } | CannotCheck {
  if (claim.at !== 'open') return { price: p.v[span.end], word: 'close' };
  if (span.open || span.end <= span.base)
    return { cannot: 'a move to an open runs from the close before it' };
  return { price: p.open[span.end], word: 'open' };
}

/**
 * Compounds returns over (base, end]: Π(1 + r) − 1 (src/math/compound.ts). NaN if a return is missing.
 * @example compoundSpan(Float64Array.of(0, 0.01, 0.02), { base: 0, end: 2, open: false }) // 0.0302
 */
export function compoundSpan(r: Float64Array, s: Span): number {
  return compound(r, s.base, s.end);
}
