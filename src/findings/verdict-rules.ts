/**
 * When a computed value bears out a stated one. The rules (docs/report.md, "Verdict rules"):
 *
 * - **Precision.** A plain number matches when the computed value rounds to it at the precision written:
 *   "7.2" covers [7.15, 7.25), "7" covers [6.5, 7.5), "$6.5bn" covers [$6.45bn, $6.55bn). Rounding is half
 *   away from zero, so for a negative stated value the interval is mirrored: "−4" covers (−4.5, −3.5].
 * - **Signs** come from the verb and are in the stated value already ("trailed by 4 per cent" is −4). A
 *   comparator then speaks of the magnitude in the verb's direction: "trailed by more than 4 per cent"
 *   holds for −4.6, not for −3.
 * - **Comparators.** "more than" / "over" / "above": the magnitude is strictly greater than the number as
 *   written (3.01 is more than 3); "at least": it rounds to the number or above; "less than" / "under" /
 *   "below": strictly smaller; "up to" / "at most": it rounds to the number or below; a range "between 3
 *   and 4 per cent" / "3-4%": it rounds into [low, high].
 * - **Approximate words** widen the interval to ± the larger of the written precision and a share of the
 *   number: "about", "around", "roughly", "some", "approximately" ± 10%; "nearly" / "almost" / "just
 *   under" allow up to 10% below and nothing above the written precision (APPROXIMATE_SHARE).
 */

/** How a stated number is compared with the computed one. */
export type Comparator =
  | 'exactly'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'up-to'
  | 'about'
  | 'nearly'
  | 'range';

/** The share of the number that approximate words allow (see the module comment). */
export const APPROXIMATE_SHARE: Record<'about' | 'nearly', number> = { about: 0.1, nearly: 0.1 };

/** A stated value with how it is to be compared. */
export interface StatedRule {
  /** Signed, in the claim's unit (7.2 for 7.2%, −4 for "trailed by 4 per cent", 6.5e9 for $6.5bn). */
  value: number;
  /** Half a unit of the last written digit (0.05 for 7.2). */
  tolerance: number;
  comparator: Comparator;
  /** The upper end of a range (signed like `value`). */
  high?: number;
  /** Overrides APPROXIMATE_SHARE for 'about' and 'nearly'. */
  share?: number;
}

const EPS = 1e-9;

/** The interval [lo, hi] of magnitudes (in the verb's direction) a rule accepts; open ends are marked. */
export function acceptedInterval(r: StatedRule): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean } {
  const v = Math.abs(r.value);
  const t = r.tolerance;
  switch (r.comparator) {
    case 'more-than':
      return { lo: v, hi: Number.POSITIVE_INFINITY, loOpen: true, hiOpen: false };
    case 'at-least':
      return { lo: v - t, hi: Number.POSITIVE_INFINITY, loOpen: false, hiOpen: false };
    case 'less-than':
      return { lo: Number.NEGATIVE_INFINITY, hi: v, loOpen: false, hiOpen: true };
    case 'up-to':
      return { lo: Number.NEGATIVE_INFINITY, hi: v + t, loOpen: false, hiOpen: true };
    case 'about': {
      const w = Math.max(t, (r.share ?? APPROXIMATE_SHARE.about) * v);
      return { lo: v - w, hi: v + w, loOpen: false, hiOpen: false };
    }
    case 'nearly': {
      const w = Math.max(t, (r.share ?? APPROXIMATE_SHARE.nearly) * v);
      return { lo: v - w, hi: v + t, loOpen: false, hiOpen: true };
    }
    case 'range': {
      const h = Math.abs(r.high ?? r.value);
      const [a, b] = v <= h ? [v, h] : [h, v];
      return { lo: a - t, hi: b + t, loOpen: false, hiOpen: true };
    }
    default:
      // Exact: rounds to v; on magnitudes, half away from zero is [v − t, v + t) for either sign.
      return { lo: v - t, hi: v + t, loOpen: false, hiOpen: true };
  }
}

function direction(r: StatedRule): number {
  if (r.value < 0) return -1;
  if (r.value === 0 && r.high !== undefined && r.high < 0) return -1;
  return 1;
}

/**
 * True when `computed` (in the claim's unit) bears out the stated rule.
 * @example statedMatches(7.47, { value: 3, tolerance: 0.5, comparator: 'more-than' }) // true
 * @example statedMatches(7.25, { value: 7.2, tolerance: 0.05, comparator: 'exactly' }) // false
 */
export function statedMatches(computed: number, r: StatedRule): boolean {
  if (!Number.isFinite(computed)) return false;
  const m = computed * direction(r);
  const iv = acceptedInterval(r);
  // A tiny allowance so that 7.15 computed as 7.1499999999 still rounds to 7.2.
  const e = EPS * Math.max(1, Math.abs(r.value));
  const okLo = iv.loOpen ? m > iv.lo + e : m >= iv.lo - e;
  const okHi = iv.hiOpen ? m < iv.hi - e : m <= iv.hi + e;
  if (r.comparator === 'exactly' && r.value === 0) return Math.abs(computed) < r.tolerance;
  return okLo && okHi;
}

/**
 * How far `computed` lies outside what the rule accepts (0 inside), for ranking the nearest convention.
 * @example distanceOutside(8, { value: 7.2, tolerance: 0.05, comparator: 'exactly' }) // 0.75
 */
export function distanceOutside(computed: number, r: StatedRule): number {
  if (statedMatches(computed, r)) return 0;
  const m = computed * direction(r);
  const iv = acceptedInterval(r);
  if (m < iv.lo) return iv.lo - m;
  if (m > iv.hi) return m - iv.hi;
  return Math.abs(m - Math.abs(r.value));
}

/** Words for a rule as a reader would write it: 'more than 3', 'about 7.2', '3 to 4'. */
export function ruleWords(r: StatedRule, fmt: (x: number) => string): string {
  const v = fmt(r.value);
  switch (r.comparator) {
    case 'more-than':
      return `more than ${v}`;
    case 'at-least':
      return `at least ${v}`;
    case 'less-than':
      return `less than ${v}`;
    case 'up-to':
      return `up to ${v}`;
    case 'about':
      return `about ${v}`;
    case 'nearly':
      return `nearly ${v}`;
    case 'range':
      return `${v} to ${fmt(r.high ?? r.value)}`;
    default:
      return v;
  }
}
