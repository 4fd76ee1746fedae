/**
 * The SQL of the fast panel path: one statement reads the CSV (gzip handled by DuckDB) as text, numbers each
 * row with its file line, casts every cell once, flags bad rows and keeps their raw text for the error
 * message, into a TEMP table shaped like a `bars` staging table.
 */

import { ImportError } from '../../formats/errors.ts';
import { HIDDEN_PATTERN } from '../../formats/ticker.ts';
import {
  checkUniqueHeader,
  EARLIEST_DAY,
  ISO_DATE_PATTERN,
  isoDay,
  latestDay,
  MAX_PRICE,
  MAX_QUANTITY,
  MISSING_MARKERS,
  NUMBER_PATTERN,
} from '../../formats/validate.ts';
import { quote } from '../../quote.ts';

/** A JS regex source in RE2 syntax (DuckDB): `\uXXXX` → `\x{XXXX}`. */
const re2 = (src: string) => src.replace(/\\u([0-9a-fA-F]{4})/g, '\\x{$1}');

/** The panel's columns, as named in its header (matched case-insensitively). */
export const PANEL_COLS = ['Date', 'Ticker', 'Open', 'High', 'Low', 'Close', 'Volume'] as const;

/** Most columns a stock panel's header may have (it needs 7; extra ones are read and ignored). */
export const MAX_PANEL_COLUMNS = 64;

/**
 * The header name of each required panel column (matched trimmed, case-insensitively); an ImportError at
 * line 1 naming the first one missing and the header found.
 * @example panelColumns('p.csv', ['date', 'Ticker', …]).Date // 'date'
 */
export function panelColumns(file: string, names: readonly string[]): Record<string, string> {
  // DuckDB reads the file with the header's names: a column with no name, or thousands of them, is named here
  // (it was a raw DuckDB Binder message, and a SQL statement of megabytes)
  if (names.length > MAX_PANEL_COLUMNS)
    throw new ImportError({
      file,
      line: 1,
      column: '',
      reason: `${names.length.toLocaleString('en-US')} columns; the stock panel has ${PANEL_COLS.length} (${PANEL_COLS.join(',')}) and may carry at most ${MAX_PANEL_COLUMNS}`,
    });
  const blank = names.findIndex((n) => n.trim() === '');
  if (blank >= 0)
    throw new ImportError({
      file,
      line: 1,
      column: '',
      reason: `column ${blank + 1} of the header has no name; the stock panel's columns are ${PANEL_COLS.join(',')}`,
    });
  checkUniqueHeader(names, file, 1);
  const col: Record<string, string> = {};
  for (const c of PANEL_COLS) {
    const hit = names.find((n) => n.trim().toLowerCase() === c.toLowerCase());
    if (!hit)
      throw new ImportError({
        file,
        line: 1,
        column: c,
        reason: `missing required column ${quote(c)} (header: ${quote(names.join(','), 200)})`,
      });
    col[c] = hit;
  }
  return col;
}
/** Its numeric columns. */
export const PANEL_NUM = ['Open', 'High', 'Low', 'Close', 'Volume'] as const;

/** A SQL string literal. */
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** SQL trimming ASCII whitespace as JS `trim()` does (DuckDB's one-argument trim() only drops spaces). */
const WS = 'chr(32) || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)';
const trim = (x: string) => `trim(${x}, ${WS})`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * SQL reading the CSV as text into TEMP table `name`, with the header's column names given (no dialect
 * sniffing: scan-file.ts has already checked encoding, quoting and row widths). Insertion order is kept, so a
 * row's rowid + 2 is its line in the file when no blank line or quoted newline comes before it.
 */
export function rawPanelSql(
  name: string,
  path: string,
  names: string[],
  o: { maxLineChars: number; gzip: boolean },
): string {
  const cols = names.map((n) => `${lit(n)}: 'VARCHAR'`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${ident(name)} AS
    SELECT * FROM read_csv(${lit(path)}, header = true, auto_detect = false, columns = {${cols}},
      delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false,
      compression = ${o.gzip ? "'gzip'" : "'none'"}, max_line_size = ${Math.max(1, Math.floor(o.maxLineChars))})`;
}

/**
 * SQL creating TEMP table `name` from the text table `raw` with columns line, id, date, source, open, high,
 * low, close (NULL), adj_close (= Close), volume, dividend, split_factor (NULL), m_<col> (cell missing), bad
 * (row fails validation) and raw (the row's cells, only for bad rows). `col` maps panel columns to header
 * names. The rules are those of the JS validator (formats/validate.ts): a number matches NUMBER_PATTERN and
 * is finite, a date is zero-padded YYYY-MM-DD within 1900-01-01 .. a year after today, an id holds no control
 * or bidi character. With `shifts` (a TEMP table of scan-file.ts shifts), lines count blank lines and quoted
 * newlines.
 */
export function typedPanelSql(
  name: string,
  raw: string,
  col: Record<string, string>,
  dataset: string,
  shifts?: string,
  /** A column of `raw` holding each row's file line (instead of rowid + 2), for a subset of the rows. */
  lineColumn?: string,
): string {
  const c = (k: string) => ident(col[k]);
  const v = (k: string) => ident(`v_${k}`);
  const missing = (k: string) =>
    `(${c(k)} IS NULL OR lower(${trim(c(k))}) IN (${MISSING_MARKERS.map(lit).join(', ')}))`;
  // the JS validator's bounds (checkNonNegative): prices at most MAX_PRICE, the volume MAX_QUANTITY
  const max = (k: string) => (k === 'Volume' ? MAX_QUANTITY : MAX_PRICE);
  const badCell = (k: string) =>
    `CASE WHEN ${v(k)} IS NULL THEN NOT ${missing(k)} ELSE (${v(k)} < 0 OR NOT isfinite(${v(k)}) OR ${v(k)} > ${max(k)}) END`;
  const num = (k: string) =>
    `CASE WHEN regexp_full_match(${trim(c(k))}, ${lit(NUMBER_PATTERN.slice(1, -1))}) THEN TRY_CAST(${trim(c(k))} AS DOUBLE) END`;
  const text = `[${PANEL_COLS.map((k) => c(k)).join(', ')}]`;
  const line = lineColumn
    ? `r.${ident(lineColumn)}`
    : shifts
      ? 'r.rowid + 2 + coalesce(s.extra, 0)'
      : 'r.rowid + 2';
  const from = shifts
    ? `${ident(raw)} r ASOF LEFT JOIN ${ident(shifts)} s ON r.rowid + 1 >= s.rec`
    : `${ident(raw)} r`;
  // internal names (v_day, v_Open, …) never equal a header name: DuckDB names are case-insensitive, and an
  // alias `date` would silently shadow the text column "Date".
  return `CREATE OR REPLACE TEMP TABLE ${ident(name)} AS
    SELECT line, id, v_day AS date, ${lit(dataset)} AS source, ${v('Open')} AS open, ${v('High')} AS high,
           ${v('Low')} AS low, NULL::DOUBLE AS close, ${v('Close')} AS adj_close, ${v('Volume')} AS volume,
           NULL::DOUBLE AS dividend, NULL::DOUBLE AS split_factor,
           ${PANEL_NUM.map((k) => `${v(k)} IS NULL AS ${ident(`m_${k}`)}`).join(', ')},
           bad, CASE WHEN bad THEN ${text} END AS raw
    FROM (
      SELECT *, (v_day IS NULL OR v_day < DATE '${isoDay(EARLIEST_DAY)}' OR v_day > DATE '${isoDay(latestDay())}'
                 OR id IS NULL OR id = '' OR regexp_matches(id, ${lit(re2(HIDDEN_PATTERN))})
                 OR ${PANEL_NUM.map(badCell).join(' OR ')}) AS bad
      FROM (
        SELECT ${line} AS line, ${PANEL_COLS.map((k) => `r.${c(k)}`).join(', ')}, upper(${trim(`r.${c('Ticker')}`)}) AS id,
               CASE WHEN regexp_matches(${trim(`r.${c('Date')}`)}, ${lit(ISO_DATE_PATTERN)})
                    THEN try_strptime(left(${trim(`r.${c('Date')}`)}, 10), '%Y-%m-%d')::DATE
                    WHEN regexp_full_match(${trim(`r.${c('Date')}`)}, '\\d{8}')
                    THEN try_strptime(${trim(`r.${c('Date')}`)}, '%Y%m%d')::DATE END AS v_day,
               ${PANEL_NUM.map((k) => `${num(k)} AS ${v(k)}`).join(', ')}
        FROM ${from}
      )
    )`;
}
