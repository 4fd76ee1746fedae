/**
 * The panel's rows put in (stock, day) order after the store read: DuckDB returns them in its parallel scan
 * and hash-join order, which changes run to run, and a sum taken in row order then changes in its last
 * digits. Two stable counting sorts (by day, then by stock) cost O(rows + days + stocks), a few ms for
 * 170k rows, where an ORDER BY in SQL cost 20–30 ms of CPU (docs/portfolios.md, "End to end on real data").
 */

/** Panel columns before the caps are carried: stock index, day number, price. */
export interface RowColumns {
  stock: Int32Array;
  day: Int32Array;
  price: Float64Array;
}

/**
 * The rows sorted by stock, then day (stocks are indices in [0, nStocks)).
 * @example sortByStockDay({ stock: Int32Array.of(1, 0, 0), day: Int32Array.of(5, 6, 5), price: Float64Array.of(3, 2, 1) }, 2).price // [1, 2, 3]
 */
export function sortByStockDay(rows: RowColumns, nStocks: number): RowColumns {
  const n = rows.stock.length;
  let lo = 2 ** 31 - 1;
  let hi = -(2 ** 31);
  for (let i = 0; i < n; i++) {
    const d = rows.day[i];
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  const byDay = countingOrder(n, hi - lo + 1, (i) => rows.day[i] - lo, null);
  const order = countingOrder(n, nStocks, (i) => rows.stock[i], byDay);
  const out = { stock: new Int32Array(n), day: new Int32Array(n), price: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const i = order[k];
    out.stock[k] = rows.stock[i];
    out.day[k] = rows.day[i];
    out.price[k] = rows.price[i];
  }
  return out;
}

/** A stable counting sort of rows `within` (or 0..n-1) by `key(i)` in [0, keys): the row order. */
function countingOrder(
  n: number,
  keys: number,
  key: (i: number) => number,
  within: Int32Array | null,
): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < n; i++) start[key(i) + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = within ? within[j] : j;
    order[start[key(i)]++] = i;
  }
  return order;
}
