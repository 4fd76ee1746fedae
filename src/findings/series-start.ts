/**
 * Where a series of returns begins. French's portfolios start with the return of July 1926, earned from the
 * close before their first row; and "since 1926" means since the data begin. A window from the close before
 * the first return (the day before it, the month-end before a monthly row), or from the end of the year before
 * the year the data begin ("since 1926": from Dec. 31, 1925), runs from before the first return, saying so in
 * the second case; any earlier window starts before the data, as ./claim-span.ts says.
 */
import { fromDay, monthStart, toDay } from '../calendar/dates.ts';
import type { Claim } from './claim.ts';
import { claimSpan, type Span } from './claim-span.ts';
import type { CannotCheck, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/** A span of a returns series, with the base close's date when it lies before the first row. */
export type ReturnsSpan = Span & { from?: string; note?: string };

/**
 * The span of `w` on the returns series of `days` (`monthly`: rows are months), or why there is none.
 * @example returnsSpan(frenchDays, { kind: 'dates', from: '1925-12-31', to: '2024-12-31' }, c, true) // { base: -1, from: '1926-06-30', note: … }
 */
export function returnsSpan(
  days: Int32Array,
  w: Claim['window'],
  c: Resolved,
  monthly: boolean,
): ReturnsSpan | CannotCheck {
  const first = days[0];
  if (w.kind !== 'dates' || days.length === 0 || toDay(w.from) >= first || c.base !== 'close-before')
    return claimSpan(days, w, c);
  const before = monthly ? monthStart(first) - 1 : first - 1; // the close the first return is earned from
  const from = toDay(w.from);
  const year = Number(fromDay(first).slice(0, 4));
  const yearBefore = w.from === `${year - 1}-12-31`; // "since 1926", the data beginning in July 1926
  if (from < before - (monthly ? 0 : 4) && !yearBefore) return claimSpan(days, w, c);
  const span = claimSpan(days, { ...w, from: fromDay(first) }, c);
  if (isCannot(span) || span.base !== 0) return span;
  const start = fromDay(before);
  const note =
    yearBefore && from < before
      ? `the data begin with the return after the ${start} close: the window runs from there`
      : undefined;
  return { ...span, base: -1, from: start, ...(note ? { note } : {}) };
}
