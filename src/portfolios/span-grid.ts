/**
 * The second pass of the stock-span path: the rows, in any order, onto the stock-span grid
 * (stock-spans.ts), each stock's days contiguous. A cell holds the row's price, -1 for a row whose price is
 * missing (NaN or <= 0: no bar, as panel.ts), NaN for no row; a second grid holds every row's cap only
 * when asked (value-lag weights). With one tile (span-tiles.ts) the rows are scattered straight into the
 * whole grid; with several they are partitioned by tile, and tileOf fills one tile at a time. On formation
 * days the pass also records the row's price and hands its cap to the formation-cap table
 * (formation-caps.ts). A (stock, day) pair given twice is rejected, naming both.
 */
import { formationCaps } from './formation-caps.ts';
import type { WalkState } from './formed.ts';
import type { Panel } from './panel.ts';
import { planTiles, type TilePlan } from './span-tiles.ts';
import type { StockSpans } from './stock-spans.ts';
import { duplicate } from './tile-fill.ts';

/** Prices (and caps, or null) of one tile's cells. */
export interface TileCells {
  price: Float64Array;
  cap: Float64Array | null;
}

/** A panel on its stock-span grid. */
export interface SpanGrid extends StockSpans {
  plan: TilePlan;
  /** One tile: the whole grid. Several: null, and `part` holds the rows by tile. */
  whole: TileCells | null;
  /** Per partitioned row, in tile order: its cell within its tile, price (-1 if missing), cap if asked. */
  part: { cell: Int32Array; price: Float64Array; cap: Float64Array | null } | null;
  /** Day index of each stock's first row with a valid price (-1 if none). */
  first: Int32Array;
  /** Day indices of the formations; `formationCaps` as PanelIndex.formationCaps. */
  formations: Int32Array;
  formationCaps: Float64Array;
  /** `F × S`: the valid price of each stock's row on formation g's day, NaN if none. */
  formationPrice: Float64Array;
  nStocks: number;
  ids: readonly string[];
}

/** Per-row bookkeeping both scatters share: first valid day, formation-day prices and caps. */
interface RowNotes {
  formOf: Int32Array;
  first: Int32Array;
  fprice: Float64Array;
  onFormationDay: (g: number, s: number, c: number) => void;
}

/** Scatters into the whole grid; returns the first row whose cell is already taken, or -1. */
function scatterWhole(panel: Panel, sp: StockSpans, out: TileCells, nt: RowNotes): number {
  const { stock, day, price: px, cap: cx } = panel;
  const { dayIndex, base, lo } = sp;
  const { price, cap } = out;
  const { formOf, first, fprice } = nt;
  const S = first.length;
  for (let i = 0; i < stock.length; i++) {
    const s = stock[i];
    const k = day[i] - lo;
    const x = dayIndex[k];
    const c = base[s] + x;
    if (!Number.isNaN(price[c])) return i;
    const p = px[i];
    if (p > 0) {
      price[c] = p;
      if (x < first[s]) first[s] = x;
      const g = formOf[k];
      if (g >= 0) {
        fprice[g * S + s] = p;
        nt.onFormationDay(g, s, cx[i]);
      }
    } else price[c] = -1;
    if (cap) cap[c] = cx[i];
  }
  return -1;
}

/** Partitions the rows by tile (a counting sort: one sequential output stream per tile). */
function partition(
  panel: Panel,
  sp: StockSpans,
  plan: TilePlan,
  part: NonNullable<SpanGrid['part']>,
  nt: RowNotes,
) {
  const { stock, day, price: px, cap: cx } = panel;
  const { dayIndex, lo } = sp;
  const { tileOf, local } = plan;
  const { formOf, first, fprice } = nt;
  const { cell, price, cap } = part;
  const S = first.length;
  const pos = Int32Array.from(plan.firstRow.subarray(0, plan.firstRow.length - 1));
  for (let i = 0; i < stock.length; i++) {
    const s = stock[i];
    const k = day[i] - lo;
    const x = dayIndex[k];
    const q = pos[tileOf[s]]++;
    cell[q] = local[s] + x;
    const p = px[i];
    if (p > 0) {
      price[q] = p;
      if (x < first[s]) first[s] = x;
      const g = formOf[k];
      if (g >= 0) {
        fprice[g * S + s] = p;
        nt.onFormationDay(g, s, cx[i]);
      }
    } else price[q] = -1;
    if (cap) cap[q] = cx[i];
  }
}

/**
 * Puts a panel onto its spans in tiles of `tileCells` (span-tiles.ts); `formations` are the day indices
 * whose prices and caps the formations need.
 * @example const g = spanGrid(panel, stockSpans(panel), formations, false); g.plan.firstStock.length - 1 // tiles
 */
export function spanGrid(
  panel: Panel,
  sp: StockSpans,
  formations: Int32Array,
  rowCaps: boolean,
  tileCells?: number,
): SpanGrid {
  const S = panel.ids.length;
  const n = panel.stock.length;
  const plan = planTiles(sp, tileCells);
  const formOf = new Int32Array(sp.dayIndex.length).fill(-1);
  for (let g = 0; g < formations.length; g++) formOf[sp.days[formations[g]] - sp.lo] = g;
  const caps = formationCaps(formations.length, S);
  const nt: RowNotes = {
    formOf,
    first: new Int32Array(S).fill(2147483647),
    fprice: new Float64Array(formations.length * S).fill(Number.NaN),
    onFormationDay: caps.onFormationDay,
  };
  let whole: TileCells | null = null;
  let part: SpanGrid['part'] = null;
  if (plan.firstStock.length === 2) {
    whole = {
      price: new Float64Array(sp.cells).fill(Number.NaN),
      cap: rowCaps ? new Float64Array(sp.cells).fill(Number.NaN) : null,
    };
    const dup = scatterWhole(panel, sp, whole, nt);
    if (dup >= 0) duplicate(panel.ids[panel.stock[dup]], panel.day[dup]);
  } else {
    part = { cell: new Int32Array(n), price: new Float64Array(n), cap: rowCaps ? new Float64Array(n) : null };
    partition(panel, sp, plan, part, nt);
  }
  caps.fillMissing(panel, sp.days, formations);
  const first = nt.first.map((d) => (d === 2147483647 ? -1 : d));
  return {
    ...sp,
    plan,
    whole,
    part,
    first,
    formations,
    formationCaps: caps.table,
    formationPrice: nt.fprice,
    nStocks: S,
    ids: panel.ids,
  };
}

/**
 * The state at the close of formation g that eligibility reads: a stock's price and `seen` = that day
 * when it has a valid bar that day (else NaN and -1: it cannot be eligible), and its cap at that close.
 * @example eligibleAt(g, formationState(g, 0), g.formations[0], checks)
 */
export function formationState(grid: SpanGrid, g: number): WalkState {
  const S = grid.nStocks;
  const f = grid.formations[g];
  const price = grid.formationPrice.slice(g * S, (g + 1) * S);
  const seen = new Int32Array(S);
  for (let s = 0; s < S; s++) seen[s] = price[s] > 0 ? f : -1;
  return { price, cap: grid.formationCaps.slice(g * S, (g + 1) * S), seen };
}
