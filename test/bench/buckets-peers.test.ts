/**
 * The benchmark's peers (bench/peers: DuckDB SQL, Polars lazy) and capgap's kernel give the same numbers
 * on seeded SYNTHETIC panels (src/portfolios/synthetic.ts: ties, listings, delistings, missing days), with
 * bad prices (NaN and 0) and unknown caps added, rows sorted by (stock, day) and shuffled. Each peer is an
 * independent implementation written from the task's statement (bench/buckets-common.ts), so agreement
 * to 1e-12 checks all three; the DuckDB rewrites that bench/duckdb-variants.ts times are checked the same way. (The pandas peer needs Debian's python3-pandas, which CI does not install;
 * `npm run bench:buckets` checks it against capgap on every run.) No timings here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { shufflePanel } from '../../bench/panel-files.ts';
import { DUCKDB_BUCKETS_SQL } from '../../bench/peers/duckdb-sql.ts';
import { DUCKDB_VARIANTS } from '../../bench/peers/duckdb-sql-variants.ts';
import { polarsBuckets } from '../../bench/peers/polars-lazy.ts';
import { toDay } from '../../src/calendar/dates.ts';
import { mulberry32 } from '../../src/math/random.ts';
import { computeBuckets } from '../../src/portfolios/engine.ts';
import type { Panel } from '../../src/portfolios/panel.ts';
import { syntheticPanel } from '../../src/portfolios/synthetic.ts';
import { writePanelTables } from '../../src/queries/panel.ts';
import { Store } from '../../src/store/store.ts';

type Cells = Map<string, [number, number]>;

/** A synthetic panel with 0.5% NaN prices, 0.2% zero prices and 1% NaN caps (seeded). */
function damagedPanel(seed: number): Panel {
  const p = syntheticPanel({ stocks: 160, days: 800, seed });
  const rand = mulberry32(seed + 100);
  for (let i = 0; i < p.stock.length; i++) {
    const u = rand();
    if (u < 0.005) p.price[i] = Number.NaN;
    else if (u < 0.007) p.price[i] = 0;
    if (rand() < 0.01) p.cap[i] = Number.NaN;
  }
  return p;
}

function kernelCells(panel: Panel): Cells {
  const r = computeBuckets(panel, { scheme: 'deciles', formation: 'june', weightings: ['equal', 'value'] });
  const out: Cells = new Map();
  for (let i = 0; i < r.dates.length; i++) {
    for (let b = 0; b <= 10; b++) {
      const e = r.returns.equal![i * 11 + b];
      if (!Number.isNaN(e)) out.set(`${toDay(r.dates[i])}:${b}`, [e, r.returns.value![i * 11 + b]]);
    }
  }
  return out;
}

function cellsOf(
  day: ArrayLike<number>,
  bucket: ArrayLike<number>,
  eq: ArrayLike<number>,
  val: ArrayLike<number>,
) {
  const out: Cells = new Map();
  for (let i = 0; i < day.length; i++) out.set(`${day[i]}:${bucket[i]}`, [eq[i], val[i]]);
  return out;
}

function assertSame(name: string, ours: Cells, theirs: Cells): void {
  assert.ok(ours.size > 5000, `only ${ours.size} cells`);
  for (const [k, [e, v]] of ours) {
    const t = theirs.get(k);
    assert.ok(t, `${name} lacks cell ${k} (day:bucket)`);
    assert.ok(Math.abs(t[0] - e) <= 1e-12, `${name} ${k} equal: ${t[0]} vs kernel ${e}`);
    assert.ok(Math.abs(t[1] - v) <= 1e-12, `${name} ${k} value: ${t[1]} vs kernel ${v}`);
  }
  for (const k of theirs.keys()) assert.ok(ours.has(k), `${name} has cell ${k} the kernel lacks`);
}

describe('benchmark peers give capgap kernel numbers on seeded synthetic panels (June deciles, EW and VW)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
  });
  after(() => store.close());

  for (const seed of [11, 12]) {
    const sorted = damagedPanel(seed);
    const shuffled = shufflePanel(sorted, seed);
    const reference = kernelCells(sorted);
    test(`seed ${seed}: the kernel on shuffled rows equals the kernel on sorted rows`, () => {
      assertSame('kernel (shuffled)', reference, kernelCells(shuffled));
    });
    for (const [order, panel] of [
      ['sorted', sorted],
      ['shuffled', shuffled],
    ] as const) {
      test(`seed ${seed}, ${order} rows: DuckDB SQL peer to 1e-12`, async () => {
        await writePanelTables(store, panel);
        const c = (await store.columns(DUCKDB_BUCKETS_SQL)) as Record<string, Float64Array>;
        assertSame('duckdb', reference, cellsOf(c.day, c.bucket, c.equal, c.value));
      });
      test(`seed ${seed}, ${order} rows: the DuckDB rewrites (bench/duckdb-variants.ts) to 1e-12`, async () => {
        await writePanelTables(store, panel);
        for (const [name, sql] of Object.entries(DUCKDB_VARIANTS)) {
          const c = (await store.columns(sql)) as Record<string, Float64Array>;
          assertSame(`duckdb ${name}`, reference, cellsOf(c.day, c.bucket, c.equal, c.value));
        }
      });
      test(`seed ${seed}, ${order} rows: Polars lazy peer to 1e-12`, () => {
        const df = pl.DataFrame({ stock: panel.stock, day: panel.day, price: panel.price, cap: panel.cap });
        const stocks = pl
          .DataFrame({
            stock: panel.ids.map((_, s) => s),
            exchange: panel.exchange as string[],
            security_type: panel.securityType as string[],
          })
          .withColumns(pl.col('stock').cast(pl.Int32));
        const out = polarsBuckets(df, stocks).collectSync();
        const col = (n: string) => out.getColumn(n).toArray() as number[];
        assertSame('polars', reference, cellsOf(col('day'), col('bucket'), col('equal'), col('value')));
      });
    }
  }
});
