/**
 * A gap stated as the difference of two returns the article stated ("decile 1 returned 9.8% and decile 10
 * returned 3.4%, a spread of 6.4 points"): the writer subtracted rounded figures, so the true gap is the
 * stated one give or take both legs' rounding (9.75% − 3.42% = 6.33 points lies within 6.4 ± 0.1). The gap's
 * range widens to the sum of the legs' half-units, and the claim says why; the legs are checked on their own.
 * Before, such a gap was held to its own half-unit (6.35 to 6.45) and was not supported.
 */
import type { ClaimWindow } from '../claim.ts';
import type { ClaimReadings, ReadClaim } from '../claim-read.ts';

/** A return stated earlier, as the article context keeps it: a read claim's fields, its precision if kept. */
type Leg = Pick<ReadClaim, 'subjects' | 'stated' | 'window'> & { metric: string } & Partial<
    Pick<ReadClaim, 'precision'>
  >;

/**
 * Widens each spread of `claims` that equals the difference of two stated returns over its window.
 * @example roundedLegs([{ readings: [lo10, hi10] }, { readings: [spread64] }], []) // spread64.comparator: 6.3 to 6.5
 */
export function roundedLegs(claims: ClaimReadings[], earlier: readonly Leg[]): void {
  const legs: Leg[] = [...earlier, ...claims.flatMap((c) => c.readings as Leg[])].filter(
    (x) => x.metric === 'return' && x.subjects.length === 1 && x.precision && Number.isFinite(x.stated),
  );
  const same = (a: ClaimWindow, b: ClaimWindow) => JSON.stringify(a) === JSON.stringify(b);
  for (const c of claims)
    for (const r of c.readings) {
      const cmp = r.comparator;
      // A spread, or an excess return over a named index ("small caps' shortfall against the S&P 500").
      const gap = r.metric === 'spread' || r.metric === 'excess-return';
      if (!gap || r.subjects.length !== 2 || cmp?.kind !== 'eq' || !r.precision) continue;
      const leg = (id: string) => legs.filter((x) => x.subjects[0] === id && same(x.window, r.window)).at(-1);
      const [a, b] = [leg(r.subjects[0]), leg(r.subjects[1])];
      if (!a?.precision || !b?.precision) continue;
      if (Math.abs(a.stated - b.stated - r.stated) > 1e-9) continue;
      const h = a.precision.halfUnit + b.precision.halfUnit;
      if (h <= r.precision.halfUnit) continue;
      const round = (x: number) => +x.toFixed(10); // 6.4 − 0.1 is 6.3, not 6.300000000000001
      r.comparator = { ...cmp, lo: round(r.stated - h), hi: round(r.stated + h) };
      const as = (x: Leg) => `${x.stated.toFixed(x.precision?.decimals ?? 0)}%`; // "6.0%", as written
      const why = `the gap is the stated ${as(a)} less ${as(b)}, each rounded: held to ±${+h.toFixed(6)} points`;
      c.why = c.why ? `${c.why}; ${why}` : why;
    }
}
