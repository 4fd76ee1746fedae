/** The types `eventSnapshot` reads and returns (src/findings/event-snapshot.ts). */
import type { NewsTiming } from '../calendar/trading-days.ts';
import type { QualityFlag } from '../events/quality/flags.ts';
import type { MonthSpread } from './month-spread.ts';
import type { SinceReturn } from './returns-since.ts';
import type { BucketWindowReturn } from './size-window.ts';

/** A price series as the snapshot needs it (io's PriceSeries fits). */
export interface SnapshotPriceSeries {
  id: string;
  dataset: string;
  basis: string;
  vintage: string | null;
  days: Int32Array;
  values: Float64Array;
  /** Bars left out because their day was not an NYSE session (ISO dates), said in the flags. */
  offSession?: string[];
}

/** A panel of portfolio returns on one date axis (io's PortfolioPanel fits). */
export interface SnapshotPanel {
  dataset: string;
  vintage: string;
  weighting: string;
  days: Int32Array;
  returns: Record<string, Float64Array>;
}

/** What `eventSnapshot` reads. */
export interface SnapshotData {
  prices: SnapshotPriceSeries[];
  missing: { id: string; reason: string }[];
  dailyVW: SnapshotPanel;
  market: { dataset: string; vintage: string; days: Int32Array; values: Float64Array };
  monthlyVW: SnapshotPanel;
  monthlyEW: SnapshotPanel;
}

export interface EventSnapshot {
  event: { date: string; timing: NewsTiming };
  /** t0 and the base close on the NYSE calendar: the report's one t0 (a series off it is flagged). */
  t0: string;
  baseDate: string;
  /** Data-quality flags (docs/quality.md): what each figure depends on that is suspect. */
  flags: QualityFlag[];
  conventions: Record<string, string>;
  indices: {
    id: string;
    name: string;
    dataset: string;
    vintage: string | null;
    basis: string;
    t0: string;
    base: string;
    returns: SinceReturn[];
    beyondData: number[];
  }[];
  size: {
    window: [number, number];
    from: string;
    to: string;
    sessions: string[];
    source: string;
    market: string;
    groups: Record<string, BucketWindowReturn[]>;
  } | null;
  spreads: { weighting: 'value' | 'equal'; source: string; result: MonthSpread }[];
  notes: string[];
}
