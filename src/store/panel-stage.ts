/**
 * The checked read of a long stock panel for ./panel-load.ts: DuckDB reads the file as text, the rows in
 * range are cast and checked by the import path's rules (./import/panel-sql.ts), and the first bad row is
 * named by the JS validator (./import/panel-bad-row.ts), as `capgap import` does.
 */

import { resolveLimits } from '../formats/limits.ts';
import { isGzipFile } from './file-head.ts';
import { badRowError, duckError } from './import/panel-errors.ts';
import { panelColumns, rawPanelSql, typedPanelSql } from './import/panel-sql.ts';
import type { Store } from './store.ts';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * Reads the file into TEMP table _pl_stg (panel-sql.ts) and throws at the first bad row among those `where`
 * keeps (a row whose date cannot be read is always bad).
 */
export async function stagePanel(
  store: Store,
  file: string,
  dataset: string,
  where: string[],
): Promise<void> {
  const gzip = isGzipFile(file);
  let names: string[];
  try {
    const head = await store.all<{ column_name: string }>(
      `DESCRIBE SELECT * FROM read_csv(${q(file)}, header = true, all_varchar = true, compression = ${gzip ? "'gzip'" : "'none'"})`,
    );
    names = head.map((h) => h.column_name);
  } catch (err) {
    throw duckError(err, file);
  }
  const col = panelColumns(file, names);
  try {
    await store.run(
      rawPanelSql('_pl_raw', file, names, { maxLineChars: resolveLimits().maxLineChars, gzip }),
    );
  } catch (err) {
    throw duckError(err, file);
  }
  // Only the rows in range are cast and checked: a zero-padded ISO date compares as text; any other date text
  // is kept, to be refused by the rules.
  const d = `trim(${ident(col.Date)})`;
  const range = where.map((w) => w.replace('date', d).replace('DATE ', ''));
  await store.run(
    `CREATE OR REPLACE TEMP TABLE _pl_sel AS SELECT rowid + 2 AS _line, * FROM _pl_raw
      ${range.length ? `WHERE NOT regexp_full_match(${d}, '\\d{4}-\\d{2}-\\d{2}') OR (${range.join(' AND ')})` : ''}`,
  );
  await store.run('DROP TABLE _pl_raw');
  await store.run(typedPanelSql('_pl_stg', '_pl_sel', col, dataset, undefined, '_line'));
  await store.run('DROP TABLE _pl_sel');
  const bad = await store.one<{ line: number; raw: (string | null)[] }>(
    'SELECT line, raw FROM _pl_stg WHERE bad ORDER BY line LIMIT 1',
  );
  if (bad) {
    await store.run('DROP TABLE _pl_stg');
    throw badRowError(bad.raw, file, Number(bad.line));
  }
}
