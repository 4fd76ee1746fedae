/**
 * When portfolios are formed. A portfolio formed at the close of day f holds from day f+1 to the next
 * formation day (inclusive); it uses only prices and caps known at the close of f (no look-ahead).
 *
 * - a date 'YYYY-MM-DD': once, at the last trading day on or before that date (e.g. '2016-11-08', the
 *   last close before the 2016 election results);
 * - 'monthly': at the last trading day of each month; 'quarterly': of March, June, September, December;
 * - 'june': at the last trading day of each June (French's annual formation; he ranks on end-of-June caps).
 */
import { fromDay, toDay, ymd } from '../calendar/dates.ts';

/** A parsed formation rule. */
export type Formation = { kind: 'once'; date: string } | { kind: 'monthly' | 'quarterly' | 'june' };

/**
 * Parses a formation option.
 * @example parseFormation('june') // { kind: 'june' }
 */
export function parseFormation(text: string): Formation {
  if (text === 'monthly' || text === 'quarterly' || text === 'june') return { kind: text };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    toDay(text);
    return { kind: 'once', date: text };
  }
  throw new Error(`invalid formation: "${text}"; expected a date YYYY-MM-DD, monthly, quarterly or june`);
}

/** Formation rule as text, for outputs. */
export function formationName(f: Formation): string {
  return f.kind === 'once' ? f.date : f.kind;
}

/**
 * The grid indices of the formation days over `days` (ascending day numbers), ascending.
 * A month's last trading day is only taken once a later day of the grid shows the month has ended, except
 * at the grid's very end (which forms nothing, as nothing follows it).
 * @example formationDays(days, { kind: 'once', date: '2016-11-08' }) // [index of 2016-11-08]
 */
export function formationDays(days: Int32Array, formation: Formation): Int32Array {
  const out: number[] = [];
  if (formation.kind === 'once') {
    const target = toDay(formation.date);
    let f = -1;
    for (let d = 0; d < days.length && days[d] <= target; d++) f = d;
    if (f < 0) {
      const first = days.length ? fromDay(days[0]) : 'none';
      throw new Error(
        `formation date ${formation.date} is before the first trading day in the panel (${first})`,
      );
    }
    out.push(f);
  } else {
    for (let d = 0; d + 1 < days.length; d++) {
      const m = ymd(days[d]).month;
      if (m === ymd(days[d + 1]).month) continue;
      if (formation.kind === 'monthly') out.push(d);
      else if (formation.kind === 'quarterly' && m % 3 === 0) out.push(d);
      else if (formation.kind === 'june' && m === 6) out.push(d);
    }
  }
  return Int32Array.from(out);
}
