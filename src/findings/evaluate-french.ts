/**
 * French's series as legs: a size portfolio (NYSE breakpoints; the monthly file for whole calendar months
 * under a weighting the daily file lacks) and the size factor SMB, compounded over a claim's window.
 */
import type { Claim } from './claim.ts';
import { closesOnly } from './claim-span.ts';
import { frenchShare, type SizeGroup, US_FACTORS } from './claim-subjects.ts';
import { frequencyOf, type Leg, seriesLeg } from './evaluate-legs.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';
import { returnsSpan } from './series-start.ts';

/** A window of whole calendar months: from one month's last day to another's. */
function wholeMonths(w: Claim['window']): boolean {
  const monthEnd = (d: string) =>
    new Date(`${d}T00:00:00Z`).getTime() + 86_400_000 === Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 1);
  return w.kind === 'dates' && monthEnd(w.from) && monthEnd(w.to);
}

/** A French US factor (SMB, small minus big; HML, high minus low), compounded over the claim's window. */
export async function factorLeg(
  data: ClaimData,
  name: string,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const opens = closesOnly(claim, c, 'French factors');
  if (opens) return opens;
  const freq = frequencyOf(claim);
  const s = data.factor ? await data.factor(name, freq) : null;
  if (!s)
    return {
      cannot: `no ${freq} ${name} factor returns in the store`,
      needs: `capgap fetch french --dataset F-F_Research_Data_Factors${freq === 'daily' ? '_daily' : ''}`,
    };
  const span = returnsSpan(s.days, claim.window, c, freq === 'monthly');
  if (isCannot(span)) return span;
  return seriesLeg(s, span, `French ${name} (${US_FACTORS[name]}, ${freq})`);
}

/** A French size portfolio (NYSE breakpoints) over the claim's window. */
export async function frenchGroupLeg(
  data: ClaimData,
  g: SizeGroup,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const share = claim.metric === 'spread' ? c.groups : frenchShare(g.share);
  if (!share) return { cannot: `French publishes no group of ${g.share}% of stocks` };
  const opens = closesOnly(claim, c, 'French portfolios');
  if (opens) return opens;
  if (c.weighting === 'equal-hold')
    return { cannot: 'French portfolios are not equal-weighted buy-and-hold' };
  let freq = frequencyOf(claim);
  const name = `${g.side} ${share}`;
  let s = await data.portfolio(name, freq, c.weighting);
  // "in 2023" (Dec. 31 to Dec. 31): whole months, which French's monthly file covers where the daily
  // file has no returns under this weighting (its daily size portfolios are value-weighted only).
  // Months have no sessions to shift by: only the window as stated.
  if (!s && freq === 'daily' && wholeMonths(claim.window) && c.endShift === 0 && c.base === 'close-before') {
    freq = 'monthly';
    s = await data.portfolio(name, freq, c.weighting);
  }
  if (!s)
    return { cannot: `no ${freq} ${c.weighting}-weighted returns for ${JSON.stringify(name)} in the store` };
  const span = returnsSpan(s.days, claim.window, c, freq === 'monthly');
  if (isCannot(span)) return span;
  return seriesLeg(s, span, `French ${name} (NYSE breakpoints, ${c.weighting}-weighted, ${freq})`);
}
