/**
 * Table cells that are closes or moves in points, said as a wrap says them: a row "Russell 2000 | 1,282.38 |
 * 30.77 | 2.46" under "Index | Close | Pts chg | % chg" is "Russell 2000 closed at 1,282.38." and "Russell
 * 2000 rose 30.77 points."; a dated close column ("Nov. 8 close") "… closed at 1,195.14 on Nov. 8.". Other
 * levels (a price, a NAV, assets, volume, a 52-week high) are no close a reader checks.
 */
import { MONTH_RE } from './dates.ts';
import { NOT_A_RETURN } from './not-a-claim.ts';
import { columnKind } from './table-columns.ts';
import type { Cell, TableColumn } from './tables.ts';

/** A close's column: "Close", "Closing level", "Last", "Level", "Index close", with a date ("Nov. 8 close"). */
const CLOSE = /^(?:index\s+)?(?:close|closing(?:\s+level)?|last|level)$/i;
const DATE = new RegExp(`\\b(${MONTH_RE}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_RE})\\b`, 'i');

/**
 * True when a column makes its table a day's table: a move in points, or a close with no date ("Close",
 * not "23 June close"). A change beside it with no period of its own is then the day's.
 * @example isDaily('Pts chg') // true
 */
export function isDaily(header: string): boolean {
  const kind = columnKind(header);
  return kind === 'points' || (kind === 'level' && closeColumn(header)?.date === undefined);
}

/** A close's column and the date its header names, if any; null for another level (a price, assets). */
function closeColumn(header: string): { date?: string } | null {
  const date = DATE.exec(header)?.[1];
  const words = header
    .replace(DATE, ' ')
    .replace(/[^a-z ]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return CLOSE.test(words) ? (date ? { date } : {}) : null;
}

/**
 * The sentence a close or points cell says, or undefined when it says none; a move in points is of the row's
 * day (`when`: " on the day"), or of the period its column names ("Week pts chg": " in the week").
 * @example closeSentence('Russell 2000', 'Pts chg', 'points', '-44.68') // 'Russell 2000 fell 44.68 points on the day.'
 * @example closeSentence('Russell 2000', 'Nov. 8 close', 'level', '1,195.14') // 'Russell 2000 closed at 1,195.14 on Nov. 8.'
 */
export function closeSentence(
  label: string,
  header: string,
  kind: string,
  cell: string,
  when = ' on the day',
): string | undefined {
  const t = cell.replace(/[\u2212\u2013]/g, '-').trim();
  const digits = /^[-+(]?\s*(\d[\d,]*(?:\.\d+)?)\)?$/.exec(t)?.[1];
  if (!digits || !label.trim()) return undefined;
  if (kind === 'points') return `${label} ${/^[-(]/.test(t) ? 'fell' : 'rose'} ${digits} points${when}.`;
  if (kind !== 'level') return undefined;
  const close = closeColumn(header);
  if (!close || /^[-+(]/.test(t)) return undefined;
  return `${label} closed at ${digits}${close.date ? ` on ${close.date}` : ''}.`;
}

/**
 * What a cell of a column that holds no change says: a close or a move in points as a sentence, else why it
 * is no return ("a level (a close, a price, assets)", "not a return (expense ratio)"). A close or a move
 * is of the row's day, not of a period its column names ("Pts chg").
 * @example notAChange('Russell 2000', { header: 'Close', phrase: null }, 'level', cell, false).sentence // 'Russell 2000 closed at 1,282.38.'
 */
export function notAChange(
  label: string,
  column: TableColumn,
  kind: string,
  cell: Cell,
  transposed: boolean,
): { cell: Cell; column: TableColumn; sentence?: string; notClaim?: string } {
  const when = column.phrase ? ` ${column.phrase}` : undefined;
  const close = transposed ? undefined : closeSentence(label, column.header, kind, cell.text, when);
  if (close) return { cell, column: { ...column, phrase: null }, sentence: close };
  const what = kind === 'level' ? 'a level (a close, a price, assets)' : 'index points';
  const notClaim =
    kind === 'not-a-return'
      ? `not a return (${NOT_A_RETURN.exec(column.header.toLowerCase())?.[1]}): ${JSON.stringify(cell.text)} in column "${column.header}"`
      : `${JSON.stringify(cell.text)} in column "${column.header}" is ${what}, not a change in per cent`;
  return { cell, column, notClaim };
}

/** A close written as a table writes one: unsigned, with a thousands separator or two decimals and three digits or more. */
const LEVEL_CELL = /^\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,6}\.\d{1,2})$/;

/**
 * The sentence a unitless cell says in a table of days by names ("Date | Russell 2000 | S&P 500" over
 * "2024-11-05 | 2260.84 | 5782.76"): a close on the row's day; else why it says none (a cell needs a unit).
 * @example unitlessCell('Russell 2000', 'on 2024-11-05', '2260.84') // { sentence: 'Russell 2000 closed at 2260.84 on 2024-11-05.' }
 */
export function unitlessCell(
  name: string,
  rowDay: string | undefined,
  text: string,
): { sentence: string } | { why: string } {
  if (rowDay?.startsWith('on ') && LEVEL_CELL.test(text))
    return { sentence: `${name} closed at ${text} ${rowDay}.` };
  return {
    why: `a table cell with no unit (${JSON.stringify(text)}): say "%" in the cell, its column or the caption`,
  };
}

/**
 * The span two dated close columns bound ("Nov. 3 close", "Nov. 30 close"), for a change column with no period
 * of its own beside them ("Change"): " from the close on Nov. 3 to Nov. 30" (since the event when it is that
 * day: ./window-spans.ts); '' with any other number of them.
 * @example closesSpan([{ header: 'Index' }, { header: 'Nov. 3 close' }, { header: 'Nov. 30 close' }, { header: 'Change' }]) // ' from the close on Nov. 3 to Nov. 30'
 */
export function closesSpan(columns: readonly { header: string }[]): string {
  const dates = columns.map((c) => closeColumn(c.header)?.date).filter((d): d is string => !!d);
  return dates.length === 2 ? ` from the close on ${dates[0]} to ${dates[1]}` : '';
}
