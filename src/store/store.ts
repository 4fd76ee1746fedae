/**
 * The capgap store: one DuckDB database (a file, or in memory for tests) with a versioned schema.
 *
 * Default location: `$CAPGAP_DB` if set, else `~/.capgap/capgap.duckdb`. `:memory:` opens a fresh
 * in-memory store. A store with no data is filled from the embedded dataset on first use
 * (see `openDefaultStore` in ./embedded.ts).
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBResultReader } from '@duckdb/node-api';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';

/** A value bound to a `$1`-style SQL parameter. */
export type SqlParam = string | number | boolean | null;
/** A row as plain JS: numbers (BIGINT converted), strings, ISO dates ('YYYY-MM-DD'), null. */
export type Row = Record<string, unknown>;

/** Where the store lives unless told: `$CAPGAP_DB`, else `~/.capgap/capgap.duckdb`. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CAPGAP_DB || join(homedir(), '.capgap', 'capgap.duckdb');
}

const INTEGER_TYPES = new Set(['BIGINT', 'HUGEINT', 'UBIGINT', 'UHUGEINT']);
const FLOAT_TYPES = new Set(['DOUBLE', 'FLOAT']);

function toRows(result: DuckDBResultReader): Row[] {
  const rows = result.getRowObjectsJson() as Row[];
  const names = result.columnNames();
  const types = result.columnTypes().map((t) => t.toString());
  const fix: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (INTEGER_TYPES.has(types[i]) || FLOAT_TYPES.has(types[i]) || types[i].startsWith('DECIMAL'))
      fix.push(names[i]);
  }
  if (fix.length) {
    for (const row of rows) {
      for (const k of fix) {
        const v = row[k];
        if (typeof v === 'string') row[k] = Number(v);
      }
    }
  }
  return rows;
}

/** A DuckDB-backed store. Open with `Store.open(path)`; close with `close()`. */
export class Store {
  readonly path: string;
  private readonly instance: DuckDBInstance;
  /** The connection; exposed for io code that needs appenders. Analytics never use it. */
  readonly connection: DuckDBConnection;
  private txDepth = 0;

  private constructor(path: string, instance: DuckDBInstance, connection: DuckDBConnection) {
    this.path = path;
    this.instance = instance;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the store at `path` and migrates it to the current schema.
   * @example const store = await Store.open(':memory:');
   */
  static async open(path: string = defaultStorePath()): Promise<Store> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const store = new Store(path, instance, connection);
    await store.migrate();
    return store;
  }

  /** The schema version this store is at. */
  async version(): Promise<number> {
    await this.connection.run('CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
    const rows = await this.all("SELECT value FROM meta WHERE key = 'schema_version'");
    return rows.length ? Number(rows[0].value) : 0;
  }

  private async migrate(): Promise<void> {
    const at = await this.version();
    if (at > SCHEMA_VERSION) {
      throw new Error(
        `store ${this.path} is at schema version ${at}, newer than this capgap (${SCHEMA_VERSION}); upgrade capgap`,
      );
    }
    for (let v = at; v < SCHEMA_VERSION; v++) {
      await this.transaction(async () => {
        await this.connection.run(MIGRATIONS[v]);
        await this.run("INSERT OR REPLACE INTO meta VALUES ('schema_version', $1)", [String(v + 1)]);
      });
    }
  }

  /** Runs a statement (or several separated by `;` when there are no params). */
  async run(sql: string, params?: SqlParam[]): Promise<void> {
    await this.connection.run(sql, params as never);
  }

  /** Runs a query and returns its rows as plain JS objects. */
  async all<T extends Row = Row>(sql: string, params?: SqlParam[]): Promise<T[]> {
    const result = await this.connection.runAndReadAll(sql, params as never);
    return toRows(result) as T[];
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
  async columns(sql: string, params?: SqlParam[]): Promise<Record<string, Float64Array | unknown[]>> {
    const result = await this.connection.runAndReadAll(sql, params as never);
    const names = result.columnNames();
    const types = result.columnTypes().map((t) => t.toString());
    const cols = result.getColumnsJS();
    const out: Record<string, Float64Array | unknown[]> = {};
    for (let i = 0; i < names.length; i++) {
      const t = types[i];
      const src = cols[i] ?? []; // an empty result has no column arrays
      if (
        FLOAT_TYPES.has(t) ||
        INTEGER_TYPES.has(t) ||
        t === 'INTEGER' ||
        t === 'SMALLINT' ||
        t === 'TINYINT' ||
        t.startsWith('DECIMAL')
      ) {
        const a = new Float64Array(src.length);
        for (let j = 0; j < src.length; j++) {
          const v = src[j];
          a[j] = v === null || v === undefined ? Number.NaN : Number(v);
        }
        out[names[i]] = a;
      } else if (t === 'DATE') {
        out[names[i]] = src.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
      } else {
        out[names[i]] = src;
      }
    }
    return out;
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
    await this.connection.run('BEGIN TRANSACTION');
    this.txDepth = 1;
    try {
      const value = await fn();
      await this.connection.run('COMMIT');
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

  /** Closes the connection and the database. */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
