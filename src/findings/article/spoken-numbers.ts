/**
 * Numbers as broadcast copy and spoken quotes write them: "five point seven percent" (5.7), "one point two
 * percentage points", "one and a half percent" and "a percent and a half" (1.5, to the nearest half),
 * "three-tenths of a percent" (0.3), "a tenth of a percentage point", "sixty-six points" (an index's move
 * after its verb, as in figures), "twenty-five percent", and "by (more than) a point" (1 pp, only after "by":
 * elsewhere "a point" is an idiom, "at one point"). ./numbers.ts reads them before the plain "seven percent"
 * inside them, and asks `pointsInWords` whether "two points" is a number ("about two points", "That nine-point
 * gap") or an idiom.
 */

import { HEDGE, HEDGE_WORDS } from './hedges.ts';
import { indexMove, NUMBER_WORDS, pctUnit } from './number-words.ts';
import type { Quantity } from './numbers.ts';
import { MOVED_BEFORE } from './verb-words-moves.ts';

/** The words of one digit (1-9, from NUMBER_WORDS), and "zero" / "oh" for 0: the digits after "point". */
const ONES: Record<string, number> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, v]) => v <= 9),
);
const DIGIT_WORDS: Record<string, number> = { zero: 0, oh: 0, ...ONES };
const WHOLE = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')}|zero)`;
const DIGIT = `(?:${Object.keys(DIGIT_WORDS).join('|')})`;
const UNIT = '(%|\\s+per\\s?cent\\b|\\s+percent\\b|\\s+percentage\\s+points?\\b|\\s+points?\\b)';
/** "five point seven percent", "one point two five percentage points", "five-point-eight percent". */
const POINT_DECIMAL = new RegExp(
  `\\b${WHOLE}[\\s-]+point[\\s-]+(${DIGIT}(?:[\\s-]+${DIGIT}){0,2})${UNIT}`,
  'gi',
);
/** "one and a half percent", "a percent and a half", "two and a half percentage points". */
const AND_A_HALF = new RegExp(
  `\\b(?:${WHOLE}\\s+and\\s+a\\s+half${UNIT}|(a|one|${Object.keys(NUMBER_WORDS).join('|')})${UNIT}\\s+and\\s+a\\s+half)\\b`,
  'gi',
);
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "sixty-six points", "twenty-five percent", "forty points": a two-digit number in words. */
const TENS_WORDS = new RegExp(
  `\\b(${Object.keys(TENS).join('|')})(?:[\\s-](${Object.keys(ONES).join('|')}))?${UNIT}`,
  'gi',
);
const TENTHS: Record<string, number> = { a: 1, ...ONES };
/** "three-tenths of a percent", "a tenth of a percentage point". */
const TENTHS_OF =
  /\b(a|one|two|three|four|five|six|seven|eight|nine)[- ]tenths?\s+of\s+(?:a|one)\s+(per\s?cent|percent|percentage\s+point|point)\b/gi;
/**
 * "beat … by more than a point": one percentage point, after "by" only ("by a fraction of a point" is
 * ./fraction-words.ts's, which keeps the words whole).
 */
const BY_A_POINT = new RegExp(
  String.raw`\bby\s+(?!a\s+fraction\s+of\b)${HEDGE}((?:a|one)\s+(?:full\s+)?(?:percentage\s+)?point)\b(?!\s+(?:of|and)\b)`,
  'gi',
);

const whole = (w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? 0));

/**
 * The spoken numbers of a sentence that `taken` does not already cover.
 * @example findSpoken('the Russell 2000 off five point seven percent', () => false)[0].value // 5.7
 */
export function findSpoken(text: string, taken: (s: number, e: number) => boolean): Quantity[] {
  const out: Quantity[] = [];
  const add = (
    start: number,
    end: number,
    value: number,
    decimals: number,
    halfUnit: number,
    unitWords: string,
  ) => {
    if (taken(start, end) || out.some((q) => start < q.end && end > q.start)) return;
    const u = pctUnit(unitWords);
    out.push({
      start,
      end,
      value: Number((value * u.factor).toPrecision(12)),
      unit: u.unit,
      written: text.slice(start, end),
      decimals,
      halfUnit,
      negative: false,
      unitWords: unitWords.trim(),
    });
  };
  for (const m of text.matchAll(POINT_DECIMAL)) {
    const ds = m[2].toLowerCase().split(/[\s-]+/);
    const frac = ds.reduce((a, d, i) => a + DIGIT_WORDS[d] * 10 ** -(i + 1), 0);
    add(m.index, m.index + m[0].length, whole(m[1]) + frac, ds.length, 0.5 * 10 ** -ds.length, m[3]);
  }
  for (const m of text.matchAll(AND_A_HALF)) {
    const n = m[1] ? whole(m[1]) : /^(a|one)$/i.test(m[3]) ? 1 : whole(m[3]);
    // Spoken to the nearest half: "one and a half percent" covers 1.25–1.75.
    add(m.index, m.index + m[0].length, n + 0.5, 1, 0.25, m[2] ?? m[4]);
  }
  for (const m of text.matchAll(TENS_WORDS)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const value = TENS[m[1].toLowerCase()] + (m[2] ? ONES[m[2].toLowerCase()] : 0);
    const points = /points?$/i.test(m[3]) && !/percentage/i.test(m[3]);
    if (points && !pointsInWords(text, start, end, m[3])) continue;
    // "The Russell gained sixty-six points": an index's move (./number-words.ts `indexMove`), as in figures.
    if (points && indexMove(text, end, value) && !taken(start, end)) {
      out.push({
        start,
        end,
        value,
        unit: 'points',
        written: m[0],
        decimals: 0,
        halfUnit: 0.5,
        negative: false,
        unitWords: 'points',
      });
      continue;
    }
    add(start, end, value, 0, 0.5, m[3]);
  }
  for (const m of text.matchAll(TENTHS_OF))
    add(m.index, m.index + m[0].length, TENTHS[m[1].toLowerCase()] / 10, 1, 0.05, ` ${m[2]}`);
  for (const m of text.matchAll(BY_A_POINT)) {
    const start = m.index + m[0].length - m[1].length;
    add(start, m.index + m[0].length, 1, 0, 0.5, /percentage/i.test(m[1]) ? ' percentage points' : ' points');
  }
  return out;
}

/** A gap's noun after "nine-point": "gap", "lead", "margin", "spread", "swing", "deficit", "difference". */
const POINT_NOUN =
  /^\s+(?:gap|lead|margin|spread|swing|deficit|shortfall|difference|advantage|outperformance|underperformance)\b/i;
/** A move's verb right before: "gained sixty-six points", "fell twelve points" (broadcast copy). */
const MOVED = new RegExp(String.raw`\b${MOVED_BEFORE}\s+$`, 'i');
/** A hedge right before a number: "about two points" is a number, "at one point" an idiom. */
const HEDGED = new RegExp(String.raw`\b(?:${HEDGE_WORDS})\s+$`, 'i');

/**
 * Whether a number word before "points" (from `start` to `end`, its unit words `unit`) is a number: after
 * "by" ("by two points") or a gap's "of" ("a gap of six points"), after a hedge ("the gap, about two points,
 * …") or a move's verb ("gained twelve points"), or joined to "point" before a gap's noun ("That nine-point
 * gap"); else an idiom ("at one point").
 * @example pointsInWords('That nine-point gap was the widest', 5, 15, '-point') // true
 */
export function pointsInWords(text: string, start: number, end: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (
    /\b(?:by|(?:gap|lead|margin|spread|difference|swing)\s+of)\s+(?:[\w-]+\s+){0,2}$/i.test(before) ||
    HEDGED.test(before) ||
    MOVED.test(before)
  )
    return true;
  return /^-point$/i.test(unit) && POINT_NOUN.test(text.slice(end));
}
