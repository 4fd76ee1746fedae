/**
 * The store's schema version and its migrations (./schema.ts): `schemaVersion` reads the version a store
 * file is at; `migrate` brings it to `SCHEMA_VERSION`, one migration per transaction.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
import type { Store } from './store.ts';

/** The schema version of the database `conn` is connected to (0 for a new one). */
export async function schemaVersion(conn: DuckDBConnection): Promise<number> {
  const has = await conn.runAndReadAll(
    "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'meta'",
  );
  if (has.currentRowCount === 0) return 0;
  const r = await conn.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'");
  const rows = r.getRows();
  return rows.length ? Number(rows[0][0]) : 0;
}

/** Brings `store` to `SCHEMA_VERSION`; a store newer than this capgap throws, naming both versions. */
export async function migrate(store: Store): Promise<void> {
  const at = await schemaVersion(store.connection);
  if (at > SCHEMA_VERSION) {
    throw new Error(
      `store ${store.path} is at schema version ${at}, newer than this capgap (${SCHEMA_VERSION}); upgrade capgap`,
    );
  }
  if (at < SCHEMA_VERSION)
    await store.run('CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
  // An older store's upgrade can rewrite its bars (migration 3): say so, or a long first open looks hung.
  if (at > 0 && at < SCHEMA_VERSION) {
    process.stderr.write(
      `capgap: upgrading the store ${store.path} from schema version ${at} to ${SCHEMA_VERSION} (once; a panel of millions of bars takes a minute or more)\n`,
    );
  }
  for (let v = at; v < SCHEMA_VERSION; v++) {
    await store.transaction(async () => {
      await store.run(MIGRATIONS[v]);
      await store.run("INSERT OR REPLACE INTO meta VALUES ('schema_version', $1)", [String(v + 1)]);
    });
  }
}
