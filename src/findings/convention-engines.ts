/**
 * The engine dimensions of the convention search (./convention-space.ts): the markets an excess return is
 * over, the news timings of an event window, the bases of a return of closes, the size-group engines
 * (French, stock-built) and the sector engines.
 */
import type { Claim } from './claim.ts';
import { sectorSubject } from './claim-sectors.ts';
import { frenchShare, isMarket } from './claim-subjects.ts';
import type { Resolved } from './evaluator.ts';

type Partial1 = Partial<Resolved>;

export const MARKETS = ['french', '^GSPC', 'universe-ew', 'universe-vw'] as const;
// An event window is also counted with the news during the event day (a Fed decision at 2 p.m.): from the
// close before the event day; the default is news after the close (an election, a vote counted overnight).
export const TIMINGS: Partial1[] = [{ timing: 'after-close' }, { timing: 'intraday' }];

/** The size-group engines: French, and stocks with each breakpoint universe and type universe. */
export function groupEngines(
  metric: Claim['metric'],
  share: number,
  own: Resolved,
  withMarket: boolean,
): Partial1[] {
  const out: Partial1[] = [];
  const frenchGroups: (10 | 20 | 30)[] =
    metric === 'spread' ? [10, 20, 30] : frenchShare(share) ? [frenchShare(share) as 10 | 20 | 30] : [];
  for (const groups of frenchGroups)
    for (const weighting of ['value', 'equal'] as const)
      for (const market of withMarket ? MARKETS : [own.market])
        out.push({ source: 'french', groups, weighting, market });
  for (const breakpoints of ['nyse', 'all'] as const)
    for (const universe of ['common', 'all'] as const)
      for (const weighting of ['value', 'equal', 'equal-hold'] as const)
        for (const market of withMarket ? MARKETS : [own.market])
          out.push({ source: 'stocks', breakpoints, universe, weighting, market, groups: own.groups });
  return out;
}

/** The bases a return of closes is counted from: an event's window also from its day's open or close. */
export function bases(kind: Claim['window']['kind'], monthly: boolean): Resolved['base'][] {
  if (kind === 'since' || kind === 'sessions') return ['close-before', 'open-event', 'open-t0', 'close-t0'];
  return monthly ? ['close-before'] : ['close-before', 'open-t0', 'close-t0'];
}

/**
 * The sector dimensions: base (closes), and the engines: a whole sector from its SPDR ETF or from the stock
 * panel (value- or equal-weighted); a sector × size cell from the panel with breakpoints from the universe or
 * within the sector; against the market, every market.
 */
export function sectorDims(claim: Claim, own: Resolved, monthly: boolean): Partial<Resolved>[][] {
  const dims: Partial<Resolved>[][] = [];
  if (!monthly) dims.push([{ base: 'close-before' }, { base: 'close-t0' }]);
  if (claim.window.kind === 'since' || claim.window.kind === 'sessions') dims.push(TIMINGS);
  const sized = claim.subjects.some((s) => sectorSubject(s)?.size);
  const engines: Partial<Resolved>[] = [];
  if (!sized) engines.push({ sectorSource: 'etf', weighting: own.weighting });
  for (const within of sized ? (['universe', 'sector'] as const) : [own.within])
    for (const weighting of ['value', 'equal'] as const)
      engines.push({ sectorSource: 'stocks', within, weighting });
  dims.push(engines);
  if (claim.metric === 'excess-return' && (claim.subjects.length === 1 || isMarket(claim.subjects[1])))
    dims.push(MARKETS.map((market) => ({ market })));
  return dims;
}
