/**
 * The ETF registry: US-listed ETFs with category ('US small cap', 'US mid cap', 'US large cap',
 * 'US total market', 'US micro cap', 'US sector'), benchmark, issuer and inception date. capgap ships
 * data/etfs.csv; users extend or correct it with their own CSV of the same columns
 * (`capgap flows --registry FILE`), which replaces rows with the same ticker.
 *
 * Layers: parseEtfRegistry(text) → readEtfRegistryFile(path) → writeEtfRegistry / readEtfRegistry (store).
 */
import { fileURLToPath } from 'node:url';
import { decodeText } from '../formats/decode.ts';
import { type EtfEntry, parseEtfRegistry } from '../formats/etf-registry.ts';
import { readInputFile } from './input-file.ts';
import type { Store } from './store.ts';

export {
  type EtfEntry,
  OPTIONAL_COLUMNS,
  parseEtfRegistry,
  REGISTRY_COLUMNS,
} from '../formats/etf-registry.ts';

/** The registry shipped with capgap. */
export const ETF_REGISTRY_FILE = fileURLToPath(new URL('../../data/etfs.csv', import.meta.url));

/**
 * Reads a registry CSV file (the shipped one by default): gzip inflated and the encoding checked as for
 * `capgap import` (formats/decode.ts).
 * @example readEtfRegistryFile().find((e) => e.ticker === 'IWM')?.category // 'US small cap'
 */
export function readEtfRegistryFile(path: string = ETF_REGISTRY_FILE): EtfEntry[] {
  return parseEtfRegistry(decodeText(readInputFile(path), path), { file: path });
}

/**
 * Writes registry rows into the store's `etfs` table, replacing rows with the same ticker; returns the count.
 * @example await writeEtfRegistry(store, readEtfRegistryFile()) // 41
 */
export async function writeEtfRegistry(store: Store, entries: readonly EtfEntry[]): Promise<number> {
  await store.transaction(async () => {
    for (const e of entries) {
      await store.run(
        'INSERT OR REPLACE INTO etfs (ticker, name, category, benchmark, issuer, inception) VALUES ($1, $2, $3, $4, $5, $6::DATE)',
        [e.ticker, e.name, e.category, e.benchmark, e.issuer, e.inception],
      );
    }
  });
  return entries.length;
}

/** Orders entries as the store's read does (`ORDER BY category, ticker`; byte order, as DuckDB compares). */
function byCategory(a: EtfEntry, b: EtfEntry): number {
  const x = Buffer.compare(Buffer.from(a.category), Buffer.from(b.category));
  return x || Buffer.compare(Buffer.from(a.ticker), Buffer.from(b.ticker));
}

/**
 * The registry in the store; when the `etfs` table is empty, the shipped registry, read from its file and
 * never written: a read (`GET /api/flows`, `capgap flows`) does not write the store, which may be open
 * read-only (a read-only store keeps the file's order; a writable one the store's order).
 * @example (await readEtfRegistry(store)).filter((e) => e.category === 'US small cap').length // 14
 */
export async function readEtfRegistry(store: Store): Promise<EtfEntry[]> {
  const rows = await store.all(
    'SELECT ticker, name, category, benchmark, issuer, inception FROM etfs ORDER BY category, ticker',
  );
  const file = readEtfRegistryFile();
  if (!rows.length) return store.readOnly ? file : [...file].sort(byCategory);
  const shipped = new Map(file.map((e) => [e.ticker, e]));
  return rows.map((r) => ({
    ticker: String(r.ticker),
    name: String(r.name ?? ''),
    category: String(r.category ?? ''),
    benchmark: String(r.benchmark ?? ''),
    issuer: String(r.issuer ?? ''),
    inception: r.inception ? String(r.inception) : null,
    sector: shipped.get(String(r.ticker))?.sector ?? null,
    note: shipped.get(String(r.ticker))?.note ?? null,
  }));
}
