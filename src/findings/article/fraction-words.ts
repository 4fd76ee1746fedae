/**
 * Fractions in words after a move ("risen by about a fifth", "lost almost two-fifths of its value"), as
 * percentages (./numbers.ts reads them; ./verbs.ts knows their words). Moved from ./number-words.ts.
 */

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
  `\\b(?:rose|risen|gained|fallen|fell|lost|dropped|jumped|surged|rallied|climbed|soared|returned|added|advanced|declined|slid|slumped|tumbled|shed|up|down|by)\\s+(?:(?:about|nearly|almost|roughly|around|more\\s+than|some|over|just\\s+over|just\\s+under)\\s+)?((?:an?|one|two|three|four)[- ](?:${Object.keys(FRACTION_WORDS).join('|')})s?)\\b`,
  'gi',
);
