/**
 * The second pass of the stock-span path: one scatter of the rows, in any order, into the ragged stock-span
 * grid (stock-spans.ts), each stock's days contiguous. A cell holds the row's price, -1 for a row whose
 * price is missing (NaN or <= 0: no bar, as panel.ts), NaN for no row. On formation days the scatter also
 * hands the row's cap to the formation-cap table (formation-caps.ts); every row's cap goes into a second
 * grid only when asked (value-lag weights). A (stock, day) pair given twice is rejected here.
 *
 * Cost: one random write a row into `cells × 8` bytes (17 ns a row at 10M rows on a quiet machine, the
 * engine's largest step), against the day-block index's two-level sort (docs/portfolios.md).
 */
import { formationCaps } from './formation-caps.ts';
import type { WalkState } from './formed.ts';
import type { Panel } from './panel.ts';
import type { StockSpans } from './stock-spans.ts';

/** A panel on its stock-span grid. */
export interface SpanGrid extends StockSpans {
  /** Per cell: the row's price, -1 for a row with a missing price, NaN for no row. */
  price: Float64Array;
  /** Per cell: the row's cap (NaN for no row or no cap), when asked for; else null. */
  cap: Float64Array | null;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Day indices of the formations; `formationCaps` as PanelIndex.formationCaps. */
  formations: Int32Array;
  formationCaps: Float64Array;
  nStocks: number;
  ids: readonly string[];
}

/** The scatter; returns the first row whose (stock, day) cell is already taken, or -1. */
function scatter(
  panel: Panel,
  sp: StockSpans,
  price: Float64Array,
  cap: Float64Array | null,
  formOf: Int32Array,
  onFormationDay: (g: number, s: number, c: number) => void,
): number {
  const { stock, day } = panel;
  const { dayIndex, base, lo } = sp;
  for (let i = 0; i < stock.length; i++) {
    const s = stock[i];
    const k = day[i] - lo;
    const c = base[s] + dayIndex[k];
    if (!Number.isNaN(price[c])) return i;
    const p = panel.price[i];
    if (p > 0) {
      price[c] = p;
      const g = formOf[k];
      if (g >= 0) onFormationDay(g, s, panel.cap[i]);
    } else price[c] = -1;
    if (cap) cap[c] = panel.cap[i];
  }
  return -1;
}

/**
 * Scatters a panel onto its spans; `formations` are the day indices whose caps the formations need.
 * @example const g = spanGrid(panel, stockSpans(panel), formations, false); g.price[g.base[s] + d]
 */
export function spanGrid(panel: Panel, sp: StockSpans, formations: Int32Array, rowCaps: boolean): SpanGrid {
  const S = panel.ids.length;
  const price = new Float64Array(sp.cells).fill(Number.NaN);
  const cap = rowCaps ? new Float64Array(sp.cells).fill(Number.NaN) : null;
  const formOf = new Int32Array(sp.dayIndex.length).fill(-1);
  for (let g = 0; g < formations.length; g++) formOf[sp.days[formations[g]] - sp.lo] = g;
  const caps = formationCaps(formations.length, S);
  const dup = scatter(panel, sp, price, cap, formOf, caps.onFormationDay);
  if (dup >= 0) {
    const s = panel.stock[dup];
    throw new Error(
      `invalid panel: stock ${panel.ids[s]} has two rows on day ${panel.day[dup]} (row ${dup})`,
    );
  }
  caps.fillMissing(panel, sp.days, formations);
  const first = new Int32Array(S).fill(-1);
  for (let s = 0; s < S; s++) {
    for (let d = sp.start[s]; d <= sp.end[s]; d++) {
      if (price[sp.base[s] + d] > 0) {
        first[s] = d;
        break;
      }
    }
  }
  return { ...sp, price, cap, first, formations, formationCaps: caps.table, nStocks: S, ids: panel.ids };
}

/**
 * The state at the close of formation g (day index formations[g]) that eligibility reads: a stock's price
 * and `seen` = that day when it has a valid bar that day (else NaN and -1: it cannot be eligible), and its
 * cap at that close from the formation-cap table.
 * @example const st = formationState(g, 0); eligibleAt(g, st, g.formations[0], checks)
 */
export function formationState(grid: SpanGrid, g: number): WalkState {
  const S = grid.nStocks;
  const f = grid.formations[g];
  const state: WalkState = {
    price: new Float64Array(S).fill(Number.NaN),
    cap: grid.formationCaps.slice(g * S, (g + 1) * S),
    seen: new Int32Array(S).fill(-1),
  };
  for (let s = 0; s < S; s++) {
    if (f < grid.start[s] || f > grid.end[s]) continue;
    const p = grid.price[grid.base[s] + f];
    if (p > 0) {
      state.price[s] = p;
      state.seen[s] = f;
    }
  }
  return state;
}
