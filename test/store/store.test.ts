import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { defaultStorePath, Store } from '../../src/store/store.ts';

describe('Store', () => {
  it('opens at the current schema version and reopens a file store without migrating twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'capgap-store-'));
    try {
      const path = join(dir, 'a.duckdb');
      const s1 = await Store.open(path);
      assert.equal(await s1.version(), SCHEMA_VERSION);
      await s1.run("INSERT INTO bars (source, id, date, close) VALUES ('t', 'A', '2016-11-08', 1.5)");
      s1.close();
      const s2 = await Store.open(path);
      assert.equal(await s2.version(), SCHEMA_VERSION);
      assert.equal((await s2.counts()).bars, 1);
      s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('columns() gives Float64Array with NaN for NULL, ISO dates, and empty arrays for no rows', async () => {
    const s = await Store.open(':memory:');
    await s.run(
      "INSERT INTO bars (source, id, date, close) VALUES ('t', 'A', '2016-11-08', NULL), ('t', 'A', '2016-11-09', 2)",
    );
    const c = await s.columns('SELECT date, close FROM bars ORDER BY date');
    assert.deepEqual(c.date, ['2016-11-08', '2016-11-09']);
    assert.ok(Number.isNaN((c.close as Float64Array)[0]));
    assert.equal((c.close as Float64Array)[1], 2);
    const e = await s.columns("SELECT close FROM bars WHERE id = 'none'");
    assert.equal((e.close as Float64Array).length, 0);
    s.close();
  });
  it('transaction() rolls back every write when the callback throws', async () => {
    const s = await Store.open(':memory:');
    await assert.rejects(
      s.transaction(async () => {
        await s.run("INSERT INTO bars (source, id, date, close) VALUES ('t', 'A', '2016-11-08', 1)");
        throw new Error('bad row');
      }),
      /bad row/,
    );
    assert.equal((await s.counts()).bars, 0);
    s.close();
  });
  it('the default location is $CAPGAP_DB, else ~/.capgap/capgap.duckdb', () => {
    assert.equal(defaultStorePath({ CAPGAP_DB: '/x/y.duckdb' }), '/x/y.duckdb');
    assert.match(defaultStorePath({}), /\.capgap\/capgap\.duckdb$/);
  });
});
