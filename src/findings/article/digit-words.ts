/**
 * A move's size told by its count of digits: "a double-digit gain" (10% or more, under 100%), "single-digit
 * losses" (under 10%), "rose by double digits", "up double digits": a range of per cents, its words kept as
 * written (./numbers.ts reads them; the verdict says "double-digit (10% to 100%)"). Only before a move noun,
 * or after a move verb or "up"/"down": "double-digit inflation" or "triple-digit points" is no return.
 */
import type { Quantity } from './numbers.ts';

/** The per cents each count of digits spans: [lowest, highest) of the move's size. */
const DIGITS: Record<string, [number, number]> = { single: [0, 10], double: [10, 100], triple: [100, 1000] };

const NOUNS =
  '(?:gains?|loss(?:es)?|returns?|rall(?:y|ies)|declines?|drops?|advances?|rises?|falls?|jumps?|increases?|slides?|slumps?|surges?|moves?|drawdowns?|outperformance|underperformance)';
const VERBS =
  '(?:rose|risen|rising|gained|gaining|fell|fallen|falling|lost|losing|dropped|dropping|jumped|surged|rallied|climbed|soared|advanced|declined|slid|slumped|tumbled|returned|up|down)';

/**
 * "a double-digit (percentage) gain" | "rose (by) double digits" | "has risen by a double-digit percentage":
 * group 1, 2 or 3 is the count's word.
 */
const DIGIT_COUNT = new RegExp(
  `\\b(single|double|triple)[- ]digit\\s+(?:percentage\\s+|percent\\s+|per\\s?cent\\s+)?(?:(?:daily|weekly|monthly|quarterly|annual|yearly|one-day|two-day|post-election)\\s+)?(?=${NOUNS}\\b)|\\b${VERBS}\\s+(?:by\\s+)?(?:(?:low|high|mid)[- ])?(single|double|triple)[- ]digits\\b(?!\\s+(?:points|pts)\\b)|\\b${VERBS}\\s+(?:by\\s+)?an?\\s+(single|double|triple)[- ]digit\\s+(?:percentage|percent|per\\s?cent)(?!\\s+points?\\b)`,
  'gi',
);

/**
 * Every move sized by its digits in `text` (not overlapping a number `taken` already holds).
 * @example findDigitCounts('Small caps posted a double-digit gain', () => false)[0] // { value: 10, high: 100 … }
 */
export function findDigitCounts(text: string, taken: (start: number, end: number) => boolean): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(DIGIT_COUNT)) {
    const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    // The count's own words: "double-digit" (not "percentage" or "monthly" after it), "double digits".
    const from = m[0].toLowerCase().lastIndexOf(word);
    const inner = /^\S+?[- ]digits?/i.exec(m[0].slice(from))?.[0] ?? m[0];
    const start = m.index + from;
    if (taken(start, start + inner.length)) continue;
    const [lo, hi] = DIGITS[word];
    out.push({
      start,
      end: start + inner.length,
      value: lo,
      high: hi,
      unit: 'percent',
      written: inner,
      decimals: 0,
      // A writer calls 9.96% "10%", hence double digits: the range starts half a unit of the first decimal lower.
      halfUnit: 0.05,
      negative: false,
      unitWords: '',
      digits: true,
    });
  }
  return out;
}
