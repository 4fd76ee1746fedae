/**
 * The embedded default dataset: compact, real data shipped in `data/` as Parquet files, one per store table
 * (built from ../shared/data by `npm run data:build`; sources and vintages in data/PROVENANCE.md).
 * A store opened with `openDefaultStore` reads them in place beside its own tables (./overlay.ts): nothing
 * is loaded or copied, so a new store answers at once. User imports win where both hold a series.
 */
import { refreshCapAnchors } from './cap-anchors.ts';
import { EMBEDDED_DIR, embeddedFiles } from './embedded-files.ts';
import { DATA_TABLES } from './schema.ts';
import { defaultStorePath, type OpenOptions, Store } from './store.ts';

export { EMBEDDED_DIR, embeddedFiles };

/**
 * Copies the embedded dataset into `store`'s own tables in one transaction (all of it or nothing). Rows
 * already present (same primary key) are replaced, so loading twice leaves the same store. Not needed to
 * read the embedded data (`openDefaultStore` shows it in place); for a self-contained copy.
 * @example await loadEmbedded(await Store.open(':memory:'));
 */
export async function loadEmbedded(
  store: Store,
  dir: string = EMBEDDED_DIR,
): Promise<Record<string, number>> {
  const files = embeddedFiles(dir);
  if (!files.datasets) throw new Error(`no embedded dataset in ${dir}; run \`npm run data:build\``);
  const w = store.writer();
  const loaded: Record<string, number> = {};
  await w.transaction(async () => {
    for (const t of DATA_TABLES) {
      const f = files[t];
      if (!f) continue;
      const path = f.replaceAll("'", "''");
      await w.run(`INSERT OR REPLACE INTO ${t} BY NAME SELECT * FROM read_parquet('${path}')`);
      const r = await w.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM read_parquet('${path}')`);
      loaded[t] = r?.n ?? 0;
    }
    await refreshCapAnchors(w);
  });
  return loaded;
}

/** Options of `openDefaultStore`: the store's, plus where the embedded dataset is. */
export interface DefaultStoreOptions extends Omit<OpenOptions, 'embedded'> {
  /** Folder of the embedded dataset; default data/ of this package. */
  embeddedDir?: string;
}

/**
 * Opens the store at `path` (default: `$CAPGAP_DB`, else ~/.capgap/capgap.duckdb) with the embedded dataset
 * beside its own tables. Read-only by default: several processes may read at once, and a store that does not
 * exist yet is not created. Pass `readOnly: false` to write (through `store.writer()`).
 * @example const store = await openDefaultStore(undefined); await store.all('SELECT count(*) FROM bars');
 */
export function openDefaultStore(
  path: string | undefined,
  options: DefaultStoreOptions = {},
): Promise<Store> {
  const { embeddedDir, ...rest } = options;
  return Store.open(path ?? defaultStorePath(), {
    readOnly: true,
    ...rest,
    embedded: embeddedDir ?? EMBEDDED_DIR,
  });
}
