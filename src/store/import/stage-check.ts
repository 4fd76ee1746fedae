/**
 * The checks on a staged table before anything is written (./stage.ts): a key twice in the file with
 * different values, or a key the store holds with different values, is an ImportError naming the line and
 * column; identical duplicates are counted.
 */
import { ImportError } from '../../formats/errors.ts';
import type { Store } from '../store.ts';
import { mayOverlap, q, type TableSpec } from './stage.ts';

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
