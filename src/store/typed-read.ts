/**
 * A query's result copied chunk by chunk straight into typed columns: INTEGER columns into Int32Array,
 * DOUBLE columns into Float64Array (NULL → NaN). Each vector is copied whole from DuckDB's memory
 * (`duckdb_vector_get_data`), with no row objects and no JS call per value; only a vector that has NULLs
 * is walked, through its validity mask. Used by `store.readTyped` (./store-reads.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';
import type { SqlParam } from './rows.ts';

/** The type each named column is read as: 'int32' for an INTEGER column, 'float64' for a DOUBLE one. */
export type TypedSpec = Record<string, 'int32' | 'float64'>;
/** The columns read for a spec: Int32Array for 'int32', Float64Array for 'float64'. */
export type TypedColumns<S extends TypedSpec> = {
  [K in keyof S]: S[K] extends 'int32' ? Int32Array : Float64Array;
};

const SQL_TYPE = { int32: 'INTEGER', float64: 'DOUBLE' } as const;

/**
 * Runs `sql` on `conn` and copies the columns named in `spec` into typed arrays. A column missing from the
 * result, of another SQL type than declared, or a NULL in an INTEGER column throws, naming the column (and
 * the row).
 * @example await readTypedOn(conn, 'SELECT 1 AS d, 2.5 AS v', [], { d: 'int32', v: 'float64' })
 */
export async function readTypedOn<const S extends TypedSpec>(
  conn: DuckDBConnection,
  sql: string,
  params: SqlParam[] | undefined,
  spec: S,
): Promise<TypedColumns<S>> {
  const result = await conn.run(sql, params as never);
  const names = result.columnNames();
  const types = result.columnTypes().map((t) => t.toString());
  const n = result.rowCount;
  const cols = Object.entries(spec).map(([name, kind]) => {
    const at = names.indexOf(name);
    if (at < 0) throw new Error(`the query returned no column "${name}"; it returned: ${names.join(', ')}`);
    if (types[at] !== SQL_TYPE[kind])
      throw new Error(`column "${name}" is ${types[at]}, not ${SQL_TYPE[kind]} (cast it in SQL)`);
    return { name, at, kind, out: kind === 'int32' ? new Int32Array(n) : new Float64Array(n) };
  });
  let row = 0;
  for (let c = 0; c < result.chunkCount; c++) {
    const chunk = result.getChunk(c);
    const m = chunk.rowCount;
    for (const col of cols) {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, col.at);
      const bytes = duckdb.vector_get_data(vector, m * col.out.BYTES_PER_ELEMENT);
      const { buffer, byteOffset } = bytes;
      if (col.out instanceof Int32Array) col.out.set(new Int32Array(buffer, byteOffset, m), row);
      else col.out.set(new Float64Array(buffer, byteOffset, m), row);
      const valid = duckdb.vector_get_validity(vector, Math.ceil(m / 64) * 8);
      if (valid) copyNulls(valid, m, row, col);
    }
    row += m;
  }
  return Object.fromEntries(cols.map((c) => [c.name, c.out])) as TypedColumns<S>;
}

/** Marks the NULLs of one vector (validity bit 0) in its column: NaN, or an error for INTEGER. */
function copyNulls(
  valid: Uint8Array,
  m: number,
  row: number,
  col: { name: string; kind: 'int32' | 'float64'; out: Int32Array | Float64Array },
): void {
  for (let j = 0; j < m; j++) {
    if ((valid[j >> 3] >> (j & 7)) & 1) continue;
    if (col.kind === 'int32')
      throw new Error(`column "${col.name}" row ${row + j}: NULL in an INTEGER column`);
    col.out[row + j] = Number.NaN;
  }
}
