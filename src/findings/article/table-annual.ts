/**
 * A performance table's long periods as annual rates: "Returns for periods longer than one year are annualized"
 * under a factsheet's table, or "Average annual total returns (%)" over it, make its "3 Years", "5 Years" and
 * "Since inception" cells rates a year; "1 Year" and shorter stay returns (./tables.ts).
 */
import { NUMBER_WORDS } from './number-words.ts';

/** A note that the table's returns are annual rates. */
const NOTE = /\bannuali[sz]ed\b|\baverage\s+annual\b/i;

/**
 * How many lines under a table's last row its note may stand: a fact sheet puts one note under all its tables,
 * so the first table's is below the next table (seven lines down on the corpus's fact sheet, where three missed
 * it); twelve leaves room for a second table of a few rows or a line of disclosure between.
 */
export const NOTES_BELOW = 12;

/**
 * Whether the lines `from` to `to` around a table (five above its header to `NOTES_BELOW` below its last row)
 * say its long periods are annualized.
 * @example annualizedNear(lines, 0, 6) // true under "Returns for periods longer than one year are annualized."
 */
export function annualizedNear(lines: readonly { 0: string }[], from: number, to: number): boolean {
  return lines.slice(Math.max(0, from), to).some((l) => NOTE.test(l[0]));
}

/**
 * ' a year' after a cell's value when its table is annualized and its column's period longer than a year, else ''.
 * @example perYear({ annualized: true }, '3 Years', 'percent') // ' a year'
 */
export function perYear(table: { annualized?: boolean }, header: string, unit: string): string {
  return table.annualized && unit === 'percent' && perYearColumn(header) ? ' a year' : '';
}

/**
 * Whether a column's period is longer than a year: "3 Years", "5Y", "10-year", "Since inception".
 * @example perYearColumn('3 Years') // true (and false for '1 Year', 'YTD')
 */
export function perYearColumn(header: string): boolean {
  const m = /\b(\d{1,2}|two|three|four|five|ten|fifteen|twenty)[\s-]*(?:years?|yrs?|y)\b/i.exec(header);
  const n = m ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 0;
  return n > 1 || /\bsince\s+inception\b|^\s*inception\b/i.test(header);
}
