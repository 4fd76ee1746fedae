/**
 * The embedded dataset (data/*.parquet, built from ../shared/data by the lead's `npm run data:build`) for the
 * server tests: a fresh in-memory store with the Parquet files read in place (`openDefaultStore`, as
 * `capgap serve` opens it), reads on a pool of connections, writes through its write connection.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDefaultStore } from '../../src/store/embedded.ts';
import type { Store } from '../../src/store/store.ts';

const DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** True when the embedded dataset has been built. */
export const hasEmbedded = existsSync(`${DIR}datasets.parquet`);

/** Opens a `:memory:` store showing the embedded dataset. */
export function embeddedStore(): Promise<Store> {
  return openDefaultStore(':memory:', { readOnly: false, readers: 2 });
}
