/**
 * Literals for ClickHouse 18.16 SQL, which has no query parameters: every value a query needs is written
 * into its text here, escaped. Numbers are written with JavaScript's shortest round-trip form, which
 * ClickHouse parses back to the same double (checked by the tests' exact breakpoint comparison).
 */

/** A string literal: backslash and quote escaped. @example str("O'Neil") // "'O\\'Neil'" */
export function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A finite Float64 literal; throws on NaN or infinity. @example num(0.1) // 'toFloat64(0.1)' */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`invalid SQL number: ${x}`);
  return `toFloat64(${String(x)})`;
}

/** A Date literal from a day number (days since 1970-01-01). @example date(17113) // "toDate(17113)" */
export function date(day: number): string {
  if (!Number.isInteger(day) || day < 0 || day > 65535)
    throw new Error(`invalid ClickHouse Date: day ${day}`);
  return `toDate(${day})`;
}

/** An Array(Date) literal. */
export function dates(days: ArrayLike<number>): string {
  return `[${Array.from(days, date).join(',')}]`;
}

/** An Array(Float64) literal (`emptyArrayFloat64()` when empty). */
export function floats(xs: ArrayLike<number>): string {
  return xs.length ? `[${Array.from(xs, num).join(',')}]` : 'emptyArrayFloat64()';
}

/** An Array(String) literal (`emptyArrayString()` when empty). */
export function strings(xs: readonly string[]): string {
  return xs.length ? `[${xs.map(str).join(',')}]` : 'emptyArrayString()';
}

/** An identifier (database or table name) checked, not escaped: letters, digits, underscores. */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`invalid ClickHouse identifier: "${name}"`);
  return name;
}
