/**
 * The first bad row of a panel staged by panel-sql.ts, named by the JS validator: the SQL flags bad rows in
 * bulk, this says exactly which cell is wrong and why (file, line, column, reason), as every parser does.
 */
import { ImportError } from '../../formats/errors.ts';
import { checkIdentifier } from '../../formats/ticker.ts';
import { checkNonNegative, parseDateCell, parseNumberCell } from '../../formats/validate.ts';
import { PANEL_NUM } from './panel-sql.ts';

/**
 * The ImportError of a row the SQL rules flagged (cells in PANEL_COLS order: Date, Ticker, Open … Volume).
 * @example panelRowError(['2016-11-08', 'AAPL', '1', '1', '1', '1e999', '5'], 'p.csv', 2).message // … not finite …
 */
export function panelRowError(raw: readonly (string | null)[], file: string, line: number): ImportError {
  const cells = raw.map((x) => x ?? '');
  const at = { file, line, column: 'Date' };
  try {
    parseDateCell(cells[0], at);
    if (!cells[1].trim()) throw new ImportError({ ...at, column: 'Ticker', reason: 'empty ticker' });
    checkIdentifier(cells[1].trim().toUpperCase(), { ...at, column: 'Ticker' });
    PANEL_NUM.forEach((c, k) => {
      at.column = c;
      const v = parseNumberCell(cells[k + 2], at);
      checkNonNegative(v, c === 'Volume' ? 'volume' : 'price', at);
    });
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  return new ImportError({ ...at, column: '', reason: 'bad row' });
}
