/**
 * The data-quality report of a gridded panel: nothing is dropped silently, so everything the engine
 * carries forward or might be a data error is counted here.
 * - stale prices: runs of at least `staleDays` consecutive bars with the same price;
 * - jumps: bar-to-bar returns with |r| > `jump` (default 0.5 = 50%);
 * - gaps: missing bars between a stock's first and last bar (filled with the last price);
 * - ended early: stocks whose last bar is before the panel's last day (delisted or halted; held at their
 *   last price until the next formation);
 * - bad prices: rows with a price that is NaN or <= 0 (treated as no bar);
 * - split-like moves: bar-to-bar price ratios within 2% of a split ratio (2:1, 3:1, 3:2, 4:1, 5:1, 10:1 and
 *   their reverses such as 1:10), the mark of a split the prices were not adjusted for;
 * - missing sessions: NYSE sessions between the panel's first and last day with no bar for any stock (the
 *   grid only knows days with a bar, so such a day would otherwise vanish without a trace).
 */
import { fromDay } from '../calendar/dates.ts';
import { isNyseSession } from '../calendar/nyse.ts';

/** Split ratios (new shares per old share) a bar-to-bar move is compared with; reverse splits are 1/r. */
export const SPLIT_RATIOS: readonly [number, string][] = [
  [2, '2:1'],
  [3, '3:1'],
  [1.5, '3:2'],
  [4, '4:1'],
  [5, '5:1'],
  [10, '10:1'],
];

/** Relative tolerance of a split-like move: |ratio × split − 1| <= 2% (the `buckets --quality` default). */
export const SPLIT_TOLERANCE = 0.02;

/**
 * The split a price ratio (today / yesterday) looks like, or null: 0.5 → '2:1', 10 → '1:10' (reverse);
 * `tolerance` is relative (default SPLIT_TOLERANCE).
 * @example splitLike(0.502) // '2:1'
 */
export function splitLike(ratio: number, tolerance = SPLIT_TOLERANCE): string | null {
  if (!(ratio > 0)) return null;
  for (const [r, label] of SPLIT_RATIOS) {
    if (Math.abs(ratio * r - 1) <= tolerance) return label;
    if (Math.abs(ratio / r - 1) <= tolerance) return label.split(':').reverse().join(':');
  }
  return null;
}

import type { PanelGrid } from './panel.ts';

/** Options of qualityReport. */
export interface QualityOptions {
  /** Bars in a row with an unchanged price that count as stale; defaults to 5. */
  staleDays?: number;
  /** |return| above which a bar-to-bar move is a jump; defaults to 0.5. */
  jump?: number;
  /** Entries kept in each list (counts are always complete); defaults to 20. */
  limit?: number;
}

/** The report: full counts, and the first `limit` entries of each list (largest first). */
export interface QualityReport {
  stale: { runs: number; stocks: number; top: { id: string; from: string; to: string; bars: number }[] };
  jumps: { count: number; stocks: number; top: { id: string; date: string; return: number }[] };
  gaps: { stocks: number; days: number };
  endedEarly: { stocks: number; top: { id: string; lastDate: string }[] };
  badPriceRows: number;
  /** Moves that look like an unadjusted split (see SPLIT_RATIOS), per stock and day. */
  splitLike: {
    count: number;
    stocks: number;
    top: { id: string; date: string; ratio: string; return: number }[];
  };
  /** NYSE sessions inside the panel's span with no bar at all. */
  missingSessions: { count: number; dates: string[] };
}

/**
 * Scans the grid for stale prices, jumps, gaps and early ends.
 * @example qualityReport(gridPanel(panel), panel.ids, { jump: 0.5 }).jumps.count
 */
export function qualityReport(
  grid: PanelGrid,
  ids: readonly string[],
  options: QualityOptions = {},
): QualityReport {
  const staleDays = options.staleDays ?? 5;
  const jump = options.jump ?? 0.5;
  const limit = options.limit ?? 20;
  const { days, nStocks: S, price: P, observed: O } = grid;
  const D = days.length;
  const staleTop: QualityReport['stale']['top'] = [];
  const jumpTop: QualityReport['jumps']['top'] = [];
  const ended: QualityReport['endedEarly']['top'] = [];
  let runs = 0;
  let staleStocks = 0;
  let jumps = 0;
  let jumpStocks = 0;
  let gapStocks = 0;
  let gapDays = 0;
  let splits = 0;
  let splitStocks = 0;
  const splitTop: QualityReport['splitLike']['top'] = [];
  for (let s = 0; s < S; s++) {
    const a = grid.first[s];
    if (a < 0) continue;
    let runStart = a;
    let runBars = 1;
    let lastBar = a;
    let stockRuns = 0;
    let stockJumps = 0;
    let stockSplits = 0;
    let gaps = 0;
    for (let d = a + 1; d <= grid.last[s] + 1; d++) {
      const end = d > grid.last[s];
      if (!end && !O[d * S + s]) {
        gaps++;
        continue;
      }
      const same = !end && P[d * S + s] === P[lastBar * S + s];
      if (same) runBars++;
      if (!same) {
        if (runBars >= staleDays) {
          stockRuns++;
          staleTop.push({
            id: ids[s],
            from: fromDay(days[runStart]),
            to: fromDay(days[lastBar]),
            bars: runBars,
          });
        }
        runStart = d;
        runBars = 1;
      }
      if (end) break;
      const r = P[d * S + s] / P[lastBar * S + s] - 1;
      if (Math.abs(r) > jump) {
        stockJumps++;
        jumpTop.push({ id: ids[s], date: fromDay(days[d]), return: r });
      }
      const split = Math.abs(r) > 0.3 ? splitLike(1 + r) : null;
      if (split) {
        stockSplits++;
        splitTop.push({ id: ids[s], date: fromDay(days[d]), ratio: split, return: r });
      }
      lastBar = d;
    }
    runs += stockRuns;
    if (stockRuns) staleStocks++;
    jumps += stockJumps;
    if (stockJumps) jumpStocks++;
    splits += stockSplits;
    if (stockSplits) splitStocks++;
    if (gaps) {
      gapStocks++;
      gapDays += gaps;
    }
    if (grid.last[s] < D - 1) ended.push({ id: ids[s], lastDate: fromDay(days[grid.last[s]]) });
  }
  staleTop.sort((x, y) => y.bars - x.bars || (x.id < y.id ? -1 : 1));
  jumpTop.sort((x, y) => Math.abs(y.return) - Math.abs(x.return) || (x.id < y.id ? -1 : 1));
  ended.sort((x, y) => (x.lastDate < y.lastDate ? -1 : x.lastDate > y.lastDate ? 1 : x.id < y.id ? -1 : 1));
  splitTop.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
  const missing: string[] = [];
  for (let k = 1; k < D; k++) {
    for (let d = days[k - 1] + 1; d < days[k]; d++) if (isNyseSession(d)) missing.push(fromDay(d));
  }
  return {
    splitLike: { count: splits, stocks: splitStocks, top: splitTop.slice(0, limit) },
    missingSessions: { count: missing.length, dates: missing.slice(0, limit) },
    stale: { runs, stocks: staleStocks, top: staleTop.slice(0, limit) },
    jumps: { count: jumps, stocks: jumpStocks, top: jumpTop.slice(0, limit) },
    gaps: { stocks: gapStocks, days: gapDays },
    endedEarly: { stocks: ended.length, top: ended.slice(0, limit) },
    badPriceRows: grid.badPriceRows,
  };
}
