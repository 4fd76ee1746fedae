/**
 * Numbers as newsrooms write them: "7.2 per cent", "7.2%", "7.2 percent", "1.5 percentage points",
 * "1.5pp", "150 basis points", "$6.5bn", "$6.5 billion", "$6,500m", "£2bn", "€1.2 billion", "six per cent",
 * ranges "between 3 and 4 per cent", "3-4%", "3 to 4 per cent". Every value keeps its span, the digits
 * as written and its precision (half a unit of the last written digit, in the value's unit).
 * In words: "half a point" 0.5 pp, "a quarter point" 0.25 pp, "two-fifths" 40% (./fraction-words.ts).
 * Multiples in words: "doubled" +100%, "tripled" +200%, "halved" −50%, "sixfold" +500% (approximate, like
 * fractions); "was flat", "ended unchanged": 0 within ±0.25 percentage points (half unit 0.25).
 * Units: percent ("per cent", "percent", "%"), pp ("percentage points", "pp", "points"; basis points are
 * read as pp / 100), money in units of the currency (bn = 1e9, m = 1e6, tn = 1e12).
 * The words and patterns: ./number-words.ts; amounts of money: ./amounts.ts.
 */

import type { ClaimUnit } from '../claim.ts';
import type { TextSpan } from '../claim-read.ts';
import { findAmounts } from './amounts.ts';
import { ownBpMove } from './bp-move.ts';
import { findDigitCounts } from './digit-words.ts';
import { elidedUnits, gappedLegs, signedPoints } from './elided-units.ts';
import { foldPercent } from './fold-words.ts';
import { FRACTION, findPointWords, fractionValue } from './fraction-words.ts';
import {
  accounting,
  digits,
  exact,
  indexMove,
  isMinus,
  MULTIPLE,
  MULTIPLE_WORDS,
  NUM,
  PCT_UNIT,
  pctUnit,
  roundStep,
  SIGN,
  vulgarHalfStep,
} from './number-words.ts';
import { scoreBefore } from './score-legs.ts';
import { findSpoken, pointsInWords } from './spoken-numbers.ts';

/** A number found in a sentence. */
export interface Quantity extends TextSpan {
  /** Signed value in `unit` (6.5e9 for "$6.5bn", 1.5 for "150 basis points" read as pp). */
  value: number;
  /** For a range, the upper end (value is the lower). */
  high?: number;
  /**
   * 'level': a close ("closed at 2,442.03", "a record close of $242"; ./level-claim.ts); 'ratio': a multiple
   * of another return ("twice as much as"; ./ratio-claim.ts); 'points': an index's move ("rose 300 points",
   * "gained 10.29 points, or 0.6 percent"; ./points-claim.ts).
   */
  unit: 'percent' | 'pp' | 'money' | 'level' | 'ratio' | 'points';
  /** 'USD' | 'GBP' | 'EUR' for money; undefined when no currency is written. */
  currency?: 'USD' | 'GBP' | 'EUR';
  /** The digits as written, without separators ('6.5', '6500'). */
  written: string;
  decimals: number;
  /** Half a unit of the last written digit, in `unit` ("$6.5bn" → 0.05e9; "150bp" → 0.005). */
  halfUnit: number;
  /** True when a minus sign or "minus" was written. */
  negative: boolean;
  /** The unit words as written ('per cent', 'bn', 'basis points'). */
  unitWords: string;
  /** A fraction in words ("risen by a fifth" = 20 per cent): approximate by nature. */
  fraction?: boolean;
  /** A size told by its digits ("a double-digit gain", ./digit-words.ts): from `value` up to, not including, `high`. */
  digits?: boolean;
  /** A close the move started from ("up from 1,191.39 at the end of October"; ./level-claim.ts). */
  earlier?: boolean;
}

const PCT = new RegExp(`${SIGN}\\b${NUM}${PCT_UNIT}`, 'gi');

// "3-4%", "3 - 4%", "3 to 4 per cent"; not "S&P 500 -0.1%" (a space before the hyphen and none after: a sign).
const RANGE = new RegExp(
  `(?:\\bbetween\\s+${NUM}(?:%|\\s?per\\s?cent|\\s?percent)?\\s+and\\s+|\\b${NUM}(?:%|\\s?per\\s?cent)?(?:\\s?to\\s?|[-\u2013]|\\s[-\u2013]\\s))${NUM}${PCT_UNIT}`,
  'gi',
);

/**
 * Every percentage, point difference and amount of money in a sentence, in order, ranges as one.
 * @example findQuantities('rose 7.2 per cent, and $6.5bn flowed in') // [{ value: 7.2, unit: 'percent' }, { value: 6.5e9 … }]
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const taken = (s: number, e: number) => out.some((q) => s < q.end && e > q.start);
  for (const m of text.matchAll(RANGE)) {
    const a = digits(m[1] ?? m[2]);
    const b = digits(m[3]);
    const u = pctUnit(m[4]);
    // "gained 1.9 per cent to 1,883.55 points": a per cent and then a level in index points, not a range.
    if (/^[\s-]?points?$/i.test(m[4]) && /%|per\s?cent|percent/i.test(m[0].slice(0, m[0].indexOf(m[3]))))
      continue;
    // "beat IJR by 0.9 points, 11.0% to 10.1%", "trailed IWM 10.1% to 11.0%": a score's legs, not a range.
    if (b.value < a.value || scoreBefore(text, m.index)) continue;
    const dec = Math.max(a.decimals, b.decimals);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: exact(a.value * u.factor),
      high: exact(b.value * u.factor),
      unit: u.unit,
      written: `${a.written}-${b.written}`,
      decimals: dec,
      halfUnit: exact(0.5 * 10 ** -dec * u.factor),
      negative: false,
      unitWords: m[4].trim(),
    });
  }
  out.push(...findAmounts(text, taken));
  out.push(...findSpoken(text, taken));
  for (const m of text.matchAll(PCT)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const d = digits(m[2]);
    const u = pctUnit(m[3]);
    // "points" after a large number is an index's move, not a percentage ("rose 300 points"), as is one a per
    // cent restates. A number word before "points" is an idiom ("at one point") unless its words make it one.
    const points = /^[\s-]?(?:points?|pts?)$/i.test(m[3]);
    if (points && /^[a-z]/i.test(m[2]) && !pointsInWords(text, m.index, m.index + m[0].length, m[3]))
      continue;
    const move = points && indexMove(text, m.index + m[0].length, d.value);
    const negative = isMinus(m[1]) || accounting(text, m.index, m.index + m[0].length);
    const own = ownBpMove(text, m.index, m.index + m[0].length, !!m[1], m[3]); // "RTY +352bp": a return
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: (negative ? -1 : 1) * (move ? d.value : exact(d.value * u.factor)),
      unit: move ? 'points' : own ? 'percent' : u.unit,
      written: d.written,
      decimals: d.decimals,
      halfUnit: exact((vulgarHalfStep(m[2]) ?? roundStep(d, m[3])) * (move ? 1 : u.factor)),
      negative,
      unitWords: m[3].replace(/^[\s-]+/, ''),
    });
  }
  out.push(...findPointWords(text, taken));
  out.push(...findDigitCounts(text, taken));
  for (const m of text.matchAll(FRACTION)) {
    const start = m.index + m[0].length - m[1].length;
    if (taken(start, start + m[1].length)) continue;
    out.push({
      start,
      end: start + m[1].length,
      value: fractionValue(m[1]), // "a fifth": 20; "two-fifths": 40
      unit: 'percent',
      written: m[1],
      decimals: 0,
      halfUnit: 0.5,
      negative: false,
      unitWords: '',
      fraction: true,
    });
  }
  for (const m of text.matchAll(MULTIPLE)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const word = m[1] ?? m[2] ?? m[3];
    const w = word.toLowerCase();
    const times = MULTIPLE_WORDS[w] ?? foldPercent(w); // "doubled", "sixfold"
    const flat = times === undefined;
    const value = times ?? 0;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: 'percent',
      written: word,
      decimals: 0,
      // "flat": a move a writer rounds to nothing, within a quarter of a per cent either way; "back where they
      // were before the election", within a per cent.
      halfUnit: /^back\b/i.test(word) ? 1 : flat ? 0.25 : 0.5,
      negative: value < 0,
      unitWords: '',
      ...(flat ? {} : { fraction: true }),
    });
  }
  out.push(...elidedUnits(text, out), ...signedPoints(text, out), ...gappedLegs(text, out));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The ClaimUnit of a quantity: percent, pp, the currency's code in lower case (USD when unwritten), or a
 * level's: index points, or a fund's price in dollars.
 */
export function claimUnitOf(q: Quantity): ClaimUnit {
  if (q.unit === 'level') return q.currency ? 'usd' : 'index-points';
  if (q.unit === 'ratio') return 'multiple';
  if (q.unit === 'points') return 'index-points';
  if (q.unit !== 'money') return q.unit;
  return q.currency === 'GBP' ? 'gbp' : q.currency === 'EUR' ? 'eur' : 'usd';
}
