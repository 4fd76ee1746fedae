/**
 * Market caps carried to every panel row from the cap anchors (store/cap-anchors.ts), the documented
 * convention of queries/panel.ts: a row takes its stock's last anchor on or before its day (else the stock's
 * first anchor) and scales it by the price change since: `cap_t = cap_a × price_t / price_a`.
 */
import { bisectRight } from '../math/bisect.ts';

/** Cap anchors of a panel's stocks, sorted by stock, then day (ties: the later one wins). */
export interface CapAnchors {
  stock: Int32Array;
  day: Int32Array;
  cap: Float64Array;
  price: Float64Array;
}

/**
 * The cap of each row (NaN where the stock has no anchor, or the price or anchor is missing).
 * @example carryCaps({ stock: Int32Array.of(0), day: Int32Array.of(20), price: Float64Array.of(12) }, { stock: Int32Array.of(0), day: Int32Array.of(10), cap: Float64Array.of(1e9), price: Float64Array.of(10) }, 1) // [1.2e9]
 */
export function carryCaps(
  rows: { stock: Int32Array; day: Int32Array; price: Float64Array },
  anchors: CapAnchors,
  nStocks: number,
): Float64Array {
  const start = new Int32Array(nStocks + 1);
  for (let k = 0; k < anchors.stock.length; k++) {
    const s = anchors.stock[k];
    if (
      k > 0 &&
      (s < anchors.stock[k - 1] || (s === anchors.stock[k - 1] && anchors.day[k] < anchors.day[k - 1]))
    )
      throw new Error(`cap anchors not sorted by stock, then day, at anchor ${k}`);
    start[s + 1]++;
  }
  for (let s = 0; s < nStocks; s++) start[s + 1] += start[s];
  const cap = new Float64Array(rows.stock.length);
  for (let i = 0; i < cap.length; i++) {
    const s = rows.stock[i];
    const lo = start[s];
    const hi = start[s + 1];
    if (lo === hi) {
      cap[i] = Number.NaN;
      continue;
    }
    // The last anchor on or before the row's day; before the first anchor, the first one.
    const k = Math.max(lo, bisectRight(anchors.day, rows.day[i], lo, hi) - 1);
    cap[i] = (anchors.cap[k] * rows.price[i]) / anchors.price[k];
  }
  return cap;
}
