/**
 * capgap's generic formats (docs/import.md), header names case-insensitive:
 * - bars, wide: `date,ticker,<field>[,<field>…]` (or `id` for `ticker`), one row per ticker and day;
 * - bars, long: `date,id,field,value` (or `ticker` for `id`), one row per ticker, day and field;
 *   fields: open, high, low, close (raw), adj_close (adjusted), volume, dividend, split_factor, and
 *   market_cap / shares_outstanding (written to market_caps). Dates YYYY-MM-DD or YYYYMMDD; prices in USD;
 * The ETF flow and registry formats are in etf-files.ts.
 */
import { headerOf, need } from './csv-header.ts';
import { ImportError } from './errors.ts';
import { BAR_FIELDS, CAP_FIELDS, FIELDS, GenericRows } from './generic-rows.ts';
import { checkIdentifier, normalizeTicker } from './ticker.ts';
import { bump, newStats, type Parsed, type ParseOptions } from './types.ts';
import { type CellAt, parseDateCell, parseNumberCell } from './validate.ts';

/** How a row skipped by --reject-bad-rows is counted (the same words on the DuckDB panel path). */
export const BAD_ROW = 'bad row (--reject-bad-rows): unparseable or negative number, or bad date';

/** Options for the generic bar formats. */
export interface GenericOptions extends ParseOptions {
  /** Header name → field, for files whose columns need mapping (used for the stock panel: Close → adj_close). */
  fieldMap?: Record<string, string>;
}

/**
 * Parses the generic bar formats (wide or long) into bars and, for market_cap/shares_outstanding, caps.
 * @example parseGeneric('date,ticker,close\n2016-11-08,IWM,123.4\n').bars.close[0] // 123.4
 */
export function parseGeneric(text: string, opts: GenericOptions = {}): Parsed {
  const file = opts.file ?? '<text>';
  const { rows, header, names: raw } = headerOf(text, file, opts.limits);
  const names = raw.map((n) => opts.fieldMap?.[n] ?? n);
  const cDate = need(names, header, file, 'date');
  const cId = need(names, header, file, 'id', 'ticker');
  const long = names.includes('field') && names.includes('value');
  const stats = newStats();
  const out = new GenericRows(rows.length, long, stats);
  const fieldCols = long
    ? []
    : names
        .map((n, j) => ({ n, j }))
        .filter(({ n, j }) => j !== cDate && j !== cId && (n in BAR_FIELDS || CAP_FIELDS.has(n)));
  if (!long && fieldCols.length === 0) {
    throw new ImportError({
      file,
      line: 1,
      column: '',
      reason: `no value columns: expected some of ${FIELDS.join(', ')}, or field,value`,
    });
  }
  const cField = long ? names.indexOf('field') : -1;
  const cValue = long ? names.indexOf('value') : -1;
  const notes = ['generic: close = raw close, adj_close = adjusted close, as the file labels them'];
  /** Reads one row whole, then puts it: a bad cell throws before anything of the row is kept. */
  const readRow = (rec: (typeof rows)[number]) => {
    const cells = rec.cells;
    const at: CellAt = { file, line: rec.line, column: header[cDate] };
    const day = parseDateCell(cells[cDate] ?? '', at);
    at.column = header[cId];
    const id = normalizeTicker(cells[cId] ?? '');
    if (!id) throw new ImportError({ ...at, reason: 'empty id' });
    checkIdentifier(id, at);
    if (long) {
      at.column = header[cValue];
      const v = parseNumberCell(cells[cValue] ?? '', at);
      const field = (cells[cField] ?? '').trim().toLowerCase();
      if (Number.isNaN(v)) {
        bump(stats.rejected, `missing value (field ${field})`);
        return;
      }
      out.put(id, day, field, v, at);
      return;
    }
    const values = fieldCols.map(({ n, j }) => {
      at.column = header[j];
      const v = parseNumberCell(cells[j] ?? '', at);
      if (!Number.isNaN(v)) out.check(n, v, at);
      return v;
    });
    let any = 0;
    fieldCols.forEach(({ n, j }, k) => {
      at.column = header[j];
      if (Number.isNaN(values[k])) bump(stats.missing, header[j]);
      else {
        any++;
        out.put(id, day, n, values[k], at);
      }
    });
    if (!any) bump(stats.rejected, 'all value cells missing');
  };
  for (const rec of rows) {
    stats.rowsRead++;
    try {
      readRow(rec);
    } catch (err) {
      // --reject-bad-rows: a row with a bad date, id or number is skipped and counted, as on the DuckDB path
      if (!opts.rejectBadRows || !(err instanceof ImportError) || /^duplicate key/.test(err.reason))
        throw err;
      bump(stats.rejected, BAD_ROW);
      if (!notes.some((x) => x.startsWith('first bad row')))
        notes.push(`first bad row rejected: ${err.message}`);
    }
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  return {
    kind: 'generic',
    stats,
    notes,
    ...out.result(),
  };
}
