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
import { openInstance } from './instance.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { defaultStorePath, type OpenOptions } from './options.ts';
import { type OverlayPlan, overlaySql, planOverlay } from './overlay.ts';
import { ConnectionPool, currentSignal, onConnection, QueryCancelledError } from './pool.ts';
import { type Columns, checkShape, type Row, type SqlParam, toColumns, toRows } from './rows.ts';

export type { Columns, Row, SqlParam };
export { defaultStorePath, type OpenOptions };

/** A DuckDB-backed store. Open with `Store.open(path)`; close with `close()`. */
export class Store {
  readonly path: string;
  readonly readOnly: boolean;
  private instance: DuckDBInstance | null;
  private conn: DuckDBConnection | null;
  private txDepth = 0;
  /** Read connections with the embedded overlay, when opened with `embedded`. */
  private pool: ConnectionPool | null = null;
  private catalog = 'memory';
  private plan: OverlayPlan | null = null;
  private readonly installed = new WeakMap<DuckDBConnection, number>();
  /** The store this one writes for (see `writer()`); null for a store that owns its instance. */
  private parent: Store | null = null;
  private writerStore: Store | null = null;
  /** Bumped whenever the data change through this process (an import): keys of in-memory caches. */
  dataVersion = 0;
  /** Reads kept across runs (a store opened with `answerCache`). */
  private answers: AnswerCache | null = null;
  /** How to open DuckDB when the answer cache misses; null once open. */
  private deferred: OpenOptions | null = null;
  private opening: Promise<void> | null = null;

  private constructor(
    path: string,
    instance: DuckDBInstance | null,
    connection: DuckDBConnection | null,
    readOnly: boolean,
  ) {
    this.path = path;
    this.instance = instance;
    this.conn = connection;
    this.readOnly = readOnly;
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
    if (options.embedded !== undefined) {
      store.catalog = String((await store.one<{ d: string }>('SELECT current_database() AS d'))?.d);
      store.plan = await planOverlay(connection, store.catalog, options.embedded);
      store.pool = new ConnectionPool(
        () => instance.connect(),
        Math.max(1, options.readers ?? 1),
        options.maxWaiting ?? 256,
      );
    }
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
      Object.assign(this, {
        instance: s.instance,
        conn: s.conn,
        pool: s.pool,
        plan: s.plan,
        catalog: s.catalog,
      });
      this.deferred = null;
      const key = dataVersionKey(this.path, options.embedded as string);
      if (this.answers && key !== this.answers.key) {
        if (this.answers.served > 0)
          throw new Error(`store ${this.path} changed while this command read it (an import); run it again`);
        this.answers.reset(key);
      }
    });
    return this.opening;
  }

  /** True once DuckDB is open (a store answering from its answer cache may never open it). */
  get opened(): boolean {
    return this.instance !== null;
  }

  /** True when reads run on a pool of connections (they may then run concurrently). */
  get pooled(): boolean {
    return this.pool !== null || this.deferred !== null;
  }

  /**
   * The store to write through: itself for a plain store; for one opened with `embedded`, a store on the
   * same instance's write connection that sees only the store's own tables (what the importer checks and
   * writes). Each committed write there re-plans which embedded series are hidden and bumps `dataVersion`.
   */
  writer(): Store {
    if (!this.pool && !this.deferred) return this;
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
    if (this.plan) this.plan = await planOverlay(this.connection, this.catalog, this.plan.dir);
  }

  private async prepare(conn: DuckDBConnection): Promise<void> {
    if (!this.plan || this.installed.get(conn) === this.dataVersion) return;
    await conn.run(overlaySql(this.plan, this.catalog));
    this.installed.set(conn, this.dataVersion);
  }

  /** Runs a read on a pool connection (overlay installed), or on the write connection for a plain store. */
  private read<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.pool) return this.pool.use(fn, (c) => this.prepare(c));
    return onConnection(this.connection, currentSignal(), fn);
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

  /** Runs a query and returns its rows as plain JS objects. */
  async all<T extends Row = Row>(sql: string, params?: SqlParam[]): Promise<T[]> {
    const kept = this.answers?.get('rows', sql, params);
    if (kept) return kept as T[];
    await this.ready();
    const rows = toRows(await this.read((c) => c.runAndReadAll(sql, params as never)));
    this.answers?.put('rows', sql, params, rows);
    return rows as T[];
  }

  /** The first row of a query, or undefined. */
  async one<T extends Row = Row>(sql: string, params?: SqlParam[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /**
   * Runs a query and returns its columns: DOUBLE/INTEGER/BIGINT columns as Float64Array (NaN for NULL),
   * everything else as arrays of JS values (DATE as 'YYYY-MM-DD'). Cast dates to day numbers in SQL
   * (`(date - DATE '1970-01-01')::INTEGER`) to get them as numbers.
   */
  async columns(sql: string, params?: SqlParam[]): Promise<Columns> {
    const kept = this.answers?.get('columns', sql, params);
    if (kept) return kept as Columns;
    await this.ready();
    const cols = toColumns(await this.read((c) => c.runAndReadAll(sql, params as never)));
    this.answers?.put('columns', sql, params, cols);
    return cols;
  }

  /**
   * `columns` with the shape said up front, typed: each of `numbers` comes back as a Float64Array (NaN for
   * NULL), each of `strings` as a string array. A named column missing from the result, a number column of
   * another SQL type, or a NULL or non-string in a string column throws, naming the column.
   * @example const { d, v } = await store.typedColumns('SELECT 1 AS d, 2.5 AS v', [], { numbers: ['d', 'v'] });
   */
  async typedColumns<const N extends string = never, const S extends string = never>(
    sql: string,
    params: SqlParam[] | undefined,
    shape: { numbers?: readonly N[]; strings?: readonly S[] },
  ): Promise<Record<N, Float64Array> & Record<S, string[]>> {
    return checkShape(await this.columns(sql, params), shape);
  }

  /**
   * Runs `fn` inside one transaction: all of its writes land, or none do. Nested calls join the outer one.
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
    await this.connection.run('BEGIN TRANSACTION');
    this.txDepth = 1;
    try {
      const value = await fn();
      // a request whose deadline passed rolls back instead of committing late (the server answers 504)
      if (currentSignal()?.aborted)
        throw new QueryCancelledError('deadline passed before commit: rolled back');
      await this.connection.run('COMMIT');
      dropAnswerCache(this.path);
      await this.parent?.changed();
      return value;
    } catch (err) {
      await this.connection.run('ROLLBACK');
      throw err;
    } finally {
      this.txDepth = 0;
    }
  }

  /** Row counts of every data table: a cheap fingerprint of what the store holds. */
  async counts(): Promise<Record<string, number>> {
    const { DATA_TABLES } = await import('./schema.ts');
    const out: Record<string, number> = {};
    for (const t of DATA_TABLES) {
      const r = await this.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${t}`);
      out[t] = r ? r.n : 0;
    }
    return out;
  }

  /** Reads running or waiting on the pool (0 for a plain store). */
  get busy(): number {
    return this.pool ? this.pool.running + this.pool.queued : 0;
  }

  /** Resolves once no pooled read runs or waits. */
  async idle(): Promise<void> {
    await this.pool?.idle();
  }

  /** Closes the connections and the database (a `writer()` store closes nothing: its owner does). */
  close(): void {
    if (this.parent) return;
    if (this.instance) this.answers?.save(); // while DuckDB still holds the file: no import can interleave
    this.pool?.close();
    this.conn?.closeSync();
    this.instance?.closeSync();
  }
}
