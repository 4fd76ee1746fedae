/**
 * The sector questions a command or route asks of the store: which sector each panel stock is in (and how
 * many have one), sector × size bucket series, and, around an event, the sector ranking and the sector
 * decomposition of the size spread.
 *
 * Window convention (as `capgap event`): the news of DATE lands after the close (t0 = the next session);
 * window [a, b] runs from the close of t0+a−1 to the close of t0+b. The portfolios are formed once at the
 * window's first close, so one holding period covers the window and the decomposition is exact.
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { nyseCalendar } from '../calendar/nyse.ts';
import { anchorEvent } from '../calendar/trading-days.ts';
import { relativeWindow } from '../calendar/windows.ts';
import { decomposeSpread, type SpreadDecomposition } from '../sectors/decompose.ts';
import { type SectorBucketResult, sectorBuckets } from '../sectors/sector-buckets.ts';
import { rankSectors, type SectorRank } from '../sectors/sector-ranking.ts';
import type { Store } from '../store/store.ts';
import { type LoadPanelOptions, loadPanel } from './panel.ts';
import { coverage, panelSectors, type SectorCoverage, sectorConventions } from './panel-sectors.ts';

/** A sector question around an event. */
export interface SectorEventQuery extends Omit<LoadPanelOptions, 'from' | 'to'> {
  /** The event date (news after the close). */
  event: string;
  /** Window [a, b] in sessions relative to t0; defaults to [0, 2]. */
  window?: [number, number];
  /** Size scheme; defaults to 'terciles'. */
  scheme?: string;
  /** Breakpoints: 'universe' (default) or 'sector'. */
  within?: 'universe' | 'sector';
  types?: readonly string[];
  exchanges?: readonly string[];
  minPrice?: number;
  minCap?: number;
}

/** The answer: the ranking, the decomposition (value and equal weights) and coverage, with conventions. */
export interface SectorEventAnswer {
  event: string;
  window: [number, number];
  /** The window's first close (formation, base) and last close. */
  base: string;
  from: string;
  to: string;
  scheme: string;
  within: 'universe' | 'sector';
  ranking: SectorRank[];
  decomposition: { value: SpreadDecomposition; equal: SpreadDecomposition };
  coverage: SectorCoverage;
  conventions: string[];
  /** The result itself, for callers that need more (charts, instruments). Not serialised. */
  result?: SectorBucketResult;
}

/**
 * Ranks sectors and decomposes the size spread over an event window.
 * @example await querySectorEvent(store, { event: '2016-11-08', window: [0, 4] })
 */
export async function querySectorEvent(store: Store, q: SectorEventQuery): Promise<SectorEventAnswer> {
  const window = q.window ?? [0, 2];
  const probe = toDay(q.event);
  const cal = nyseCalendar({ from: fromDay(probe - 60), to: fromDay(probe + 400) });
  const anchor = anchorEvent(cal, q.event, 'after-close');
  const w = relativeWindow(cal, anchor, window[0], window[1]);
  const from = fromDay(cal.days[w.from + 1]);
  const panel = await loadPanel(store, { ...q, from: fromDay(toDay(w.fromDate) - 10), to: w.toDate });
  const { sector, source } = await panelSectors(store, panel);
  const res = sectorBuckets(panel, sector, {
    ...q,
    scheme: q.scheme ?? 'terciles',
    formation: w.fromDate,
    weightings: ['value', 'equal'],
    from,
    to: w.toDate,
  });
  if (res.dates.at(-1) !== w.toDate)
    throw new Error(`the stock panel ends ${res.dates.at(-1)}, before the window's last close ${w.toDate}`);
  return {
    event: q.event,
    window,
    base: w.fromDate,
    from,
    to: w.toDate,
    scheme: res.base.scheme.name,
    within: res.within,
    ranking: rankSectors(res),
    decomposition: { value: decomposeSpread(res, 'value'), equal: decomposeSpread(res, 'equal') },
    coverage: coverage(res, source),
    conventions: [
      `window [${window[0]}, ${window[1]}] around ${q.event} (news after the close; t0 = ${anchor.t0Date}): from the ${w.fromDate} close to the ${w.toDate} close`,
      ...sectorConventions(res, 'value').slice(0, 2),
      `formed once at the ${w.fromDate} close; ranking by value-weighted return (equal-weighted beside it); weighting value = formation cap drifting with price, equal = rebalanced daily`,
      'decomposition: each sector’s weight in the smallest and the largest bucket at the window start × its cell return; value weights add up exactly, equal weights leave a rebalancing residual',
    ],
    result: res,
  };
}
