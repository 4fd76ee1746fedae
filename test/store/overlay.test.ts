import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EMBEDDED_DIR, loadEmbedded, openDefaultStore } from '../../src/store/embedded.ts';
import { importFile } from '../../src/store/import/index.ts';
import { Store } from '../../src/store/store.ts';

const fx = (n: string) => fileURLToPath(new URL(`../fixtures/import/${n}`, import.meta.url));
const skip = existsSync(`${EMBEDDED_DIR}datasets.parquet`)
  ? false
  : 'data/*.parquet not built: run `npm run data:build` (needs ../shared/data)';

const dir = mkdtempSync(join(tmpdir(), 'capgap-overlay-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded dataset read in place', { skip }, () => {
  it('a new store answers from the shipped files at once, with the rows a full load copies, and no file is made', async () => {
    const path = join(dir, 'new.duckdb');
    const store = await openDefaultStore(path);
    assert.equal(existsSync(path), false, 'reading does not create the store');
    // Reference: the same Parquet files copied into a store's own tables by loadEmbedded.
    const copy = await Store.open(':memory:');
    await loadEmbedded(copy);
    assert.deepEqual(await store.counts(), await copy.counts());
    const q = "SELECT count(*)::INTEGER AS n, sum(adj_close) AS s FROM bars WHERE id = 'IWM'";
    assert.deepEqual(await store.all(q), await copy.all(q));
    store.close();
    copy.close();
  });

  describe('user imports win where both hold a series', () => {
    const path = join(dir, 'mixed.duckdb');
    before(async () => {
      const w = await Store.open(path);
      await importFile(w, fx('yahoo/VTWO.csv')); // yahoo/VTWO: the embedded data ship 3,162 rows of it
      await importFile(w, fx('F-F_Research_Data_Factors_daily_vintage202604.CSV')); // daily factors, vintage 202604
      w.close();
    });

    it('bars: an imported security replaces the embedded series of the same id, whatever the source', async () => {
      const store = await openDefaultStore(path);
      const r = await store.all(
        "SELECT source, count(*)::INTEGER AS n FROM bars WHERE id = 'VTWO' GROUP BY source",
      );
      // test/fixtures/import/yahoo/VTWO.csv: 47 data rows.
      assert.deepEqual(r, [{ source: 'yahoo/VTWO', n: 47 }]);
      // Series the import does not hold still come from the embedded data (yfinance/^RUT: 9,686 rows).
      const rut = await store.one("SELECT count(*)::INTEGER AS n FROM bars WHERE source = 'yfinance/^RUT'");
      assert.equal(rut?.n, 9686);
      store.close();
    });

    it('French series: an imported vintage hides the embedded one of the same dataset and frequency', async () => {
      const store = await openDefaultStore(path);
      const v = await store.all(
        "SELECT DISTINCT vintage FROM factors WHERE dataset = 'french/F-F_Research_Data_Factors' AND frequency = 'daily'",
      );
      assert.equal(v.length, 1, JSON.stringify(v));
      assert.match(String(v[0].vintage), /202604/);
      // Monthly factors are another series: still embedded.
      const m = await store.one(
        "SELECT count(*)::INTEGER AS n FROM factors WHERE dataset = 'french/F-F_Research_Data_Factors' AND frequency = 'monthly'",
      );
      assert.ok(Number(m?.n) > 4000);
      const hidden = await store.all('SELECT name FROM datasets_hidden ORDER BY name');
      assert.deepEqual(
        hidden.map((r) => r.name),
        ['french/F-F_Research_Data_Factors [daily, CRSP 202505 (inferred)]', 'yahoo/VTWO'],
      );
      store.close();
    });

    it('writes go through writer(), which sees only the store own tables; readers see the write at once', async () => {
      const store = await openDefaultStore(path, { readOnly: false });
      const w = store.writer();
      const own = await w.one("SELECT count(*)::INTEGER AS n FROM bars WHERE source = 'yfinance/^RUT'");
      assert.equal(own?.n, 0, 'the embedded rows are not in the store tables');
      const before = store.dataVersion;
      await importFile(w, fx('yahoo/^RUT.csv')); // source yahoo/^RUT, 47 rows; the embedded data hold yfinance/^RUT
      assert.equal(store.dataVersion, before + 1);
      const r = await store.all(
        "SELECT source, count(*)::INTEGER AS n FROM bars WHERE id = '^RUT' GROUP BY source ORDER BY source",
      );
      assert.deepEqual(r, [{ source: 'yahoo/^RUT', n: 47 }]);
      const hidden = await store.all("SELECT name FROM datasets_hidden WHERE name LIKE '%^RUT'");
      assert.deepEqual(hidden, [{ name: 'yfinance/^RUT' }]);
      store.close();
    });

    it('a read-only store refuses writer() with a message naming the store', async () => {
      const store = await openDefaultStore(path);
      assert.throws(() => store.writer(), /open read-only/);
      store.close();
    });
  });
});
