/**
 * Property test: the typed-array kernels against the independent DuckDB-SQL implementation
 * (src/portfolios/reference-sql.ts) on seeded SYNTHETIC panels (src/portfolios/synthetic.ts), to 1e-12,
 * rows sorted and shuffled, with bad prices and unknown caps.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mulberry32 } from '../../src/math/random.ts';
import type { BucketOptions } from '../../src/portfolios/engine.ts';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import { WEIGHTINGS } from '../../src/portfolios/kernel.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { referenceSql } from '../../src/portfolios/reference-sql.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';
import { writePanelTables } from '../../src/queries/panel.ts';
import { Store } from '../../src/store/store.ts';

const COLS = {
  equal: 'equal',
  'equal-hold': 'equal_hold',
  value: 'value',
  'value-lag': 'value_lag',
} as const;

async function crossCheck(store: Store, panel: Panel, options: BucketOptions): Promise<number> {
  const result = computeBuckets(panel, { ...options, weightings: WEIGHTINGS });
  const rows = await store.all<Record<string, number>>(referenceSql(options));
  const W = result.labels.length + 1;
  let compared = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const i = row.di - result.offset;
    if (i < 0 || i >= result.dates.length) continue;
    seen.add(`${i}:${row.bucket}`);
    for (const w of WEIGHTINGS) {
      const ours = result.returns[w]![i * W + row.bucket];
      const ref = row[COLS[w]];
      assert.ok(
        Math.abs(ours - ref) <= 1e-12,
        `${options.formation} ${options.scheme} ${w} ${result.dates[i]} bucket ${row.bucket}: kernel ${ours} vs SQL ${ref}`,
      );
      compared++;
    }
  }
  // every non-empty kernel cell has a SQL row, and vice versa
  for (let i = 0; i < result.dates.length; i++) {
    for (let b = 0; b < W; b++) {
      const has = !Number.isNaN(result.returns.equal![i * W + b]);
      assert.equal(
        has,
        seen.has(`${i}:${b}`),
        `${result.dates[i]} bucket ${b}: kernel ${has ? 'has' : 'lacks'} a return the SQL ${has ? 'lacks' : 'has'}`,
      );
    }
  }
  return compared;
}

describe('bucket kernels agree with the DuckDB-SQL reference on seeded synthetic panels', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
  });
  after(() => store.close());

  const cases: [number, BucketOptions][] = [
    [1, { scheme: 'deciles', formation: 'monthly' }],
    [2, { scheme: 'quintiles', formation: 'june', breakpoints: 'nyse' }],
    [3, { scheme: '30-40-30', formation: '2000-06-15', minPrice: 20, minHistory: 30 }],
    [4, { scheme: 'terciles', formation: 'quarterly', types: ['common', 'etf'], exchanges: ['NASDAQ'] }],
    [5, { scheme: 'p:10,50,90', formation: 'monthly', minCap: 3e8 }],
  ];
  for (const [seed, options] of cases) {
    test(`seed ${seed}: ${options.scheme}, formation ${options.formation}, all four weightings to 1e-12`, async () => {
      const panel = syntheticPanel({ stocks: 120, days: 400, seed });
      await writePanelTables(store, panel);
      const n = await crossCheck(store, panel, options);
      assert.ok(n > 1000, `compared only ${n} values`);
    });
  }
  test('seed 6, rows shuffled, 1% NaN prices and 2% unknown caps: monthly deciles, all four weightings to 1e-12', async () => {
    const sorted = syntheticPanel({ stocks: 120, days: 400, seed: 6 });
    const rand = mulberry32(66);
    for (let i = 0; i < sorted.stock.length; i++) {
      if (rand() < 0.01) sorted.price[i] = Number.NaN;
      if (rand() < 0.02) sorted.cap[i] = Number.NaN;
    }
    const order = Int32Array.from(sorted.stock, (_, i) => i).sort(
      (a, b) => Math.sin(a * 12.9898) - Math.sin(b * 12.9898),
    );
    const panel: Panel = {
      ...sorted,
      stock: Int32Array.from(order, (i) => sorted.stock[i]),
      day: Int32Array.from(order, (i) => sorted.day[i]),
      price: Float64Array.from(order, (i) => sorted.price[i]),
      cap: Float64Array.from(order, (i) => sorted.cap[i]),
    };
    await writePanelTables(store, panel);
    const n = await crossCheck(store, panel, { scheme: 'deciles', formation: 'monthly' });
    assert.ok(n > 1000, `compared only ${n} values`);
  });
});
