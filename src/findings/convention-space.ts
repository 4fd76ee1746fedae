/**
 * The conventions a claim is checked under: its own (capgap's defaults for anything it leaves unsaid) and
 * every plausible alternative definition the search tries (see ./check.ts for the engines it reaches).
 */
import type { Claim } from './claim.ts';
import { DEFAULT_CONVENTIONS } from './claim.ts';
import type { ReadClaim } from './claim-read.ts';
import { regionSubject, unheldSubject } from './claim-regions.ts';
import { sectorSubject } from './claim-sectors.ts';
import { frenchHas, frenchShare, INDEX_ETF, isFactor, isMarket, sizeGroup } from './claim-subjects.ts';
import { bases, groupEngines, MARKETS, sectorDims, TIMINGS } from './convention-engines.ts';
import { builtInTiming, windowEvent } from './convention-timing.ts';
import type { Resolved } from './evaluator.ts';

/**
 * The claim's own conventions with every gap filled by capgap's defaults. The news timing is that of the
 * built-in event on the window's event date, when there is one ("since the Fed's July 31 cut": the
 * decision came at 14:00, so the day's own reaction counts, from the close before it), else after the
 * close; "the day after" the news (a window's `nextDay`) is after the close; a claim's own `timing` wins.
 */
export function ownConventions(claim: Claim): Resolved {
  const g = claim.subjects.map(sizeGroup).find((x) => x !== null);
  const own: Resolved = { ...DEFAULT_CONVENTIONS, groups: 10 };
  if (g) {
    own.groups = frenchShare(g.share) ?? 10;
    // A share French does not publish (a third, a quarter, a half) is built from stocks by default.
    if (!frenchHas(g.share)) own.source = 'stocks';
  }
  const w = claim.window;
  // "The wider stock universe" is every stock equally (./claim-read.ts): the stock-built EW universe.
  if (claim.subjects.includes('universe') || (claim as Partial<ReadClaim>).target === 'universe')
    own.market = 'universe-ew';
  if (w.kind === 'month-to-date') own.period = 'to-date';
  const event = windowEvent(w);
  const timing = event ? builtInTiming(event) : undefined;
  if (timing) own.timing = timing;
  if (w.kind === 'sessions' && w.nextDay) own.timing = 'after-close';
  if (w.kind === 'week' && w.part) own.part = w.part;
  // A sector × size cell ("small-cap industrials") exists only in the stock panel.
  if (claim.subjects.some((x) => sectorSubject(x)?.size)) own.sectorSource = 'stocks';
  // Closes as quoted: a level, a distance, a move in points.
  if (['distance', 'level', 'points'].includes(claim.metric)) own.returnType = 'price';
  Object.assign(own, claim.conventions);
  // "On a total-return basis, the Russell 2000 gained 11.5%": an index's closes are its price; the total
  // return nearest it is its ETF's (dividends in, the fund's costs out), so that is the claim's own reading.
  const index = claim.subjects.some((s) => s in INDEX_ETF);
  if (claim.conventions?.returnType === 'total' && !claim.conventions.proxy && index) own.proxy = 'etf';
  return own;
}

function range(k: number): number[] {
  const out = [0];
  for (let i = 1; i <= k; i++) out.push(-i, i);
  return out;
}

type Partial1 = Partial<Resolved>;

function product(base: Resolved, dims: Partial1[][]): Resolved[] {
  let out: Resolved[] = [base];
  for (const options of dims) {
    const next: Resolved[] = [];
    for (const c of out) for (const o of options) next.push({ ...c, ...o });
    out = next;
  }
  return out;
}

/**
 * The conventions tried for a claim, its own first: the valid combinations of the dimensions that matter
 * for its metric, subjects and window.
 * @example conventionSpace(claim).length // 160 for an index return since an event (5 × 2 × 4 × 2 × 2)
 */
export function conventionSpace(claim: Claim, maxShift = 2, asOf?: string): Resolved[] {
  const own = ownConventions(claim);
  // A level's close is of its day alone; an adjusted close or an ETF's price is no level a reader is quoted.
  if (claim.metric === 'level') return [own];
  const w = claim.window;
  const dims: Partial1[][] = [];
  if (claim.metric === 'distance') {
    // The close a day earlier (an article written before the close), adjusted closes, the index's ETF.
    dims.push(range(Math.min(1, maxShift)).map((endShift) => ({ endShift })));
    dims.push([{ returnType: 'price' }, { returnType: 'total' }]);
    if (claim.subjects.some((s) => s in INDEX_ETF)) dims.push([{ proxy: 'index' }, { proxy: 'etf' }]);
    // "2.1% shy of its record": of the record (the fall), or of the close (the rise back to it).
    if (claim.extreme?.side !== 'average')
      dims.push([{ distanceBase: 'reference' }, { distanceBase: 'close' }]);
  } else if (claim.metric === 'flow') {
    dims.push(range(Math.min(1, maxShift)).map((endShift) => ({ endShift })));
    dims.push([{ weekEnd: 'fri' }, { weekEnd: 'wed' }]);
    if (w.kind !== 'week' || !w.weekEnd)
      dims.push([{ part: 'whole' }, { part: 'before' }, { part: 'after' }]);
  } else {
    const monthly = w.kind === 'month' || w.kind === 'month-to-date';
    dims.push((monthly ? [0] : range(maxShift)).map((endShift) => ({ endShift })));
    // "The week after the vote": the calendar week, or the five sessions after the news.
    if (w.kind === 'week' && w.event && !w.weekEnd && (!w.part || w.part === 'whole'))
      dims.push([{ week: 'calendar' }, { week: 'sessions' }]);
    if (w.kind === 'month-to-date' || (monthly && asOf))
      dims.push([{ period: 'month' }, { period: 'to-date' }]);
    const groups = claim.subjects.map(sizeGroup);
    const g = groups.find((x) => x !== null);
    const barsOnly = claim.subjects.every((s) => !sizeGroup(s) && !isMarket(s));
    const eventWindow = w.kind === 'since' || w.kind === 'sessions';
    if (claim.metric === 'points') {
      // Points are of the closes quoted (no total return, no ETF's): the window's base and timing only.
      dims.push(bases(w.kind, monthly).map((base) => ({ base })));
      if (eventWindow) dims.push(TIMINGS);
    } else if (
      claim.metric === 'rank' ||
      claim.metric === 'breadth' ||
      claim.subjects.some((s) => sectorSubject(s))
    ) {
      dims.push(...sectorDims(claim, own, monthly));
    } else if (claim.subjects.some((s) => regionSubject(s) || unheldSubject(s) || isFactor(s))) {
      // French's regional factors and SMB: closes only; the base moves to t0's close at most.
      if (!monthly) dims.push([{ base: 'close-before' }, { base: 'close-t0' }]);
    } else if (barsOnly) {
      dims.push([{ returnType: 'total' }, { returnType: 'price' }]);
      dims.push(bases(w.kind, monthly).map((base) => ({ base })));
      if (eventWindow) dims.push(TIMINGS);
      if (claim.subjects.some((s) => s in INDEX_ETF)) dims.push([{ proxy: 'index' }, { proxy: 'etf' }]);
      if (claim.metric === 'excess-return' && (claim.subjects.length === 1 || isMarket(claim.subjects[1])))
        dims.push(MARKETS.map((market) => ({ market })));
    } else {
      if (!monthly) dims.push([{ base: 'close-before' }, { base: 'close-t0' }]);
      if (eventWindow) dims.push(TIMINGS);
      dims.push(
        groupEngines(
          claim.metric,
          g?.share ?? 10,
          own,
          claim.subjects.length === 1 || claim.subjects.some(isMarket),
        ),
      );
    }
  }
  // "has averaged 2% a year": the mean of the yearly returns, or their compound rate.
  if (own.rate === 'annual-mean') dims.push([{ rate: 'annual-mean' }, { rate: 'annual' }]);
  const seen = new Set<string>();
  return [own, ...product(own, dims)].filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How many conventions differ from the claim's own. */
export function changes(own: Resolved, c: Resolved): number {
  let n = 0;
  for (const k of Object.keys(own) as (keyof Resolved)[]) if (own[k] !== c[k]) n++;
  return n;
}

/** The claim's window as the convention reads it: a month whole or to date; an event's week or five sessions. */
export function periodWindow(claim: Claim, c: Resolved, asOf?: string): Claim {
  const w = claim.window;
  if (w.kind === 'month' && c.period === 'to-date')
    return { ...claim, window: { kind: 'month-to-date', month: w.month, to: asOf } };
  if (w.kind === 'month-to-date' && c.period === 'month')
    return { ...claim, window: { kind: 'month', month: w.month } };
  if (w.kind === 'week' && w.event && !w.weekEnd && c.week === 'sessions')
    return { ...claim, window: { kind: 'sessions', event: w.event, sessions: 5 } };
  return claim;
}
