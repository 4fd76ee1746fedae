/**
 * Naming what is wrong in a stock panel read by DuckDB the way the JS parsers name it (file, line, column,
 * reason): DuckDB's own read errors, and the first row SQL flagged as bad, run through the JS validator.
 */

import { ImportError } from '../../formats/errors.ts';
import { checkIdentifier } from '../../formats/ticker.ts';
import { checkNonNegative, parseDateCell, parseNumberCell } from '../../formats/validate.ts';
import { quote } from '../../quote.ts';
import { PANEL_NUM } from './panel-sql.ts';
import type { FileScan } from './scan-file.ts';

/** The file line of DuckDB's 1-based CSV line `n` (which skips blank lines), by the scan's shifts. */
function fileLine(n: number, scan: FileScan): number {
  let extra = 0;
  for (const [rec, e] of scan.shifts) if (rec <= n - 1) extra = e;
  return n + extra;
}

/**
 * A DuckDB error while reading the CSV as the same ImportError as the JS parsers': file, line (from DuckDB's
 * "Line: N", mapped to the file's line), column when DuckDB names one, and the reason without SQL details.
 */
export function duckError(err: unknown, file: string, scan?: FileScan): ImportError {
  const msg = (err as Error).message ?? String(err);
  const n = Number(/\bline[: ]+(\d+)/i.exec(msg)?.[1] ?? 0);
  const line = n && scan ? fileLine(n, scan) : n;
  const column = /column[: ]+"?([^"\n,]+)"?/i.exec(msg)?.[1]?.trim() ?? '';
  if (/unicode|utf-?8|encoding/i.test(msg)) {
    return new ImportError({
      file,
      line,
      column: '',
      reason:
        'encoding found: not UTF-8; expected UTF-8: convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.csv > out.csv`',
    });
  }
  const first = msg
    .split('\n')
    .map((x) => x.trim())
    .find((x) => x && !/^(Invalid Input Error|Binder Error|Conversion Error|Error):?$/i.test(x));
  const what = /expected (\d+) (?:values|columns)[^\d]*(\d+)/i.exec(msg);
  const reason = what
    ? `row has ${what[2]} cells; the header has ${what[1]}`
    : /maximum line size|max_line_size/i.test(msg)
      ? 'line longer than the limit'
      : `cannot read as CSV: ${(first ?? msg).replace(/^[A-Za-z ]*Error: /, '').slice(0, 160)}`;
  return new ImportError({ file, line, column, reason });
}

/**
 * The exact error of a row SQL flagged as bad: its raw cells (Date, Ticker, Open … Volume) run through the
 * validator that names the first bad cell.
 */
export function badRowError(raw: (string | null)[], file: string, line: number): ImportError {
  try {
    const cells = raw.map((x) => x ?? '');
    const at = { file, line, column: 'Date' };
    parseDateCell(cells[0], at);
    if (!cells[1].trim()) throw new ImportError({ ...at, column: 'Ticker', reason: 'empty ticker' });
    checkIdentifier(cells[1].trim().toUpperCase(), { ...at, column: 'Ticker' });
    PANEL_NUM.forEach((c, k) => {
      at.column = c;
      const v = parseNumberCell(cells[k + 2], at);
      checkNonNegative(v, c === 'Volume' ? 'volume' : 'price', at);
    });
    throw new ImportError({
      ...at,
      column: '',
      reason: `bad row ${quote(cells.join(','))}: the store's reader refused a cell the validator accepts`,
    });
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
}
