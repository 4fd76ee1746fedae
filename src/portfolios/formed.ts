/**
 * What the kernel's walk (kernel.ts) hands to a formation and gets back: the state at a formation close,
 * the portfolios formed, and `replay` for portfolios formed earlier.
 */

/** One formation: the day index it is formed on, and its members with their formation-close facts. */
export interface FormedPortfolio {
  /** Day index of the formation close. */
  day: number;
  members: Int32Array;
  bucket: Int32Array;
  /** Price and cap of each member at the formation close. */
  price: Float64Array;
  cap: Float64Array;
}

/** What the walk knows about each stock at the close of a day (arrays indexed by stock). */
export interface WalkState {
  /** Last valid price on or before the day (NaN before the first). */
  price: Float64Array;
  /**
   * Last cap > 0 on or before the day, from any row (NaN before the first). Exact on the index's
   * formation days, and on every day when the index keeps row caps.
   */
  cap: Float64Array;
  /** Day index of the last row with a valid price (-1 before the first). */
  seen: Int32Array;
}

/** Forms the portfolios at the close of day index f from the walk's state. */
export type FormFn = (f: number, state: WalkState) => FormedPortfolio;

/**
 * The formation days and a FormFn that hands back portfolios formed earlier (e.g. regrouped members of a
 * computeBuckets result), in order; throws if the walk asks for another day.
 * @example bucketKernel(ix, ...replay(result.formed), K, ['value'])
 */
export function replay(formed: readonly FormedPortfolio[]): [Int32Array, FormFn] {
  let i = 0;
  const form: FormFn = (f) => {
    const fm = formed[i++];
    if (!fm || fm.day !== f) throw new Error(`replay: no formed portfolio for day index ${f}`);
    return fm;
  };
  return [Int32Array.from(formed, (fm) => fm.day), form];
}
