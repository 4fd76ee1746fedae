/**
 * A wire's move in index points with no unit: AP's "The S&P 500 rose 146.28, or 2.5%, to 5,929.04", "The
 * Russell 2000 index of smaller companies rose 2.16, or 0.36 percent, to 604.29": a bare number right after a
 * move verb, that a per cent restates after ", or".
 */
import { digits } from './number-words.ts';
import type { Quantity } from './numbers.ts';
import { findVerbs } from './verbs.ts';

/** A bare number: "146.28", "2.16", "1,012.5" (not "$2.16", not inside a longer number). */
const BARE =
  /(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,5}\.\d{1,2})(?!\d|,\d|\.\d|\s*(?:%|per\s?cent|percent))/g;
/** ", or 2.5%," after it: the same move in per cent. */
const RESTATED = /^,\s+or\s+[-+\u2212]?\d[\d.]*\s*(?:%|per\s?cent|percent)/i;

/**
 * The moves in points of `t` that the quantities `found` do not already hold.
 * @example restatedPoints('The Russell 2000 rose 2.16, or 0.36 percent, to 604.29.', [])[0].value // 2.16
 */
export function restatedPoints(t: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of t.matchAll(BARE)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!RESTATED.test(t.slice(end))) continue;
    const v = findVerbs(t.slice(0, start)).pop();
    if (v?.kind !== 'move' || !/^\s+$/.test(t.slice(v.end, start))) continue;
    if (found.some((q) => q.start < end && q.end > start)) continue;
    const d = digits(m[1]);
    const half = 0.5 * 10 ** -d.decimals;
    const at = { start, end, value: d.value, written: m[1], decimals: d.decimals, halfUnit: half };
    out.push({ ...at, unit: 'points', negative: false, unitWords: 'points' });
  }
  return out;
}
