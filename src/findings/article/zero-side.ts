/**
 * A side of zero with no number, as four readers state it (./sign-claim.ts, ./untopped-record.ts,
 * ./given-back.ts, ./relative-sign.ts): the claim fields that are the same in each.
 */
import type { ReadClaim } from '../claim-read.ts';

/**
 * The claim fields of a side of zero with no number ("is now up for the year", "has yet to top its November 2021
 * record", "beat the S&P 500 since the election", "has given back all of its gains"): 0 stated, with no
 * tolerance, above (`gt`) or below (`lt`) it, in `words`.
 * @example zeroSide(false, 'given back all of its gains: below').comparator // { kind: 'lt', hi: 0, words: '…' }
 */
export function zeroSide(
  above: boolean,
  words: string,
): Pick<ReadClaim, 'stated' | 'tolerance' | 'comparator' | 'precision' | 'numberSpans'> {
  return {
    stated: 0,
    tolerance: 0,
    comparator: above ? { kind: 'gt', lo: 0, words } : { kind: 'lt', hi: 0, words },
    precision: { written: '0', decimals: 1, halfUnit: 0.05 },
    numberSpans: [],
  };
}
