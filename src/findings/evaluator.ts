/**
 * Evaluating a claim: the `Evaluator` interface (one function per metric kind, taking the claim and a full
 * set of conventions, returning a value with provenance or a reason it cannot), and `ClaimData`, the data
 * an evaluator reads. The store-backed ClaimData lives in src/queries/claims-data.ts; tests inject their own.
 */
import type { Claim, ClaimConventions } from './claim.ts';
import type { Provenance } from './finding.ts';

/** Conventions with every field decided. */
export type Resolved = Required<ClaimConventions>;

/** A computed value (decimal return/pp, or USD) with what it was computed from. */
export interface Evaluation {
  value: number;
  /** From/to dates actually used (base close date and end close date). */
  from: string;
  to: string;
  /** One line: what was compounded, e.g. '^RUT close 2016-11-08 → close 2016-11-15'. */
  description: string;
  provenance: Provenance;
  /** Conventions the value rests on, stated in the verdict ('in US dollars', 'sector = XLI, …'). */
  notes?: string[];
  /**
   * A rank claim's whole order (./evaluate-rank.ts), first from the end the claim names: each sector's
   * place, name and return over the window (decimal).
   */
  ranking?: { place: number; name: string; value: number }[];
}

/**
 * Why a claim cannot be checked under some conventions (missing data, window outside the data). `needs`
 * names the command that would add the missing data, e.g. 'capgap import --kind etf-flows FILE'.
 */
export interface CannotCheck {
  cannot: string;
  needs?: string;
}

/** The command that adds flow data, for 'cannot check' verdicts. */
export const FLOWS_COMMAND = 'capgap import --kind etf-flows FILE';

/** Evaluates one metric kind under one full set of conventions. */
export type EvaluateFn = (claim: Claim, conventions: Resolved) => Promise<Evaluation | CannotCheck>;

/** The evaluator a checker is given: one function per metric kind ('record' optional until one exists). */
export type Evaluator = Record<
  Exclude<Claim['metric'], 'record' | 'rank' | 'distance' | 'level' | 'ratio' | 'points' | 'breadth'>,
  EvaluateFn
> & {
  record?: EvaluateFn;
  rank?: EvaluateFn;
  distance?: EvaluateFn;
  level?: EvaluateFn;
  ratio?: EvaluateFn;
  points?: EvaluateFn;
  breadth?: EvaluateFn;
};

/** A security's bars: day numbers ascending; NaN where a column is missing. */
export interface PriceBars {
  id: string;
  dataset: string;
  vintage: string | null;
  days: Int32Array;
  open: Float64Array;
  close: Float64Array;
  adjClose: Float64Array;
}

/** A dated return series (decimals), e.g. a French portfolio or the market. */
export interface ReturnSeries {
  dataset: string;
  vintage: string;
  days: Int32Array;
  values: Float64Array;
}

/** A stock-built bucket query: one engine configuration, formed once at the close of `formation`. */
export interface StockBucketQuery {
  /** deciles | quintiles | terciles | 30-40-30 | p:25,50,75 | p:50 (src/portfolios/breakpoints.ts). */
  scheme: string;
  breakpoints: 'nyse' | 'all';
  /** 'common' stocks only, or every listed security type. */
  universe: 'common' | 'all';
  /** ISO date of the formation close (the base of the claim's window). */
  formation: string;
  /** Last ISO day needed. */
  to: string;
}

/**
 * Daily returns of stock-built buckets from the formation day on: `days[0]` is the formation day (its
 * row is NaN), then one row per session; `returns[w]` is row-major `days × (labels.length + 1)`, the last
 * column the universe (all eligible stocks under that weighting).
 */
export interface StockBuckets {
  dataset: string;
  labels: string[];
  days: Int32Array;
  returns: Record<'value' | 'equal' | 'equal-hold', Float64Array>;
  /** What the numbers rest on, in words (breakpoints, universe, formation, weights). */
  conventions: string[];
}

/** The data an evaluator reads. Each returns null when the store has none (the evaluator says so). */
export interface ClaimData {
  bars(id: string): Promise<PriceBars | null>;
  portfolio(
    name: string,
    frequency: 'daily' | 'monthly',
    weighting: 'value' | 'equal',
  ): Promise<ReturnSeries | null>;
  /** A French US factor's returns ('SMB': small minus big), the latest vintage; optional. */
  factor?(name: string, frequency: 'daily' | 'monthly'): Promise<ReturnSeries | null>;
  /** French market return Mkt-RF + RF; prefers `vintage` when the store has it. */
  market(frequency: 'daily' | 'monthly', vintage?: string): Promise<ReturnSeries | null>;
  /**
   * A fund category's or one fund's summed daily flows (USD); null when the store holds none, or a
   * CannotCheck naming what is missing (the funds, the file, the command).
   */
  categoryFlows(
    category: string,
  ): Promise<{ dataset: string; days: Int32Array; flows: Float64Array } | CannotCheck | null>;
  /**
   * Stock-built bucket returns, or a CannotCheck naming what is missing (no stock panel; the panel does
   * not cover the dates). Optional: without it every stock-built convention is 'cannot check'.
   */
  stockBuckets?(q: StockBucketQuery): Promise<StockBuckets | CannotCheck>;
  /**
   * Every sector's and sector × size cell's daily returns from the stock panel, formed once at the close of
   * `q.formation` (./claim-sectors.ts). Optional: without it stock-built sector conventions cannot check.
   */
  sectorCells?(q: SectorCellQuery): Promise<SectorCells | CannotCheck>;
  /**
   * A region's daily French series: 'SMB' or 'market' (Mkt-RF + RF), in US dollars, on the region's own
   * trading days; a CannotCheck naming `capgap fetch french` when the store lacks the region.
   */
  regionSeries?(
    region: string,
    name: 'SMB' | 'market',
  ): Promise<(ReturnSeries & { basis: string }) | CannotCheck>;
}

/** A sector × size query: formation close, last day, size scheme and where breakpoints come from. */
export interface SectorCellQuery {
  formation: string;
  to: string;
  /** Size scheme (src/portfolios/breakpoints.ts); 'terciles' for "small-cap" / "large-cap". */
  scheme: string;
  within: 'universe' | 'sector';
}

/**
 * Sector series from the stock panel: `days[0]` is the formation day (its row NaN); `sectors[w]` is row-major
 * `days × groups.length` (whole sectors), `cells[w]` is `days × (groups.length × labels.length)` (cell
 * `g * K + b`, b = 0 the smallest size bucket).
 */
export interface SectorCells {
  dataset: string;
  groups: string[];
  labels: string[];
  days: Int32Array;
  sectors: Record<'value' | 'equal', Float64Array>;
  cells: Record<'value' | 'equal', Float64Array>;
  /** Members per cell at formation, `groups × K`. */
  counts: Int32Array;
  conventions: string[];
}

/** True when an evaluation is a 'cannot check'. */
export function isCannot<T extends object>(e: T | CannotCheck): e is CannotCheck {
  return (e as CannotCheck).cannot !== undefined;
}
