/**
 * The JSON edge: the one function every JSON answer goes through, `capgap … --json` and the API alike
 * (docs/json.md). Non-integer numbers are rounded to 12 significant digits (a decimal return then reads
 * 0.0309754665374, not 0.030975466537399576: float noise beyond what any input carries); integers pass as
 * they are; non-finite numbers become null; bigints become numbers; typed arrays become arrays.
 */

/** Significant digits of every non-integer number in JSON output. */
export const JSON_DIGITS = 12;

/**
 * A number as JSON writes it: rounded to 12 significant digits, null when not finite.
 * @example roundForJson(0.030975466537399576) // 0.0309754665374
 */
export function roundForJson(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  return Number.isInteger(v) ? v : Number(v.toPrecision(JSON_DIGITS));
}

/**
 * x, or null where it is NaN or infinite (JSON has no NaN): for answer rows built before the JSON edge.
 * @example nullIfNaN(Number.NaN) // null
 */
export function nullIfNaN(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function replacer(_key: string, v: unknown): unknown {
  if (typeof v === 'number') return roundForJson(v);
  if (typeof v === 'bigint') return Number(v);
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
  return v;
}

/**
 * Serialises a value for a JSON answer (`space` as JSON.stringify's: 2 for the CLI, none for the API).
 * @example jsonText({ value: 0.1 + 0.2, n: 3n }) // '{"value":0.3,"n":3}'
 */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, replacer, space);
}
