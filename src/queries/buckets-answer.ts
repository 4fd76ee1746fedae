/** The size-bucket question (`queryBuckets`) and its answer: the options, the series and their provenance. */
import type { BucketOptions, FormationInfo } from '../portfolios/engine.ts';
import type { Weighting } from '../portfolios/kernel.ts';
import type { QualityReport } from '../portfolios/quality.ts';
import type { Contribution } from '../portfolios/windows.ts';
import type { LoadPanelOptions } from './panel.ts';

/** A bucket query: the engine's options plus where the series come from. */
export interface BucketQuery
  extends Omit<BucketOptions, 'weightings'>,
    Omit<LoadPanelOptions, 'from' | 'to'> {
  /** 'stocks' (default) builds buckets from the panel; 'french' reads French's published series. */
  source?: 'stocks' | 'french';
  /** One weighting; defaults to 'value'. French has 'equal' and 'value' only. */
  weighting?: Weighting;
  /** 'daily' (default) or 'monthly' (calendar months compounded from daily stock-built returns). */
  frequency?: 'daily' | 'monthly';
  /** French dataset name; defaults to 'french/Portfolios_Formed_on_ME'. */
  frenchDataset?: string;
  /** Stocks only: add the data-quality report of the loaded panel. */
  quality?: boolean;
  /** Stocks only: add per-stock contributions to this bucket over the range (one holding period). */
  contributionsOf?: string;
  /** Stocks only: add where the time went (`timings`). */
  timings?: boolean;
}

/** Milliseconds per step of a stock-built query. */
export interface BucketTimings {
  /** Reading the panel from the store into typed columns (loadPanel). */
  storeRead: number;
  /** Grouping the rows by day (the engine's counting sort). */
  index: number;
  /** Formations, breakpoints, the kernel and the output series (computeBuckets after the index). */
  compute: number;
  /** The whole query, including the answer's assembly. */
  total: number;
}

/** The answer: a return series per bucket, with its provenance. */
export interface BucketSeries {
  source: 'stocks' | 'french';
  dataset: string;
  vintage: string | null;
  frequency: 'daily' | 'monthly';
  weighting: string;
  scheme: string;
  /** Bucket labels, smallest first; stock-built series add 'market' (the EW/VW universe) last. */
  labels: string[];
  dates: string[];
  /** returns[i][k]: decimal return of labels[k] on dates[i] (null where missing). */
  returns: (number | null)[][];
  /** Compounded over all of `dates`, per label. */
  compounded: (number | null)[];
  /** The conventions the numbers depend on, in words. */
  conventions: string[];
  formations?: FormationInfo[];
  quality?: QualityReport;
  contributions?: { bucket: string; top: Contribution[] };
  timings?: BucketTimings;
}
