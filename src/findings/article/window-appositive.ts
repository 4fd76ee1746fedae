/**
 * A distance set off after a dated close: "tariff fears drove the index down to 1,760.71 on April 8, a fall of
 * 21.0% from the end of 2024", "… on April 8, 21.0% below its Dec. 31 close". The number describes that close,
 * so its window ends on that day, not the article's; its base ("Dec. 31") is the latest such day before it. A
 * distance in the present ("The index rose 2% on April 8 and is up 10% from its Dec. 31 close") is no
 * appositive: a verb stands between the day and the number. A ", when" clause goes back the same way: "since April
 * 2020, when the index jumped 18.5% in the week ended April 9" is April 9 of 2020 (`thenMonthEnd`).
 */
import { fromDay, monthEnd, toDay } from '../../calendar/dates.ts';
import type { ReadOptions } from '../claim-read.ts';
import { DATE_RE, MONTH_RE, monthNumber, resolveDate, WEEKDAY_RE } from './dates.ts';
import { HEDGE } from './hedges.ts';

/** The day, a comma, then the number alone or as "a fall of", "a drop of", "down", right before the window. */
const APPOSITIVE = new RegExp(
  String.raw`\bon\s+(?:${WEEKDAY_RE},?\s+)?(${DATE_RE}),\s+(?:(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:fall|drop|decline|loss|slide|slump|plunge|gain|rise|rally|jump|advance|climb|retreat)\s+of\s+|(?:down|up|off)\s+)?${HEDGE}[-+\u2212]?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+$`,
  'i',
);

/**
 * The day an appositive distance is measured to, when the window phrase at `start` follows one; else
 * undefined (the window ends on the article's date, as before).
 * @example appositiveDay('… down to 1,760.71 on April 8, a fall of 21.0% from the end of 2024.', 68, { to: '2026-01-31' }) // '2025-04-08'
 */
export function appositiveDay(text: string, start: number, o: ReadOptions): string | undefined {
  const m = APPOSITIVE.exec(text.slice(Math.max(0, start - 120), start));
  const day = m && o.to ? resolveDate(m[1], o) : null;
  return day && o.to && day < o.to ? day : undefined;
}

/** A month and its year, then ", when" and the clause so far: "since April 2020, when the index jumped 18.5% ". */
const THEN_MONTH = new RegExp(String.raw`\b(${MONTH_RE})\s+((?:19|20)\d\d),?\s+when\b(?:[^.;]|\.\d)*$`, 'i');
/** A day without its year: "April 9", "Feb. 20" (not "April 9, 2020"). */
const YEARLESS = new RegExp(String.raw`\b${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s+\d{4})`, 'i');

/**
 * The end of the month a ", when" clause goes back to, when the window phrase `words` at `start` names a day
 * without its year: "its best week since April 2020, when the index jumped 18.5% in the week ended April 9" is
 * April 9, 2020 (the latest such day by the end of April 2020), not the April 9 before the article; else undefined.
 * @example thenMonthEnd('… since April 2020, when the index jumped 18.5% in the week ended April 9', 'in the week ended April 9', 62, { to: '2024-11-12' }) // '2020-04-30'
 */
export function thenMonthEnd(text: string, words: string, start: number, o: ReadOptions): string | undefined {
  const m = YEARLESS.test(words) ? THEN_MONTH.exec(text.slice(0, start)) : null;
  if (!m) return undefined;
  const end = fromDay(monthEnd(toDay(`${m[2]}-${String(monthNumber(m[1])).padStart(2, '0')}-01`)));
  return !o.to || end < o.to ? end : undefined;
}
