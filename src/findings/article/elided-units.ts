/**
 * A second comparison that leaves its unit to the first: "outpacing its growth counterpart by 4.8 percentage
 * points and the broader market by more than 12" (12 points). Only after "by", in a sentence that stated a
 * percentage or a point difference before it, and only a bare number (no unit, no noun after it), in digits
 * or in words ("…, while the top fifth lagged by four").
 */

import { HEDGE } from './hedges.ts';
import { digits, NUMBER_WORDS } from './number-words.ts';
import type { Quantity } from './numbers.ts';

const BARE_BY = new RegExp(
  `\\bby\\s+${HEDGE}(\\d{1,3}(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?=\\s*(?:[,;.)]|$|\\s+(?:and|while|but|over|since|in|on|during|after|this|last)\\b))`,
  'gi',
);

/**
 * The bare numbers of `text` after "by" that take the unit of the quantity stated before them.
 * @example elidedUnits('beat IJT by 4.8 points and the market by more than 12.', [q48]) // [{ value: 12, unit: 'pp' }]
 */
export function elidedUnits(text: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(BARE_BY)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (found.some((q) => start < q.end && end > q.start)) continue;
    const before = found.filter((q) => q.end <= m.index && (q.unit === 'pp' || q.unit === 'percent')).pop();
    if (!before) continue;
    // "lagged by four" after "by more than three percentage points": a number in words, whole.
    const word = NUMBER_WORDS[m[1].toLowerCase()];
    const { value, written, decimals } =
      word === undefined ? digits(m[1]) : { value: word, written: m[1], decimals: 0 };
    out.push({
      start,
      end,
      value,
      unit: before.unit,
      written,
      decimals,
      halfUnit: 0.5 * 10 ** -decimals,
      negative: false,
      unitWords: before.unitWords,
    });
  }
  return out;
}
