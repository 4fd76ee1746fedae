/**
 * The validator: turns cells into numbers and day numbers, or throws an ImportError naming file, line and
 * column. Missing markers ('', 'null', 'NaN', 'n/a', 'NA', 'N/A', '.', '-') become NaN and are counted by the
 * caller; anything else that is not a plain decimal number is an error, never a silent NaN.
 */

import { quote } from '../quote.ts';
import { ImportError } from './errors.ts';

/** Where a cell sits, for error messages. */
export interface CellAt {
  file: string;
  line: number;
  column: string;
}

/** The missing markers, lower case. */
export const MISSING_MARKERS: readonly string[] = ['', 'null', 'nan', 'n/a', 'na', '.', '-', 'none'];
const MISSING = new Set(MISSING_MARKERS);
/** A plain decimal number (no thousands separators, no `_`, no hex, no Infinity); the DuckDB panel path
 * uses the same pattern (panel-sql.ts). */
export const NUMBER_PATTERN = '^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$';
const NUMBER = new RegExp(NUMBER_PATTERN);
/** An ISO date with zero-padded parts, optionally followed by a time (`2016-11-08 00:00:00-05:00`). */
export const ISO_DATE_PATTERN =
  '^(\\d{4})-(\\d{2})-(\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** The earliest date any file may hold unless its format allows earlier history: 1900-01-01. */
export const EARLIEST_DAY = -25567;

/** The latest date a file may hold: one year after today (UTC). */
export function latestDay(now: number = Date.now()): number {
  return Math.floor(now / 86_400_000) + 366;
}

/** A day number as YYYY-MM-DD. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

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
  if (!NUMBER.test(s)) throw new ImportError({ ...at, reason: `unparseable number ${quote(cell)}` });
  const v = Number(s);
  if (!Number.isFinite(v)) {
    throw new ImportError({
      ...at,
      reason: `number out of range (not finite as a double) ${quote(cell)}`,
    });
  }
  return v;
}

/**
 * The largest value a non-negative quantity may take: a price (open, high, low, close, adjusted close, a
 * dividend, a NAV) 1e10 USD, 800 times the largest in the real 2015–2017 Kaggle panel (12.4 million, an
 * adjusted penny stock); anything else (a volume, a share count, a market cap, a fund's assets) 1e15, above
 * every real one (a market cap of 3e12 USD). A bigger value is a unit or a decimal point wrong, or hostile:
 * `1e308` is finite, and a return from it prints as +8e306% (docs/import.md, "Values").
 */
export const MAX_PRICE = 1e10;
export const MAX_QUANTITY = 1e15;

/**
 * Throws unless `v` is NaN (missing) or within [0, the quantity's maximum]; `what` names the quantity
 * ('price', 'market cap'); 'price' and 'nav' are bounded by MAX_PRICE, the rest by MAX_QUANTITY.
 */
export function checkNonNegative(v: number, what: string, at: CellAt): void {
  if (v < 0) throw new ImportError({ ...at, reason: `negative ${what} ${v}` });
  const max = what === 'price' || what.toLowerCase() === 'nav' ? MAX_PRICE : MAX_QUANTITY;
  if (v > max)
    throw new ImportError({
      ...at,
      reason: `implausible ${what} ${v}: more than ${max.toExponential().replace('+', '')} (a unit or a decimal point wrong?)`,
    });
}

/** Throws unless `v` is NaN (missing) or at most MAX_QUANTITY in size: a signed quantity (a fund flow, USD). */
export function checkSigned(v: number, what: string, at: CellAt): void {
  if (Math.abs(v) > MAX_QUANTITY)
    throw new ImportError({
      ...at,
      reason: `implausible ${what} ${v}: more than 1e15 in size (a unit or a decimal point wrong?)`,
    });
}

function dayOf(y: number, m: number, d: number): number {
  const t = new Date(0).setUTCFullYear(y, m - 1, d); // Date.UTC maps years 0-99 to 1900-1999
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return Math.round(t / 86_400_000);
}

/** Date bounds of a format: the earliest day it may hold (default 1900-01-01) and the latest (a year ahead). */
export interface DateBounds {
  earliest?: number;
  latest?: number;
}

/**
 * Throws unless `day` is within the bounds (1900-01-01 .. one year after today unless `bounds` says).
 * @example checkDayBounds(day('1899-12-31'), at) // throws: date 1899-12-31 before 1900-01-01
 */
export function checkDayBounds(day: number, at: CellAt, bounds: DateBounds = {}): void {
  const lo = bounds.earliest ?? EARLIEST_DAY;
  const hi = bounds.latest ?? latestDay();
  if (day < lo) throw new ImportError({ ...at, reason: `date ${isoDay(day)} before ${isoDay(lo)}` });
  if (day > hi)
    throw new ImportError({ ...at, reason: `date ${isoDay(day)} after ${isoDay(hi)} (a year from today)` });
}

/**
 * A date cell as a day number. Accepts ISO `YYYY-MM-DD` with zero-padded parts (optionally followed by a
 * time, as yfinance writes `2016-11-08 00:00:00-05:00`) and `YYYYMMDD`, within 1900-01-01 .. one year after
 * today (see `checkDayBounds`); anything else is an error naming the cell.
 * @example parseDateCell('2016-11-08', { file: 'a.csv', line: 2, column: 'Date' }) // 17113
 */
export function parseDateCell(cell: string, at: CellAt, bounds: DateBounds = {}): number {
  const s = cell.trim();
  const m = ISO_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (!m) {
    throw new ImportError({
      ...at,
      reason: `unknown date format ${quote(cell)}; expected YYYY-MM-DD or YYYYMMDD`,
    });
  }
  const day = dayOf(+m[1], +m[2], +m[3]);
  if (Number.isNaN(day)) throw new ImportError({ ...at, reason: `no such calendar day ${quote(cell)}` });
  checkDayBounds(day, at, bounds);
  return day;
}

/**
 * Refuses a header naming a column twice (trimmed, case-insensitive; empty names aside): which of the two a
 * reader took would be a guess. The error names the line, the column and both positions.
 * @example checkUniqueHeader(['Date', 'Close', 'close'], 'a.csv', 1) // throws: … column "close" appears twice …
 */
export function checkUniqueHeader(header: readonly string[], file: string, line: number): void {
  const seen = new Map<string, number>();
  header.forEach((h, k) => {
    const n = h.trim().toLowerCase();
    if (!n) return;
    const first = seen.get(n);
    if (first !== undefined)
      throw new ImportError({
        file,
        line,
        column: h.trim(),
        reason: `duplicate column: ${quote(h.trim())} appears twice in the header (columns ${first + 1} and ${k + 1})`,
      });
    seen.set(n, k);
  });
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
  checkUniqueHeader(header, file, line);
  const norm = header.map((h) => h.trim().toLowerCase());
  const out: Record<string, number> = {};
  for (const name of required) {
    const k = norm.indexOf(name.toLowerCase());
    if (k < 0) {
      throw new ImportError({
        file,
        line,
        column: name,
        reason: `missing required column ${quote(name)} (header: ${quote(header.map((h) => h.trim()).join(','), 200)})`,
      });
    }
    out[name] = k;
  }
  for (const name of optional) out[name] = norm.indexOf(name.toLowerCase());
  return out;
}
