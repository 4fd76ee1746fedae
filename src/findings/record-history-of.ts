/**
 * The history a record claim's subjects are ranked in (./evaluate-record.ts): a size group or two (French's
 * files), a size group against an index (their difference), SMB, a fund category's flows, an index or fund,
 * or two of them (their difference).
 */
import type { Claim } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import { isFactor, isMarket, sizeGroup } from './claim-subjects.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import {
  barsHistory,
  flowHistory,
  type History,
  type RecordPeriod,
  type RecordTarget,
  spreadHistory,
} from './record-history.ts';
import { factorHistory, marketHistory } from './record-history-factor.ts';
import { sizeHistory } from './record-history-size.ts';

/**
 * A record of money (a fund's or a category's flows: "IWM took in $1.1bn, its biggest inflow in a month"):
 * it ranks flows, never the fund's returns.
 */
export function isCategoryClaim(claim: Claim): boolean {
  return (
    (claim as Partial<ReadClaim>).parsedSubjects?.[0]?.kind === 'category' ||
    /^US .* cap$/i.test(claim.subjects[0] ?? '') ||
    ['usd', 'gbp', 'eur'].includes(claim.unit)
  );
}

/**
 * The ranked history of `claim`'s subjects over `period`, to the target `t`, or why there is none.
 * @example await historyOf(data, claim, 'month', conventions, t) // { ends, values, at }
 */
export async function historyOf(
  data: ClaimData,
  claim: Claim,
  period: RecordPeriod,
  c: Resolved,
  t: RecordTarget,
): Promise<History | CannotCheck> {
  const s = claim.subjects[0] ?? '';
  const other = claim.subjects[1];
  // "Smaller stocks have outperformed the S&P 500 by more than six points, … their best relative month":
  // a size group against an index ranks the difference, not the group alone.
  if (sizeGroup(s) && other && !sizeGroup(other) && !isMarket(other))
    return spreadHistory(
      await sizeHistory(data, { ...claim, subjects: [s] }, period, c, t),
      await barsHistory(data, other, period, t),
    );
  if (sizeGroup(s)) return sizeHistory(data, claim, period, c, t);
  if (isFactor(s) && claim.subjects.length === 1) return factorHistory(data, s, period, t);
  // "U.S. stocks suffered their worst day since 2011": French's market, or the S&P 500 under `market`.
  if (isMarket(s) && claim.subjects.length === 1)
    return c.market === '^GSPC' ? barsHistory(data, '^GSPC', period, t) : marketHistory(data, period, t);
  if (isCategoryClaim(claim)) return flowHistory(data, s, period, t);
  // "The Russell 2000 beat the market by the widest margin since 2006": against French's market.
  if (other && isMarket(other) && !sizeGroup(s))
    return spreadHistory(await barsHistory(data, s, period, t), await marketHistory(data, period, t));
  if (other && !sizeGroup(other))
    return spreadHistory(await barsHistory(data, s, period, t), await barsHistory(data, other, period, t));
  return barsHistory(data, s, period, t);
}
