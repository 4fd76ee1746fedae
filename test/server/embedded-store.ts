/**
 * The embedded dataset (data/*.parquet, built from ../shared/data by the lead's `npm run data:build`) in an
 * in-memory store, loaded fast for the server tests: the three big tables are created straight from their
 * Parquet files without the primary-key index (the tests only read them), the rest go through the normal
 * tables. Same rows as `loadEmbedded`; a few seconds instead of tens on a busy machine.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_TABLES } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';

const DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const BIG = new Set(['bars', 'portfolio_series', 'factors']);

/** True when the embedded dataset has been built. */
export const hasEmbedded = existsSync(`${DIR}datasets.parquet`);

/** Opens a `:memory:` store holding the embedded dataset. */
export async function embeddedStore(): Promise<Store> {
  const store = await Store.open(':memory:');
  for (const t of DATA_TABLES) {
    const f = `${DIR}${t}.parquet`;
    if (!existsSync(f)) continue;
    const path = f.replaceAll("'", "''");
    if (BIG.has(t)) {
      await store.run(`DROP TABLE ${t}; CREATE TABLE ${t} AS SELECT * FROM read_parquet('${path}')`);
    } else {
      await store.run(`INSERT INTO ${t} BY NAME SELECT * FROM read_parquet('${path}')`);
    }
  }
  return store;
}
