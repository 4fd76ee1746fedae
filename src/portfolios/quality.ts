/**
 * The data-quality report of a gridded panel: nothing is dropped silently, so everything the engine
 * carries forward or might be a data error is counted here.
 * - stale prices: runs of at least `staleDays` consecutive bars with the same price;
 * - jumps: bar-to-bar returns with |r| > `jump` (default 0.5 = 50%);
 * - gaps: missing bars between a stock's first and last bar (filled with the last price);
 * - ended early: stocks whose last bar is before the panel's last day (delisted or halted; held at their
 *   last price until the next formation);
 * - bad prices: rows with a price that is NaN or <= 0 (treated as no bar).
 */
import { fromDay } from '../calendar/dates.ts';
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
  for (let s = 0; s < S; s++) {
    const a = grid.first[s];
    if (a < 0) continue;
    let runStart = a;
    let runBars = 1;
    let lastBar = a;
    let stockRuns = 0;
    let stockJumps = 0;
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
      lastBar = d;
    }
    runs += stockRuns;
    if (stockRuns) staleStocks++;
    jumps += stockJumps;
    if (stockJumps) jumpStocks++;
    if (gaps) {
      gapStocks++;
      gapDays += gaps;
    }
    if (grid.last[s] < D - 1) ended.push({ id: ids[s], lastDate: fromDay(days[grid.last[s]]) });
  }
  staleTop.sort((x, y) => y.bars - x.bars || (x.id < y.id ? -1 : 1));
  jumpTop.sort((x, y) => Math.abs(y.return) - Math.abs(x.return) || (x.id < y.id ? -1 : 1));
  ended.sort((x, y) => (x.lastDate < y.lastDate ? -1 : x.lastDate > y.lastDate ? 1 : x.id < y.id ? -1 : 1));
  return {
    stale: { runs, stocks: staleStocks, top: staleTop.slice(0, limit) },
    jumps: { count: jumps, stocks: jumpStocks, top: jumpTop.slice(0, limit) },
    gaps: { stocks: gapStocks, days: gapDays },
    endedEarly: { stocks: ended.length, top: ended.slice(0, limit) },
    badPriceRows: grid.badPriceRows,
  };
}
