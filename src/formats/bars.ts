/**
 * The shared kernel behind the one-ticker price formats (yahoo, yfinance, stooq, alphavantage): a layout says
 * which header column feeds which bar field; this turns the text into BarColumns, validating every cell.
 */
import { checkWidth, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import type { Limits } from './limits.ts';
import { type BarColumns, bump, type ImportKind, newStats, type Parsed } from './types.ts';
import { checkNonNegative, columnIndex, parseDateCell, parseNumberCell } from './validate.ts';

/** A bar field the layouts can fill. */
export type BarField = 'open' | 'high' | 'low' | 'close' | 'adjClose' | 'volume' | 'dividend' | 'splitFactor';
const FIELDS: BarField[] = ['open', 'high', 'low', 'close', 'adjClose', 'volume', 'dividend', 'splitFactor'];
const PRICE: Set<BarField> = new Set(['open', 'high', 'low', 'close', 'adjClose']);

/** How one format's header maps to bar fields. */
export interface BarLayout {
  kind: ImportKind;
  /** Header name of the date column. */
  date: string;
  /** Bar field → header name. Two fields may read the same column (an index: close and adjClose = Close). */
  fields: Partial<Record<BarField, string>>;
  /** Header names that must be present (the date column is always required). */
  required: string[];
  /** Conventions stated in the summary. */
  notes: string[];
}

/** Allocates empty bar columns for `n` rows. */
export function allocBars(n: number): BarColumns {
  return {
    tickers: [],
    ticker: new Int32Array(n),
    day: new Int32Array(n),
    line: new Int32Array(n),
    open: new Float64Array(n).fill(Number.NaN),
    high: new Float64Array(n).fill(Number.NaN),
    low: new Float64Array(n).fill(Number.NaN),
    close: new Float64Array(n).fill(Number.NaN),
    adjClose: new Float64Array(n).fill(Number.NaN),
    volume: new Float64Array(n).fill(Number.NaN),
    dividend: new Float64Array(n).fill(Number.NaN),
    splitFactor: new Float64Array(n).fill(Number.NaN),
  };
}

/** Trims bar columns to their first `n` rows. */
export function sliceBars(b: BarColumns, n: number): BarColumns {
  const out = { ...b };
  for (const k of ['ticker', 'day', 'line', ...FIELDS] as const) {
    (out as Record<string, unknown>)[k] = (b[k] as Float64Array).subarray(0, n);
  }
  return out;
}

/**
 * Parses a one-ticker bar table with `layout`. Extra columns are ignored; a row whose price cells are all
 * missing is rejected and counted ('no price'); other missing cells become NaN and are counted by column.
 * @example parseBarTable('Date,Close\n2016-11-08,1.5\n', layout, { file: 'X.csv', ticker: 'X' })
 */
export function parseBarTable(
  text: string,
  layout: BarLayout,
  opts: { file: string; ticker: string; rejectBadRows?: boolean; limits?: Partial<Limits> },
): Parsed {
  const { file } = opts;
  const recs = readCsv(text, { file, limits: opts.limits });
  let h = 0;
  while (h < recs.length && isBlank(recs[h])) h++;
  if (h === recs.length) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const header = recs[h].cells;
  const cols = columnIndex(
    header,
    [layout.date, ...layout.required],
    Object.values(layout.fields),
    file,
    recs[h].line,
  );
  const stats = newStats();
  const bars = allocBars(recs.length - h - 1);
  bars.tickers.push(opts.ticker);
  const targets = FIELDS.filter((f) => layout.fields[f] !== undefined && cols[layout.fields[f]!] >= 0);
  const src = targets.map((f) => cols[layout.fields[f]!]);
  const names = targets.map((f) => header[cols[layout.fields[f]!]].trim());
  const dateCol = cols[layout.date];
  const at = { file, line: 0, column: '' };
  let n = 0;
  const notes = [...layout.notes];
  /** Reads line k into row n; false if the row has no price (rejected, counted). Throws on bad cells. */
  const readRow = (k: number): boolean => {
    const cells = recs[k].cells;
    at.line = recs[k].line;
    at.column = layout.date;
    checkWidth(recs[k], header.length, file);
    const day = parseDateCell(cells[dateCol], at);
    let prices = 0;
    for (let j = 0; j < targets.length; j++) {
      const f = targets[j];
      at.column = names[j];
      const v = parseNumberCell(cells[src[j]] ?? '', at);
      if (!Number.isNaN(v)) {
        checkNonNegative(v, PRICE.has(f) ? 'price' : f === 'volume' ? 'volume' : f, at);
        if (f === 'close' || f === 'adjClose') prices++;
      }
      bars[f][n] = v;
    }
    if (prices === 0) {
      bump(stats.rejected, 'no price (close and adjusted close missing)');
      return false;
    }
    for (let j = 0; j < targets.length; j++) {
      const f = targets[j];
      if (Number.isNaN(bars[f][n]) && !(f === 'adjClose' && layout.fields.adjClose === layout.fields.close)) {
        bump(stats.missing, names[j]);
      }
    }
    bars.day[n] = day;
    bars.line[n] = recs[k].line;
    return true;
  };
  for (let k = h + 1; k < recs.length; k++) {
    if (isBlank(recs[k])) continue;
    stats.rowsRead++;
    let ok = false;
    try {
      ok = readRow(k);
    } catch (err) {
      if (!opts.rejectBadRows || !(err instanceof ImportError)) throw err;
      bump(stats.rejected, `bad row (--reject-bad-rows): ${err.column || 'row'}`);
      if (!notes.some((x) => x.startsWith('first bad row')))
        notes.push(`first bad row rejected: ${err.message}`);
    }
    if (ok) n++;
    else for (const f of targets) bars[f][n] = Number.NaN;
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  return { kind: layout.kind, stats, notes, bars: sliceBars(bars, n) };
}
