/**
 * Panels given as returns instead of prices: turn each stock's daily returns into a total-return index,
 * the `price` column the engine reads. Convention: per stock, in day order, the index starts at 1 before
 * its first row and is multiplied by (1 + r) on each row; a NaN return counts as 0 (and is counted).
 */

/**
 * A total-return index per row from returns per row (rows in any order; (stock, day) unique).
 * @example returnsToIndex(Int32Array.of(0, 0), Int32Array.of(17113, 17114), Float64Array.of(0.1, -0.5)).index // [1.1, 0.55]
 */
export function returnsToIndex(
  stock: Int32Array,
  day: Int32Array,
  ret: Float64Array,
): { index: Float64Array; missingReturns: number } {
  const n = stock.length;
  if (day.length !== n || ret.length !== n)
    throw new Error(`invalid returns panel: stock has ${n} rows, day ${day.length}, ret ${ret.length}`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => stock[a] - stock[b] || day[a] - day[b]);
  const index = new Float64Array(n);
  let missingReturns = 0;
  let level = 1;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (k === 0 || stock[i] !== stock[order[k - 1]]) level = 1;
    else if (day[i] === day[order[k - 1]])
      throw new Error(`invalid returns panel: stock ${stock[i]} has two rows on day ${day[i]}`);
    const r = ret[i];
    if (Number.isNaN(r)) missingReturns++;
    else level *= 1 + r;
    index[i] = level;
  }
  return { index, missingReturns };
}
