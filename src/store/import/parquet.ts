/**
 * Parquet input: any row format as a Parquet file, read through DuckDB's `read_parquet` and handed to the
 * same parsers as CSV text (header = the Parquet column names; line N = Parquet row N - 1).
 */

import { ImportError } from '../../formats/errors.ts';
import { DEFAULT_LIMITS } from '../../formats/limits.ts';
import type { Store } from '../store.ts';

/** True if the file is Parquet: name ends in .parquet or the bytes start with 'PAR1'. */
export function isParquet(bytes: Uint8Array, path: string): boolean {
  if (/\.parquet$/i.test(path)) return true;
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31
  );
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Reads a Parquet file into CSV text (dates as YYYY-MM-DD).
 * @example const text = await parquetToCsv(store, 'bars.parquet')
 */
export async function parquetToCsv(
  store: Store,
  path: string,
  maxRows = DEFAULT_LIMITS.maxRows,
): Promise<string> {
  let rows: Record<string, unknown>[];
  let names: string[];
  try {
    const c = await store.connection.runAndReadAll('SELECT count(*)::DOUBLE AS n FROM read_parquet($1)', [
      path,
    ]);
    const n = Number(c.getRowObjectsJson()[0]?.n ?? 0);
    if (n > maxRows) {
      throw new ImportError({
        file: path,
        line: 0,
        column: '',
        reason: `more than ${maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
      });
    }
    const r = await store.connection.runAndReadAll('SELECT * FROM read_parquet($1)', [path]);
    names = r.columnNames();
    rows = r.getRowObjectsJson() as Record<string, unknown>[];
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError({
      file: path,
      line: 0,
      column: '',
      reason: `not a readable Parquet file: ${(err as Error).message.split('\n')[0]}`,
    });
  }
  const out: string[] = [names.map(cell).join(',')];
  for (const row of rows) out.push(names.map((n) => cell(row[n])).join(','));
  return `${out.join('\n')}\n`;
}
