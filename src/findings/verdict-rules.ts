/**
 * When a computed value bears out a stated one (docs/report.md, "Verdict rules"). A stated number is an
 * interval on the signed value in the claim's unit, set by the reader (./claim-read.ts, `Comparator`):
 *
 * - **eq** (a bare number): the computed value rounds to the number at the precision written: "7.2" holds
 *   on [7.15, 7.25), "7" on [6.5, 7.5), "$6.5bn" on [$6.45bn, $6.55bn). Rounding is half away from zero, so
 *   for a negative number the interval is mirrored: "−4" holds on (−4.5, −3.5].
 * - **gt** "more than", "over", "above": v > lo (3.01 is more than 3; "more than 3 per cent" holds for 7.47).
 * - **gte** "at least": v ≥ lo.  **lt** "less than", "under", "below": v < hi.  **lte** "up to", "at most": v ≤ hi.
 * - **approx** "about", "around", "roughly", "some", "nearly", "almost": lo ≤ v ≤ hi, the tolerances in the
 *   reader's table (APPROX_TOLERANCES).
 * - **range** "between 3 and 4 per cent", "3-4%": lo ≤ v < hi, each end widened by half a unit.
 * - **Signs** come from the verb and are in the bounds already: "trailed by more than 4 per cent" is
 *   lt with hi = −4, which holds for −4.6 and not for −3.
 * - **Unsigned** gaps ("the gap between A and B was 9.1 points": no verb, no minus) hold for the computed
 *   value's magnitude (`unsigned`): 9.1 either way bears out −9.14.
 * A claim without a comparator (a YAML claim) is eq on stated ± tolerance.
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';

/** The comparator kinds (./claim-read.ts). */
export type RuleKind = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'range';

/** A stated value as an interval on the signed computed value, in the claim's unit. */
export interface StatedRule {
  kind: RuleKind;
  lo?: number;
  hi?: number;
  /** For eq: the stated value is negative, so the interval is (lo, hi] (rounding half away from zero). */
  negative?: boolean;
  /** A gap with no side stated: the rule holds for the computed value's magnitude. */
  unsigned?: boolean;
}

/** Floating-point allowance: 7.1499999999 computed for 7.15 still rounds to 7.2. */
const EPS = 1e-9;

function eps(r: StatedRule): number {
  return EPS * Math.max(1, Math.abs(r.lo ?? 0), Math.abs(r.hi ?? 0));
}

/**
 * True when `computed` (in the claim's unit) bears out the stated rule.
 * @example statedMatches(7.47, { kind: 'gt', lo: 3 }) // true
 * @example statedMatches(7.25, { kind: 'eq', lo: 7.15, hi: 7.25 }) // false
 */
export function statedMatches(computed: number, r: StatedRule): boolean {
  if (!Number.isFinite(computed)) return false;
  const v = r.unsigned ? Math.abs(computed) : computed;
  const e = eps(r);
  const lo = r.lo ?? Number.NEGATIVE_INFINITY;
  const hi = r.hi ?? Number.POSITIVE_INFINITY;
  switch (r.kind) {
    case 'gt':
      return v > lo + e;
    case 'gte':
      return v >= lo - e;
    case 'lt':
      return v < hi - e;
    case 'lte':
      return v <= hi + e;
    case 'approx':
      return v >= lo - e && v <= hi + e;
    case 'range':
      return v >= lo - e && v < hi - e;
    default:
      if (lo < 0 && hi > 0) return v > lo + e && v < hi - e; // "0%": both ends round away from zero
      return r.negative ? v > lo + e && v <= hi + e : v >= lo - e && v < hi - e;
  }
}

/**
 * How far `computed` lies outside what the rule accepts (0 inside), for ranking the nearest convention.
 * @example distanceOutside(8, { kind: 'eq', lo: 7.15, hi: 7.25 }) // 0.75
 */
export function distanceOutside(computed: number, r: StatedRule): number {
  if (statedMatches(computed, r)) return 0;
  if (!Number.isFinite(computed)) return Number.POSITIVE_INFINITY;
  const v = r.unsigned ? Math.abs(computed) : computed;
  if (r.lo !== undefined && v <= r.lo) return r.lo - v;
  if (r.hi !== undefined && v >= r.hi) return v - r.hi;
  return 0;
}

/**
 * The rule of a plain stated value: eq on stated ± tolerance.
 * @example plainRule(7.2, 0.05) // { kind: 'eq', lo: 7.15, hi: 7.25, negative: false }
 */
export function plainRule(stated: number, tolerance: number): StatedRule {
  return { kind: 'eq', lo: stated - tolerance, hi: stated + tolerance, negative: stated < 0 };
}

/**
 * The stated value as an interval: the reader's comparator when the claim has one (./claim-read.ts), else
 * eq on stated ± tolerance (plainRule).
 * @example ruleOf({ stated: 7.2, tolerance: 0.05 }) // { kind: 'eq', lo: 7.15, hi: 7.25, negative: false }
 */
export function ruleOf(
  claim: Pick<Claim, 'stated' | 'tolerance'> & Partial<Pick<ReadClaim, 'comparator' | 'unsigned'>>,
): StatedRule {
  const c = claim.comparator;
  const either = claim.unsigned ? { unsigned: true } : {};
  if (!c || (c.kind === 'eq' && (c.lo === undefined || c.hi === undefined)))
    return { ...plainRule(claim.stated, claim.tolerance), ...either };
  return { kind: c.kind, lo: c.lo, hi: c.hi, negative: claim.stated < 0, ...either };
}
