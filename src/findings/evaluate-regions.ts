/**
 * Regional legs (./claim-regions.ts): a region's market return (Mkt-RF + RF) or its small-over-large spread
 * (SMB; large over small is −SMB), compounded daily (src/math/compound.ts) on the region's own trading days
 * (the dates of its French file), so windows and t0 anchor on the region's calendar. In US dollars, with
 * French regional breakpoints; every leg says so in `notes`.
 */
import { fromDay } from '../calendar/dates.ts';
import { region as regionOf } from '../calendar/regions.ts';
import { compound } from '../math/compound.ts';
import type { Claim } from './claim.ts';
import { REGIONAL_NOTES, type RegionSubject, regionWords } from './claim-regions.ts';
import { claimSpan, closesOnly } from './claim-span.ts';
import type { Leg } from './evaluate-legs.ts';
import type { CannotCheck, ClaimData, Resolved } from './evaluator.ts';
import { isCannot } from './evaluator.ts';

/**
 * A regional series compounded over the claim's window: 'market', or 'SMB' (sign −1: big minus small).
 * @example await regionSeriesLeg(data, 'europe', 'SMB', 1, claim, conventions)
 */
export async function regionSeriesLeg(
  data: ClaimData,
  region: RegionSubject['region'],
  name: 'SMB' | 'market',
  sign: 1 | -1,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  const label = regionOf(region).label;
  if (!data.regionSeries) return { cannot: `no regional data for ${label}` };
  const opens = closesOnly(claim, c, 'French factors');
  if (opens) return opens;
  const s = await data.regionSeries(region, name);
  if (isCannot(s)) return s;
  const span = claimSpan(s.days, claim.window, c);
  if (isCannot(span)) return span;
  const values = sign < 0 ? s.values.map((x) => -x) : s.values;
  const value = compound(values, span.base, span.end);
  const from = fromDay(s.days[span.base]);
  const to = fromDay(s.days[span.end]);
  if (Number.isNaN(value))
    return { cannot: `${label} ${name}: a return is missing between ${from} and ${to}` };
  const what =
    name === 'market'
      ? 'market (Mkt-RF + RF)'
      : sign < 0
        ? 'big minus small (−SMB)'
        : 'SMB (small minus big)';
  return {
    value,
    from,
    to,
    description: `${label} ${what} compounded daily after ${from} through ${to}, on ${label}'s trading days`,
    datasets: [{ name: s.dataset, vintage: s.vintage }],
    notes: [...REGIONAL_NOTES, `${label}'s own trading days (its French file)`],
  };
}

/**
 * One regional subject as a leg: the market; the small or large leg alone is not published.
 * @example await regionLeg(data, { region: 'europe', leg: 'market' }, claim, conventions)
 */
export function regionLeg(
  data: ClaimData,
  r: RegionSubject,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> {
  if (r.leg === 'market') return regionSeriesLeg(data, r.region, 'market', 1, claim, c);
  return Promise.resolve({
    cannot: `French's regional files publish SMB (small minus big) and the market, not ${regionWords(r)} alone; a gap between ${regionOf(r.region).label} small and large caps can be checked`,
  });
}

/**
 * The spread of two regional subjects of one region: small over large is SMB, large over small −SMB; null
 * when the pair is not that (the caller then takes the difference of two legs).
 */
export function regionSpread(
  data: ClaimData,
  a: RegionSubject | null,
  b: RegionSubject | null,
  claim: Claim,
  c: Resolved,
): Promise<Leg | CannotCheck> | null {
  if (!a || !b || a.region !== b.region) return null;
  if (a.leg === 'small' && b.leg === 'large') return regionSeriesLeg(data, a.region, 'SMB', 1, claim, c);
  if (a.leg === 'large' && b.leg === 'small') return regionSeriesLeg(data, a.region, 'SMB', -1, claim, c);
  return null;
}
