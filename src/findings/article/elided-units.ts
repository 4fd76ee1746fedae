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
 * Each match of `re` whose last group (the bare number) no quantity of `found` covers, with its span and the
 * last quantity before the match that `ok` accepts (whose unit it takes); matches with none are skipped.
 */
function* bare(text: string, re: RegExp, found: readonly Quantity[], ok: (q: Quantity) => boolean) {
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (found.some((q) => start < q.end && end > q.start)) continue;
    const before = found.filter((q) => q.end <= m.index && ok(q)).pop();
    if (before) yield { m, start, end, before };
  }
}

/**
 * The bare numbers of `text` after "by" that take the unit of the quantity stated before them.
 * @example elidedUnits('beat IJT by 4.8 points and the market by more than 12.', [q48]) // [{ value: 12, unit: 'pp' }]
 */
export function elidedUnits(text: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const { m, start, end, before } of bare(
    text,
    BARE_BY,
    found,
    (q) => q.unit === 'pp' || q.unit === 'percent',
  )) {
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

const ONE = '(?:zero|one|two|three|four|five|six|seven|eight|nine)';
/** A gapped leg after a comma, its unit left to the one before: ", the S&P 500 1.4.", "…, the S&P 500 one point four." */
const GAPPED = new RegExp(
  `,\\s+(?:and\\s+)?(?:the\\s+)?(?:[A-Z0-9][\\w&.'-]*\\s+){1,3}?(\\d{1,2}\\.\\d{1,2}|${ONE}\\s+point\\s+${ONE})(?=\\s*(?:[,;.)]|$|\\s+and\\b))`,
  'g',
);
const DIGIT: Record<string, number> = { zero: 0, ...NUMBER_WORDS };

/**
 * The gapped legs of `text` that take the per cent stated before them: "The Russell 2000 gained 3.5% today,
 * the S&P 500 1.4." (spoken: "three and a half percent …, the S&P 500 one point four").
 * @example gappedLegs('The Russell 2000 gained 3.5% today, the S&P 500 1.4.', [q35]) // [{ value: 1.4, unit: 'percent' }]
 */
export function gappedLegs(text: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const { m, start, end } of bare(text, GAPPED, found, (q) => q.unit === 'percent')) {
    const spoken = /^(\w+)\s+point\s+(\w+)$/i.exec(m[1]);
    const { value, written, decimals } = spoken
      ? {
          value: DIGIT[spoken[1].toLowerCase()] + DIGIT[spoken[2].toLowerCase()] / 10,
          written: m[1],
          decimals: 1,
        }
      : digits(m[1]);
    const halfUnit = 0.5 * 10 ** -decimals;
    out.push({
      start,
      end,
      value,
      unit: 'percent',
      written,
      decimals,
      halfUnit,
      negative: false,
      unitWords: '%',
    });
  }
  return out;
}

/** "+132.08, +5.84%", "-12.3 (-0.5%)": a signed number written just before a per cent of the same sign. */
const SIGNED_BESIDE_PCT =
  /(?<![\w.,$£€])([+\-−])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?=(?:,\s*|\s*\(\s*|\s+)([+\-−])\d[\d.]*\s?%)/g;

/**
 * A quote box's move in points beside its per cent: "The Russell 2000 (+132.08, +5.84%)", "Russell 2000:
 * 2,392.92, +132.08 (+5.84%)". The index points are the unit a market table leaves out (./points-claim.ts
 * checks the move); the signs must agree, as the per cent restates the points.
 * @example signedPoints('Russell 2000 (+132.08, +5.84%)', [q584]) // [{ value: 132.08, unit: 'points' }]
 */
export function signedPoints(text: string, found: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(SIGNED_BESIDE_PCT)) {
    const start = m.index;
    const end = start + m[0].length;
    const minus = m[1] !== '+';
    if (minus !== (m[3] !== '+') || found.some((q) => start < q.end && end > q.start)) continue;
    const { value, written, decimals } = digits(m[2]);
    out.push({
      start,
      end,
      value: minus ? -value : value,
      unit: 'points',
      written,
      decimals,
      halfUnit: 0.5 * 10 ** -decimals,
      negative: minus,
      unitWords: 'points',
    });
  }
  return out;
}
