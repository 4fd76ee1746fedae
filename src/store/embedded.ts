/**
 * The embedded default dataset: compact, real data shipped in `data/` as Parquet files, one per store table
 * (built from ../shared/data by `npm run data:build`; sources and vintages in data/PROVENANCE.md).
 * A store with no datasets is filled from it on first use, with no network.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_TABLES } from './schema.ts';
import { defaultStorePath, Store } from './store.ts';

/** The folder holding the embedded dataset. */
export const EMBEDDED_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The Parquet files of the embedded dataset, by table. */
export function embeddedFiles(
  dir: string = EMBEDDED_DIR,
): Partial<Record<(typeof DATA_TABLES)[number], string>> {
  const out: Partial<Record<(typeof DATA_TABLES)[number], string>> = {};
  if (!existsSync(dir)) return out;
  const names = new Set(readdirSync(dir));
  for (const t of DATA_TABLES) if (names.has(`${t}.parquet`)) out[t] = `${dir}${t}.parquet`;
  return out;
}

/**
 * Copies the embedded dataset into `store` in one transaction (all of it or nothing). Rows already present
 * (same primary key) are replaced, so loading twice leaves the same store.
 * @example await loadEmbedded(await Store.open(':memory:'));
 */
export async function loadEmbedded(
  store: Store,
  dir: string = EMBEDDED_DIR,
): Promise<Record<string, number>> {
  const files = embeddedFiles(dir);
  if (!files.datasets) throw new Error(`no embedded dataset in ${dir}; run \`npm run data:build\``);
  const loaded: Record<string, number> = {};
  await store.transaction(async () => {
    for (const t of DATA_TABLES) {
      const f = files[t];
      if (!f) continue;
      const path = f.replaceAll("'", "''");
      await store.run(`INSERT OR REPLACE INTO ${t} BY NAME SELECT * FROM read_parquet('${path}')`);
      const r = await store.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM read_parquet('${path}')`);
      loaded[t] = r?.n ?? 0;
    }
  });
  return loaded;
}

/**
 * Opens the store at `path` (default: `$CAPGAP_DB`, else ~/.capgap/capgap.duckdb) and, when it holds no
 * datasets yet, fills it with the embedded dataset.
 */
export async function openDefaultStore(
  path: string | undefined,
  options: { log?: (message: string) => void } = {},
): Promise<Store> {
  const store = await Store.open(path ?? defaultStorePath());
  const r = await store.one<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM datasets');
  if (!r || r.n === 0) {
    const loaded = await loadEmbedded(store);
    const total = Object.values(loaded).reduce((a, b) => a + b, 0);
    options.log?.(
      `capgap: new store at ${store.path}: loaded the embedded dataset (${total.toLocaleString('en-US')} rows)`,
    );
  }
  return store;
}
