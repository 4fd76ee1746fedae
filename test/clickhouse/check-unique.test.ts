/**
 * The warehouse loader's duplicate check (src/store/clickhouse/load.ts `checkUnique`) past 2^24 rows, where a
 * JavaScript Set stops growing ("Set maximum size exceeded" crashed `npm run bench:clickhouse -- --rows 5e7`).
 * No server needed. Panels are built here: 5,000 stocks × 3,400 days (17M rows, more than 2^24 = 16,777,216).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUnique, type PanelRows } from '../../src/store/clickhouse/load.ts';

function grid(stocks: number, days: number): PanelRows {
  const n = stocks * days;
  const stock = new Int32Array(n);
  const day = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    stock[i] = i % stocks;
    day[i] = -1000 + Math.floor(i / stocks); // from 1967-04-07: negative day numbers too
  }
  const ids = Array.from({ length: stocks }, (_, k) => `S${k}`);
  return { ids, stock, day, price: new Float64Array(n), cap: new Float64Array(n) };
}

describe('checkUnique on a panel of more than 2^24 rows', () => {
  const p = grid(5000, 3400);
  it('accepts 17,000,000 distinct (stock, day) rows', () => {
    assert.ok(p.stock.length > 2 ** 24);
    assert.doesNotThrow(() => checkUnique(p));
  });
  it("names the one duplicate: the last row moved onto the first row's key, stock S0 on day -1000 = 1967-04-07", () => {
    const n = p.stock.length;
    p.stock[n - 1] = 0;
    p.day[n - 1] = -1000; // 1000 days before 1970-01-01 (by hand: 1967-04-07)
    assert.throws(() => checkUnique(p), /stock S0 has two rows on 1967-04-07/);
  });
});
