/**
 * Each stock's cap at each formation close, without reading the whole cap column: the index's scatter
 * (panel-index.ts) hands over the rows on formation days, and only for a stock whose formation-day row has
 * a valid price but no cap > 0 (it could be eligible; its cap is the last one before) is the cap column
 * read again, in one pass restricted to those stocks. A stock without a valid price on a formation day
 * cannot be eligible (universe.ts), so its cap there is left NaN.
 */
import type { Panel } from './panel.ts';

/** The per-formation cap table being filled (see PanelIndex.formationCaps). */
export interface FormationCapTable {
  /** `F × S`, NaN until known. */
  table: Float64Array;
  /** A row with a valid price on the day of formation g: records its cap, or that it has none. */
  onFormationDay(g: number, s: number, c: number): void;
  /** Looks up the last cap > 0 on or before the formation day for the stocks recorded without one. */
  fillMissing(panel: Panel, days: Int32Array, formations: Int32Array): void;
}

/**
 * A table for F formations of S stocks.
 * @example const t = formationCaps(1, 2); t.onFormationDay(0, 1, 5e8); t.table[1]
 */
export function formationCaps(F: number, S: number): FormationCapTable {
  const table = new Float64Array(F * S).fill(Number.NaN);
  let missing: Uint8Array | null = null;
  return {
    table,
    onFormationDay(g, s, c) {
      if (c > 0) table[g * S + s] = c;
      else {
        missing ??= new Uint8Array(F * S);
        missing[g * S + s] = 1;
      }
    },
    fillMissing(panel, days, formations) {
      if (missing) fillMissingCaps(panel, days, formations, table, missing);
    },
  };
}

/**
 * For each (formation g, stock s) marked in `missing` (`F × S`), sets table[g × S + s] to the stock's last
 * cap > 0 on or before formation g's day, in one pass over the rows of the stocks concerned.
 * @example fillMissingCaps(panel, days, formations, table, missing)
 */
export function fillMissingCaps(
  panel: Panel,
  days: Int32Array,
  formations: Int32Array,
  table: Float64Array,
  missing: Uint8Array,
): void {
  const F = formations.length;
  const S = F ? table.length / F : 0;
  const want = new Uint8Array(S); // stocks with at least one formation to look up
  let any = false;
  for (let t = 0; t < F * S; t++) {
    if (missing[t]) {
      want[t % S] = 1;
      any = true;
    }
  }
  if (!any) return;
  const formDay = Int32Array.from(formations, (f) => days[f]);
  const capDay = new Int32Array(F * S).fill(-2147483648);
  const { stock, day, cap } = panel;
  for (let i = 0; i < stock.length; i++) {
    const s = stock[i];
    if (!want[s]) continue;
    const c = cap[i];
    if (!(c > 0)) continue;
    const d = day[i];
    for (let g = 0, t = s; g < F; g++, t += S) {
      if (missing[t] && d <= formDay[g] && d > capDay[t]) {
        capDay[t] = d;
        table[t] = c;
      }
    }
  }
}
