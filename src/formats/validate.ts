/**
 * The validator: turns cells into numbers and day numbers, or throws an ImportError naming file, line and
 * column. Missing markers ('', 'null', 'NaN', 'n/a', 'NA', 'N/A', '.', '-') become NaN and are counted by the
 * caller; anything else that is not a plain decimal number is an error, never a silent NaN.
 */
import { ImportError } from './errors.ts';

/** Where a cell sits, for error messages. */
export interface CellAt {
  file: string;
  line: number;
  column: string;
}

const MISSING = new Set(['', 'null', 'nan', 'n/a', 'na', '.', '-', 'none']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** True if a trimmed cell is one of the missing markers. */
export function isMissing(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/**
 * A cell as a number: NaN for a missing marker, the value for a decimal number (thousands separators are
 * not accepted), an ImportError otherwise.
 * @example parseNumberCell(' 9.75 ', { file: 'f.csv', line: 3, column: 'Lo 10' }) // 9.75
 */
export function parseNumberCell(cell: string, at: CellAt): number {
  const s = cell.trim();
  if (MISSING.has(s.toLowerCase())) return Number.NaN;
  if (!NUMBER.test(s)) throw new ImportError({ ...at, reason: `unparseable number ${JSON.stringify(cell)}` });
  return Number(s);
}

/** Throws unless `v` is NaN (missing) or ≥ 0; `what` names the quantity ('price', 'market cap'). */
export function checkNonNegative(v: number, what: string, at: CellAt): void {
  if (v < 0) throw new ImportError({ ...at, reason: `negative ${what} ${v}` });
}

function dayOf(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return Math.round(t / 86_400_000);
}

/**
 * A date cell as a day number. Accepts ISO `YYYY-MM-DD` (optionally followed by a time, as yfinance writes
 * `2016-11-08 00:00:00-05:00`) and `YYYYMMDD`; anything else is an 'unknown date format' error.
 * @example parseDateCell('2016-11-08', { file: 'a.csv', line: 2, column: 'Date' }) // 17113
 */
export function parseDateCell(cell: string, at: CellAt): number {
  const s = cell.trim();
  let day = Number.NaN;
  if (s.length >= 10 && s[4] === '-' && s[7] === '-' && (s.length === 10 || s[10] === ' ' || s[10] === 'T')) {
    day = dayOf(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
  } else if (s.length === 8 && /^\d{8}$/.test(s)) {
    day = dayOf(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
  } else {
    throw new ImportError({
      ...at,
      reason: `unknown date format ${JSON.stringify(cell)}; expected YYYY-MM-DD or YYYYMMDD`,
    });
  }
  if (Number.isNaN(day))
    throw new ImportError({ ...at, reason: `no such calendar day ${JSON.stringify(cell)}` });
  return day;
}

/**
 * Finds columns in a header by name (trimmed, case-insensitive). Required names that are absent throw an
 * ImportError naming the first missing one; optional absent names map to -1.
 * @example columnIndex(['Date', 'Close'], ['Date', 'Close'], [], 'a.csv', 1) // { Date: 0, Close: 1 }
 */
export function columnIndex(
  header: string[],
  required: readonly string[],
  optional: readonly string[],
  file: string,
  line: number,
): Record<string, number> {
  const norm = header.map((h) => h.trim().toLowerCase());
  const out: Record<string, number> = {};
  for (const name of required) {
    const k = norm.indexOf(name.toLowerCase());
    if (k < 0) {
      throw new ImportError({
        file,
        line,
        column: name,
        reason: `missing required column "${name}" (header: ${header.map((h) => h.trim()).join(',')})`,
      });
    }
    out[name] = k;
  }
  for (const name of optional) out[name] = norm.indexOf(name.toLowerCase());
  return out;
}
