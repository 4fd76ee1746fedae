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
