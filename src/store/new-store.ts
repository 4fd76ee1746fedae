/**
 * A store a failed command made: `capgap import` opens (and so creates) the store file before it reads the
 * first file; when no file was imported and there was no store before, the command removes what it made, the
 * file and its write-ahead log, so a failed first import leaves no store behind (docs/import.md).
 */
import { existsSync, rmSync } from 'node:fs';

/** The files DuckDB keeps for a store at `path`: the database and its write-ahead log. */
const storeFiles = (path: string) => [path, `${path}.wal`];

/**
 * True when `path` names a store file that does not exist yet (`:memory:` is never new: nothing to remove).
 * @example isNewStore('/tmp/none.duckdb') // true
 */
export function isNewStore(path: string): boolean {
  return path !== ':memory:' && !storeFiles(path).some((p) => existsSync(p));
}

/**
 * Removes a store file and its WAL that this process created; call after closing the store.
 * @example removeNewStore('/tmp/none.duckdb')
 */
export function removeNewStore(path: string): void {
  for (const p of storeFiles(path)) rmSync(p, { force: true });
}
