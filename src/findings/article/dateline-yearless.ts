/**
 * Datelines that may give no year: a wire's ("NEW YORK, Nov 10 (Reuters) -"), a short date line ("Thursday, Nov.
 * 10"), an agency's with no date at all ("NEW YORK (AP) — Stocks rallied Wednesday …"); ./dateline.ts reads them.
 */
import { unmark } from './dateline-month.ts';
import { MONTH_RE } from './dates.ts';

/** A wire's dateline: place, date (maybe without its year), a source in brackets or slashes, a dash. */
export const WIRE = new RegExp(
  `^[\\s*_]*[A-Z][A-Za-z ./'-]{1,40},\\s+(${MONTH_RE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_RE}(?:\\s+\\d{4})?)(?:\\s*\\([A-Za-z][A-Za-z .&'-]{1,30}\\)|\\s*/[A-Za-z][A-Za-z .&'-]{1,30}/)?\\s*[-\u2013\u2014]`,
  'gim',
);

const PARTIAL = `(?:${MONTH_RE}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE})`;

/** A short line that is only a date without its year, maybe a weekday, a time and an "Updated"/"Published". */
export const YEARLESS_LINE = new RegExp(
  `^[\\s*_]*(?:(?:last\\s+)?(?:updated|published|posted)[:\\s]+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+)?(${PARTIAL})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?[\\s*_]*$`,
  'im',
);

/** A wire's dateline with no date, and its first sentence: "NEW YORK (AP) — Stocks rallied Wednesday …". */
export const AGENCY_LEDE =
  /^[\s*_]*[A-Z][A-Z ./'-]{1,40}\s*\((?:AP|Reuters|AFP|Bloomberg|Dow Jones)\)\s*[-\u2013\u2014]+\s*([^\n]{0,300}?[.!?])(?:\s|$)/m;

/**
 * The words of a wire dateline or a date line that gives no year ("NEW YORK, Nov 10 (Reuters)", "Thursday,
 * Nov. 10"), for saying the article is undated when `articleDate` found no date; undefined when there is none.
 * @example yearlessDateline('NEW YORK, Nov 10 (Reuters) - Stocks rose.') // 'NEW YORK, Nov 10 (Reuters)'
 */
export function yearlessDateline(text: string): string | undefined {
  const head = text.slice(0, 1500);
  const wire = WIRE.exec(head);
  WIRE.lastIndex = 0;
  if (wire && !/\d{4}/.test(wire[1])) return wire[0].replace(/\s*[-\u2013\u2014]$/, '').trim();
  return unmark(YEARLESS_LINE.exec(head)?.[0].trim());
}
