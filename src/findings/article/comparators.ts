/**
 * Comparator words before a number ("more than 3 per cent", "by about 4 per cent", "nearly $6bn") and
 * the interval each makes of the stated value. Intervals are on the magnitude as written; `signed` flips
 * them for a negative sign from the verb ("trailed by more than 4 per cent": v < −4).
 *
 * Tolerances of approximate words (APPROX_TOLERANCES), with t = max(10% of |stated|, half a unit of the
 * last written digit):
 *   about, around, roughly, approximately, some, an estimated, circa, close to   [s − t, s + t]
 *   in the region of, of/on the order of, a trader's "~", a post's "like"      [s − t, s + t]
 *   nearly, almost, just under, just shy of                                     [s − t, s + half unit]
 *   just over, just above, a little more than                                   (s, s + t]
 * Why 10%: a writer rounding to one significant figure ("about $6bn") covers ±8.3% in mid-range, and the
 * word signals a little more looseness; 10% keeps "about 7 per cent" from covering 6.2 (which a writer
 * would call "about 6"). The half-unit floor makes "about 7.2" at least as loose as a bare "7.2".
 */
import type { Comparator } from '../claim-read.ts';

/** Relative tolerance of approximate words: a fraction of the stated value's magnitude. */
export const APPROX_RELATIVE = 0.1;

/** The approximate words and which side of the stated value they allow (see the file comment). */
export const APPROX_TOLERANCES: Record<string, 'both' | 'below' | 'above'> = {
  about: 'both',
  around: 'both',
  roughly: 'both',
  approximately: 'both',
  some: 'both',
  'an estimated': 'both',
  circa: 'both',
  'in the region of': 'both',
  'of the order of': 'both',
  'on the order of': 'both',
  'close to': 'below',
  nearly: 'below',
  almost: 'below',
  'just under': 'below',
  'just shy of': 'below',
  'just over': 'above',
  'just above': 'above',
  'a little more than': 'above',
  'slightly more than': 'above',
  '~': 'both',
  // Speech and forum posts: "still like 2% off its high".
  like: 'both',
};

/** Bound words: comparator kinds for words that set a bound. */
export const BOUND_WORDS: Record<string, Comparator['kind']> = {
  'more than': 'gt',
  over: 'gt',
  // A verb that says it passed the number: "inflows topped $4bn", "the index surpassed 2,400".
  topped: 'gt',
  exceeded: 'gt',
  surpassed: 'gt',
  eclipsed: 'gt',
  crossed: 'gt',
  breached: 'gt',
  // "after crossing 6,000 for the first time": the same verbs as gerunds.
  topping: 'gt',
  exceeding: 'gt',
  surpassing: 'gt',
  eclipsing: 'gt',
  crossing: 'gt',
  breaching: 'gt',
  above: 'gt',
  'in excess of': 'gt',
  'upwards of': 'gt',
  'north of': 'gt',
  'south of': 'lt',
  'well over': 'gt',
  'at least': 'gte',
  'no less than': 'gte',
  'less than': 'lt',
  under: 'lt',
  below: 'lt',
  'fewer than': 'lt',
  // "trailing the S&P 500 by a fraction of a point", "a fraction of 1%": less than the unit named.
  'a fraction of': 'lt',
  'up to': 'lte',
  within: 'lte',
  'at most': 'lte',
  'no more than': 'lte',
};

const WORDS = [...Object.keys(APPROX_TOLERANCES), ...Object.keys(BOUND_WORDS)].sort(
  (a, b) => b.length - a.length,
);
// "~970bps", "~ 3%": a trader's "about", written against the number.
const BEFORE = new RegExp(
  `(?:^|[\\s(,])(${WORDS.filter((w) => w !== '~').join('|')})\\s+(?:of\\s+)?$|(~)\\s*$`,
  'i',
);

/**
 * The comparator words written just before offset `at` of `text` (the number's start), or null.
 * @example comparatorWordsBefore('rose by more than 3 per cent', 12) // { words: 'more than', start: 8 }
 */
export function comparatorWordsBefore(text: string, at: number): { words: string; start: number } | null {
  const m = BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!m) return null;
  const w = m[1] ?? m[2];
  return { words: w.toLowerCase().replace(/\s+/g, ' '), start: at - m[0].length + m[0].indexOf(w) };
}

/** Rounds away binary noise (8.6 − 0.05 = 8.549999…) so bounds print as written. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The comparator of a stated magnitude `s` written with half-unit `half`, and optional range end `high`.
 * @example comparatorFor(7.2, 0.05) // { kind: 'eq', lo: 7.15, hi: 7.25 }
 * @example comparatorFor(3, 0.5, 'more than') // { kind: 'gt', lo: 3, words: 'more than' }
 */
export function comparatorFor(s: number, half: number, words?: string, high?: number): Comparator {
  if (high !== undefined)
    return { kind: 'range', lo: clean(s - half), hi: clean(high + half), ...(words ? { words } : {}) };
  if (!words) return { kind: 'eq', lo: clean(s - half), hi: clean(s + half) };
  // "within 0.3% of its record": a distance either way no larger than that, never any value on one side of it.
  if (words === 'within') return { kind: 'range', lo: clean(-Math.abs(s)), hi: Math.abs(s), words };
  const bound = BOUND_WORDS[words];
  if (bound === 'gt' || bound === 'gte') return { kind: bound, lo: s, words };
  if (bound === 'lt' || bound === 'lte') return { kind: bound, hi: s, words };
  const side = APPROX_TOLERANCES[words];
  if (!side) throw new Error(`unknown comparator words: ${JSON.stringify(words)}`);
  const t = Math.max(APPROX_RELATIVE * Math.abs(s), half);
  const lo = side === 'above' ? s : s - t;
  const hi = side === 'below' ? s + half : s + t;
  return { kind: 'approx', lo: clean(lo), hi: clean(hi), words };
}

/**
 * A bound below a magnitude that a verb gives its direction ("rose less than 1%", "trailed by a fraction of a
 * point"): the move still went that way, so the value lies between zero and the bound, not anywhere below it.
 * @example directed({ kind: 'lt', hi: 1, words: 'less than' }) // { kind: 'range', lo: 0, hi: 1, words: 'less than' }
 */
export function directed(c: Comparator): Comparator {
  return c.kind === 'lt' && c.hi !== undefined && c.hi > 0 ? { ...c, kind: 'range', lo: 0 } : c;
}

const FLIP: Record<Comparator['kind'], Comparator['kind']> = {
  eq: 'eq',
  approx: 'approx',
  range: 'range',
  gt: 'lt',
  gte: 'lte',
  lt: 'gt',
  lte: 'gte',
};

/**
 * The comparator for the signed value: unchanged for sign +1; for −1 bounds are negated and swapped.
 * @example signed({ kind: 'gt', lo: 4 }, -1) // { kind: 'lt', hi: -4 }
 */
export function signed(c: Comparator, sign: number): Comparator {
  if (sign >= 0) return c;
  const out: Comparator = { kind: FLIP[c.kind] };
  if (c.hi !== undefined) out.lo = 0 - c.hi; // 0 − 0 is 0, never −0 ("fell by single digits": up to 0)
  if (c.lo !== undefined) out.hi = 0 - c.lo;
  if (c.words) out.words = c.words;
  return out;
}

/**
 * The tolerance a plain Claim carries for a comparator: half the interval for eq and approx (centred on
 * the stated value for eq), 0 for bounds (the comparator decides).
 */
export function toleranceFor(c: Comparator, stated: number): number {
  if (c.kind === 'eq' && c.lo !== undefined && c.hi !== undefined) return clean((c.hi - c.lo) / 2);
  if ((c.kind === 'approx' || c.kind === 'range') && c.lo !== undefined && c.hi !== undefined)
    return clean(Math.max(Math.abs(stated - c.lo), Math.abs(c.hi - stated)));
  return 0;
}
