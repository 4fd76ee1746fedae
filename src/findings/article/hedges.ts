/**
 * The words a writer puts before a number ("about 3%", "more than $1bn", "just over 5 points", "~970bps",
 * "only 0.4 points"), as regex sources that every rule of the reader shares instead of listing its own. They are
 * built from ./comparators.ts's lists, the approximate words (APPROX_TOLERANCES) and the bound words
 * (BOUND_WORDS), plus the fillers "just" and "only", which set no interval. A rule skips these words to find the
 * number; what they mean is read once, by `comparatorWordsBefore`.
 */
import { APPROX_TOLERANCES, BOUND_WORDS } from './comparators.ts';

/** Words before a number that set no comparator: "just 2%", "only 0.5 points". */
export const FILLERS: readonly string[] = ['just', 'only'];

/**
 * Bound words that also read as prepositions of place ("over the week", "fell below 4,000", "up to a point",
 * "within a day", "north of 4,000"); an entry ending in one ("just over", "well over") counts as one.
 */
export const PREPOSITIONS: readonly string[] = [
  'over',
  'under',
  'above',
  'below',
  'within',
  'up to',
  'north of',
  'south of',
];

const COMPARATORS = [...Object.keys(APPROX_TOLERANCES), ...Object.keys(BOUND_WORDS)];
const placeLike = (w: string): boolean => PREPOSITIONS.some((p) => w === p || w.endsWith(` ${p}`));

/** Words, longest first, as one regex alternation (a space between words as `\s+`); '~' is left out. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .filter((w) => w !== '~')
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`))
    .join('|');
}

/** The comparator words (approximate and bound) as an alternation, for a rule that captures them. */
export const COMPARATOR_WORDS = alternation(COMPARATORS);

/** The bound words alone (BOUND_WORDS) as an alternation: a threshold, not a value ("by more than 2 points"). */
export const THRESHOLD_WORDS = alternation(Object.keys(BOUND_WORDS));

/** Every hedge word as an alternation: the comparator words and the fillers (no "~"). */
export const HEDGE_WORDS = alternation([...COMPARATORS, ...FILLERS]);

/** The hedge words but those that read as prepositions of place (PREPOSITIONS), as an alternation (no "~"). */
export const NARROW_WORDS = alternation([...COMPARATORS, ...FILLERS].filter((w) => !placeLike(w)));

/**
 * An optional hedge before a number: one entry of the comparator lists or a filler ("about", "just over",
 * "more than", "in the region of", "up to", "only"), then whitespace; or a "~", written against the number
 * or not. A regex source, to write inside a `new RegExp` pattern.
 * @example new RegExp(String.raw`\bby\s+${HEDGE}\d`, 'i').test('beat it by just over 5 points') // true
 */
export const HEDGE = String.raw`(?:(?:${HEDGE_WORDS})\s+|~\s*)?`;

/**
 * HEDGE without the words that read as prepositions of place (PREPOSITIONS), for a rule where "over",
 * "below" or "up to" before a number could be a level or a place ("drove the index down below 4,000").
 * @example new RegExp(`^${NARROW_HEDGE}\\d`, 'i').test('more than 5%') // true (and false for 'below 4,000')
 */
export const NARROW_HEDGE = String.raw`(?:(?:${NARROW_WORDS})\s+|~\s*)?`;

const LOWER_BOUNDS = [
  ...Object.keys(BOUND_WORDS).filter((w) => BOUND_WORDS[w] === 'gt' || BOUND_WORDS[w] === 'gte'),
  ...Object.keys(APPROX_TOLERANCES).filter((w) => APPROX_TOLERANCES[w] === 'above'),
];

/**
 * The words that qualify a look-back's length ("its best day in more than four years", "in roughly a decade"),
 * as an alternation: the approximate words and the lower bounds. An upper bound ("in under a decade") or a
 * filler ("in just ten years") says something else there.
 */
export const LOOKBACK_WORDS = alternation([...Object.keys(APPROX_TOLERANCES), ...LOWER_BOUNDS]);

/** A look-back before a high or a low: "52-week", "three-year", "multi-year" (./level-claim.ts). */
export const LOOKBACK_SPAN = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|multi)-(?:week|month|year)`;

/** The lower bounds among them ("more than", "at least", "just over"): a record that reaches back further still. */
export const LOWER_BOUND_WORDS = alternation(LOWER_BOUNDS);

/**
 * An optional comparator before a number whose words a rule keeps: one capturing group holding them
 * ("about", "just over"; never a filler, so every capture is a key of ./comparators.ts's lists).
 * @example new RegExp(`^${HEDGE_CAPTURED}half`, 'i').exec('roughly half')?.[1] // 'roughly'
 */
export const HEDGE_CAPTURED = String.raw`(?:(${COMPARATOR_WORDS})\s+)?`;
