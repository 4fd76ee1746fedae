/**
 * The SQL of the fast panel path: one statement reads the CSV (gzip handled by DuckDB) as text, numbers each
 * row with its file line, casts every cell once, flags bad rows and keeps their raw text for the error
 * message, into a TEMP table shaped like a `bars` staging table.
 */

/** The panel's columns, as named in its header (matched case-insensitively). */
export const PANEL_COLS = ['Date', 'Ticker', 'Open', 'High', 'Low', 'Close', 'Volume'] as const;
/** Its numeric columns. */
export const PANEL_NUM = ['Open', 'High', 'Low', 'Close', 'Volume'] as const;

/** A SQL string literal. */
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** SQL: the header names of a CSV file (no rows read). */
export function headerSql(path: string): string {
  return `DESCRIBE SELECT * FROM read_csv(${lit(path)}, header = true, all_varchar = true, delim = ',', quote = '"')`;
}

/**
 * SQL reading the CSV as text into TEMP table `name` (parallel; insertion order is kept, so a row's
 * rowid + 2 is its line in the file: line 1 is the header).
 */
export function rawPanelSql(name: string, path: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${ident(name)} AS
    SELECT * FROM read_csv(${lit(path)}, header = true, all_varchar = true, delim = ',', quote = '"')`;
}

/**
 * SQL creating TEMP table `name` from the text table `raw` with columns line, id, date, source, open, high,
 * low, close (NULL), adj_close (= Close), volume, dividend, split_factor (NULL), m_<col> (cell missing), bad
 * (row fails validation) and raw (the row's text, only for bad rows). `col` maps panel columns to header names.
 */
export function typedPanelSql(
  name: string,
  raw: string,
  col: Record<string, string>,
  dataset: string,
): string {
  const c = (k: string) => ident(col[k]);
  const v = (k: string) => ident(`v_${k}`);
  const missing = (k: string) =>
    `(${c(k)} IS NULL OR lower(trim(${c(k)})) IN ('', 'null', 'nan', 'n/a', 'na', '.', '-', 'none'))`;
  const badCell = (k: string) =>
    `CASE WHEN ${v(k)} IS NULL THEN NOT ${missing(k)} ELSE (${v(k)} < 0 OR NOT isfinite(${v(k)})) END`;
  const text = PANEL_COLS.map((k) => `coalesce(${c(k)}, '')`).join(` || ',' || `);
  // internal names (v_day, v_Open, …) never equal a header name: DuckDB names are case-insensitive, and an
  // alias `date` would silently shadow the text column "Date".
  return `CREATE OR REPLACE TEMP TABLE ${ident(name)} AS
    SELECT line, id, v_day AS date, ${lit(dataset)} AS source, ${v('Open')} AS open, ${v('High')} AS high,
           ${v('Low')} AS low, NULL::DOUBLE AS close, ${v('Close')} AS adj_close, ${v('Volume')} AS volume,
           NULL::DOUBLE AS dividend, NULL::DOUBLE AS split_factor,
           ${PANEL_NUM.map((k) => `${v(k)} IS NULL AS ${ident(`m_${k}`)}`).join(', ')},
           bad, CASE WHEN bad THEN ${text} END AS raw
    FROM (
      SELECT *, (v_day IS NULL OR id IS NULL OR id = '' OR ${PANEL_NUM.map(badCell).join(' OR ')}) AS bad
      FROM (
        SELECT rowid + 2 AS line, ${PANEL_COLS.map(c).join(', ')}, upper(trim(${c('Ticker')})) AS id,
               CASE WHEN length(trim(${c('Date')})) = 10 THEN try_strptime(trim(${c('Date')}), '%Y-%m-%d')::DATE END AS v_day,
               ${PANEL_NUM.map((k) => `TRY_CAST(trim(${c(k)}) AS DOUBLE) AS ${v(k)}`).join(', ')}
        FROM ${ident(raw)}
      )
    )`;
}
