/**
 * The one CSV reader every hand-read format uses: csv-parse (RFC 4180: `,` separators, `"` quotes with `""`
 * escapes, quoted cells may hold commas and newlines; LF or CRLF line ends, mixed allowed) with the limits of
 * limits.ts and each record's first and last line in the file. Blank lines are skipped but counted, so line
 * numbers are always those of the file, across blank lines and quoted newlines. A quote inside an unquoted
 * cell is kept as text (`5" disk`); a quote opened and never closed is an error naming its line.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './errors.ts';
import { formatBytes, type Limits, resolveLimits } from './limits.ts';

/** One CSV record: its cells (not trimmed) and the file lines it spans (1-based). */
export interface CsvRecord {
  cells: string[];
  /** The line it starts on. */
  line: number;
  /** The line it ends on (greater than `line` when a quoted cell holds a newline). */
  end: number;
}

/** Options of `readCsv`. */
export interface CsvOptions {
  /** The file name for errors. */
  file: string;
  /** Limits (defaults in limits.ts); `maxRows` counts records after the first `headerRows`. */
  limits?: Partial<Limits>;
  /** Records not counted against `maxRows` (header and preamble lines) [1]. */
  headerRows?: number;
  /** Stop after this line (detection reads only a file's head). */
  toLine?: number;
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length < 1 || c.indexOf('\n') < 0) continue;
    for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** The reason given for a quote opened and never closed (this reader and the panel's pre-pass). */
export const QUOTE_NOT_CLOSED =
  'a quoted cell in the row starting here is never closed (a " with no closing ")';

function csvError(err: CsvError, file: string, l: Limits, line: number): ImportError {
  const e = err as CsvError & { code: string };
  const reason: Record<string, string> = {
    CSV_MAX_RECORD_SIZE: `row longer than ${l.maxLineChars.toLocaleString('en-US')} characters (limit)`,
    CSV_QUOTE_NOT_CLOSED: QUOTE_NOT_CLOSED,
    CSV_INVALID_CLOSING_QUOTE: 'text after the closing quote of a quoted cell (expected , or a line end)',
  };
  return new ImportError({
    file,
    line,
    column: '',
    reason: reason[e.code] ?? `unreadable CSV (${e.code}): ${e.message.slice(0, 120)}`,
  });
}

/**
 * Reads CSV text into records with their line numbers; blank lines are skipped (but counted).
 * Throws ImportError for a line or cell over the limits, too many rows, or broken quoting.
 * @example readCsv('Date,Close\n\n2016-11-08,"1,5"\n', { file: 'a.csv' })[1] // { cells: ['2016-11-08', '1,5'], line: 3, end: 3 }
 */
export function readCsv(text: string, o: CsvOptions): CsvRecord[] {
  const l = resolveLimits(o.limits);
  const file = o.file;
  const maxRecords = l.maxRows + (o.headerRows ?? 1);
  const out: CsvRecord[] = [];
  // Line numbers are counted here, not taken from csv-parse (whose count goes wrong on a CRLF inside quotes):
  // csv-parse says at which byte a record ends (after its line end), the newlines before that byte give the
  // record's last line, and the newlines inside its cells (a quoted LF or CRLF) give its first.
  const buf = Buffer.from(text);
  let counted = 0;
  let lines = 0;
  const lastLine = (bytes: number): number => {
    for (let i = buf.indexOf(10, counted); i >= 0 && i < bytes; i = buf.indexOf(10, i + 1)) lines++;
    counted = Math.max(counted, bytes);
    return bytes > 0 && buf[bytes - 1] === 10 ? lines : lines + 1;
  };
  try {
    parse(buf, {
      delimiter: ',',
      quote: '"',
      escape: '"',
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: l.maxLineChars,
      to_line: o.toLine ?? -1,
      on_record: (cells: string[], ctx) => {
        const end = lastLine((ctx as unknown as { bytes: number }).bytes);
        const line = end - newlines(cells);
        for (let j = 0; j < cells.length; j++) {
          if (cells[j].length > l.maxCellChars) {
            throw new ImportError({
              file,
              line,
              column: '',
              reason: `cell ${j + 1} is longer than ${formatBytes(l.maxCellChars).replace('bytes', 'characters')} (${cells[j].length.toLocaleString('en-US')} characters; limit)`,
            });
          }
        }
        if (out.length >= maxRecords) {
          throw new ImportError({
            file,
            line,
            column: '',
            reason: `more than ${l.maxRows.toLocaleString('en-US')} rows (limit; --max-rows to raise)`,
          });
        }
        out.push({ cells, line, end });
        return null;
      },
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (err instanceof CsvError) {
      // the failing record starts at the first line after the last record read that is not blank
      let at = counted;
      while (at < buf.length && (buf[at] === 10 || buf[at] === 13)) at++;
      lastLine(at);
      throw csvError(err, file, l, lines + 1);
    }
    throw err;
  }
  return out;
}

/** True when a record is only whitespace (a line of spaces). */
export function isBlank(r: CsvRecord): boolean {
  return r.cells.length === 1 && r.cells[0].trim() === '';
}

/**
 * Throws unless a data record has exactly the header's number of cells (ragged rows are errors: an
 * unquoted thousands separator would otherwise shift every later cell).
 * @example checkWidth({ cells: ['a', 'b'], line: 2, end: 2 }, 3, 'f.csv') // throws: row has 2 cells; the header has 3
 */
export function checkWidth(r: CsvRecord, width: number, file: string): void {
  if (r.cells.length === width) return;
  const bareCr = r.cells.some((c) => /\r(?!\n)/.test(c));
  throw new ImportError({
    file,
    line: r.line,
    column: '',
    reason: raggedReason(r.cells.length, width, bareCr),
  });
}

/**
 * Why a row has the wrong number of cells: a bare carriage return (an old Mac line end, CR without LF) joins
 * lines into one row; otherwise most often an unquoted comma in a number or name.
 */
export function raggedReason(cells: number, width: number, bareCr: boolean): string {
  return bareCr
    ? `row has ${cells} cells; the header has ${width}: a bare carriage return (CR without LF, an old Mac line end) joins lines here; line ends must be LF or CRLF (convert: tr '\\r' '\\n' < in.csv > out.csv)`
    : `row has ${cells} cells; the header has ${width} (an unquoted comma in a number or name?)`;
}
