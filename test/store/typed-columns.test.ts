import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Store } from '../../src/store/store.ts';

// Store.typedColumns on a throwaway in-memory store; the values are the literals in the SQL.
describe('Store.typedColumns (reads typed by the shape the caller names)', () => {
  let store: Store;
  before(async () => {
    store = await Store.open(':memory:');
  });
  after(() => store.close());

  it('returns numbers as Float64Array (NULL as NaN) and text as strings', async () => {
    const c = await store.typedColumns(
      "SELECT * FROM (VALUES (1, 2.5, 'a'), (2, NULL, 'b')) t(d, v, k) ORDER BY d",
      undefined,
      { numbers: ['d', 'v'], strings: ['k'] },
    );
    assert.ok(c.d instanceof Float64Array && c.v instanceof Float64Array);
    assert.deepEqual([...c.d], [1, 2]);
    assert.equal(c.v[0], 2.5);
    assert.ok(Number.isNaN(c.v[1]));
    assert.deepEqual(c.k, ['a', 'b']);
  });
  it('gives empty typed columns for an empty result', async () => {
    const c = await store.typedColumns('SELECT 1.5 AS v WHERE false', [], { numbers: ['v'] });
    assert.equal(c.v.length, 0);
  });
  it('throws naming a missing column, a text column read as numbers, and a NULL in a text column', async () => {
    await assert.rejects(
      store.typedColumns('SELECT 1 AS d', [], { numbers: ['x'] }),
      /no column "x"; it returned: d/,
    );
    await assert.rejects(
      store.typedColumns("SELECT 'a' AS k", [], { numbers: ['k'] }),
      /column "k" is not numeric/,
    );
    await assert.rejects(
      store.typedColumns("SELECT * FROM (VALUES ('a'), (NULL)) t(k)", [], { strings: ['k'] }),
      /column "k" row 1: null is not text/,
    );
  });
});
