/**
 * Splits and reverse splits in share-count data. A k-for-1 split multiplies the shares outstanding by k and
 * divides the NAV per share by k on its effective date; no money moves. Left alone, (SO_t − SO_{t−1}) × NAV_t
 * would report a phantom inflow of (k − 1) × AUM. capgap removes it in two ways:
 * - a **known split factor** (`bars.split_factor`, 2 = 2-for-1, 0.25 = 1-for-4) on the row's date, applied only
 *   when the share count moved towards it (a share history that is already split-adjusted is left alone), or
 * - **detection**: the share count jumps by a ratio r = SO_t / SO_{t−1} while the NAV falls by the same ratio
 *   q = NAV_{t−1} / NAV_t, both within `tolerance` (default 5%) of one common split ratio (2..10 for 1, 3 for 2,
 *   and their inverses). A share-count jump without the matching NAV jump is a real flow and is left alone.
 */

/** The split ratios detection recognises (k-for-1), with their inverses added below. */
const RATIOS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 4 / 3, 2.5];
const CANDIDATES = [...RATIOS, ...RATIOS.map((r) => 1 / r)];

/** Default tolerance of split detection: both ratios within 5% of the split ratio. */
export const SPLIT_TOLERANCE = 0.05;

/**
 * The split ratio k implied by a share jump matched by an inverse NAV jump, or 1 if there is none.
 * @example detectSplit(100, 200, 50, 25.1) // 2  (shares doubled, NAV halved: a 2-for-1 split)
 */
export function detectSplit(
  sharesPrev: number,
  shares: number,
  navPrev: number,
  nav: number,
  tolerance = SPLIT_TOLERANCE,
): number {
  if (!(sharesPrev > 0 && shares > 0 && navPrev > 0 && nav > 0)) return 1;
  const r = shares / sharesPrev;
  const q = navPrev / nav;
  for (const k of CANDIDATES) {
    if (Math.abs(r / k - 1) <= tolerance && Math.abs(q / k - 1) <= tolerance) return k;
  }
  return 1;
}

/**
 * The split factor to apply on a row: the known factor when it is a positive number other than 1, else a
 * detected one (when `detect` is on), else 1.
 * @example splitFactorAt(2, 100, 200, 50, 25) // 2
 */
export function splitFactorAt(
  known: number,
  sharesPrev: number,
  shares: number,
  navPrev: number,
  nav: number,
  detect = true,
  tolerance = SPLIT_TOLERANCE,
): number {
  if (known > 0 && known !== 1) {
    // Apply a known split only where the share count jumped towards it: a history already split-adjusted
    // (no jump) must not be adjusted twice, which would create the phantom flow the other way.
    const r = shares / sharesPrev;
    if (!(r > 0) || Math.abs(Math.log(r / known)) < Math.abs(Math.log(r))) return known;
    return 1;
  }
  return detect ? detectSplit(sharesPrev, shares, navPrev, nav, tolerance) : 1;
}
