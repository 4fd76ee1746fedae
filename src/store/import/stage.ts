/**
 * Staging: rows go first into a TEMP table (not part of the store's data), where SQL checks them — duplicate
 * keys within the file, keys the store already holds with different values — before anything is written.
 * Then `insertStaged` copies the new rows in (rows already stored with the same values are left as they are,
 * which makes a second import of the same file a no-op).
 */
import { DuckDBDateValue } from '@duckdb/node-api';
import { ImportError } from '../../formats/errors.ts';
import type { Store } from '../store.ts';

/** A staged column: its store name, SQL type and a getter for row i (null for missing). */
export interface StageColumn {
  name: string;
  type: 'VARCHAR' | 'DOUBLE' | 'DATE';
  get: (i: number) => string | number | null;
  /** The same text on every row (the dataset name): not stored per row, but a constant of the staging view. */
  constant?: string;
}

/** Which target table, and which of its columns are the key and the values. */
export interface TableSpec {
  table: string;
  keys: string[];
  values: string[];
  /** Key columns that partition imports (['source'], ['dataset', 'vintage', 'frequency']): no stored row
   * with the staged values of these, no possible overlap. */
  scope?: string[];
  /** True when the value columns are DOUBLE: values within 1e-12 (relative) count as the same value. */
  numeric?: boolean;
}

/** Relative tolerance under which two stored doubles are the same value (1 ulp of a decimal-to-double parse). */
export const SAME_VALUE_TOLERANCE = 1e-12;

/**
 * SQL: true when a and b differ as values (NULL vs not NULL differs; doubles within the tolerance do not; a
 * non-finite value conflicts with everything, itself included: Infinity - x is Infinity <= Infinity, so
 * without that rule an Infinity would match any value).
 */
export function differs(a: string, b: string, numeric: boolean): string {
  if (!numeric) return `(${a} IS DISTINCT FROM ${b})`;
  const nonFinite = `coalesce(NOT isfinite(${a}), false) OR coalesce(NOT isfinite(${b}), false)`;
  return `(${nonFinite} OR (${a} IS DISTINCT FROM ${b} AND NOT coalesce(abs(${a} - ${b}) <= ${SAME_VALUE_TOLERANCE} * greatest(abs(${a}), abs(${b})), false)))`;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The table a staging view reads its stored columns from. */
const rowsOf = (name: string) => `${name}_rows`;

/**
 * Creates TEMP table `name` with a `line` column plus `cols` (unless `append`: a file staged chunk by chunk
 * adds to the table its first chunk made), and appends `n` rows (line numbers from `line`). Columns with a
 * `constant` are not stored per row: the rows go into `<name>_rows` and `name` is a TEMP view adding the
 * constants (a 45-character dataset name on 4 million rows is 250 MB of DuckDB memory).
 * @example await stageRows(store, '_stg_bars', cols, n, (i) => lines[i])
 */
export async function stageRows(
  store: Store,
  name: string,
  cols: StageColumn[],
  n: number,
  line: (i: number) => number,
  append = false,
): Promise<void> {
  const stored = cols.filter((c) => c.constant === undefined);
  const table = stored.length < cols.length ? rowsOf(name) : name;
  if (!append) {
    await store.run(
      `CREATE OR REPLACE TEMP TABLE ${q(table)} (line INTEGER, ${stored.map((c) => `${q(c.name)} ${c.type}`).join(', ')})`,
    );
    if (table !== name) {
      const list = cols.map((c) =>
        c.constant === undefined ? q(c.name) : `${lit(c.constant)}::${c.type} AS ${q(c.name)}`,
      );
      await store.run(
        `CREATE OR REPLACE TEMP VIEW ${q(name)} AS SELECT line, ${list.join(', ')} FROM ${q(table)}`,
      );
    }
  }
  const a = await store.connection.createAppender(table, 'main', 'temp');
  try {
    for (let i = 0; i < n; i++) {
      a.appendInteger(line(i));
      for (const c of stored) {
        const v = c.get(i);
        if (v === null || (typeof v === 'number' && Number.isNaN(v))) a.appendNull();
        else if (c.type === 'VARCHAR') a.appendVarchar(String(v));
        else if (c.type === 'DATE') a.appendDate(new DuckDBDateValue(v as number));
        else a.appendDouble(v as number);
      }
      a.endRow();
    }
    a.flushSync();
  } finally {
    a.closeSync();
  }
}

function keyText(row: Record<string, unknown>, keys: string[]): string {
  return keys.map((k) => `${k}=${row[k]}`).join(', ');
}

/**
 * Checks a staged table: a key twice with different values is an ImportError at the later line; a key the
 * store holds with different values is an ImportError (unless `replace`). Returns the number of identical
 * duplicate rows (counted as rejected by the caller).
 */
export async function checkStaged(
  store: Store,
  stg: string,
  spec: TableSpec,
  opts: { file: string; replace?: boolean; scope?: string },
): Promise<number> {
  const keys = spec.keys.map(q).join(', ');
  const counted = await store.one<{ n: number }>(
    `SELECT (SELECT count(*) FROM ${q(stg)}) - (SELECT count(*) FROM (SELECT DISTINCT ${keys} FROM ${q(stg)})) AS n`,
  );
  const dupes = counted ? Number(counted.n) : 0;
  const diff = spec.values.map(
    (v) =>
      `(${differs(`min(${q(v)})`, `max(${q(v)})`, Boolean(spec.numeric))} OR count(${q(v)}) NOT IN (0, count(*))) AS ${q(`d_${v}`)}`,
  );
  const dup = dupes
    ? await store.one(
        `SELECT min(line) AS first, max(line) AS second, ${spec.keys.map(q).join(', ')}${diff.length ? `, ${diff.join(', ')}` : ''}
     FROM ${q(stg)} GROUP BY ${keys}
     HAVING count(*) > 1 ${diff.length ? `AND (${spec.values.map((v) => q(`d_${v}`)).join(' OR ')})` : ''}
     ORDER BY second LIMIT 1`,
      )
    : undefined;
  if (dup) {
    const col = spec.values.find((v) => dup[`d_${v}`]) ?? '';
    throw new ImportError({
      file: opts.file,
      line: Number(dup.second),
      column: col,
      reason: `duplicate key (${keyText(dup, spec.keys)}) with a different value than line ${dup.first}`,
    });
  }
  if (!(await mayOverlap(store, stg, spec))) return dupes;
  if (!opts.replace && spec.values.length) {
    const on = spec.keys.map((k) => `s.${q(k)} = t.${q(k)}`).join(' AND ');
    const flags = spec.values
      .map((v) => `${differs(`s.${q(v)}`, `t.${q(v)}`, Boolean(spec.numeric))} AS ${q(`d_${v}`)}`)
      .join(', ');
    const clash = await store.one(
      `SELECT s.line, ${spec.keys.map((k) => `s.${q(k)}`).join(', ')}, ${flags},
              ${spec.values.map((v) => `t.${q(v)} AS ${q(`old_${v}`)}, s.${q(v)} AS ${q(`new_${v}`)}`).join(', ')}
       FROM ${q(stg)} s JOIN ${spec.table} t ON ${on}
       WHERE ${spec.values.map((v) => differs(`s.${q(v)}`, `t.${q(v)}`, Boolean(spec.numeric))).join(' OR ')}
       ORDER BY s.line LIMIT 1`,
    );
    if (clash) {
      const col = spec.values.find((v) => clash[`d_${v}`]) ?? '';
      throw new ImportError({
        file: opts.file,
        line: Number(clash.line),
        column: col,
        reason:
          `the store already holds key (${keyText(clash, spec.keys)}) with ${col} = ${clash[`old_${col}`]}, ` +
          `the file says ${clash[`new_${col}`]}; re-import with --replace to replace ${opts.scope ?? 'those rows'}`,
      });
    }
  }
  return dupes;
}

/**
 * False when no staged key can already be in the store: the spec's scope column (source/dataset) has a value
 * the target table does not hold. Saves the join on big first imports.
 */
export async function mayOverlap(store: Store, stg: string, spec: TableSpec): Promise<boolean> {
  if (!spec.scope) return true;
  const c = spec.scope.map(q).join(', ');
  const r = await store.one(
    `SELECT 1 AS x FROM ${spec.table} WHERE (${c}) IN (SELECT DISTINCT (${c}) FROM ${q(stg)}) LIMIT 1`,
  );
  return r !== undefined;
}

/**
 * Inserts staged rows the store does not hold yet (first line wins among identical duplicates, of which there
 * are `dupes`); returns how many rows were new. Call inside the store transaction.
 */
export async function insertStaged(
  store: Store,
  stg: string,
  spec: TableSpec,
  dupes = 1,
  overlap = true,
): Promise<number> {
  const all = [...spec.keys, ...spec.values];
  const on = spec.keys.map((k) => `s.${q(k)} = t.${q(k)}`).join(' AND ');
  // Rows go in by date, so DuckDB's per-row-group date ranges let a read of a few weeks skip the rest.
  const byDate = spec.keys.includes('date') ? ' ORDER BY s."date"' : '';
  const src = dupes
    ? `(SELECT DISTINCT ON (${spec.keys.map(q).join(', ')}) * FROM ${q(stg)} ORDER BY ${spec.keys.map(q).join(', ')}, line)`
    : q(stg);
  if (!overlap) {
    const n = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${src} s`);
    await store.run(
      `INSERT INTO ${spec.table} (${all.map(q).join(', ')}) SELECT ${all.map((c) => `s.${q(c)}`).join(', ')} FROM ${src} s${byDate}`,
    );
    return n ? Number(n.n) : 0;
  }
  await store.run(
    `CREATE OR REPLACE TEMP TABLE _fresh AS SELECT ${all.map((c) => `s.${q(c)}`).join(', ')} FROM ${src} s
     ANTI JOIN ${spec.table} t ON ${on}`,
  );
  const n = await store.one<{ n: number }>('SELECT count(*) AS n FROM _fresh');
  await store.run(`INSERT INTO ${spec.table} (${all.map(q).join(', ')}) SELECT * FROM _fresh s${byDate}`);
  await store.run('DROP TABLE _fresh');
  return n ? Number(n.n) : 0;
}

/** Drops a staging table (or view, and the table of its rows). */
export async function dropStaged(store: Store, stg: string): Promise<void> {
  const view = await store.one('SELECT 1 AS x FROM duckdb_views() WHERE temporary AND view_name = $1', [stg]);
  if (view) await store.run(`DROP VIEW IF EXISTS ${q(stg)}`);
  else await store.run(`DROP TABLE IF EXISTS ${q(stg)}`);
  await store.run(`DROP TABLE IF EXISTS ${q(rowsOf(stg))}`);
}
