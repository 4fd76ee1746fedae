/** The types `eventSnapshot` reads and returns (src/findings/event-snapshot.ts). */
import type { NewsTiming } from '../calendar/trading-days.ts';
import type { QualityFlag } from '../events/quality/flags.ts';
import type { Provenance } from '../provenance.ts';
import type { MonthSpread } from './month-spread.ts';
import type { SinceReturn } from './returns-since.ts';
import type { BucketWindowReturn } from './size-window.ts';

/** A price series as the snapshot needs it (the store's PriceSeries fits). */
export interface SnapshotPriceSeries {
  id: string;
  basis: string;
  provenance: Provenance;
  days: Int32Array;
  values: Float64Array;
  /** Bars left out because their day was not an NYSE session (ISO dates), said in the flags. */
  offSession?: string[];
}

/** A panel of portfolio returns on one date axis (the store's PortfolioPanel fits). */
export interface SnapshotPanel {
  provenance: Provenance;
  days: Int32Array;
  returns: Record<string, Float64Array>;
}

/** What `eventSnapshot` reads. */
export interface SnapshotData {
  prices: SnapshotPriceSeries[];
  missing: { id: string; reason: string }[];
  dailyVW: SnapshotPanel;
  /** Mkt-RF + RF, daily, decimal. */
  market: { provenance: Provenance; days: Int32Array; values: Float64Array };
  monthlyVW: SnapshotPanel;
  monthlyEW: SnapshotPanel;
}

/**
 * The first look at an event, in the JSON vocabulary (docs/json.md): dates are `eventDate`, `t0`, `baseDate`,
 * `endDate`; `window` is { from, to } in sessions relative to t0; each block holding returns says `unit`.
 */
export interface EventSnapshot {
  eventDate: string;
  timing: NewsTiming;
  /** t0 and the base close on the NYSE calendar: the report's one t0 (a series off it is flagged). */
  t0: string;
  baseDate: string;
  /** Data-quality flags (docs/quality.md): what each figure depends on that is suspect. */
  flags: QualityFlag[];
  conventions: Record<string, string>;
  indices: {
    id: string;
    name: string;
    basis: string;
    provenance: Provenance;
    t0: string;
    baseDate: string;
    /** The unit of `returns[].value`. */
    unit: 'decimal';
    returns: SinceReturn[];
    beyondData: number[];
  }[];
  size: {
    window: { from: number; to: number };
    t0: string;
    /** The close before the window's first session. */
    baseDate: string;
    /** The window's last session. */
    endDate: string;
    sessions: string[];
    /** The unit of every value, market and excess in `groups`. */
    unit: 'decimal';
    provenance: Provenance;
    /** The market: Mkt-RF + RF of French's factors. */
    market: Provenance;
    groups: Record<string, BucketWindowReturn[]>;
  } | null;
  /** The unit of `result.small`, `large`, `spread` and `widestSince.spread`. */
  spreads: { weighting: 'value' | 'equal'; provenance: Provenance; unit: 'decimal'; result: MonthSpread }[];
  notes: string[];
}
