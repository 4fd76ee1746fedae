/**
 * Which walk computeBuckets takes (engine-options.ts: pickPath) and what the stock spans hold
 * (stock-spans.ts), on inline panels with the cells counted by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toDay } from '../../src/calendar/dates.ts';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { pickPath, SPAN_CELLS_PER_ROW } from '../../src/portfolios/engine-options.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { stockSpans } from '../../src/portfolios/stock-spans.ts';

/** Stocks with rows on the given weekday indices (from 2016-06-01), prices 10 + day, caps 1e9 × (stock + 1). */
function panelOf(rowsByStock: number[][]): Panel {
  const days: number[] = [];
  for (let d = toDay('2016-06-01'); days.length < 40; d++) if ((d + 4) % 7 < 5) days.push(d);
  const rows = rowsByStock.flatMap((ds, s) => ds.map((d) => [s, days[d], 10 + d, 1e9 * (s + 1)]));
  return {
    ids: rowsByStock.map((_, s) => `S${s}`),
    stock: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    price: Float64Array.from(rows, (r) => r[2]),
    cap: Float64Array.from(rows, (r) => r[3]),
    securityType: rowsByStock.map(() => 'common'),
  };
}

const all = Array.from({ length: 40 }, (_, d) => d);

test('stockSpans: each stock spans its first to its last row; cells count every day in between', () => {
  // S0 days 0..39 (40 cells), S1 days 5 and 9 (5 cells), S2 no rows (0 cells): 45 cells, 42 rows.
  const sp = stockSpans(panelOf([all, [9, 5], []]));
  assert.deepEqual(Array.from(sp.start), [0, 5, -1]);
  assert.deepEqual(Array.from(sp.end), [39, 9, -2]);
  assert.deepEqual(Array.from(sp.rows), [40, 2, 0]);
  assert.equal(sp.cells, 45);
  assert.equal(sp.base[1] + 5, 40); // S1's first cell follows S0's 40
});

test('pickPath: stock spans up to SPAN_CELLS_PER_ROW cells a row, else day blocks; an explicit path wins', () => {
  assert.equal(SPAN_CELLS_PER_ROW, 4);
  assert.equal(pickPath('auto', 400, 100), 'stock-spans');
  assert.equal(pickPath(undefined, 401, 100), 'day-blocks');
  assert.equal(pickPath('stock-spans', 401, 100), 'stock-spans');
  assert.equal(pickPath('day-blocks', 1, 100), 'day-blocks');
});

test('computeBuckets takes the day blocks for stocks with long gaps, the stock spans otherwise', () => {
  // Dense: S0, S1 every day: 80 cells, 80 rows.
  const dense = computeBuckets(panelOf([all, all]), { scheme: 'p:50', formation: '2016-06-30' });
  assert.equal(dense.path, 'stock-spans');
  // Sparse: S0 every day, S1..S20 on days 0, 20 and 39 only: 40 + 20 × 40 = 840 cells for 100 rows (8.4 > 4).
  const sparse = panelOf([all, ...Array.from({ length: 20 }, () => [0, 20, 39])]);
  const r = computeBuckets(sparse, { scheme: 'p:50', formation: '2016-06-30' });
  assert.equal(r.path, 'day-blocks');
  const forced = computeBuckets(sparse, { scheme: 'p:50', formation: '2016-06-30', path: 'stock-spans' });
  assert.deepEqual(Array.from(forced.returns.value!), Array.from(r.returns.value!));
});
