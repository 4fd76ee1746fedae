/**
 * Parquet input: any row format as a Parquet file, read through DuckDB's `read_parquet` and handed to the
 * same parsers as CSV text (header = the Parquet column names; line N = Parquet row N - 1).
 */

import { ImportError } from '../../formats/errors.ts';
import { DEFAULT_LIMITS, inflateCap, type Limits, tooLarge } from '../../formats/limits.ts';
import { withLiteralPath } from '../literal-path.ts';
import type { Store } from '../store.ts';

/** True if the file is Parquet: name ends in .parquet or the bytes start with 'PAR1'. */
export function isParquet(bytes: Uint8Array, path: string): boolean {
  if (/\.parquet$/i.test(path)) return true;
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31
  );
}

/** A cell as CSV writes it: quoted when it holds a separator, a quote or a line end. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads a Parquet file into CSV text. Every column is cast to text by DuckDB (dates YYYY-MM-DD, nested
 * values as DuckDB writes them, never "[object Object]"; a TIMESTAMPTZ is its UTC day when at midnight UTC,
 * else refused, see `utcDay`), and the rows are read chunk by chunk: the text
 * may not pass `limits.maxBytes`, nor, once past 16 MiB, 100 times the file's size (a few kilobytes of
 * Parquet can declare millions of identical rows), nor hold more than `limits.maxRows` rows.
 * @example const text = await parquetToCsv(store, 'bars.parquet', DEFAULT_LIMITS, 3_818)
 */
export function parquetToCsv(
  store: Store,
  path: string,
  limits: Limits = DEFAULT_LIMITS,
  fileBytes = 0,
): Promise<string> {
  // a name holding glob characters is read as that one file (../literal-path.ts); errors name it as given
  return withLiteralPath(path, (literal) => readParquetText(store, path, literal, limits, fileBytes));
}

async function readParquetText(
  store: Store,
  path: string,
  literal: string,
  limits: Limits,
  fileBytes: number,
): Promise<string> {
  const cap = inflateCap(fileBytes, limits);
  const out: string[] = [];
  let size = 0;
  try {
    const c = await store.connection.runAndReadAll('SELECT count(*)::DOUBLE AS n FROM read_parquet($1)', [
      literal,
    ]);
    const n = Number(c.getRowObjectsJson()[0]?.n ?? 0);
    if (n > limits.maxRows) {
      throw new ImportError({
        file: path,
        line: 0,
        column: '',
        reason: `more than ${limits.maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
      });
    }
    const d = await store.connection.runAndReadAll(
      `DESCRIBE SELECT * FROM read_parquet(${sqlText(literal)})`,
    );
    const cols = d.getRowObjectsJson() as { column_name: string; column_type: string }[];
    const zoned = cols.map((c) => c.column_type === 'TIMESTAMP WITH TIME ZONE');
    const r = await store.connection.stream(
      `SELECT ${cols.map((c, i) => asText(c.column_name, zoned[i])).join(', ')} FROM read_parquet($1)`,
      [literal],
    );
    out.push(r.columnNames().map(cell).join(','));
    let rows = 0;
    for (let chunk = await r.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await r.fetchChunk()) {
      for (const row of chunk.getRows()) {
        rows++;
        for (let j = 0; j < row.length; j++)
          if (zoned[j]) row[j] = utcDay(row[j], { file: path, line: rows + 1, column: cols[j].column_name });
        const line = row.map(cell).join(',');
        size += line.length + 1;
        if (size > cap) throw tooLarge(path, cap, fileBytes, limits);
        out.push(line);
      }
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError({
      file: path,
      line: 0,
      column: '',
      reason: parquetReason((err as Error).message, literal),
    });
  }
  return `${out.join('\n')}\n`;
}

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** A column as text: DuckDB's cast, but a TIMESTAMPTZ in UTC whatever DuckDB's time zone setting is. */
function asText(name: string, zoned: boolean): string {
  const id = `"${name.replaceAll('"', '""')}"`;
  return zoned ? `strftime(timezone('UTC', ${id}), '%Y-%m-%d %H:%M:%S') AS ${id}` : `${id}::VARCHAR AS ${id}`;
}

/**
 * A TIMESTAMPTZ cell (text in UTC): at midnight UTC it is that day; at any other time which trading day it is
 * depends on the exchange's time zone (midnight in New York is 04:00 or 05:00 UTC, in Tokyo 15:00 UTC the day
 * before), which the file does not keep: refused naming the row and column.
 */
function utcDay<T>(v: T, at: { file: string; line: number; column: string }): T | string {
  if (typeof v !== 'string') return v;
  if (v.endsWith(' 00:00:00')) return v.slice(0, -9);
  throw new ImportError({
    ...at,
    reason: `a timestamp with a time zone (TIMESTAMPTZ) at ${v} UTC, not midnight UTC: which trading day it is depends on the exchange's time zone, which the file does not keep; write the column as a DATE (or as a timestamp without a time zone, in the exchange's local time)`,
  });
}

/**
 * DuckDB's reason a Parquet file cannot be read, in a reader's words: no footer (cut short, or not Parquet),
 * damaged pages, or DuckDB's first line without its error class and the file's path (the message names it).
 * @example parquetReason("Invalid Input Error: No magic bytes found at end of file 'x.parquet'", 'x.parquet')
 * // 'not a readable Parquet file: no Parquet footer at its end (the file is cut short, or is not Parquet)'
 */
export function parquetReason(message: string, path: string): string {
  const first = message.split('\n')[0];
  if (/No magic bytes found at end of file/i.test(first))
    return 'not a readable Parquet file: no Parquet footer at its end (the file is cut short, or is not Parquet)';
  const bare = first
    .replace(/^[A-Za-z ]*Error: /, '')
    .split(`'${path}'`)
    .join('the file')
    .split(`"${path}"`)
    .join('the file');
  return `not a readable Parquet file: its footer or data pages are damaged (DuckDB: ${bare})`;
}
