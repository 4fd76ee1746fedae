/**
 * computeBuckets' options (engine.ts): their parsing, naming the bad value, and the range they select on
 * the panel's trading days (the formations whose holding periods meet the output days [from, to]).
 */
import { fromDay, toDay } from '../calendar/dates.ts';
import { bisectLeft, bisectRight } from '../math/bisect.ts';
import { parseScheme, type Scheme } from './breakpoints.ts';
import { type Formation, formationDays, formationName, parseFormation } from './formation.ts';
import { WEIGHTINGS, type Weighting } from './kernel.ts';
import type { UniverseOptions } from './universe.ts';

/** Options of computeBuckets; every field has a default. */
export interface BucketOptions extends UniverseOptions {
  /** deciles | quintiles | terciles | 30-40-30 | p:10,50,90 | coverage:70,85,98; defaults to 'deciles'. */
  scheme?: string;
  /** Which stocks set the breakpoints: 'all' eligible stocks (default) or 'nyse' (NYSE-listed only, as French). */
  breakpoints?: 'all' | 'nyse';
  /** A date (form once at the last close on or before it), 'monthly', 'quarterly' or 'june'; defaults to 'june'. */
  formation?: string;
  /** Weightings to compute (see kernel.ts); defaults to ['equal', 'value']. */
  weightings?: readonly Weighting[];
  /** First output day (ISO); defaults to the day after the first formation. */
  from?: string;
  /** Last output day (ISO); defaults to the panel's last day. */
  to?: string;
  /**
   * Which walk computes the returns: 'stock-spans' (span-walk.ts), 'day-blocks' (kernel.ts) or 'auto'
   * (default: stock spans unless their grid has more than SPAN_CELLS_PER_ROW cells a row; see pickPath).
   * Both give the same series up to the order of the sums within a day.
   */
  path?: 'auto' | EnginePath;
  /** Cells a tile of the stock-span grid aims at (span-tiles.ts: tileCellsFor by default); Infinity: one tile. */
  tileCells?: number;
}

/** The engine's two walks (engine.ts). */
export type EnginePath = 'stock-spans' | 'day-blocks';

/**
 * The stock-span path is taken while the spans hold at most this many cells a row. Its memory is the
 * rows' (12 bytes a row partitioned, one tile of cells), but it fills and walks every cell, so a panel
 * whose stocks have long gaps inside their spans (cells ≫ rows) takes the day blocks, whose cost is per
 * row. The bench panel has 1.01 cells a row.
 */
export const SPAN_CELLS_PER_ROW = 4;

/**
 * The path for a panel of `rows` rows whose stock spans hold `cells` cells (stock-spans.ts).
 * @example pickPath('auto', 9.83e6, 9.73e6) // 'stock-spans'
 */
export function pickPath(asked: BucketOptions['path'], cells: number, rows: number): EnginePath {
  if (asked === 'stock-spans' || asked === 'day-blocks') return asked;
  return cells <= SPAN_CELLS_PER_ROW * Math.max(rows, 1) && cells < 2 ** 31 ? 'stock-spans' : 'day-blocks';
}

/** Parsed options. */
export interface ParsedOptions {
  scheme: Scheme;
  formation: Formation;
  weightings: Weighting[];
}

/** Parses and checks options, naming the bad value. */
export function parseOptions(o: BucketOptions): ParsedOptions {
  const scheme = parseScheme(o.scheme ?? 'deciles');
  const formation = parseFormation(o.formation ?? 'june');
  const weightings = [...(o.weightings ?? ['equal', 'value'])];
  for (const w of weightings) {
    if (!WEIGHTINGS.includes(w))
      throw new Error(`invalid weighting: "${w}"; expected one of ${WEIGHTINGS.join(', ')}`);
  }
  const bp = o.breakpoints ?? 'all';
  if (bp !== 'all' && bp !== 'nyse')
    throw new Error(`invalid breakpoints: "${bp}"; expected "all" or "nyse"`);
  if (o.path !== undefined && !['auto', 'stock-spans', 'day-blocks'].includes(o.path))
    throw new Error(`invalid path: "${o.path}"; expected auto, stock-spans or day-blocks`);
  if (o.from) toDay(o.from);
  if (o.to) toDay(o.to);
  return { scheme, formation, weightings };
}

/** The output range over the trading days and the formations that serve it. */
export interface HoldingRange {
  /** Day indices of the first and last output day. */
  fromIdx: number;
  toIdx: number;
  /** Ascending day indices of the formations whose holding periods meet [fromIdx, toIdx]. */
  formations: Int32Array;
}

/**
 * The output range and its formations over the trading days `days`; throws naming the bad value when the
 * panel is too short, no formation day is inside it, or no portfolio is formed before `from`.
 * @example holdingRange(days, { kind: 'june' }, {}).formations
 */
export function holdingRange(days: Int32Array, formation: Formation, options: BucketOptions): HoldingRange {
  const D = days.length;
  if (D < 2) throw new Error(`the panel has ${D} trading day(s); need at least 2`);
  const allF = formationDays(days, formation);
  if (allF.length === 0)
    throw new Error(`formation ${formationName(formation)}: no formation day inside the panel`);
  const fromIdx = options.from ? bisectLeft(days, toDay(options.from)) : allF[0] + 1;
  const toIdx = options.to ? bisectRight(days, toDay(options.to)) - 1 : D - 1;
  if (fromIdx > toIdx)
    throw new Error(`empty range: --from ${options.from} --to ${options.to} holds no trading day`);
  if (allF[0] >= fromIdx) {
    throw new Error(
      `no portfolio is formed before ${fromDay(days[fromIdx])}: the first formation is ${fromDay(days[allF[0]])}`,
    );
  }
  // Formations whose holding periods meet [fromIdx, toIdx].
  let startF = 0;
  while (startF + 1 < allF.length && allF[startF + 1] < fromIdx) startF++;
  let nForm = startF;
  while (nForm < allF.length && allF[nForm] < toIdx) nForm++;
  return { fromIdx, toIdx, formations: allF.subarray(startF, nForm) };
}
