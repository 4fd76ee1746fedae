/**
 * Query results as plain JS: rows (`toRows`), columns (`toColumns`: numbers as Float64Array, NaN for NULL;
 * DATE as 'YYYY-MM-DD') and columns checked against a declared shape (`checkShape`). Used by ./store.ts.
 */
import type { DuckDBResultReader } from '@duckdb/node-api';

/** A value bound to a `$1`-style SQL parameter. */
export type SqlParam = string | number | boolean | null;
/** A row as plain JS: numbers (BIGINT converted), strings, ISO dates ('YYYY-MM-DD'), null. */
export type Row = Record<string, unknown>;
/** A result's columns by name: numeric ones as Float64Array, the others as arrays of JS values. */
export type Columns = Record<string, Float64Array | unknown[]>;

const INTEGER_TYPES = new Set(['BIGINT', 'HUGEINT', 'UBIGINT', 'UHUGEINT']);
const FLOAT_TYPES = new Set(['DOUBLE', 'FLOAT']);

/** The result's rows as plain objects, numeric columns (BIGINT, DOUBLE, DECIMAL) as JS numbers. */
export function toRows(result: DuckDBResultReader): Row[] {
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

/** The result's columns: numeric types as Float64Array (NaN for NULL), DATE as 'YYYY-MM-DD', others as JS values. */
export function toColumns(result: DuckDBResultReader): Columns {
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

/** `columns` checked against `shape`: each named number column a Float64Array, each string column all text. */
export function checkShape<const N extends string = never, const S extends string = never>(
  cols: Columns,
  shape: { numbers?: readonly N[]; strings?: readonly S[] },
): Record<N, Float64Array> & Record<S, string[]> {
  const out: Record<string, Float64Array | string[]> = {};
  for (const name of shape.numbers ?? []) {
    const c = cols[name];
    if (!(c instanceof Float64Array)) {
      throw new Error(
        c === undefined
          ? `the query returned no column "${name}"; it returned: ${Object.keys(cols).join(', ')}`
          : `column "${name}" is not numeric (cast it in SQL: ${name}::DOUBLE)`,
      );
    }
    out[name] = c;
  }
  for (const name of shape.strings ?? []) {
    const c = cols[name];
    if (c === undefined || c instanceof Float64Array) {
      throw new Error(
        c === undefined
          ? `the query returned no column "${name}"; it returned: ${Object.keys(cols).join(', ')}`
          : `column "${name}" is numeric, not text`,
      );
    }
    const bad = c.findIndex((v) => typeof v !== 'string');
    if (bad >= 0) throw new Error(`column "${name}" row ${bad}: ${String(c[bad])} is not text`);
    out[name] = c as string[];
  }
  return out as Record<N, Float64Array> & Record<S, string[]>;
}
