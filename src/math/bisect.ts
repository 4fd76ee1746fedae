/**
 * Binary search over an ascending array, the one copy every room uses (as d3-array's bisectLeft and
 * bisectRight). NaN is never found: keep it out of searched arrays.
 */

/**
 * The first index i in [lo, hi) with a[i] ≥ x (hi if none): where x would go before its equals.
 * @example bisectLeft(Int32Array.of(1, 3, 3, 5), 3) // 1
 */
export function bisectLeft(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index i in [lo, hi) with a[i] > x (hi if none): where x would go after its equals, which is
 * also the count of elements ≤ x.
 * @example bisectRight(Int32Array.of(1, 3, 3, 5), 3) // 3
 */
export function bisectRight(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index i in [lo, hi) where `before(i)` is false, for a predicate that is true then false over the
 * range (a search through an index, e.g. rows sorted by a permutation). hi if it never turns false.
 * @example bisectWhere(0, 4, (i) => [1, 3, 3, 5][i] <= 3) // 3
 */
export function bisectWhere(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
