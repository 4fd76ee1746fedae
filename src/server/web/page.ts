/**
 * What the page's scripts share while it runs: the lists the API offered (events, sets, schemes), the state
 * shown, the request sequence (a late answer to an older request is dropped), and how each card redraws.
 */
import { showChart } from './card.ts';
import type { ChartOut } from './chart-out.ts';
import { $ } from './dom.ts';
import { type QueryRef, queryLine } from './query-line.ts';
import type { PageState } from './state.ts';

/** An event the page offers (a preset or a member of a set). */
export interface Preset {
  date: string;
  timing: string;
  label: string;
}

/** A size scheme as /api/schemes offers it. */
export interface Scheme {
  id: string;
  label: string;
  /** 'french' (size portfolios) or 'bars' (index closes). */
  kind?: string;
  small: string;
  large: string;
  weightings: string[];
  /** The first and last dates its legs have (null when the store lacks them). */
  from?: string | null;
  through: string | null;
  unavailable: { weighting: string; reason: string }[];
}

/** A region the store holds, as /api/regions offers it. */
export interface RegionOffer {
  id: string;
  label: string;
  dataset: string | null;
  from?: string;
  through?: string;
  vintage?: string | null;
}

/** The event list's entry for a typed date. */
export const CUSTOM = 'custom';

/** The chart cards: id, heading, test id of the chart. */
export const CARDS = [
  ['card-since', 'Since the event', 'chart-since'],
  ['card-spread', 'Gap by day', 'chart-spread'],
  ['card-set', 'Every election', 'set-chart'],
  ['card-compare', 'Events compared', 'compare-chart'],
] as const;

/** The page's shared, mutable data. */
export const page = {
  presets: [] as Preset[],
  /** The sets the event list offers now (the US sets, plus the regional ones when a region is chosen). */
  sets: {} as Record<string, Preset[]>,
  /** How the event list names a set ('UK general elections'); the set's id when absent. */
  setLabels: {} as Record<string, string>,
  /** The US sets (/api/events) and the regional sets (/api/regions). */
  usSets: {} as Record<string, Preset[]>,
  regionSets: {} as Record<string, { name: string; events: Preset[] }>,
  /** The regions the store holds, the US first. */
  regions: [{ id: 'us', label: 'US', dataset: null }] as RegionOffer[],
  schemes: [] as Scheme[],
  /** Bumped by every update; a panel whose number is not the latest drops its answer. */
  seq: 0,
  /** True once a first answer was shown (later failures mark panels stale rather than empty). */
  loaded: false,
  state: undefined as unknown as PageState,
  /** How each card redraws at a new width (charts resize to their container). */
  draws: new Map<string, (w: number) => ChartOut>(),
};

/** Every event offered: presets, then the sets' members. */
export const allEvents = (): Preset[] => [...page.presets, ...Object.values(page.sets).flat()];
/** An event's label, or its date. */
export const labelOf = (date: string): string => allEvents().find((p) => p.date === date)?.label ?? date;
/** A card's drawing width. */
export const widthOf = (card: string): number =>
  Math.max(280, Math.min(940, Math.floor($(card).clientWidth || 900)));

/**
 * Draws a card's chart at its width and keeps the drawing for resizes (null clears the card); `query` names
 * the API URL that returns the chart's numbers and their dates, under the chart.
 */
export function draw(card: string, f: ((w: number) => ChartOut) | null, query?: QueryRef): void {
  if (f) page.draws.set(card, f);
  else page.draws.delete(card);
  showChart(card, f ? f(widthOf(card)) : null);
  queryLine(`${card}-query`, f && query ? query : null);
}
