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
import type { Weighting } from '../portfolios/kernel.ts';
import type { Panel } from '../portfolios/panel.ts';
import { decomposeSpread, type SpreadDecomposition } from '../sectors/decompose.ts';
import {
  compoundCells,
  type SectorBucketOptions,
  type SectorBucketResult,
  sectorBuckets,
  UNCLASSIFIED,
} from '../sectors/sector-buckets.ts';
import { type SectorSource, sectorOf } from '../sectors/sector-map.ts';
import { rankSectors, type SectorRank } from '../sectors/sector-ranking.ts';
import type { Store } from '../store/store.ts';
import { type LoadPanelOptions, loadPanel } from './panel.ts';

/** How many stocks have a sector, by where it came from. */
export interface SectorCoverage {
  /** Over the eligible stocks of the (last) formation, and over every stock of the loaded panel. */
  eligible: Record<SectorSource, number>;
  panel: Record<SectorSource, number>;
  /** Eligible stocks per sector (all sizes). */
  bySector: Record<string, number>;
}

/**
 * The GICS sector of every panel stock (null where none) and its source, from `securities`.
 * @example const { sector } = await panelSectors(store, panel);
 */
export async function panelSectors(
  store: Store,
  panel: Panel,
): Promise<{ sector: (string | null)[]; source: SectorSource[] }> {
  const rows = await store.all<{ id: string; sector: string | null; industry: string | null }>(
    'SELECT id, sector, industry FROM securities WHERE sector IS NOT NULL',
  );
  const by = new Map(rows.map((r) => [r.id, sectorOf(r.sector, r.industry)]));
  const sector = panel.ids.map((id) => by.get(id)?.sector ?? null);
  const source = panel.ids.map((id) => by.get(id)?.source ?? 'none');
  return { sector, source };
}

function coverage(res: SectorBucketResult, source: readonly SectorSource[]): SectorCoverage {
  const zero = () => ({ gics: 0, nasdaq: 0, none: 0 });
  const eligible = zero();
  const panel = zero();
  for (const s of source) panel[s]++;
  const last = res.formed.at(-1)!;
  for (const s of last.members) eligible[source[s]]++;
  const bySector: Record<string, number> = {};
  const n = res.counts.at(-1)!;
  res.groups.forEach((g, k) => {
    let t = 0;
    for (let b = 0; b < res.K; b++) t += n[k * res.K + b];
    bySector[g] = t;
  });
  return { eligible, panel, bySector };
}

/** A sector × size query: the engine's options, the panel's sources and where breakpoints come from. */
export interface SectorBucketQuery extends SectorBucketOptions, Omit<LoadPanelOptions, 'from' | 'to'> {
  /** One weighting for the series; defaults to 'value'. */
  weighting?: Weighting;
}

/** Sector × size series with their conventions. */
export interface SectorBucketSeries {
  weighting: Weighting;
  scheme: string;
  within: 'universe' | 'sector';
  labels: string[];
  groups: string[];
  dates: string[];
  /** Compounded over all dates: `compounded[g][b]` (null where the cell is empty). */
  compounded: (number | null)[][];
  /** Members per cell at the last formation. */
  counts: number[][];
  /** Daily returns `returns[i][g][b]`. */
  returns: (number | null)[][][];
  coverage: SectorCoverage;
  conventions: string[];
}

/**
 * Sector × size bucket series from the store's stock panel (`capgap buckets --by sector`).
 * @example await querySectorBuckets(store, { scheme: 'terciles', formation: '2016-11-08', from: '2016-11-09', to: '2016-11-30' })
 */
export async function querySectorBuckets(store: Store, q: SectorBucketQuery): Promise<SectorBucketSeries> {
  const weighting = q.weighting ?? 'value';
  const formation = q.formation ?? 'june';
  const once = /^\d{4}-/.test(formation);
  const back = once ? 10 : formation === 'monthly' ? 45 : formation === 'quarterly' ? 100 : 400;
  const start = q.from
    ? fromDay(Math.min(toDay(q.from), once ? toDay(formation) : Infinity) - back)
    : undefined;
  const panel = await loadPanel(store, { ...q, from: start, to: q.to });
  const { sector, source } = await panelSectors(store, panel);
  const res = sectorBuckets(panel, sector, { ...q, formation, weightings: [weighting] });
  const K = res.K;
  const cells = compoundCells(res, weighting);
  const G = res.groups.length;
  const W = G * K + 1;
  const r = res.returns[weighting]!;
  const last = res.counts.at(-1)!;
  const grid = <T>(f: (g: number, b: number) => T) =>
    res.groups.map((_, g) => res.labels.map((_, b) => f(g, b)));
  return {
    weighting,
    scheme: res.base.scheme.name,
    within: res.within,
    labels: res.labels,
    groups: res.groups,
    dates: res.dates,
    compounded: grid((g, b) => (last[g * K + b] ? nullIfNaN(cells[g * K + b]) : null)),
    counts: grid((g, b) => last[g * K + b]),
    returns: res.dates.map((_, i) => grid((g, b) => nullIfNaN(r[i * W + g * K + b]))),
    coverage: coverage(res, source),
    conventions: conventions(res, weighting),
  };
}

function conventions(res: SectorBucketResult, weighting: Weighting): string[] {
  return [
    `sectors: GICS (2016 names); a stock's GICS sector where a GICS file classified it, else its NASDAQ companylist sector mapped to GICS (docs/sectors.md); stocks with neither are "${UNCLASSIFIED}"`,
    `size: ${res.base.scheme.name} on market cap, breakpoints ${res.within === 'sector' ? 'within each sector (each sector cut on its own eligible stocks)' : 'from the whole eligible universe (the same cut for every sector)'}`,
    `formed ${/^\d{4}-/.test(res.base.formation) ? `once at the ${res.base.formations[0]?.date} close` : res.base.formation}; held from the next session; weighting ${weighting}`,
    'returns from adjusted closes; caps: the 2016-09-21 snapshot carried by each stock’s price change',
  ];
}

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
      ...conventions(res, 'value').slice(0, 2),
      `formed once at the ${w.fromDate} close; ranking by value-weighted return (equal-weighted beside it); weighting value = formation cap drifting with price, equal = rebalanced daily`,
      'decomposition: each sector’s weight in the smallest and the largest bucket at the window start × its cell return; value weights add up exactly, equal weights leave a rebalancing residual',
    ],
    result: res,
  };
}

function nullIfNaN(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Which sector series a claim asks for. */
export interface SectorSeriesQuery {
  /** A GICS sector or a word for one ("industrials", "banks" → Financials). */
  sector: string;
  /** 'small' / 'large' = the smallest / largest bucket of `scheme` inside the sector; null = all sizes. */
  size?: 'small' | 'large' | null;
  /** The close the portfolios are formed at (the event's base close). */
  formation: string;
  /** Last day of the series. */
  to: string;
  weighting?: 'value' | 'equal';
  /** Defaults to 'terciles' with universe breakpoints. */
  scheme?: string;
  within?: 'universe' | 'sector';
}

/**
 * A sector's (or a sector × size cell's) daily returns from the day after `formation` to `to`, in the shape
 * of the claim checker's `ReturnSeries` (src/findings/evaluator.ts), or null without a stock panel. For
 * claims like "industrials led the rally", "banks rose 11 per cent in the week", "small-cap industrials beat
 * large-cap industrials by 5 points" (compound the series over the claim's window).
 * @example await loadSectorSeries(store, { sector: 'industrials', size: 'small', formation: '2016-11-08', to: '2016-11-15' })
 */
export async function loadSectorSeries(
  store: Store,
  q: SectorSeriesQuery,
): Promise<{
  dataset: string;
  vintage: string;
  days: Int32Array;
  values: Float64Array;
  conventions: string[];
} | null> {
  const { parseSector } = await import('../sectors/sector-map.ts');
  const sector = parseSector(q.sector);
  const weighting = q.weighting ?? 'value';
  let panel: Panel;
  try {
    panel = await loadPanel(store, { from: fromDay(toDay(q.formation) - 10), to: q.to });
  } catch {
    return null;
  }
  const { sector: sec } = await panelSectors(store, panel);
  const next = fromDay(toDay(q.formation) + 1);
  const res = sectorBuckets(panel, sec, {
    scheme: q.scheme ?? 'terciles',
    within: q.within ?? 'universe',
    formation: q.formation,
    weightings: [weighting],
    from: next,
    to: q.to,
  });
  const g = res.groups.indexOf(sector);
  if (g < 0) return null;
  const K = res.K;
  const G = res.groups.length;
  const values = new Float64Array(res.dates.length);
  for (let i = 0; i < values.length; i++) {
    if (!q.size) values[i] = res.sectorReturns[weighting]![i * (G + 1) + g];
    else values[i] = res.returns[weighting]![i * (G * K + 1) + g * K + (q.size === 'small' ? 0 : K - 1)];
  }
  const ds = await store.one<{ name: string }>(
    "SELECT name FROM datasets WHERE kind = 'stock-panel' OR name = 'kaggle/stocks' ORDER BY name <> 'kaggle/stocks' LIMIT 1",
  );
  const caps = await store.one<{ v: string | null }>(
    "SELECT max(vintage) AS v FROM datasets WHERE kind = 'companylist'",
  );
  return {
    dataset: ds?.name ?? 'stock panel',
    vintage: caps?.v ? `caps of ${caps.v}` : 'caps as imported',
    days: Int32Array.from(res.dates, (d) => toDay(d)),
    values,
    conventions: conventions(res, weighting),
  };
}
