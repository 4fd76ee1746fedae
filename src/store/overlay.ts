/**
 * The embedded dataset as an overlay: on a read connection, each data table name (`bars`, `portfolio_series`,
 * …) becomes a TEMP view over the store's own table plus the shipped Parquet file read in place
 * (`read_parquet`), so a new store answers at once with no load step. TEMP objects belong to one DuckDB
 * connection: the store's write connection keeps seeing only its own tables, which is what the importer
 * checks and writes.
 *
 * Precedence (docs/data-model.md): **user imports win**. Where the store's own tables hold a series the
 * embedded data also hold, the embedded rows of that series are hidden:
 * - bars and market_caps by `id`, etf_flows by `ticker`: an imported ^RUT, from any source, hides the
 *   shipped ^RUT;
 * - portfolio_series, factors: by (dataset, frequency), whatever the vintage, so vintages never mix;
 * - securities by `id`, etfs by `ticker`; datasets by name (and French datasets whose series are hidden).
 * The `datasets` view gains a column `origin` ('imported' or 'embedded'); `datasets_hidden` lists the
 * embedded datasets an import hides.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { embeddedFiles } from './embedded-files.ts';
import { type DataTable, TABLE_COLUMNS } from './schema.ts';

/** How embedded rows of a table are matched against the store's own rows. */
const SERIES_KEY: Partial<Record<DataTable, string[]>> = {
  bars: ['id'],
  market_caps: ['id'],
  etf_flows: ['ticker'],
  portfolio_series: ['dataset', 'frequency'],
  factors: ['dataset', 'frequency'],
};
const ROW_KEY: Partial<Record<DataTable, string>> = { securities: 'id', etfs: 'ticker' };

const lit = (v: unknown) => (v === null || v === undefined ? 'NULL' : `'${String(v).replaceAll("'", "''")}'`);
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** What an overlay was built from: the folder and the embedded series the store's own rows hide. */
export interface OverlayPlan {
  dir: string;
  files: Partial<Record<DataTable, string>>;
  /** Per table with a series key: the hidden key tuples, as SQL literals. */
  hidden: Partial<Record<DataTable, string[][]>>;
  /** Embedded dataset names (`source` of bars, market caps, flows) whose rows are all hidden, as SQL literals. */
  hiddenSources: string[];
}

/** The tables whose rows name their dataset in `source`. */
const BY_SOURCE: DataTable[] = ['bars', 'market_caps', 'etf_flows'];

/**
 * Works out which embedded series the store's own tables hide (run once per store version, on any
 * connection of the store's instance; `catalog` is the store's database name).
 */
export async function planOverlay(
  conn: DuckDBConnection,
  catalog: string,
  dir: string,
): Promise<OverlayPlan> {
  const files = embeddedFiles(dir);
  const hidden: OverlayPlan['hidden'] = {};
  const hiddenSources: string[] = [];
  const tables = (Object.keys(SERIES_KEY) as DataTable[]).filter((t) => files[t]);
  if (tables.length === 0) return { dir, files, hidden, hiddenSources };
  // Only tables holding rows of their own can hide anything: skip scanning the files for the others.
  const held = await conn.runAndReadAll(
    tables
      .map((t) => `SELECT '${t}' AS t FROM (SELECT 1 FROM ${ident(catalog)}.main.${t} LIMIT 1)`)
      .join(' UNION ALL '),
  );
  const nonEmpty = new Set((held.getRows() as unknown[][]).map((r) => String(r[0])));
  for (const t of tables) {
    const keys = SERIES_KEY[t] as string[];
    const f = files[t] as string;
    if (!nonEmpty.has(t)) continue;
    const k = keys.map(ident).join(', ');
    const r = await conn.runAndReadAll(
      `SELECT DISTINCT ${k} FROM ${ident(catalog)}.main.${t} INTERSECT SELECT DISTINCT ${k} FROM read_parquet(${lit(f)})`,
    );
    hidden[t] = (r.getRows() as unknown[][]).map((row) => row.map(lit));
    if (BY_SOURCE.includes(t) && hidden[t].length) {
      // An embedded dataset is hidden when every series it holds is.
      const s = await conn.runAndReadAll(
        `SELECT source FROM read_parquet(${lit(f)}) GROUP BY source HAVING bool_and(${matches(keys, hidden[t])})`,
      );
      for (const row of s.getRows() as unknown[][]) hiddenSources.push(lit(row[0]));
    }
  }
  return { dir, files, hidden, hiddenSources };
}

/** `(a = 'x' AND b = 'y') OR …`: true for rows whose key is one of `rows`. */
function matches(keys: string[], rows: string[][], cols: string[] = keys.map(ident)): string {
  return rows.map((r) => `(${r.map((v, j) => `${cols[j]} = ${v}`).join(' AND ')})`).join(' OR ');
}

function notHidden(t: DataTable, plan: OverlayPlan, catalog: string): string {
  const keys = SERIES_KEY[t];
  const rows = plan.hidden[t] ?? [];
  if (keys && rows.length) return `WHERE NOT (${matches(keys, rows)})`;
  const key = ROW_KEY[t];
  if (key) return `WHERE ${ident(key)} NOT IN (SELECT ${ident(key)} FROM ${ident(catalog)}.main.${t})`;
  return '';
}

/** The French dataset rows are named `dataset [frequency, vintage]`: their (dataset, frequency) key. */
const FRENCH_NAME = /^(.*) \[(daily|weekly|monthly|annual), [^\]]*\]$/;

/** The SQL that installs the overlay views on one connection. */
export function overlaySql(plan: OverlayPlan, catalog: string): string {
  const own = (t: string) => `${ident(catalog)}.main.${t}`;
  const out: string[] = [];
  for (const t of Object.keys(TABLE_COLUMNS) as DataTable[]) {
    const cols = TABLE_COLUMNS[t].map(ident).join(', ');
    const f = plan.files[t];
    if (t === 'datasets') continue;
    out.push(
      f
        ? `CREATE OR REPLACE TEMP VIEW ${t} AS SELECT ${cols} FROM ${own(t)} UNION ALL SELECT ${cols} FROM read_parquet(${lit(f)}) ${notHidden(t, plan, catalog)}`
        : `CREATE OR REPLACE TEMP VIEW ${t} AS SELECT ${cols} FROM ${own(t)}`,
    );
  }
  const cols = TABLE_COLUMNS.datasets.map(ident).join(', ');
  const f = plan.files.datasets;
  const hiddenSeries = [...(plan.hidden.portfolio_series ?? []), ...(plan.hidden.factors ?? [])];
  const hiddenSources = plan.hiddenSources.map((n) => [n]);
  const re = lit(FRENCH_NAME.source);
  const frenchKey = [`regexp_extract(name, ${re}, 1)`, `regexp_extract(name, ${re}, 2)`];
  const hiddenWhere = [
    `name IN (SELECT name FROM ${own('datasets')})`,
    ...(hiddenSeries.length ? [matches(['dataset', 'frequency'], hiddenSeries, frenchKey)] : []),
    ...(hiddenSources.length ? [matches(['name'], hiddenSources)] : []),
  ].join(' OR ');
  out.push(
    f
      ? `CREATE OR REPLACE TEMP VIEW datasets AS SELECT ${cols}, 'imported' AS origin FROM ${own('datasets')} UNION ALL SELECT ${cols}, 'embedded' AS origin FROM read_parquet(${lit(f)}) WHERE NOT (${hiddenWhere})`
      : `CREATE OR REPLACE TEMP VIEW datasets AS SELECT ${cols}, 'imported' AS origin FROM ${own('datasets')}`,
    f
      ? `CREATE OR REPLACE TEMP VIEW datasets_hidden AS SELECT ${cols}, 'embedded' AS origin FROM read_parquet(${lit(f)}) WHERE ${hiddenWhere}`
      : `CREATE OR REPLACE TEMP VIEW datasets_hidden AS SELECT ${cols}, 'embedded' AS origin FROM ${own('datasets')} WHERE false`,
  );
  return out.join(';\n');
}
