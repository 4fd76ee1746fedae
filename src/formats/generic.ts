/**
 * capgap's generic formats (docs/import.md), header names case-insensitive:
 * - bars, wide: `date,ticker,<field>[,<field>…]` (or `id` for `ticker`), one row per ticker and day;
 * - bars, long: `date,id,field,value` (or `ticker` for `id`), one row per ticker, day and field;
 *   fields: open, high, low, close (raw), adj_close (adjusted), volume, dividend, split_factor, and
 *   market_cap / shares_outstanding (written to market_caps). Dates YYYY-MM-DD or YYYYMMDD; prices in USD;
 * The ETF flow and registry formats are in etf-files.ts.
 */
import { allocBars, sliceBars } from './bars.ts';
import { type CsvRecord, checkWidth, isBlank, readCsv } from './csv.ts';
import { ImportError } from './errors.ts';
import type { Limits } from './limits.ts';
import { checkIdentifier, normalizeTicker } from './ticker.ts';
import { bump, newStats, type Parsed, type ParseOptions } from './types.ts';
import { type CellAt, checkNonNegative, parseDateCell, parseNumberCell } from './validate.ts';

const BAR_FIELDS: Record<string, keyof ReturnType<typeof allocBars>> = {
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adj_close: 'adjClose',
  volume: 'volume',
  dividend: 'dividend',
  split_factor: 'splitFactor',
};
const CAP_FIELDS = new Set(['market_cap', 'shares_outstanding']);
const SIGNED = new Set(['flow']);

/**
 * A file's data records (blank lines dropped, each checked to have the header's width) and its trimmed
 * header (and lower-cased names); an empty file is an error.
 */
export function headerOf(
  text: string,
  file: string,
  limits?: Partial<Limits>,
): { rows: CsvRecord[]; header: string[]; names: string[]; headerLine: number } {
  const recs = readCsv(text, { file, limits }).filter((r) => !isBlank(r));
  if (recs.length === 0) throw new ImportError({ file, line: 0, column: '', reason: 'empty file' });
  const header = recs[0].cells.map((h) => h.trim());
  const rows = recs.slice(1);
  for (const r of rows) checkWidth(r, header.length, file);
  return { rows, header, names: header.map((h) => h.toLowerCase()), headerLine: recs[0].line };
}

/** The index of the first of `alts` in the header; a missing required column error otherwise. */
export function need(names: string[], header: string[], file: string, ...alts: string[]): number {
  for (const a of alts) if (names.includes(a)) return names.indexOf(a);
  throw new ImportError({
    file,
    line: 1,
    column: alts[0],
    reason: `missing required column "${alts[0]}" (header: ${header.join(',')})`,
  });
}

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
  const bars = allocBars(rows.length);
  const caps = {
    id: [] as string[],
    day: new Int32Array(rows.length),
    line: new Int32Array(rows.length),
    marketCap: new Float64Array(rows.length).fill(Number.NaN),
    sharesOutstanding: new Float64Array(rows.length).fill(Number.NaN),
  };
  const tickerIdx = new Map<string, number>();
  const barRow = new Map<string, number>();
  const capRow = new Map<string, number>();
  const seen = new Map<string, { line: number; v: number }>();
  let nb = 0;
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
      reason: `no value columns: expected some of ${[...Object.keys(BAR_FIELDS), ...CAP_FIELDS].join(', ')}, or field,value`,
    });
  }
  const cField = long ? names.indexOf('field') : -1;
  const cValue = long ? names.indexOf('value') : -1;
  const put = (id: string, day: number, field: string, v: number, at: CellAt) => {
    if (!(field in BAR_FIELDS) && !CAP_FIELDS.has(field)) {
      throw new ImportError({
        ...at,
        reason: `unknown field "${field}"; expected one of ${[...Object.keys(BAR_FIELDS), ...CAP_FIELDS].join(', ')}`,
      });
    }
    if (!SIGNED.has(field))
      checkNonNegative(v, field.includes('cap') ? 'market cap' : field === 'volume' ? 'volume' : 'price', at);
    const key = `${id}\u0000${day}`;
    if (long) {
      const fk = `${key}\u0000${field}`;
      const prev = seen.get(fk);
      if (prev !== undefined) {
        if (Object.is(prev.v, v)) {
          bump(stats.rejected, 'duplicate row (identical to an earlier line)');
          return;
        }
        throw new ImportError({
          ...at,
          reason: `duplicate key (${id}, ${field}) on this date with a different value than line ${prev.line}`,
        });
      }
      seen.set(fk, { line: at.line, v });
    }
    const rowKey = long ? key : `${key}\u0000${at.line}`;
    if (CAP_FIELDS.has(field)) {
      let r = capRow.get(rowKey);
      if (r === undefined) {
        r = caps.id.length;
        caps.id.push(id);
        caps.day[r] = day;
        caps.line[r] = at.line;
        capRow.set(rowKey, r);
      }
      (field === 'market_cap' ? caps.marketCap : caps.sharesOutstanding)[r] = v;
      return;
    }
    let r = barRow.get(rowKey);
    if (r === undefined) {
      r = nb++;
      let t = tickerIdx.get(id);
      if (t === undefined) {
        t = bars.tickers.length;
        bars.tickers.push(id);
        tickerIdx.set(id, t);
      }
      bars.ticker[r] = t;
      bars.day[r] = day;
      bars.line[r] = at.line;
      barRow.set(rowKey, r);
    }
    (bars[BAR_FIELDS[field]] as Float64Array)[r] = v;
  };
  for (const rec of rows) {
    stats.rowsRead++;
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
        continue;
      }
      put(id, day, field, v, at);
    } else {
      let any = 0;
      for (const { n, j } of fieldCols) {
        at.column = header[j];
        const v = parseNumberCell(cells[j] ?? '', at);
        if (Number.isNaN(v)) {
          bump(stats.missing, header[j]);
          continue;
        }
        any++;
        put(id, day, n, v, at);
      }
      if (!any) bump(stats.rejected, 'all value cells missing');
    }
  }
  if (stats.rowsRead === 0)
    throw new ImportError({ file, line: 0, column: '', reason: 'empty file (a header but no data rows)' });
  const m = caps.id.length;
  return {
    kind: 'generic',
    stats,
    notes: ['generic: close = raw close, adj_close = adjusted close, as the file labels them'],
    bars: nb ? sliceBars(bars, nb) : undefined,
    caps: m
      ? {
          ...caps,
          day: caps.day.subarray(0, m),
          line: caps.line.subarray(0, m),
          marketCap: caps.marketCap.subarray(0, m),
          sharesOutstanding: caps.sharesOutstanding.subarray(0, m),
        }
      : undefined,
  };
}
