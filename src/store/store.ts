/**
 * The capgap store: one DuckDB database (a file, or in memory for tests) with a versioned schema.
 *
 * Default location: `$CAPGAP_DB` if set, else `~/.capgap/capgap.duckdb`. `:memory:` opens a fresh
 * in-memory store. Opened with `embedded` (see `openDefaultStore` in ./embedded.ts), reads also see the
 * shipped dataset in place (./overlay.ts) and run on a pool of read connections (./pool.ts); writes go
 * through `writer()`, the one write connection, which sees only the store's own tables.
 * Opened `readOnly`, several processes read one file at once; a file that does not exist yet is not created
 * (reads then run on an empty in-memory store plus the embedded data).
 * Opened `readOnly` with `embedded` and `answerCache` (a one-shot command: `capgap report`), reads first look
 * in the store's answer cache (./answer-cache.ts) and DuckDB opens only on the first read it does not hold.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { AnswerCache, dataVersionKey, dropAnswerCache } from './answer-cache.ts';
import { currentSignal, onConnection } from './cancel.ts';
import { openInstance } from './instance.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { defaultStorePath, type OpenOptions } from './options.ts';
import { OverlayReaders } from './readers.ts';
import type { Columns, Row, SqlParam } from './rows.ts';
import { ConnectionReads, StoreReads } from './store-reads.ts';
import { inTransaction } from './transaction.ts';

export type { Columns, Row, SqlParam };
export { defaultStorePath, type OpenOptions };

/** A DuckDB-backed store. Open with `Store.open(path)`; close with `close()`. */
export class Store extends StoreReads {
  private txDepth = 0;
  /** Read connections with the embedded overlay (./readers.ts), when opened with `embedded`. */
  private readers: OverlayReaders | null = null;
  /** The store this one writes for (see `writer()`); null for a store that owns its instance. */
  private parent: Store | null = null;
  private writerStore: Store | null = null;
  private ownReads: StoreReads | null = null;
  /** Bumped whenever the data change through this process (an import): keys of in-memory caches. */
  dataVersion = 0;
  /** How to open DuckDB when the answer cache misses; null once open. */
  private deferred: OpenOptions | null = null;
  private opening: Promise<void> | null = null;

  private constructor(
    readonly path: string,
    private instance: DuckDBInstance | null,
    private conn: DuckDBConnection | null,
    readonly readOnly: boolean,
  ) {
    super();
  }

  /** The write connection; exposed for io code that needs appenders. Analytics never use it. */
  get connection(): DuckDBConnection {
    if (!this.conn) throw new Error(`store ${this.path} is not open yet: \`await store.ready()\` first`);
    return this.conn;
  }

  /**
   * Opens the store at `path` (creating and migrating it unless `readOnly`).
   * @example const store = await Store.open(':memory:');
   */
  static async open(path: string = defaultStorePath(), options: OpenOptions = {}): Promise<Store> {
    const file = path !== ':memory:';
    if (options.answerCache && options.readOnly && options.embedded !== undefined && file) {
      const store = new Store(path, null, null, true);
      store.answers = AnswerCache.load(path, options.embedded);
      store.deferred = { ...options, answerCache: false };
      if (store.answers.empty) await store.ready();
      return store;
    }
    if (file && !options.readOnly) dropAnswerCache(path);
    const { instance, connection, fresh } = await openInstance(path, options, async () =>
      (await Store.open(path, { ...options, readOnly: false, embedded: undefined })).close(),
    );
    const store = new Store(path, instance, connection, options.readOnly === true);
    if (fresh) await migrate(store);
    if (options.embedded !== undefined)
      store.readers = await OverlayReaders.open(instance, connection, options.embedded, options);
    return store;
  }

  /**
   * Opens DuckDB now if the store was opened with `answerCache` and has not needed it yet. Throws if the
   * store changed (an import) after reads were answered from the cache: one answer never mixes versions.
   */
  ready(): Promise<void> {
    if (!this.deferred) return Promise.resolve();
    const options = this.deferred;
    this.opening ??= Store.open(this.path, options).then((s) => {
      Object.assign(this, { instance: s.instance, conn: s.conn, readers: s.readers });
      this.deferred = null;
      this.answers?.confirm(dataVersionKey(this.path, options.embedded as string), this.path);
    });
    return this.opening;
  }

  /** True once DuckDB is open (a store answering from its answer cache may never open it). */
  get opened(): boolean {
    return this.instance !== null;
  }

  /** True when reads run on a pool of connections (they may then run concurrently). */
  get pooled(): boolean {
    return this.readers !== null || this.deferred !== null;
  }

  /**
   * The store to write through: itself for a plain store; for one opened with `embedded`, a store on the
   * same instance's write connection that sees only the store's own tables (what the importer checks and
   * writes). Each committed write there re-plans which embedded series are hidden and bumps `dataVersion`.
   */
  writer(): Store {
    if (!this.readers && !this.deferred) return this;
    if (this.readOnly) throw new Error(`store ${this.path} is open read-only; open it for writing to import`);
    if (!this.writerStore) {
      const w = new Store(this.path, this.instance, this.connection, false);
      w.parent = this;
      this.writerStore = w;
    }
    return this.writerStore;
  }

  /** After a write through `writer()`: re-plan the overlay; read connections reinstall it on next use. */
  private async changed(): Promise<void> {
    this.dataVersion++;
    await this.readers?.changed(this.connection);
  }

  /** Runs a read on a pool connection (overlay installed), or on the write connection for a plain store. */
  protected async onRead<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    await this.ready();
    if (this.readers) return this.readers.use(fn);
    return onConnection(this.connection, currentSignal(), fn);
  }

  /** Reads of the store's own tables only (no embedded overlay, no answer cache), on the write connection. */
  own(): StoreReads {
    this.ownReads ??= new ConnectionReads(() => this.ready().then(() => this.connection));
    return this.ownReads;
  }

  /** The schema version this store is at. */
  async version(): Promise<number> {
    await this.ready();
    return schemaVersion(this.connection);
  }

  /** Runs a statement (or several separated by `;` when there are no params). */
  async run(sql: string, params?: SqlParam[]): Promise<void> {
    await this.ready();
    await this.connection.run(sql, params as never);
  }

  /**
   * Runs `fn` inside one transaction (./transaction.ts): all of its writes land, or none do. Nested calls
   * join the outer one.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.txDepth > 0) {
      this.txDepth++;
      try {
        return await fn();
      } finally {
        this.txDepth--;
      }
    }
    await this.ready();
    this.txDepth = 1;
    try {
      return await inTransaction(this.connection, fn, async () => {
        dropAnswerCache(this.path);
        await this.parent?.changed();
      });
    } finally {
      this.txDepth = 0;
    }
  }

  /** Reads running or waiting on the pool (0 for a plain store). */
  get busy(): number {
    return this.readers?.busy ?? 0;
  }

  /** Resolves once no pooled read runs or waits. */
  async idle(): Promise<void> {
    await this.readers?.idle();
  }

  /** Closes the connections and the database (a `writer()` store closes nothing: its owner does). */
  close(): void {
    if (this.parent) return;
    if (this.instance) this.answers?.save(); // while DuckDB still holds the file: no import can interleave
    this.readers?.close();
    this.conn?.closeSync();
    this.instance?.closeSync();
  }
}
