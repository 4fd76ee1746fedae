/**
 * store.readTyped copies DuckDB's result vectors into typed arrays (src/store/typed-read.ts). The reference
 * is DuckDB's own row reader (`getRows`) on the same query: every value, every NULL, across chunk borders.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Store } from '../../src/store/store.ts';

let store: Store;
before(async () => {
  store = await Store.open(':memory:');
  // 5000 rows: three DuckDB chunks (2048 rows each), NULLs in every chunk, negative and fractional values.
  await store.run(`CREATE TABLE t AS SELECT i::INTEGER AS k, (i * 7 % 101 - 50)::INTEGER AS j,
    CASE WHEN i % 97 = 0 THEN NULL ELSE i / 3 - 800.25 END::DOUBLE AS x FROM range(5000) r(i)`);
});
after(() => store.close());

describe('store.readTyped', () => {
  it('gives every value and NULL that DuckDB’s row reader gives, INTEGER as Int32Array and DOUBLE as Float64Array (NULL → NaN)', async () => {
    const sql = 'SELECT k, j, x FROM t WHERE k >= $1 ORDER BY k';
    const got = await store.readTyped(sql, [3], { k: 'int32', j: 'int32', x: 'float64' });
    const ref = (await store.connection.runAndReadAll(sql, [3])).getRows();
    assert.ok(got.k instanceof Int32Array && got.j instanceof Int32Array && got.x instanceof Float64Array);
    assert.equal(got.k.length, 4997);
    assert.equal(ref.length, 4997);
    let nulls = 0;
    for (let i = 0; i < ref.length; i++) {
      assert.equal(got.k[i], ref[i][0]);
      assert.equal(got.j[i], ref[i][1]);
      if (ref[i][2] === null) {
        nulls++;
        assert.ok(Number.isNaN(got.x[i]), `row ${i}: NULL read as ${got.x[i]}`);
      } else assert.equal(got.x[i], ref[i][2]);
    }
    assert.equal(nulls, 51); // i = 97, 194, ..., 4947: multiples of 97 from 3 to 4999
  });

  it('reads an empty result as empty arrays', async () => {
    const got = await store.readTyped('SELECT k, x FROM t WHERE k < 0', [], { k: 'int32', x: 'float64' });
    assert.deepEqual([got.k.length, got.x.length], [0, 0]);
  });

  it('refuses a column of another SQL type, a missing column and a NULL in an INTEGER column, naming it', async () => {
    await assert.rejects(
      store.readTyped('SELECT k FROM t', [], { k: 'float64' }),
      /column "k" is INTEGER, not DOUBLE/,
    );
    await assert.rejects(
      store.readTyped('SELECT k FROM t', [], { day: 'int32' }),
      /no column "day"; it returned: k/,
    );
    await assert.rejects(
      store.readTyped(
        'SELECT CASE WHEN k = 2100 THEN NULL ELSE k END AS k FROM t ORDER BY k NULLS LAST',
        [],
        {
          k: 'int32',
        },
      ),
      /column "k" row 4999: NULL in an INTEGER column/,
    );
  });
});
