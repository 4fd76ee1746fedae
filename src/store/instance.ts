/**
 * The DuckDB instance behind a store: the file opened for writing (its folder made), or read-only (several
 * processes at once), or, for a read-only store whose file does not exist yet, an empty in-memory database
 * (reads then show only the embedded data; nothing is created). A read-only file at an older schema is
 * upgraded once (written) before it is read. Waits for a file another process holds (./lock.ts).
 */
import { existsSync } from 'node:fs';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createInstance, StoreLockedError } from './lock.ts';
import { schemaVersion } from './migrate.ts';
import type { OpenOptions } from './options.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { prepareStorePath, StoreOpenError, storeOpenReason } from './store-path.ts';

/** createInstance, its non-lock failures a StoreOpenError naming the path (./store-path.ts). */
async function create(path: string, config: Record<string, string>, o: Parameters<typeof createInstance>[2]) {
  try {
    return await createInstance(path, config, o);
  } catch (err) {
    if (err instanceof StoreLockedError || path === ':memory:') throw err;
    throw new StoreOpenError(path, storeOpenReason((err as Error).message ?? String(err)), { cause: err });
  }
}

/**
 * Opens the instance and its first connection for the store at `path`. `upgrade` writes an older read-only
 * file to the current schema (it opens the store for writing and closes it). `fresh`: the caller migrates.
 */
export async function openInstance(
  path: string,
  options: OpenOptions,
  upgrade: () => Promise<void>,
): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection; fresh: boolean }> {
  const file = path !== ':memory:';
  // a folder, a FIFO, a path through a file: named before DuckDB sees it; the folder made when writing
  prepareStorePath(path, !options.readOnly);
  // A read-only store that does not exist yet holds nothing: read from an empty in-memory one.
  const virtual = file && options.readOnly === true && !existsSync(path);
  const wait = { waitMs: options.lockWaitMs, onWait: options.onWait };
  const readOnlyFile = file && !virtual && options.readOnly === true;
  let instance = await create(virtual ? ':memory:' : path, readOnlyFile ? { access_mode: 'READ_ONLY' } : {}, {
    ...wait,
    writing: !options.readOnly,
  });
  let connection = await instance.connect();
  if (readOnlyFile && (await schemaVersion(connection)) < SCHEMA_VERSION) {
    // An older schema needs writing once before it can be read.
    connection.closeSync();
    instance.closeSync();
    await upgrade();
    instance = await create(path, { access_mode: 'READ_ONLY' }, { ...wait, writing: false });
    connection = await instance.connect();
  }
  return { instance, connection, fresh: !options.readOnly || !file || virtual };
}
