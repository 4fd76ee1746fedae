/**
 * `--reject-bad-rows` for a stock panel going to the warehouse: the local DuckDB path's rule
 * (store/import/panel.ts: a row with a bad date, an empty or hidden-character ticker, or an unparseable or
 * negative number is dropped and counted under one reason) applied to the text before the JS panel parser,
 * whose own option does not drop rows (formats/generic.ts has none). The cells are checked with the same
 * validators (formats/validate.ts, formats/ticker.ts) in the same order. A line with a quote is read with
 * the one CSV reader; others are split on commas (a panel's cells hold no commas unless quoted).
 */
import { readCsv } from '../../formats/csv.ts';
import { ImportError } from '../../formats/errors.ts';
import type { Limits } from '../../formats/limits.ts';
import { checkIdentifier } from '../../formats/ticker.ts';
import { checkNonNegative, parseDateCell, parseNumberCell } from '../../formats/validate.ts';
import { PANEL_COLS, PANEL_NUM } from '../import/panel-sql.ts';

/** The reason the local path counts dropped rows under. */
export const BAD_ROW = 'bad row (--reject-bad-rows): unparseable or negative number, or bad date';

/**
 * The text without its bad rows, how many were dropped and the first one's error.
 * @example dropBadPanelRows('Date,Ticker,Open,High,Low,Close,Volume\n2016-11-08,A,1,1,-1,1,1\n', 'a.csv').rejected // 1
 */
export function dropBadPanelRows(
  text: string,
  file: string,
  limits: Partial<Limits> = {},
): { text: string; rejected: number; first: string | null } {
  const lines = text.split('\n');
  const header =
    readCsv(`${lines[0]}\n`, { file, limits })[0]?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const at = PANEL_COLS.map((c) => header.indexOf(c.toLowerCase()));
  if (at.some((j) => j < 0)) return { text, rejected: 0, first: null }; // the parser names the missing column
  const drop: number[] = [];
  let first: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '') continue;
    if (raw.includes('"')) return { text, rejected: 0, first: null }; // quoted cells: leave it to the parser
    const cells = raw.replace(/\r$/, '').split(',');
    const where = { file, line: i + 1, column: 'Date' };
    try {
      parseDateCell(cells[at[0]] ?? '', where);
      const id = (cells[at[1]] ?? '').trim();
      if (!id) throw new ImportError({ ...where, column: 'Ticker', reason: 'empty ticker' });
      checkIdentifier(id.toUpperCase(), { ...where, column: 'Ticker' });
      PANEL_NUM.forEach((c, k) => {
        where.column = c;
        const v = parseNumberCell(cells[at[k + 2]] ?? '', where);
        checkNonNegative(v, c === 'Volume' ? 'volume' : 'price', where);
      });
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      first ??= err.message;
      drop.push(i);
    }
  }
  if (!drop.length) return { text, rejected: 0, first: null };
  for (const i of drop) lines[i] = '';
  return { text: lines.join('\n'), rejected: drop.length, first };
}
