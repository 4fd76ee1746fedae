/**
 * Fractions in words after a move ("risen by about a fifth", "lost almost two-fifths of its value"), as
 * percentages (./numbers.ts reads them; ./verbs.ts knows their words). Moved from ./number-words.ts. And
 * fractions of a point or a per cent ("half a point", "half a percent").
 */

import { HEDGE, HEDGE_WORDS } from './hedges.ts';
import { NUMBER_WORDS } from './number-words.ts';
import type { Quantity } from './numbers.ts';

/** A share in words, as regex source: "half", "a third", "one quarter", "two-thirds", "three-quarters". */
export const SHARE_WORDS =
  '(?:half|(?:a|one)[- ](?:third|quarter|fifth|tenth)|two[- ]thirds|three[- ]quarters)';

/** Each fraction as a percentage of the whole. */
export const FRACTION_WORDS: Record<string, number> = {
  tenth: 10,
  eighth: 12.5,
  sixth: 100 / 6,
  fifth: 20,
  quarter: 25,
  third: 100 / 3,
  half: 50,
};

/**
 * A fraction in words as a percentage: "a fifth" 20, "an eighth" 12.5, "two-fifths" 40, "three quarters" 75.
 * @example fractionValue('two-fifths') // 40
 */
export function fractionValue(words: string): number {
  const [n, part] = words.toLowerCase().split(/[- ]/);
  const count: Record<string, number> = { two: 2, three: 3, four: 4 };
  return (count[n] ?? 1) * FRACTION_WORDS[part.replace(/s$/, '')];
}

/** A fraction in words after a move ("rose by about a fifth", "lost two-fifths"); its group 1 is the fraction. */
export const FRACTION = new RegExp(
  `\\b(?:rose|risen|gained|fallen|fell|lost|dropped|jumped|surged|rallied|climbed|soared|returned|added|advanced|declined|slid|slumped|tumbled|shed|up|down|by)\\s+${HEDGE}((?:an?|one|two|three|four)[- ](?:${Object.keys(FRACTION_WORDS).join('|')})s?)\\b`,
  'gi',
);

/**
 * Fractions of a point or a per cent in words: "half a point", "a quarter of a percentage point", "a
 * half-point", "half a percent", "a third of a percentage point", "two-thirds of a point"; "a point" after a
 * hedge, "by" or "of" (not the idiom "up to a point").
 */
const POINT_FRACTIONS: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  'three-quarters': 0.75,
  third: 1 / 3,
  'one-third': 1 / 3,
  'two-thirds': 2 / 3,
  tenth: 0.1,
};
const POINT_UNIT = '((?:percentage[- ])?point|per\\s?cent|percent)';
const POINT_WORDS = new RegExp(
  `\\b(?:(half|a\\s+quarter|three[- ]quarters|a\\s+third|one[- ]third|two[- ]thirds|a\\s+tenth)\\s+(?:of\\s+)?an?\\s+${POINT_UNIT}|an?\\s+(half|quarter)[- ]${POINT_UNIT}|(?<=\\b(?:${HEDGE_WORDS}|by|of)\\s+)(?<!\\bup\\s+to\\s+)a\\s+(?:full\\s+)?${POINT_UNIT})\\b(?!\\s+of\\s+(?:view|contention|pride|reference|entry|departure))`,
  'gi',
);

/** A whole number and a fraction: "seven and a quarter per cent", "2 and a half percentage points". */
const WHOLE_AND = new RegExp(
  `\\b(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+and\\s+(?:an?\\s+)?(half|quarter|three[- ]quarters)\\s+(?:of\\s+an?\\s+)?(?:per\\s?cent|percent|(percentage[- ]points?|points?))\\b`,
  'gi',
);

/**
 * Fractions of a point or a per cent in words, not yet `taken` by another reading: "half a point" 0.5 pp,
 * "down about half a percent" −0.5% (its sign is the verb's), "a gap of more than a point" 1 pp.
 * @example findPointWords('down about half a percent', () => false)[0].value // 0.5
 */
export function findPointWords(text: string, taken: (s: number, e: number) => boolean): Quantity[] {
  const out: Quantity[] = [];
  // "seven and a quarter per cent": 7.25%, to the nearest quarter (not "a quarter per cent" alone).
  for (const m of text.matchAll(WHOLE_AND)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const whole = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const pct = !m[3];
    const value = whole + POINT_FRACTIONS[m[2].toLowerCase().replace(/\s+/, '-')];
    const unit = pct ? 'percent' : 'pp';
    const [start, end] = [m.index, m.index + m[0].length];
    out.push({
      start,
      end,
      value,
      unit,
      written: m[0],
      decimals: 2,
      halfUnit: 0.125,
      negative: false,
      unitWords: pct ? 'percent' : 'point',
      fraction: true,
    });
  }
  const inWhole = (s: number) => out.some((q) => s >= q.start && s < q.end);
  for (const m of text.matchAll(POINT_WORDS)) {
    if (taken(m.index, m.index + m[0].length) || inWhole(m.index)) continue;
    // "a gap of more than a point": one point, to the nearest point; "down about half a percent": 0.5%.
    const whole = m[5] !== undefined;
    const w = whole ? '' : (m[1] ?? m[3]).toLowerCase().replace(/^a\s+/, '').replace(/\s+/, '-');
    const pct = /cent$/i.test(m[2] ?? m[4] ?? m[5]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: whole ? 1 : POINT_FRACTIONS[w],
      unit: pct ? 'percent' : 'pp',
      written: m[0],
      decimals: 2,
      // Written to the nearest quarter point: "half a point" covers 0.375–0.625 pp; thirds and tenths to their own.
      halfUnit: whole ? 0.5 : /third/.test(w) ? 1 / 6 : w === 'tenth' ? 0.05 : 0.125,
      negative: false,
      unitWords: pct ? 'percent' : 'point',
      fraction: true,
    });
  }
  return out;
}
