/**
 * The read API of a store (./store.ts): rows as objects, the first row, columns (numbers as Float64Array),
 * columns of a declared shape, and row counts: from the answer cache when it holds the read, else on a read
 * connection (`onRead`, which the store implements).
 */
import type { DuckDBConnection, DuckDBResultReader } from '@duckdb/node-api';
import type { AnswerCache } from './answer-cache.ts';
import { currentSignal, onConnection } from './cancel.ts';
import { type Columns, checkShape, type Row, type SqlParam, toColumns, toRows } from './rows.ts';
import { DATA_TABLES } from './schema.ts';
import { readTypedOn, type TypedColumns, type TypedSpec } from './typed-read.ts';

/** The reads every store offers; `Store` supplies `onRead`. */
export abstract class StoreReads {
  /** Reads kept across runs (a store opened with `answerCache`, ./answer-cache.ts). */
  protected answers: AnswerCache | null = null;

  /** Runs `fn` on a read connection (opening DuckDB first if it is not open yet). */
  protected abstract onRead<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T>;

  /** A read's result converted by `convert`, from the answer cache when it holds it (kept there after). */
  protected async readWith<T>(
    kind: 'rows' | 'columns',
    sql: string,
    params: SqlParam[] | undefined,
    convert: (r: DuckDBResultReader) => T,
  ): Promise<T> {
    const kept = this.answers?.get(kind, sql, params);
    if (kept) return kept as T;
    const out = convert(await this.onRead((c) => c.runAndReadAll(sql, params as never)));
    this.answers?.put(kind, sql, params, out);
    return out;
  }

  /** Runs a query and returns its rows as plain JS objects. */
  all<T extends Row = Row>(sql: string, params?: SqlParam[]): Promise<T[]> {
    return this.readWith('rows', sql, params, toRows) as Promise<T[]>;
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
  columns(sql: string, params?: SqlParam[]): Promise<Columns> {
    return this.readWith('columns', sql, params, toColumns);
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
   * Runs a query and copies the columns named in `spec` straight from DuckDB's result vectors into typed
   * arrays (./typed-read.ts): 'int32' for INTEGER columns, 'float64' for DOUBLE ones (NULL → NaN). Rows come
   * in the order the query returns them. From the answer cache when it holds the read.
   * @example const { day, v } = await store.readTyped('SELECT 17113 AS day, 2.5 AS v', [], { day: 'int32', v: 'float64' });
   */
  async readTyped<const S extends TypedSpec>(
    sql: string,
    params: SqlParam[] | undefined,
    spec: S,
  ): Promise<TypedColumns<S>> {
    const kind = `typed ${JSON.stringify(spec)}`;
    const kept = this.answers?.get(kind, sql, params);
    if (kept) return kept as TypedColumns<S>;
    const out = await this.onRead((c) => readTypedOn(c, sql, params, spec));
    this.answers?.put(kind, sql, params, out);
    return out;
  }

  /** Row counts of every data table: a cheap fingerprint of what the store holds. */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of DATA_TABLES) {
      const r = await this.one<{ n: number }>(`SELECT count(*)::DOUBLE AS n FROM ${t}`);
      out[t] = r ? r.n : 0;
    }
    return out;
  }
}

/**
 * Reads on one given connection, outside the answer cache: `store.own()`, the store's own tables without
 * the embedded overlay.
 */
export class ConnectionReads extends StoreReads {
  constructor(private readonly connect: () => Promise<DuckDBConnection>) {
    super();
  }

  protected async onRead<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    return onConnection(await this.connect(), currentSignal(), fn);
  }
}
