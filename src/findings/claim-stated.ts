/**
 * A claim's stated value as a claim file writes it ("8.95%", "6.3pp", "$1.2 billion"), parsed to the
 * claim's unit with half a unit of its last digit as the tolerance.
 */
import type { ClaimUnit } from './claim.ts';

/**
 * Half a unit of the last digit of a number as written: "7.2" → 0.05, "9" → 0.5, "1.25" → 0.005.
 * @example toleranceOf('7.2') // 0.05
 */
export function toleranceOf(written: string): number {
  const m = /\.(\d+)/.exec(written);
  return 0.5 * 10 ** -(m ? m[1].length : 0);
}

/**
 * Parses a stated value: '8.95%' → percent, '6.3pp' / '6.3 percentage points' → pp, '$1.2 billion' → usd,
 * '2x' / '2×' / '2 times' → multiple (a ratio).
 * @example parseStated('$1.2 billion') // { value: 1.2e9, unit: 'usd', tolerance: 0.05e9 }
 */
export function parseStated(
  raw: unknown,
  unit?: string,
): { value: number; unit: ClaimUnit; tolerance: number } {
  const s = String(raw)
    .trim()
    .replace(/\u2212/g, '-');
  const usdM = /^(-)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|bn|million|mn|m|b)?$/i.exec(s);
  if (usdM) {
    const scale: Record<string, number> = {
      trillion: 1e12,
      billion: 1e9,
      bn: 1e9,
      b: 1e9,
      million: 1e6,
      mn: 1e6,
      m: 1e6,
    };
    const f = usdM[3] ? scale[usdM[3].toLowerCase()] : 1;
    const num = usdM[2].replace(/,/g, '');
    const value = (usdM[1] ? -1 : 1) * Number(num) * f;
    if (!Number.isFinite(value))
      throw new Error(`invalid stated value: ${JSON.stringify(raw)}; not a finite number`);
    return { value, unit: 'usd', tolerance: toleranceOf(num) * f };
  }
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(%|pp|percentage points?|points?|x|×|times)?$/i.exec(s);
  if (!m)
    throw new Error(
      `invalid stated value: ${JSON.stringify(raw)}; expected e.g. "8.95%", "6.3pp" or "$1.2 billion"`,
    );
  let u: ClaimUnit | undefined;
  if (m[2] === '%') u = 'percent';
  else if (m[2] && /^(?:x|×|times)$/i.test(m[2])) u = 'multiple';
  else if (m[2]) u = 'pp';
  if (unit !== undefined) {
    if (unit !== 'percent' && unit !== 'pp' && unit !== 'usd') {
      throw new Error(`invalid unit: ${JSON.stringify(unit)}; expected "percent", "pp" or "usd"`);
    }
    u = unit;
  }
  if (!u)
    throw new Error(`stated value ${JSON.stringify(raw)} has no unit; write "%" or "pp", or give unit:`);
  const value = Number(m[1]);
  if (!Number.isFinite(value))
    throw new Error(`invalid stated value: ${JSON.stringify(raw)}; not a finite number`);
  return { value, unit: u, tolerance: toleranceOf(m[1]) };
}

/**
 * A level's stated value: an index's close in points ("2442.03", "2,442.03 points") or a fund's price
 * ("$242.04"), with half a unit of its last digit as the tolerance; a move in points (`signed`) may be
 * negative ("-18.5 points", "-$1.20").
 * @example parseLevel('2,442.03 points') // { value: 2442.03, unit: 'index-points', tolerance: 0.005 }
 */
export function parseLevel(
  raw: unknown,
  signed = false,
): { value: number; unit: ClaimUnit; tolerance: number } {
  const m = /^([-+\u2212])?\s*(\$)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:points?|pts)?$/i.exec(String(raw).trim());
  if (!m || (m[1] && !signed))
    throw new Error(
      signed
        ? `invalid move in points: ${JSON.stringify(raw)}; expected an index's move ("-18.5 points") or a fund's ("$1.20")`
        : `invalid level: ${JSON.stringify(raw)}; expected an index's close ("2442.03 points") or a fund's price ("$242.04")`,
    );
  const num = m[3].replace(/,/g, '');
  const sign = m[1] && m[1] !== '+' ? -1 : 1;
  return { value: sign * Number(num), unit: m[2] ? 'usd' : 'index-points', tolerance: toleranceOf(num) };
}
