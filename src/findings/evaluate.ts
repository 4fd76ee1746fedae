/**
 * capgap's evaluator over `ClaimData`. Every claim is a difference of at most two legs, each a compounded
 * return over the claim's window (or a sum of flows):
 *   return        = leg(subject)
 *   excess-return = leg(subject) − leg(subjects[1] ?? the market)
 *   spread        = leg(small group) − leg(large group)
 *   flow          = Σ daily category flows over the week (or the part of it before/after the news)
 * A leg is read from the engine the conventions pick: bars of an index or fund (adj_close = total return,
 * close = price return; an index's level is a price index either way; `proxy: 'etf'` reads the ETF that
 * tracks the index), French's size portfolios (NYSE breakpoints; daily VW, monthly VW/EW), the French market
 * (Mkt-RF + RF), the S&P 500, or stock-built buckets (src/portfolios through ClaimData.stockBuckets: NYSE or
 * all-stock breakpoints, common stocks or every type, VW / EW daily-rebalanced / EW buy-and-hold; their
 * universe is the EW or VW "market"). Returns are simple: P_end / P_base − 1, or Π(1 + r) − 1 over the
 * window's sessions. Each engine's series is loaded once per run (ClaimData memoizes); conventions only move
 * the window on its typed arrays. Sectors (./evaluate-sectors.ts: the SPDR sector ETF or the stock panel's
 * sectors) and regions (./evaluate-regions.ts: French's regional SMB and market, in US dollars) are legs
 * too; a `rank` claim orders the sectors over the window; a `distance` is a close against a high or a low
 * (./evaluate-distance.ts); a `level` is the claimed day's close (./evaluate-level.ts); a `ratio` one return
 * over another; a move in `points` the difference of two closes (./evaluate-level.ts).
 */
import { annualRate, periodMean } from './annual-rate.ts';
import type { Claim } from './claim.ts';
import { regionSubject, unheldSubject } from './claim-regions.ts';
import { sectorSubject } from './claim-sectors.ts';
import { isFactor, isMarket, sizeGroup } from './claim-subjects.ts';
import { breadthClaim } from './evaluate-breadth.ts';
import { distance } from './evaluate-distance.ts';
import { flow } from './evaluate-flow.ts';
import { factorLeg, frenchGroupLeg } from './evaluate-french.ts';
import { extremeReturn, givenBackShare } from './evaluate-given-back.ts';
import { difference, joined, single } from './evaluate-join.ts';
import { barsLeg, type Leg, marketLeg } from './evaluate-legs.ts';
import { level, points } from './evaluate-level.ts';
import { rankClaim } from './evaluate-rank.ts';
import { makeRecordEvaluator } from './evaluate-record.ts';
import { regionLeg, regionSpread } from './evaluate-regions.ts';
import { sectorLeg } from './evaluate-sectors.ts';
import { extremeSpread } from './evaluate-spread-extreme.ts';
import { stockLeg } from './evaluate-stocks.ts';
import type { CannotCheck, ClaimData, Evaluation, Evaluator, Resolved } from './evaluator.ts';
import { FLOWS_COMMAND, isCannot } from './evaluator.ts';

export { NO_FLOW_DATA } from './evaluate-flow.ts';
export { STOCKS_COMMAND } from './evaluate-stocks.ts';
export { FLOWS_COMMAND };

/** Any subject as a leg, as an annual rate under `rate: 'annual'` (./annual-rate.ts). */
async function leg(data: ClaimData, subject: string, claim: Claim, c: Resolved): Promise<Leg | CannotCheck> {
  // "has averaged 2% a year since 1927", "0.2% a month": the mean of the calendar years' (months') returns
  // (./annual-rate.ts).
  if (c.rate === 'annual-mean' || c.rate === 'monthly-mean')
    return c.source === 'stocks' && (sizeGroup(subject) || isMarket(subject))
      ? {
          cannot: `a mean of ${c.rate === 'annual-mean' ? 'yearly' : 'monthly'} returns is taken from series (French, an index, a fund), not stock-built buckets`,
        }
      : // Each period from the close of the one before to its own: no base or end moved inside the periods.
        periodMean(
          claim,
          (w) =>
            windowLeg(data, subject, { ...claim, window: w }, { ...c, endShift: 0, base: 'close-before' }),
          c.rate === 'annual-mean' ? 'year' : 'month',
        );
  const l = await windowLeg(data, subject, claim, c);
  return c.rate === 'annual' && !isCannot(l) ? annualRate(l) : l;
}

function windowLeg(data: ClaimData, subject: string, claim: Claim, c: Resolved): Promise<Leg | CannotCheck> {
  if (isMarket(subject)) return marketLeg(data, claim, c, null);
  const g = sizeGroup(subject);
  const sector = sectorSubject(subject);
  if (sector) return sectorLeg(data, sector, claim, c);
  const region = regionSubject(subject);
  if (region) return regionLeg(data, region, claim, c);
  const unheld = unheldSubject(subject);
  if (unheld) return Promise.resolve({ cannot: unheld.what, needs: unheld.needs });
  if (isFactor(subject)) return factorLeg(data, subject, claim, c);
  if (!g)
    return c.weighting === 'value' || !onlyCloses(claim)
      ? barsLeg(data, subject, claim, c)
      : unweighted(subject);
  if (c.source === 'stocks') return stockLeg(data, g, claim, c, c.weighting, g.share);
  return frenchGroupLeg(data, g, claim, c);
}

/** Every subject is a security's closes (no size group, market, sector or region to weight). */
function onlyCloses(claim: Claim): boolean {
  return claim.subjects.every((s) => !isMarket(s) && !sizeGroup(s) && !sectorSubject(s) && !regionSubject(s));
}

/** "Equal-weighted, the Russell 2000 rose 8%": an index's closes carry its own weighting, no other. */
function unweighted(subject: string): Promise<CannotCheck> {
  return Promise.resolve({
    cannot: `an equal-weighted ${subject}: the store holds ${subject}'s own closes, weighted as the index is, and no equal-weighted version of it`,
  });
}

async function excessReturn(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const subject = claim.subjects[0];
  const a = await leg(data, subject, claim, c);
  if (isCannot(a)) return a;
  const other = claim.subjects[1] ?? 'market';
  const g = sizeGroup(subject);
  const b = isMarket(other)
    ? await marketLeg(data, claim, c, g?.share ?? null)
    : await leg(data, other, claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus', c);
}

async function spread(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  const [ra, rb] = claim.subjects.map(regionSubject);
  const smb = regionSpread(data, ra, rb, claim, c);
  if (smb) return single(await smb);
  const a = await leg(data, claim.subjects[0], claim, c);
  if (isCannot(a)) return a;
  const b = await leg(data, claim.subjects[1], claim, c);
  if (isCannot(b)) return b;
  return difference(a, b, 'minus', c);
}

/**
 * "Rose twice as much as the S&P 500": the first leg's return over the second's (over the market when only
 * one is named), both gains or both losses; a gain against a loss, or a flat leg, has no ratio.
 */
async function ratio(data: ClaimData, claim: Claim, c: Resolved): Promise<Evaluation | CannotCheck> {
  if (claim.versus) return periodRatio(data, claim, claim.versus, c);
  const a = await leg(data, claim.subjects[0], claim, c);
  if (isCannot(a)) return a;
  const b = await leg(data, claim.subjects[1] ?? 'market', claim, c);
  if (isCannot(b)) return b;
  const d = difference(a, b, 'over');
  if (isCannot(d)) return d;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  if (!(a.value * b.value > 0))
    return {
      cannot: `no ratio of returns of opposite signs or zero (${pct(a.value)} and ${pct(b.value)}): state the two returns, or their difference`,
    };
  return { ...d, value: a.value / b.value };
}

/**
 * The evaluator over a ClaimData (the store's, or a test's).
 * @example const evaluator = makeEvaluator(storeClaimData(store)); await evaluator.return(claim, conventions)
 */
export function makeEvaluator(data: ClaimData): Evaluator {
  return {
    return: async (claim, c) =>
      claim.at === 'peak' || claim.at === 'trough'
        ? extremeReturn(data, claim, c, async (w) =>
            single(await leg(data, claim.subjects[0], { ...claim, window: w }, c)),
          )
        : single(await leg(data, claim.subjects[0], claim, c)),
    'excess-return': (claim, c) => excessReturn(data, claim, c),
    // "At its widest, the Russell 2000's lead … was 4.5 points": the stretch's widest spread (./evaluate-spread-extreme.ts).
    spread: (claim, c) =>
      claim.at === 'peak' || claim.at === 'trough'
        ? extremeSpread(claim, (x) => spread(data, x, c))
        : spread(data, claim, c),
    flow: (claim, c) => flow(data, claim, c),
    record: makeRecordEvaluator(data),
    rank: (claim, c) => rankClaim(data, claim, c),
    breadth: (claim, c) => breadthClaim(data, claim, c),
    distance: (claim, c) => distance(data, claim, c),
    level: (claim, c) => level(data, claim, c),
    ratio: (claim, c) => ratio(data, claim, c),
    points: (claim, c) => points(data, claim, c),
  };
}

/**
 * "$2.9bn, more than double the previous week's intake": the subject's flow (or return) over the claim's
 * window divided by the same over the period before; both inflows (gains) or both outflows (losses).
 */
async function periodRatio(
  data: ClaimData,
  claim: Claim,
  v: NonNullable<Claim['versus']>,
  c: Resolved,
): Promise<Evaluation | CannotCheck> {
  // "have given back about half of their gains since the election": the share of the gain to the peak.
  if (v.of === 'peak')
    return givenBackShare(data, claim, c, async (w) =>
      single(await leg(data, claim.subjects[0], { ...claim, metric: 'return', window: w }, c)),
    );
  const one = async (window: Claim['window']) =>
    v.of === 'flow'
      ? flow(data, { ...claim, metric: 'flow', window }, c)
      : single(await leg(data, claim.subjects[0], { ...claim, metric: 'return', window }, c));
  const a = await one(claim.window);
  if (isCannot(a)) return a;
  const b = await one(v.window);
  if (isCannot(b)) return b;
  const show = (x: number) => (v.of === 'flow' ? `$${(x / 1e9).toFixed(2)}bn` : `${(x * 100).toFixed(2)}%`);
  if (!(a.value * b.value > 0))
    return {
      cannot: `no ratio of a ${v.of} of ${show(a.value)} to one of ${show(b.value)} ${v.words.replace(/['’]s\b.*$/, '')} (opposite signs or zero)`,
    };
  const asLeg = (e: Evaluation): Leg => ({ ...e, datasets: e.provenance.datasets });
  return joined(asLeg(a), asLeg(b), 'over', a.value / b.value, b.from);
}
