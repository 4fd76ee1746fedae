/**
 * A read never writes the store: `GET /api/flows` on a store whose `etfs` table is empty answers from the
 * shipped registry (data/etfs.csv) kept in memory, and the table stays empty.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { readEtfRegistry, readEtfRegistryFile } from '../../src/store/etf-registry.ts';
import { Store } from '../../src/store/store.ts';

const etfRows = async (store: Store) =>
  Number((await store.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM etfs'))?.n);

describe('the ETF registry on a store with no etfs rows', () => {
  it('GET /api/flows answers 200 and leaves the etfs table empty (no write on a read)', async () => {
    const store = await Store.open(':memory:');
    try {
      const app = createApp({ web: false, store });
      const r = await app.request('/api/flows');
      assert.equal(r.status, 200);
      await app.state.serial.idle();
      assert.equal(await etfRows(store), 0);
    } finally {
      store.close();
    }
  });

  it('readEtfRegistry returns the shipped file, every ticker once, ordered by category then ticker', async () => {
    const store = await Store.open(':memory:');
    try {
      const reg = await readEtfRegistry(store);
      const file = readEtfRegistryFile();
      assert.deepEqual(reg.map((e) => e.ticker).sort(), file.map((e) => e.ticker).sort());
      const keys = reg.map((e) => `${e.category}\u0000${e.ticker}`);
      assert.deepEqual(keys, [...keys].sort());
      assert.equal(await etfRows(store), 0);
    } finally {
      store.close();
    }
  });
});
